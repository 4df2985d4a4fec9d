/**
 * The reliability harness shared by the widgets and calculators suites: hostile values, an error watch
 * (uncaught errors, unhandled rejections, console.error), deep DOM queries across shadow roots, a
 * table-driven "hostile input" suite (element × input × value, one named test each), storage stubs, a
 * download capture, and the scaffolding of the "created before the definitions load" (upgrade) suites.
 *
 * It imports no element module on purpose: the calculators suite loads the widgets from their built package,
 * and a second copy of the widget classes (from source) must not reach that page.
 */
import { aTimeout, expect } from '@open-wc/testing';

// ------------------------------------------------------------------------------------------- values

/** How an element is expected to read a hostile value. */
export type ValueKind =
  'blank' | 'not-a-number' | 'zero' | 'thai-digits' | 'huge' | 'long' | 'markup' | 'bad-json' | 'wrong-type';

export interface HostileValue {
  readonly name: string;
  readonly value: unknown;
  readonly kind: ValueKind;
}

export const IMG = '<img src=x onerror=window.__pwned=1>';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const HUGE_NUMBER = `9${'0'.repeat(9_999)}`;
export const ONE_MB = 'x'.repeat(1 << 20);

/** The hostile texts every attribute, property and text field gets. */
export const HOSTILE: readonly HostileValue[] = [
  { name: 'empty', value: '', kind: 'blank' },
  { name: 'spaces', value: '   ', kind: 'blank' },
  { name: 'NaN', value: 'NaN', kind: 'not-a-number' },
  { name: 'Infinity', value: 'Infinity', kind: 'not-a-number' },
  { name: '1e400', value: '1e400', kind: 'not-a-number' },
  { name: '-0', value: '-0', kind: 'zero' },
  { name: 'Thai digits ๑๒๓', value: '๑๒๓', kind: 'thai-digits' },
  { name: '1,2,3', value: '1,2,3', kind: 'not-a-number' },
  { name: 'a 10,000-digit number', value: HUGE_NUMBER, kind: 'huge' },
  { name: 'a 1 MB string', value: ONE_MB, kind: 'long' },
  { name: 'img markup', value: IMG, kind: 'markup' },
  { name: 'script markup', value: SCRIPT, kind: 'markup' },
];

/** Wrong JSON for JSON attributes. */
export const BAD_JSON: readonly HostileValue[] = [
  { name: "'{'", value: '{', kind: 'bad-json' },
  { name: 'an object where an array belongs', value: '{"a":1}', kind: 'bad-json' },
  { name: 'numbers where objects belong', value: '[1,2]', kind: 'bad-json' },
  { name: 'an empty array', value: '[]', kind: 'bad-json' },
];

/** A shorter set for switches and enumerations (any value is as good as any other there). */
export const SHORT: readonly HostileValue[] = HOSTILE.filter((v) =>
  ['empty', 'NaN', 'Thai digits ๑๒๓', 'a 1 MB string', 'img markup', 'script markup'].includes(v.name),
);

/** Values of the wrong type for structured properties (arrays, objects, numbers, strings, null). */
export const WRONG_TYPES: readonly HostileValue[] = [
  { name: 'null', value: null, kind: 'wrong-type' },
  { name: 'undefined', value: undefined, kind: 'wrong-type' },
  { name: 'a number', value: 5, kind: 'wrong-type' },
  { name: 'a string', value: '{', kind: 'wrong-type' },
  { name: 'an object where an array belongs', value: { a: 1 }, kind: 'wrong-type' },
  { name: 'an array where an object belongs', value: [], kind: 'wrong-type' },
  { name: 'numbers where objects belong', value: [1, 2], kind: 'wrong-type' },
  { name: 'an array of empty objects', value: [{}, {}], kind: 'wrong-type' },
];

/** The text of a value for logs and for literal checks (`''` for non-strings). */
export const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

// ------------------------------------------------------------------------------------------- DOM

