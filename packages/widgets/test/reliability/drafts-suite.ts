/**
 * The drafts suite shared by the elements that keep drafts through the shared DraftStore and notices
 * (kn-criteria-checklist, kn-kpi-scorecard): a reload keeps every draft; a corrupt draft is set aside with a
 * localised notice naming where it went and a download that gives it back exactly; unavailable or full
 * storage keeps the element working with a notice that clears once saving works again; a failed import
 * changes nothing; 1,000 rapid inputs end with the last value shown, held and stored. Each package gives an
 * adapter (`DraftSubject`) and calls `guardEachTest()` and `describeDrafts`.
 *
 * Like the harness, it imports no element module: the calculators suite loads the widgets from their built
 * package, and a second copy of the widget classes (from source) must not reach that page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  IMG,
  captureDownloads,
  chooseFile,
  expectInert,
  expectLocalised,
  quotaExceeded,
  removeKeysExcept,
  settle,
  storageKeys,
  textOf,
  watchErrors,
  withStorageStub,
  withoutStorage,
  type ErrorWatch,
  type Lang,
} from './harness.js';

/** What the suite needs of an element that keeps drafts. */
export type DraftElement = HTMLElement & {
  /** Writes a pending draft at once. */
  flush(): void;
  readonly result: { readonly ok: boolean };
  readonly updateComplete: Promise<unknown>;
};

/** A stored draft that cannot be used. */
export interface CorruptDraft {
  readonly name: string;
  readonly raw: string;
  /** It comes from a newer version (the notice says so). */
  readonly newer?: boolean;
}

/** A file the element's import must refuse. */
export interface BadImport {
  readonly name: string;
  readonly text: string;
}

