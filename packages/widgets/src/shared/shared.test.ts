import { expect } from '@open-wc/testing';
import { csvCell, parseCsv, toCsv } from './csv.js';
import { DraftStore } from './draft-store.js';

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
  const validate = (d: unknown) => (d && typeof d === 'object' && 'n' in d ? (d as { n: number }) : null);

  it('saves and loads a versioned draft', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore({ key: 'k', schema: 's', version: 2, validate, storage });
    expect(store.load()).to.deep.equal({ status: 'empty' });
    store.save({ n: 1 });
    const r = store.load();
    expect(r.status).to.equal('loaded');
    expect(r.status === 'loaded' && r.data).to.deep.equal({ n: 1 });
  });

  it('migrates an older draft and sets aside a corrupt one', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ n: 5 }));
    const store = new DraftStore({ key: 'k', schema: 's', version: 2, validate, storage, migrate: (raw) => raw as { n: number } });
    const r = store.load();
    expect(r.status === 'loaded' && r.migratedFrom).to.equal(0);
    storage.setItem('k', '{not json');
    const bad = store.load();
    expect(bad.status).to.equal('set-aside');
    if (bad.status !== 'set-aside') return;
    expect(storage.getItem(bad.asideKey)).to.equal('{not json');
    expect(storage.getItem('k')).to.equal(null);
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
    const store = new DraftStore({ key: 'k', schema: 's', version: 1, validate, storage: broken });
    expect(store.available).to.equal(false);
    expect(store.load()).to.deep.equal({ status: 'unavailable' });
    expect(store.save({ n: 1 })).to.equal(false);
  });
});
