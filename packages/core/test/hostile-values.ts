/**
 * Hostile inputs and the checks every public function of core must pass on them (used by `hostile*.test.ts`).
 * A value's `kind` says what a numeric field must do with it: `blank` is a missing value, `zero` must read as
 * 0, `as123` must read as 123 (Thai digits are valid numbers here), `junk` must be refused with an error,
 * `other` is a plain valid number (hostile only where text or an object belongs).
 */
import { expect } from 'vitest';
import type { ErrorCode } from '../src/index.js';

/** Stands for "the key is not there at all" (deleted from the input, or the argument left out). */
export const MISSING: unique symbol = Symbol('missing');

export type Kind = 'blank' | 'zero' | 'as123' | 'junk' | 'other';

export interface Hostile {
  readonly label: string;
  readonly value: unknown;
  readonly kind: Kind;
}

const MB = 1 << 20;

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}

/** JSON text gives an object an own `__proto__` key, as a request body or a pasted file would. */
const protoObject: unknown = JSON.parse('{"__proto__": {"polluted": "yes"}, "weight": 100}');
const constructorObject: unknown = { constructor: { prototype: { polluted: 'yes' } }, toString: 1 };
const throwingToString: unknown = {
  toString() {
    throw new Error('toString must not be called');
  },
  valueOf() {
    throw new Error('valueOf must not be called');
  },
};

export const hostileValues: readonly Hostile[] = [
  { label: "''", value: '', kind: 'blank' },
  { label: 'spaces only', value: '    ', kind: 'blank' },
  { label: 'tabs, newlines, NBSP', value: '\t\n\u00a0 \r', kind: 'blank' },
  { label: 'null', value: null, kind: 'blank' },
  { label: 'undefined', value: undefined, kind: 'blank' },
  { label: 'missing key', value: MISSING, kind: 'blank' },
  { label: '-0', value: -0, kind: 'zero' },
  { label: "'-0'", value: '-0', kind: 'zero' },
  { label: "'−0' (U+2212)", value: '−0', kind: 'zero' },
  { label: '42 (a number where text or an object belongs)', value: 42, kind: 'other' },
  { label: "Thai digits '๑๒๓'", value: '๑๒๓', kind: 'as123' },
  { label: "' ๑๒๓ ' (spaced)", value: ' ๑๒๓ ', kind: 'as123' },
  { label: '123n (bigint)', value: BigInt(123), kind: 'as123' },
  { label: 'NaN', value: Number.NaN, kind: 'junk' },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY, kind: 'junk' },
  { label: '-Infinity', value: Number.NEGATIVE_INFINITY, kind: 'junk' },
  { label: "'NaN'", value: 'NaN', kind: 'junk' },
  { label: "'Infinity'", value: 'Infinity', kind: 'junk' },
  { label: "'1e400'", value: '1e400', kind: 'junk' },
  { label: "'1e5' (exponent)", value: '1e5', kind: 'junk' },
  { label: "Number('1e400')", value: Number('1e400'), kind: 'junk' },
  { label: 'Number.MAX_VALUE', value: Number.MAX_VALUE, kind: 'junk' },
  { label: '1e300', value: 1e300, kind: 'junk' },
  { label: 'Number.MIN_VALUE (5e-324)', value: Number.MIN_VALUE, kind: 'junk' },
  { label: "'1' + 400 zeros", value: `1${'0'.repeat(400)}`, kind: 'junk' },
  { label: '10,000-digit number', value: '9'.repeat(10_000), kind: 'junk' },
  { label: '10,000-digit fraction', value: `0.${'3'.repeat(10_000)}`, kind: 'junk' },
  { label: '10n ** 400n (bigint)', value: BigInt(10) ** BigInt(400), kind: 'junk' },
  { label: "'1,2,3'", value: '1,2,3', kind: 'junk' },
  { label: "'__proto__'", value: '__proto__', kind: 'junk' },
  { label: "'constructor'", value: 'constructor', kind: 'junk' },
  { label: "'12abc'", value: '12abc', kind: 'junk' },
  { label: "'\\u202e123' (RTL override)", value: '\u202e123', kind: 'junk' },
  { label: '1 MB of text', value: 'a'.repeat(MB), kind: 'junk' },
  { label: '1 MB of digits', value: '1'.repeat(MB), kind: 'junk' },
  { label: '1 MB of Thai digits', value: '๑'.repeat(MB), kind: 'junk' },
  { label: '<img onerror>', value: '<img src=x onerror=alert(1)>', kind: 'junk' },
  { label: '<script>', value: '<script>alert(1)</script>', kind: 'junk' },
  { label: '1 MB of <script>', value: '<script>alert(1)</script>'.repeat(MB / 25), kind: 'junk' },
  { label: 'true', value: true, kind: 'junk' },
  { label: 'false', value: false, kind: 'junk' },
  { label: 'symbol', value: Symbol('hostile'), kind: 'junk' },
  { label: 'function', value: () => 1, kind: 'junk' },
  { label: '{}', value: {}, kind: 'junk' },
  { label: '[]', value: [], kind: 'junk' },
  { label: '[1, 2, 3]', value: [1, 2, 3], kind: 'junk' },
  { label: "['100']", value: ['100'], kind: 'junk' },
  { label: 'JSON object with __proto__ key', value: protoObject, kind: 'junk' },
  { label: 'object with constructor key', value: constructorObject, kind: 'junk' },
  { label: 'object whose toString throws', value: throwingToString, kind: 'junk' },
  { label: 'invalid Date', value: new Date(Number.NaN), kind: 'junk' },
  { label: 'array nested 10,000 deep', value: nested(10_000), kind: 'junk' },
  // 100,000 items: see 'very long inputs' in hostile-helpers.test.ts (here on every field, 10,000 keep it fast).
  { label: '10,000-item array', value: Array.from({ length: 10_000 }, (_, i) => i % 100), kind: 'junk' },
];

