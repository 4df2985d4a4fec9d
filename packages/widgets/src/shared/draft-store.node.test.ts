import { describe, expect, it } from 'vitest';
import { createDraftStore, readDocument, type DraftFormat } from './draft-store.js';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

interface Counter {
  readonly n: number;
}
/** Version 2 is current; version 1 called the count `count`. */
const format: DraftFormat<Counter> = {
  schema: 's',
  version: 2,
  label: { th: 'ตัวนับ', en: 'counter' },
  migrate: (data, from) => (from === 1 ? { n: data.count } : data),
  validate: (data) =>
    typeof data.n === 'number'
      ? { ok: true, data: { n: data.n } }
      : { ok: false, problems: [{ th: 'n ต้องเป็นตัวเลข', en: 'n must be a number.' }] },
};

describe('readDocument', () => {
  it('checks the envelope, migrates, validates, and reports every problem', () => {
    expect(readDocument(format, { schema: 's', version: 2, n: 1 })).toEqual({
      ok: true,
      data: { n: 1 },
      migratedFrom: null,
      savedAt: null,
    });
    expect(readDocument(format, { schema: 's', version: 1, count: 4, savedAt: 'x' })).toMatchObject({
      ok: true,
      data: { n: 4 },
      migratedFrom: 1,
    });
    const bad = readDocument(format, { schema: 'other', version: 2, n: 'x' });
    expect(!bad.ok && bad.problems.map((p) => p.en)).toEqual([
      'schema must be "s", not "other".',
      'n must be a number.',
    ]);
    expect(readDocument(format, { schema: 's', version: 3 })).toMatchObject({ ok: false, newer: true });
    expect(readDocument(format, { schema: 's', version: -1 })).toMatchObject({ ok: false, newer: false });
    expect(readDocument(format, [1])).toMatchObject({ ok: false });
    expect(readDocument(format, { n: 1 })).toMatchObject({ ok: false }); // no envelope, no legacyVersion
    expect(readDocument({ ...format, legacyVersion: 2 }, { n: 1 })).toMatchObject({ ok: true });
    const { migrate: _, ...noMigrate } = format;
    expect(readDocument(noMigrate, { schema: 's', version: 1, count: 4 })).toMatchObject({ ok: false });
  });
});

describe('createDraftStore', () => {
  it('saves flat documents and reads drafts like an import: migrated drafts are saved again', () => {
    const storage = new MemoryStorage();
    const at = new Date('2025-01-02T03:04:05.678Z');
    const store = createDraftStore({ ...format, key: 'k', storage, now: () => at });
    expect(store.load()).toEqual({ status: 'empty' });
    store.save({ n: 7 });
    expect(storage.getItem('k')).toBe(
      '{"schema":"s","version":2,"savedAt":"2025-01-02T03:04:05.678Z","n":7}',
    );
    storage.setItem('k', JSON.stringify({ schema: 's', version: 1, count: 3 }));
    expect(store.load()).toMatchObject({ status: 'loaded', data: { n: 3 }, migratedFrom: 1 });
    expect(JSON.parse(storage.getItem('k')!)).toMatchObject({ version: 2, n: 3 });
    storage.setItem('k', '{"schema":"s","version":2,"n":"x"}');
    const aside = store.load();
    expect(aside).toMatchObject({ status: 'set-aside', newer: false });
    expect(aside.status === 'set-aside' && aside.problems.map((p) => p.en)).toEqual(['n must be a number.']);
  });
});