/** One element that keeps drafts: how to make it, its state, user edits, its draft format and its import. */
export interface DraftSubject<E extends DraftElement> {
  readonly tag: string;
  /** A new, unique storage key. */
  newKey(): string;
  /** Connects the element (with the page's own data), its draft under `key` (none for `null`), in `lang`. */
  make(key: string | null, lang?: Lang): Promise<E>;
  /** What a draft keeps, as the element holds it. */
  state(el: E): unknown;
  /** The same, from the draft stored under `key` (`null` when there is none). */
  saved(key: string): unknown;
  /** One user edit, another for each round, firing exactly one kn-change; returns the state expected after it. */
  edit(el: E, round: number): Promise<unknown>;
  /** Fills the element with much, and hostile, work (notes, names, huge numbers); returns the state expected. */
  fill(el: E): Promise<unknown>;
  /** Extra checks that a draft restored after a reload (`fill`'s) is shown. */
  expectRestored?(el: E): Promise<void>;
  /** A current draft as stored, with `patch` over its fields (for the corrupt table). */
  draft(patch: Record<string, unknown>): string;
  /** The schema of another element's drafts. */
  readonly otherSchema: string;
  /** Corrupt drafts particular to this element's format (wrong shapes, unknown values). */
  readonly corrupt: readonly CorruptDraft[];
  /** Extra checks after a corrupt draft was set aside (e.g. the page's data is used instead). */
  expectSetAside?(el: E): void;
  /** The element's file import: its `<input type=file>`, and a file name and type for it. */
  readonly importFile: { readonly selector: string; readonly name: string; readonly type: string };
  /** Files the import must refuse. */
  readonly badImports: readonly BadImport[];
  /** 1,000 rapid inputs. */
  readonly rapid: {
    /** What is typed into. */
    readonly what: string;
    /** Before the first input (e.g. opens a panel). */
    prepare?(el: E): Promise<void>;
    /** The inputs of step `i` (a field is found again each time: a render may happen in between). */
    type(el: E, i: number): void;
    /** The kn-change events the 1,000 steps fire, for an element that fires one per input (not coalesced). */
    readonly events?: number;
    /** After step 999: what is shown, what the element holds, and what the stored draft holds. */
    readonly last: unknown;
    shown(el: E): unknown;
    held(el: E): unknown;
    stored(key: string): unknown;
    /** Extra checks once the draft is saved (e.g. the save status). */
    expectSaved?(el: E): void;
  };
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const asideKeys = (key: string) => [...storageKeys()].filter((k) => k.startsWith(`${key}.corrupt-`));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Registers, at the top of a test file, the error watch (checked empty after each test) and the removal of
 * the localStorage keys a test added. Call it once in each file that calls `describeDrafts`.
 */
export function guardEachTest(): void {
  let keep = new Set<string>();
  let watch: ErrorWatch;
  beforeEach(() => {
    keep = storageKeys();
    delete window.__pwned;
    watch = watchErrors();
  });
  afterEach(() => {
    watch.stop();
    removeKeysExcept(keep);
    expect(watch.errors, 'uncaught errors, rejections or console.error').to.deep.equal([]);
  });
}

/** Corrupt drafts of any format; `draft` builds a current draft of the element's format with a patch. */
function corruptDrafts<E extends DraftElement>(s: DraftSubject<E>): readonly CorruptDraft[] {
  return [
    { name: 'garbage JSON (a draft cut short)', raw: s.draft({}).slice(0, -4) },
    { name: 'an empty string', raw: '' },
    { name: 'null', raw: 'null' },
    { name: 'an array', raw: '[1,2]' },
    { name: 'a JSON string', raw: '"levels"' },
    { name: 'a newer version', raw: s.draft({ version: 99 }), newer: true },
    { name: 'a version that is text', raw: s.draft({ version: '1' }) },
    { name: 'a negative version', raw: s.draft({ version: -1 }) },
    { name: 'another schema', raw: s.draft({ schema: s.otherSchema }) },
    ...s.corrupt,
    { name: 'markup', raw: IMG },
    { name: '1 MB of garbage', raw: `{${'x'.repeat(1 << 20)}` },
  ];
}

/** The whole drafts suite for one element: `${tag} drafts: …` describes. */
export function describeDrafts<E extends DraftElement>(s: DraftSubject<E>): void {
  describe(`${s.tag} drafts: reload`, () => {
    it('keeps every draft of every element across a reload (remove, then a new element with the same key)', async () => {
      const k1 = s.newKey();
      const k2 = s.newKey();
      const a = await s.make(k1);
      const b = await s.make(k2);
      const full = await s.fill(a);
      await s.edit(b, 1);
      const edited = await s.edit(b, 2);
      // Removed at once, before the save delay: the disconnect writes what is pending.
      a.remove();
      b.remove();
      const a2 = await s.make(k1);
      const b2 = await s.make(k2);
      expect(s.state(a2)).to.deep.equal(full);
      expect(s.state(b2)).to.deep.equal(edited);
      await s.expectRestored?.(a2);
      expectInert(a2);
      expectInert(b2);
    });

    it('writes the pending draft on pagehide, without a disconnect', async () => {
      const key = s.newKey();
      const el = await s.make(key);
      const expected = await s.edit(el, 1);
      window.dispatchEvent(new Event('pagehide'));
      expect(s.saved(key)).to.deep.equal(expected);
    });

    it('keeps the draft of the old key when storage-key changes, and loads the new one', async () => {
      const oldKey = s.newKey();
      const newer = s.newKey();
      const other = await s.make(newer);
      const there = await s.edit(other, 3);
      other.remove();
      const el = await s.make(oldKey);
      const here = await s.edit(el, 1);
      el.setAttribute('storage-key', newer);
      await settle(el);
      expect(s.saved(oldKey)).to.deep.equal(here);
      expect(s.state(el)).to.deep.equal(there);
    });
  });

  describe(`${s.tag} drafts: a corrupt draft is set aside, never lost`, () => {
    corruptDrafts(s).forEach((c, i) => {
      const lang: Lang = i % 2 === 0 ? 'th' : 'en';
      it(`${c.name} (lang=${lang})`, async () => {
        const key = s.newKey();
        localStorage.setItem(key, c.raw);
        const el = await s.make(key, lang);
        // Copied aside, byte for byte, under <key>.corrupt-<time>; the key is free for new work.
        const aside = asideKeys(key);
        expect(aside).to.have.length(1);
        expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
        expect(localStorage.getItem(key)).to.equal(null);
        // A visible, localised notice naming where it went, with a download button.
        const notice = $(el, '.set-aside')!;
        expect(notice.getAttribute('role')).to.equal('alert');
        expectLocalised(textOf(el, '.set-aside strong'), lang);
        expect(notice.textContent).to.contain(aside[0]!);
        if (c.newer) expect(textOf(el, '.set-aside strong')).to.match(/newer|ใหม่กว่า/);
        expectInert(el);
        s.expectSetAside?.(el);
        // The download gives the draft back exactly.
        const downloads = captureDownloads();
        try {
          notice.querySelector<HTMLButtonElement>('.actions button')!.click();
        } finally {
          downloads.stop();
        }
        expect(downloads.files).to.have.length(1);
        expect(downloads.files[0]!.filename).to.match(/\.json$/);
        expect(await downloads.files[0]!.text).to.equal(c.raw);
        // The element works; new work is saved under the key; the copy stays.
        const expected = await s.edit(el, 1);
        el.flush();
        expect(s.saved(key)).to.deep.equal(expected);
        expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
        // Dismissing the notice does not delete the copy.
        notice.querySelector<HTMLButtonElement>('button.secondary')!.click();
        await el.updateComplete;
        expect($(el, '.set-aside')).to.equal(null);
        expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
      });
    });

    it('a draft that cannot even be copied aside (storage full) stays under its key and is never written over', async () => {
      const key = s.newKey();
      const raw = '{not json';
      localStorage.setItem(key, raw);
      const setItem = Storage.prototype.setItem;
      let el!: E;
      // The probe works; copying the draft aside hits the quota.
      await withStorageStub(
        {
          setItem(this: Storage, k: string, v: string) {
            if (k.startsWith(`${key}.corrupt-`)) quotaExceeded();
            setItem.call(this, k, v);
          },
        },
        async () => {
          el = await s.make(key);
        },
      );
      expect(textOf(el, '.set-aside')).to.contain('เก็บแยกไม่ได้');
      expect($(el, '.storage-unavailable')).to.not.equal(null);
      await s.edit(el, 1);
      el.flush();
      el.remove();
      expect(localStorage.getItem(key)).to.equal(raw);
    });
  });

  describe(`${s.tag} drafts: storage unavailable or full`, () => {
    async function worksInMemory(el: E, lang: Lang): Promise<void> {
      expectLocalised(textOf(el, '.storage-unavailable'), lang, 'the storage notice');
      let events = 0;
      el.addEventListener('kn-change', () => events++);
      await s.edit(el, 1);
      const expected = await s.edit(el, 2);
      el.flush();
      await settle(el);
      expect(s.state(el)).to.deep.equal(expected);
      expect(events).to.equal(2);
      expect(el.result.ok).to.equal(true);
      expect($(el, '.storage-unavailable')).to.not.equal(null);
    }

    it('window.localStorage throws SecurityError (private mode, sandboxed iframe)', async () => {
      await withoutStorage(async () => {
        const el = await s.make(s.newKey(), 'en');
        await worksInMemory(el, 'en');
        el.remove();
      });
    });

    it('getItem and setItem throw', async () => {
      const denied = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      await withStorageStub({ getItem: denied, setItem: denied }, async () => {
        const el = await s.make(s.newKey());
        await worksInMemory(el, 'th');
        el.remove();
      });
    });

    it('storage is full from the start (setItem throws QuotaExceededError)', async () => {
      await withStorageStub({ setItem: quotaExceeded }, async () => {
        const el = await s.make(s.newKey(), 'en');
        await worksInMemory(el, 'en');
        el.remove();
      });
    });

    it('storage fills up while working: says so, keeps the work, saves it (and drops the notice) once there is room', async () => {
      const key = s.newKey();
      const el = await s.make(key);
      const first = await s.edit(el, 1);
      el.flush();
      let second: unknown;
      await withStorageStub({ setItem: quotaExceeded }, async () => {
        second = await s.edit(el, 2);
        el.flush();
        await settle(el);
        expectLocalised(textOf(el, '.storage-unavailable'), 'th');
        expect(s.saved(key)).to.deep.equal(first);
      });
      expect(s.state(el)).to.deep.equal(second);
      const third = await s.edit(el, 3);
      el.flush();
      await settle(el);
      expect(s.saved(key)).to.deep.equal(third);
      expect($(el, '.storage-unavailable')).to.equal(null);
    });
  });

  describe(`${s.tag} drafts: a failed import changes nothing`, () => {
    s.badImports.forEach((b, i) => {
      const lang: Lang = i % 2 === 0 ? 'th' : 'en';
      it(`${b.name} (lang=${lang})`, async () => {
        const key = s.newKey();
        const el = await s.make(key, lang);
        await s.fill(el);
        el.flush();
        await settle(el);
        const before = { state: s.state(el), result: el.result, stored: localStorage.getItem(key) };
        let fired = 0;
        el.addEventListener('kn-change', () => fired++);
        const { selector, name, type } = s.importFile;
        chooseFile($<HTMLInputElement>(el, selector)!, b.text, name, type);
        await waitUntil(() => $(el, '.import-problems'), 'the import report', { timeout: 3000 });
        await settle(el);
        el.flush();
        expect(s.state(el)).to.deep.equal(before.state);
        expect(el.result).to.deep.equal(before.result);
        expect(localStorage.getItem(key)).to.equal(before.stored);
        expect(fired).to.equal(0);
        expectLocalised(textOf(el, '.import-problems'), lang);
        expectInert(el);
      });
    });
  });

  describe('1,000 rapid inputs end with the last value shown and stored', () => {
    it(`${s.tag} ${s.rapid.what}: shown, held and in the draft after the save delay`, async () => {
      const r = s.rapid;
      const key = s.newKey();
      const el = await s.make(key);
      await r.prepare?.(el);
      let events = 0;
      el.addEventListener('kn-change', () => events++);
      for (let i = 0; i < 1000; i++) {
        r.type(el, i);
        // Every 100 steps a render is let happen.
        if (i % 100 === 99) await settle(el);
      }
      await settle(el);
      if (r.events !== undefined) expect(events, 'kn-change events').to.equal(r.events);
      expect(r.shown(el)).to.deep.equal(r.last);
      expect(r.held(el)).to.deep.equal(r.last);
      await waitUntil(() => same(r.stored(key), r.last), 'saved after the delay', { timeout: 5000 });
      r.expectSaved?.(el);
    });
  });
}