/** The plain number a value must read as: 0 for `-0`, 123 for Thai digits, 42 for 42. */
export function sameAs(kind: Kind): number {
  return kind === 'zero' ? 0 : kind === 'as123' ? 123 : 42;
}

// ---------------------------------------------------------------------------------------------
// Building inputs

export type Path = readonly (string | number)[];

/**
 * A deep copy of `base` (plain JSON data) with `value` put at `path`, creating missing parents (`constants`
 * of a rule called without overrides). `MISSING` deletes the key, or leaves out a trailing argument.
 */
export function withValue(base: readonly unknown[], path: Path, value: unknown): unknown[] {
  const copy = structuredClone(base) as unknown[];
  const key = path[path.length - 1] as string | number;
  let parent = copy as unknown as Record<string | number, unknown>;
  path.slice(0, -1).forEach((k, i) => {
    if (parent[k] === null || typeof parent[k] !== 'object')
      parent[k] = typeof path[i + 1] === 'number' ? [] : {};
    parent = parent[k] as Record<string | number, unknown>;
  });
  if (value !== MISSING) parent[key] = value;
  else if (path.length === 1 && Number(key) === copy.length - 1) copy.length -= 1;
  else if (path.length === 1) copy[Number(key)] = undefined;
  else delete parent[key];
  return copy;
}

/** `kpis.0.target` for a single-argument function, `arg1.pack` otherwise; `(input)` for the argument itself. */
export function pathLabel(path: Path, arity: number): string {
  if (arity === 1) return path.length === 1 ? '(input)' : path.slice(1).join('.');
  return [`arg${String(path[0])}`, ...path.slice(1)].join('.');
}

// ---------------------------------------------------------------------------------------------
// Checks

const ERROR_CODES: readonly ErrorCode[] = [
  'REQUIRED',
  'NOT_A_NUMBER',
  'TOO_MANY_DIGITS',
  'INVALID_TYPE',
  'INVALID_OPTION',
  'HISTORY_REQUIRED',
  'TARGET_ZERO',
  'TARGETS_NOT_ORDERED',
  'WEIGHTS_NOT_100',
  'OUT_OF_RANGE',
  'NEGATIVE',
  'NOT_POSITIVE',
  'NOT_AN_INTEGER',
  'EMPTY',
  'DUPLICATE_ID',
  'UNKNOWN_ITEM',
  'TOO_MANY',
  'BEFORE_ZERO',
  'INVALID_DATE',
  'UNKNOWN_KEY',
  'NOTHING_ANSWERED',
];

const THAI = /[\u0E01-\u0E5B]/;
const MARKUP = /<\s*(script|img)/i;
/** Longest acceptable message: an echoed value is cut, never repeated whole. */
export const MESSAGE_MAX = 2000;