/** Every element matching `selector` in `root` and in every shadow root inside it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Node, selector: string): T[] {
  const out: T[] = [];
  const walk = (node: ParentNode) => {
    out.push(...node.querySelectorAll<T & Element>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  const start = root instanceof Element && root.shadowRoot ? root.shadowRoot : (root as ParentNode);
  walk(start);
  return out;
}

/** The raw text of an element's shadow tree, nested shadow roots included (no whitespace folding). */
export function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLTemplateElement) return;
    if (n instanceof HTMLStyleElement) return;
    n.childNodes.forEach(walk);
  };
  if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  else walk(node);
  return out;
}

/** Folds whitespace. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of every match of `selector` in the shadow trees of `el`, folded. */
export const textOf = (el: Element, selector: string): string =>
  squash(
    deepQueryAll(el, selector)
      .map((e) => deepText(e))
      .join(' '),
  );

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Waits until `el` and every Lit element inside it have rendered (twice, for renders that cause renders). */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = [el, ...deepQueryAll<Updatable>(el, '*')] as Updatable[];
    await Promise.all(all.map((e) => e.updateComplete));
    await aTimeout(0);
  }
}

/** Types `value` into a field as a user does: sets it, then `input` (bubbling, composed) and `change`. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Leaves a field (`blur`, which is what shows the errors of a touched field). */
export function leave(field: Element): void {
  field.dispatchEvent(new FocusEvent('blur'));
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Attributes and properties set on an element before it is connected (or upgraded). */
export interface Setup {
  readonly attrs: Readonly<Record<string, string>>;
  readonly props: Readonly<Record<string, unknown>>;
}

/** A new `tag` element with the attributes, then the properties, of `setup` (not connected). */
export function create(tag: string, setup: Setup): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(setup.attrs)) el.setAttribute(k, v);
  Object.assign(el, setup.props);
  return el;
}

// ------------------------------------------------------------------------------------------- errors

export interface ErrorWatch {
  readonly errors: string[];
  stop(): void;
}

