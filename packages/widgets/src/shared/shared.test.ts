import { expect } from '@open-wc/testing';
import { csvCell, parseCsv, toCsv } from './csv.js';
import { DraftStore, type DraftRead } from './draft-store.js';

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

describe('csv', () => {
  it('neutralises formula-like cells but not plain numbers', () => {
    expect(csvCell('=SUM(A1)')).to.equal("'=SUM(A1)");
    expect(csvCell('+66 2 123')).to.equal("'+66 2 123");
    expect(csvCell('@x')).to.equal("'@x");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell(-5)).to.equal('-5');
    expect(csvCell('-5.5')).to.equal('-5.5');
    expect(csvCell('a,"b"')).to.equal('"a,""b"""');
  });

  it('round-trips Thai text, quotes, commas, newlines and neutralised cells', () => {
    const rows = [
      ['ชื่อ', 'ค่า'],
      ['รายได้จากการท่องเที่ยว, ล้านบาท', '1,234.5'],
      ['=HYPERLINK("x")', 'line1\nline2'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).to.equal(true);
    expect(parseCsv(text)).to.deep.equal(rows);
  });
});

describe('DraftStore', () => {
  interface Counter {
    readonly n: number;
  }
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  /** Version 2 is current; version 1 kept the count as `count`; other schemas and versions are rejected. */
  const read = (record: unknown): DraftRead<Counter> => {
    if (!isRecord(record) || record.schema !== 's')
      return { ok: false, problems: [{ th: 'ไม่ใช่ร่าง', en: 'Not a draft.' }] };
    if (typeof record.version === 'number' && record.version > 2)
      return { ok: false, newer: true, problems: [{ th: 'รุ่นใหม่กว่า', en: 'Newer version.' }] };
    if (record.version === 1 && typeof record.count === 'number')
      return { ok: true, data: { n: record.count }, migratedFrom: 1 };
    if (record.version === 2 && typeof record.n === 'number') return { ok: true, data: { n: record.n } };
    return { ok: false, problems: [{ th: 'ข้อมูลไม่ถูกต้อง', en: 'Bad data.' }] };
  };
  const at = new Date('2025-01-02T03:04:05.678Z');
  const make = (storage: Storage | null) =>
    new DraftStore<Counter>({ key: 'k', schema: 's', version: 2, read, storage, now: () => at });

  it('saves a flat versioned draft and loads it back', () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    expect(store.available).to.equal(true);
    expect(store.load()).to.deep.equal({ status: 'empty' });
    expect(store.save({ n: 1 })).to.equal(true);
    const raw = storage.getItem('k')!;
    expect(raw).to.equal('{"schema":"s","version":2,"savedAt":"2025-01-02T03:04:05.678Z","n":1}');
    expect(store.load()).to.deep.equal({
      status: 'loaded',
      data: { n: 1 },
      savedAt: '2025-01-02T03:04:05.678Z',
      migratedFrom: null,
    });
    store.clear();
    expect(storage.getItem('k')).to.equal(null);
  });

  it('keeps the envelope keys its own', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore<Record<string, unknown>>({
      key: 'k',
      schema: 's',
      version: 2,
      read: (r) => ({ ok: true, data: r as Record<string, unknown> }),
      storage,
    });
    store.save({ schema: 'x', version: 9, savedAt: 'x', n: 3 });
    const stored = JSON.parse(storage.getItem('k')!);
    expect(stored.schema).to.equal('s');
    expect(stored.version).to.equal(2);
    expect(stored.savedAt).to.not.equal('x');
    expect(stored.n).to.equal(3);
  });

  it('migrates an older draft through read and saves it again in the current version', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({ schema: 's', version: 1, savedAt: '2020-01-01T00:00:00.000Z', count: 5 }),
    );
    const r = make(storage).load();
    expect(r).to.deep.equal({
      status: 'loaded',
      data: { n: 5 },
      savedAt: '2025-01-02T03:04:05.678Z',
      migratedFrom: 1,
    });
    expect(JSON.parse(storage.getItem('k')!)).to.deep.equal({
      schema: 's',
      version: 2,
      savedAt: '2025-01-02T03:04:05.678Z',
      n: 5,
    });
  });

  it('sets aside a draft that read rejects, with its problems, freeing the key', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ schema: 's', version: 2, n: 'five' });
    storage.setItem('k', raw);
    const store = make(storage);
    const r = store.load();
    expect(r).to.deep.equal({
      status: 'set-aside',
      asideKey: 'k.corrupt-2025-01-02T03-04-05-678Z',
      raw,
      problems: [{ th: 'ข้อมูลไม่ถูกต้อง', en: 'Bad data.' }],
      newer: false,
    });
    expect(storage.getItem('k.corrupt-2025-01-02T03-04-05-678Z')).to.equal(raw);
    expect(storage.getItem('k')).to.equal(null);
    expect(store.save({ n: 2 })).to.equal(true);
    // A second set-aside at the same moment does not overwrite the first copy.
    storage.setItem('k', '[]');
    const again = store.load();
    expect(again.status === 'set-aside' && again.asideKey).to.equal('k.corrupt-2025-01-02T03-04-05-678Z-2');
    expect(storage.getItem('k.corrupt-2025-01-02T03-04-05-678Z')).to.equal(raw);
    expect(storage.getItem('k.corrupt-2025-01-02T03-04-05-678Z-2')).to.equal('[]');
  });

  it('sets aside unparseable JSON with a Thai and English problem', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const r = make(storage).load();
    expect(r.status).to.equal('set-aside');
    if (r.status !== 'set-aside') return;
    expect(r.raw).to.equal('{not json');
    expect(r.newer).to.equal(false);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]!.th).to.contain('JSON');
    expect(r.problems[0]!.en).to.contain('not valid JSON');
    expect(storage.getItem(r.asideKey!)).to.equal('{not json');
    expect(storage.getItem('k')).to.equal(null);
  });

  it('sets aside a draft of a newer version as newer', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ schema: 's', version: 3, n: 1 }));
    const r = make(storage).load();
    expect(r.status === 'set-aside' && r.newer).to.equal(true);
    expect(r.status === 'set-aside' && r.problems[0]!.en).to.equal('Newer version.');
  });

  it('gives a problem even when read gives none', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '1');
    const store = new DraftStore<Counter>({
      key: 'k',
      schema: 's',
      version: 2,
      read: () => ({ ok: false }),
      storage,
    });
    const r = store.load();
    expect(r.status === 'set-aside' && r.problems.length).to.equal(1);
  });

  it('refuses to save over a draft it could not copy aside', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const setItem = storage.setItem.bind(storage);
    // The probe works, then copies fail (e.g. the quota is reached).
    let full = false;
    storage.setItem = (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    const store = make(storage);
    full = true;
    const r = store.load();
    expect(r.status === 'set-aside' && r.asideKey).to.equal(null);
    expect(r.status === 'set-aside' && r.raw).to.equal('{not json');
    full = false;
    expect(store.save({ n: 1 })).to.equal(false);
    store.clear();
    expect(storage.getItem('k')).to.equal('{not json');
    expect(storage.length).to.equal(1);
  });

  it('reports unavailable storage', () => {
    const broken = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
      removeItem() {},
    } as unknown as Storage;
    const store = make(broken);
    expect(store.available).to.equal(false);
    expect(store.load()).to.deep.equal({ status: 'unavailable' });
    expect(store.save({ n: 1 })).to.equal(false);
    expect(make(null).load()).to.deep.equal({ status: 'unavailable' });
  });
});