/** Calls `f`, failing the test with the thrown error (and its stack) instead of letting it escape. */
export function noThrow<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new Error(`threw instead of returning a result: ${String((e as Error)?.stack ?? e)}`);
  }
}

/** Every number anywhere in `value` is finite (cycles and depth are bounded). */
export function expectFiniteNumbers(value: unknown): void {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string, depth: number): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`non-finite number ${v} at ${path}`);
      return;
    }
    if (v === null || typeof v !== 'object' || depth > 64 || seen.has(v)) return;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(value, '', 0);
}

/**
 * A bilingual message: both languages non-empty, Thai has Thai letters, no markup, no megabytes, and no leaked
 * `undefined` / `NaN` (unless `builder`: `error()` called directly echoes whatever values it is given).
 */
export function expectMessage(m: unknown, where: string, builder = false): void {
  const msg = m as { th?: unknown; en?: unknown } | null;
  expect(typeof msg?.th, `${where}: Thai message`).toBe('string');
  expect(typeof msg?.en, `${where}: English message`).toBe('string');
  const th = msg?.th as string;
  const en = msg?.en as string;
  expect(th.trim(), `${where}: Thai message`).not.toBe('');
  expect(en.trim(), `${where}: English message`).not.toBe('');
  expect(th, `${where}: Thai message has Thai letters`).toMatch(THAI);
  expect(en, `${where}: English message has Latin letters`).toMatch(/[A-Za-z]/);
  for (const [lang, text] of [
    ['th', th],
    ['en', en],
  ] as const) {
    expect(text.length, `${where}: ${lang} message length`).toBeLessThan(MESSAGE_MAX);
    expect(MARKUP.test(text), `${where}: ${lang} message echoes markup: ${text.slice(0, 200)}`).toBe(false);
    if (!builder) expect(text, `${where}: ${lang} message`).not.toMatch(/undefined|\[object|NaN|Infinity/);
  }
}

/** A failure: a non-empty list of well-formed errors with stable codes and bilingual messages. */
export function expectErrors(errors: unknown, { allowEmpty = false, builder = false } = {}): void {
  expect(Array.isArray(errors), 'errors is an array').toBe(true);
  const list = errors as readonly { path?: unknown; code?: unknown; message?: unknown }[];
  if (!allowEmpty) expect(list.length, 'at least one error').toBeGreaterThan(0);
  // A list of 100,000 errors (one per bad row) is fine; checking the first few hundred is enough.
  for (const e of list.slice(0, 200)) {
    expect(typeof e.path, 'error path').toBe('string');
    expect(ERROR_CODES, 'error code').toContain(e.code);
    expectMessage(e.message, `${String(e.code)} at "${String(e.path).slice(0, 80)}"`, builder);
  }
}

export interface SafeOptions {
  /** The hostile value is text that an ok result may legitimately repeat (a KPI name, an id). */
  readonly echoesText?: boolean;
}

/**
 * What every rule must return, whatever it is given: `{ ok: true, … }` with only finite numbers (and clean
 * explanation text), or `{ ok: false, errors }` with well-formed bilingual errors.
 */
export function expectSafeResult(r: unknown, options: SafeOptions = {}): void {
  expect(r !== null && typeof r === 'object', 'a result object').toBe(true);
  const res = r as { ok?: unknown; errors?: unknown; warnings?: unknown; explanation?: unknown };
  expect(typeof res.ok, 'result.ok is a boolean').toBe('boolean');
  if (res.ok === false) {
    expectErrors(res.errors);
    return;
  }
  expectFiniteNumbers(res);
  if (Array.isArray(res.warnings)) {
    for (const w of res.warnings as { message?: { th?: unknown; en?: unknown } }[]) {
      expect(typeof w.message?.th, 'warning Thai message').toBe('string');
      expect(String(w.message?.th), 'warning Thai message').toMatch(THAI);
      expect(String(w.message?.en).trim(), 'warning English message').not.toBe('');
    }
  }
  if (Array.isArray(res.explanation) && !options.echoesText) {
    for (const s of res.explanation as { text: { th: string; en: string } }[]) {
      expect(s.text.th, 'explanation (th)').not.toMatch(/undefined|NaN|Infinity|\[object/);
      expect(s.text.en, 'explanation (en)').not.toMatch(/undefined|NaN|Infinity|\[object/);
    }
  }
}