/** Collects uncaught errors, unhandled rejections and console.error calls until `stop()`. */
export function watchErrors(): ErrorWatch {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ').slice(0, 500)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Thai letters (not digits): a Thai message has them, an English one must not. */
const THAI_LETTERS = /[\u0E01-\u0E4F]/;

/** Asserts that `message` is non-empty and in `lang`. */
export function expectLocalised(message: string, lang: 'th' | 'en', what = 'the message'): void {
  // Booleans with a short preview: a message may quote a 1 MB value.
  const preview = JSON.stringify(message.length > 200 ? `${message.slice(0, 200)}…` : message);
  expect(message.trim() !== '', `${what} should be shown`).to.equal(true);
  if (lang === 'th')
    expect(THAI_LETTERS.test(message), `${what} should be in Thai: ${preview}`).to.equal(true);
  else {
    expect(/[A-Za-z]{2}/.test(message), `${what} should be in English: ${preview}`).to.equal(true);
    expect(THAI_LETTERS.test(message), `${what} should have no Thai: ${preview}`).to.equal(false);
  }
}

/** No markup from user text was turned into elements, and nothing ran. */
export function expectInert(el: Element): void {
  expect(window.__pwned, 'window.__pwned').to.equal(undefined);
  expect(deepQueryAll(el, 'img, script').length, '<img>/<script> in the shadow tree').to.equal(0);
}

// ------------------------------------------------------------------------------------------- table

export type Lang = 'th' | 'en';

export interface InputSpec<E extends HTMLElement> {
  /** E.g. `attribute value`, `property steps`, `typing into the name field`. */
  readonly name: string;
  readonly kind: 'number' | 'text' | 'enum' | 'flag' | 'json' | 'struct';
  /** Applies the value before the element is connected (attributes as written in HTML). */
  readonly before?: (el: E, value: unknown) => void;
  /** Applies the value after the first render (properties, typing). */
  readonly after?: (el: E, value: unknown) => void | Promise<void>;
  /** The values to try (default by kind). */
  readonly values?: readonly HostileValue[];
  /** Overrides of the expected outcome, by value kind or per value. */
  readonly expect?: Partial<Record<ValueKind, Outcome>> | ((v: HostileValue) => Outcome | undefined);
  /** The number the element read (checked for `-0` → 0 and `๑๒๓` → 123). */
  readonly read?: (el: E) => unknown;
  /** What `read` should give for the number `n` (default `n`). */
  readonly reference?: (n: number, el: E) => unknown;
  /** Where the value should show literally (default: the text of the shadow tree). */
  readonly literal?: (el: E) => string;
  /** What the element must still hold afterwards: exactly the value given (nothing the user typed is lost). */
  readonly keeps?: (el: E) => unknown;
  /** The message surface for this input, when narrower than the element's. */
  readonly messages?: (el: E) => string;
}

/** What a case checks beyond the common checks (no error, renders, nothing interpreted). */
export interface Outcome {
  /** A localised message shows (in the element's language). */
  readonly message?: boolean;
  /** The value shows literally. */
  readonly literal?: boolean;
  /** The value is read as a number (`read` equals `reference`). */
  readonly number?: boolean;
}

export interface ElementSpec<E extends HTMLElement> {
  readonly tag: string;
  /** Attributes every case starts with. */
  readonly attrs?: (lang: Lang) => Readonly<Record<string, string>>;
  /** Properties set before connecting. */
  readonly setup?: (el: E) => void;
  /** Waits until the element is usable (e.g. lazily loaded data). */
  readonly ready?: (el: E) => Promise<void>;
  /** The text of every message surface (errors, notices, statuses). */
  readonly messages: (el: E) => string;
  readonly inputs: readonly InputSpec<E>[];
  /** Runs after each case (e.g. removes storage keys the case wrote). */
  readonly cleanup?: () => void;
}

const NOTHING: Outcome = {};

/** The default outcome of a value kind for an input kind. */
function defaultOutcome(kind: InputSpec<HTMLElement>['kind'], value: ValueKind): Outcome {
  switch (kind) {
    case 'number':
      return value === 'blank' || value === 'huge'
        ? NOTHING
        : value === 'zero' || value === 'thai-digits'
          ? { number: true }
          : { message: true };
    case 'text':
      return value === 'blank' ? NOTHING : { literal: true };
    case 'json':
      return value === 'blank' ? NOTHING : { message: true };
    default:
      return NOTHING;
  }
}

function defaultValues(kind: InputSpec<HTMLElement>['kind']): readonly HostileValue[] {
  switch (kind) {
    case 'flag':
    case 'enum':
      return SHORT;
    case 'json':
      return [...HOSTILE, ...BAD_JSON];
    case 'struct':
      return WRONG_TYPES;
    default:
      return HOSTILE;
  }
}

/** Words that show a value leaked into the UI unconverted. */
const LEAKS = ['NaN', 'Infinity', 'undefined', '[object Object]'];

/**
 * One `describe` per element, one `it` per input × hostile value. Every case checks: no uncaught error, no
 * unhandled rejection, no console.error; the element renders; no markup from the value became an element and
 * nothing ran; no "NaN"/"undefined"/"[object Object]" leaked into the text; plus the outcome for that value
 * (a localised message, the value shown literally, or the number read). The language alternates per value,
 * so every input is checked in Thai and in English.
 */
export function hostileSuite<E extends HTMLElement>(spec: ElementSpec<E>): void {
  describe(`${spec.tag}: hostile input`, () => {
    for (const input of spec.inputs) {
      const values = input.values ?? defaultValues(input.kind);
      values.forEach((v, i) => {
        const lang: Lang = i % 2 === 0 ? 'th' : 'en';
        it(`${input.name} = ${v.name} (lang=${lang})`, async () => {
          await runCase(spec, input, v, lang);
        });
      });
    }
  });
}

async function runCase<E extends HTMLElement>(
  spec: ElementSpec<E>,
  input: InputSpec<E>,
  v: HostileValue,
  lang: Lang,
): Promise<void> {
  delete window.__pwned;
  const watch = watchErrors();
  const el = document.createElement(spec.tag) as E;
  const host = document.createElement('div');
  try {
    el.setAttribute('lang', lang);
    for (const [k, val] of Object.entries(spec.attrs?.(lang) ?? {})) el.setAttribute(k, val);
    spec.setup?.(el);
    input.before?.(el, v.value);
    host.append(el);
    document.body.append(host);
    await settle(el);
    await spec.ready?.(el);
    if (input.after) {
      await input.after(el, v.value);
      await settle(el);
    }

    const override = typeof input.expect === 'function' ? input.expect(v) : input.expect?.[v.kind];
    const outcome = { ...defaultOutcome(input.kind, v.kind), ...override };
    expect(el.shadowRoot, 'shadow root').to.not.equal(null);
    expect(el.shadowRoot!.childElementCount, 'the element renders').to.be.greaterThan(0);
    expectInert(el);
    const text = deepText(el);
    const given = asText(v.value);
    for (const word of LEAKS) {
      if (!given.includes(word)) expect(text.includes(word), `"${word}" shown`).to.equal(false);
    }
    if (outcome.message) expectLocalised((input.messages ?? spec.messages)(el), lang);
    if (outcome.literal) {
      const where = input.literal ? input.literal(el) : text;
      expect(where.includes(given), 'the value shows literally').to.equal(true);
    }
    if (outcome.number && input.read) {
      const n = v.kind === 'thai-digits' ? 123 : 0;
      const got = input.read(el);
      const want = input.reference ? input.reference(n, el) : n;
      // -0 and 0 are the same number here.
      if (typeof got === 'number' && typeof want === 'number')
        expect(got === want, `read ${got}, want ${want}`).to.equal(true);
      else expect(got).to.deep.equal(want);
    }
    if (input.keeps) expect(input.keeps(el) === v.value, 'the value given is kept as it is').to.equal(true);
  } finally {
    host.remove();
    watch.stop();
    spec.cleanup?.();
  }
  expect(watch.errors, 'errors').to.deep.equal([]);
  expect(window.__pwned, 'window.__pwned').to.equal(undefined);
}

/** An attribute input. */
/** Options of `attr`, `prop` and `typed`: any part of an input spec (`name` overrides the generated one). */
export type InputOptions<E extends HTMLElement> = Partial<Omit<InputSpec<E>, 'kind'>>;

export function attr<E extends HTMLElement>(
  name: string,
  kind: InputSpec<E>['kind'],
  options: InputOptions<E> = {},
): InputSpec<E> {
  return {
    name: `attribute ${name}`,
    kind,
    before: (el, v) => el.setAttribute(name, asText(v)),
    ...options,
  };
}

/** A property input (set after the first render). */
export function prop<E extends HTMLElement>(
  name: string,
  kind: InputSpec<E>['kind'],
  options: InputOptions<E> = {},
): InputSpec<E> {
  return {
    name: `property ${name}`,
    kind,
    after: (el, v) => {
      (el as unknown as Record<string, unknown>)[name] = v;
    },
    ...options,
  };
}

/** A text field a user types into (found in the shadow tree after the first render). */
export function typed<E extends HTMLElement>(
  name: string,
  kind: InputSpec<E>['kind'],
  find: (el: E) => HTMLInputElement | HTMLTextAreaElement | Promise<HTMLInputElement | HTMLTextAreaElement>,
  options: InputOptions<E> = {},
): InputSpec<E> {
  return {
    name: `typing into ${name}`,
    kind,
    after: async (el, v) => {
      const field = await find(el);
      typeInto(field, asText(v));
      leave(field);
    },
    ...options,
  };
}

// ------------------------------------------------------------------------------------------- storage

/** Runs `fn` with `window.localStorage` throwing on access (private mode, sandboxed iframe). */
export async function withoutStorage<T>(fn: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  try {
    return await fn();
  } finally {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
    else delete (window as unknown as Record<string, unknown>).localStorage;
  }
}

/** Runs `fn` with `Storage.prototype` methods replaced (e.g. `setItem` throwing QuotaExceededError). */
export async function withStorageStub<T>(
  stub: Partial<Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>>,
  fn: () => Promise<T>,
): Promise<T> {
  const proto = Storage.prototype;
  const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
  Object.assign(proto, stub);
  try {
    return await fn();
  } finally {
    Object.assign(proto, saved);
  }
}

export const quotaExceeded = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

/** The localStorage keys, to remove what a test added. */
export function storageKeys(): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k !== null) keys.add(k);
  }
  return keys;
}

/** Removes every localStorage key that is not in `keep`. */
export function removeKeysExcept(keep: ReadonlySet<string>): void {
  for (const k of storageKeys()) if (!keep.has(k)) localStorage.removeItem(k);
}

// ------------------------------------------------------------------------------------------- downloads

export interface Download {
  readonly filename: string;
  readonly type: string;
  /** The file's text, byte-order mark included. */
  readonly text: Promise<string>;
}

/**
 * Captures downloads made through a blob URL and a temporary link (as `downloadText` does): records each
 * file instead of saving it. Call `stop()` to restore.
 */
export function captureDownloads(): { readonly files: Download[]; stop(): void } {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  let n = 0;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = `blob:captured-${n++}`;
    blobs.set(url, obj as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    // Decoded keeping a byte-order mark (Blob.text() would drop it).
    const text = blob?.arrayBuffer().then((b) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b));
    if (blob && text) files.push({ filename: this.download, type: blob.type, text });
    else click.call(this);
  };
  return {
    files,
    stop() {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Chooses a file in an `<input type=file>` and fires `change`, as a user picking a file does. */
export function chooseFile(input: HTMLInputElement, content: string, name: string, type: string): void {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The same outcome for every value. */
export const always = (outcome: Outcome) => (): Outcome => outcome;

/** An outcome for non-blank values only. */
export const unlessBlank =
  (outcome: Outcome) =>
  (v: HostileValue): Outcome =>
    v.kind === 'blank' ? {} : outcome;

// ------------------------------------------------------------------------------------------- CSV

/** Cells a spreadsheet would treat as a formula or a control start. */
export const FORMULA_TEXTS = [
  '=1+1',
  '=HYPERLINK("http://evil.example","คลิก")',
  '+66 2 123 4567',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
  "'=already quoted",
  "''@twice",
  "'-5",
  '-5',
  '-5.25',
] as const;

/** Raw cells of CSV text (quotes removed, nothing else undone), to see what a spreadsheet would see. */
export function rawCells(csv: string): string[] {
  const cells: string[] = [];
  const src = csv.replace(/^\uFEFF/, '');
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',' || ch === '\n') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      cells.push(cell);
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '') cells.push(cell);
  return cells;
}

/** Asserts that no cell starts like a formula (plain numbers such as -5 are numbers, not formulas). */
export function expectNeutralised(csv: string): void {
  for (const cell of rawCells(csv)) {
    if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
    expect(
      /^[=+\-@\t\r]/.test(cell),
      `cell ${JSON.stringify(cell.slice(0, 40))} starts like a formula`,
    ).to.equal(false);
  }
}

// ------------------------------------------------------------------------------------------- upgrade

/** What `beforeDefinitions` made: the host, and per tag an element connected and one detached. */
export interface BeforeDefinitions<T extends string> {
  readonly host: HTMLDivElement;
  readonly connected: Readonly<Record<T, HTMLElement>>;
  readonly detached: Readonly<Record<T, HTMLElement>>;
  /** Watches errors from the moment `beforeDefinitions` is called until the file's tests end. */
  readonly errors: ErrorWatch;
}

/**
 * Elements written into the page (or created by a script) before the definitions have loaded. Registers a
 * `before` hook that checks that no tag is defined yet, creates for each tag one element connected to a host
 * and one detached (`create(tag, setup[tag])`), calls `more(host)` (e.g. to add elements written as HTML),
 * then loads the definitions through `register` (a dynamic import of the register module) and waits until
 * every tag is defined and rendered; and an `after` hook that removes the host and stops the error watch.
 * The calling file must import no element module up front.
 */
export function beforeDefinitions<T extends string>(
  tags: readonly T[],
  setup: Readonly<Record<T, Setup>>,
  register: () => Promise<unknown>,
  more?: (host: HTMLDivElement) => void,
): BeforeDefinitions<T> {
  const host = document.createElement('div');
  const connected = {} as Record<T, HTMLElement>;
  const detached = {} as Record<T, HTMLElement>;
  const errors = watchErrors();
  before(async () => {
    document.body.append(host);
    for (const tag of tags) {
      expect(customElements.get(tag), `${tag} is not defined yet`).to.equal(undefined);
      connected[tag] = create(tag, setup[tag]);
      detached[tag] = create(tag, setup[tag]);
      host.append(connected[tag]);
    }
    more?.(host);
    await register();
    for (const tag of tags) await customElements.whenDefined(tag);
    await settle(host);
  });
  after(() => {
    host.remove();
    errors.stop();
  });
  return { host, connected, detached, errors };
}
