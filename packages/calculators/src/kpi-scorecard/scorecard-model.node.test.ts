import { describe, expect, it, vi } from 'vitest';
import {
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  type AgencyKpiRow,
  type Category7SetKpiInput,
  type Dimension,
} from '@khanaen/core';
import { createDraftStore } from './draft.js';
import { ScorecardModel, coreScoring, type ScorecardScoring } from './scorecard-model.js';

// Weights 60/40: 62.5 (interpolated) and 90 (lower is better, inferred) → 73.5.
const TWO: AgencyKpiRow[] = [
  { id: 'K1', name: 'เบิกจ่าย', weight: 60, actual: 85, targets: { initial: 80, standard: 90, high: 100 } },
  { id: 'K2', name: 'ร้องเรียน', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
];

/** 600 × 0.1 + 5 × 8 = 100. */
const many = (n = 605): AgencyKpiRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `D${i + 1}`,
    name: `ตัวชี้วัด ${i + 1}`,
    weight: i < 600 ? '0.1' : '8',
    actual: String(80 + (i % 25)),
    targets: { initial: '80', standard: '90', high: '100' },
  }));

function category7Set(): Category7SetKpiInput[] {
  const dims: Dimension[] = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'];
  return dims.flatMap((dimension) =>
    [1, 2, 3, 4, 5].map((s) => ({
      dimension,
      name: `ตัวชี้วัด ${dimension}-${s}`,
      unit: 'ร้อยละ',
      target: 100,
      actual: 107,
      history: [90, 100] as [number, number],
    })),
  );
}

/** The core functions, each wrapped in a spy that counts its calls. */
function counted() {
  const spies = {
    scoreAgencyKpi: vi.fn(coreScoring.scoreAgencyKpi),
    scoreAgency: vi.fn(coreScoring.scoreAgency),
    scoreCategory7Kpi: vi.fn(coreScoring.scoreCategory7Kpi),
    scoreCategory7Set: vi.fn(coreScoring.scoreCategory7Set),
    agencyComposite: vi.fn(coreScoring.agencyComposite),
  };
  return { spies, scoring: spies as unknown as ScorecardScoring };
}

/** A `Storage` in memory. */
class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
}

describe('ScorecardModel (agency)', () => {
  it('scores the page KPIs as core does, and follows edits', () => {
    const m = new ScorecardModel();
    m.setPageKpis(TWO);
    expect(m.result).toEqual(scoreAgency({ kpis: TWO }));
    expect(m.result.ok && 'total' in m.result && m.result.total).toBe(73.5);
    const key = m.rows[1]!.key;
    expect(m.edit(key, 'weight', '30')).toBe(true);
    expect(m.result.ok).toBe(false);
    expect(m.state.weightStatus).toMatchObject({ ok: false });
    expect(!m.result.ok && m.result.errors.map((e) => e.code)).toEqual(['WEIGHTS_NOT_100']);
    m.edit(key, 'weight', '40');
    expect(m.result).toEqual(scoreAgency({ kpis: m.kpis as AgencyKpiRow[] }));
  });

  it('an edit scores only the row that changed (then aggregates once)', () => {
    const { spies, scoring } = counted();
    const m = new ScorecardModel({ scoring });
    m.setPageKpis(many());
    expect(m.result.ok).toBe(true);
    expect(spies.scoreAgencyKpi).toHaveBeenCalledTimes(605);
    expect(spies.scoreAgency).toHaveBeenCalledTimes(1);
    const key = m.rows[50]!.key;
    for (const v of ['8', '85', '95']) m.edit(key, 'actual', v); // three keystrokes, read once
    expect(m.result.ok).toBe(true);
    expect(spies.scoreAgencyKpi).toHaveBeenCalledTimes(606);
    expect(spies.scoreAgency).toHaveBeenCalledTimes(2);
    const alone = scoreAgencyKpi({ actual: '95', targets: { initial: '80', standard: '90', high: '100' } });
    expect(m.state.scoredByKey.get(key)?.score).toBe(alone.ok && alone.score);
  });

  it('a 605-row CSV import scores each row exactly once, and loads the rows it validated', () => {
    const source = new ScorecardModel();
    source.setPageKpis(many());
    const csv = source.exportCsv();
    const { spies, scoring } = counted();
    const m = new ScorecardModel({ scoring });
    const r = m.importCsv(csv);
    expect(r).toMatchObject({ ok: true, count: 605 });
    expect(spies.scoreAgencyKpi).toHaveBeenCalledTimes(605);
    expect(spies.scoreAgency).toHaveBeenCalledTimes(1);
    // Reading the loaded result, the rows' states and the inputs scores nothing again.
    expect(m.result).toEqual(source.result);
    for (const row of m.rows) m.problemsOf(row);
    void m.kpis;
    expect(spies.scoreAgencyKpi).toHaveBeenCalledTimes(605);
    expect(spies.scoreAgency).toHaveBeenCalledTimes(1);
  });

  it('reports every problem of a bad file once, with row, columns and code, and changes nothing', () => {
    const m = new ScorecardModel();
    m.setPageKpis(TWO);
    const before = m.kpis;
    const bad = [
      'id,name,weight,initial,standard,high,actual,direction',
      'A1,ok,50,80,90,100,85,',
      'A2,bad weight,abc,80,90,100,85,',
      'A3,bad direction,50,80,90,100,85,sideways',
      'A4,short,10,1,2',
      'A5,unordered,0,3,2,1,1,higher',
    ].join('\r\n');
    const r = m.importCsv(bad);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => [p.row, p.columns, p.code])).toEqual([
      [3, ['weight'], 'NOT_A_NUMBER'],
      [4, ['direction'], expect.any(String)],
      [5, [], 'COLUMN_COUNT'],
      [6, ['initial', 'standard', 'high'], 'TARGETS_NOT_ORDERED'],
    ]);
    expect(problems[0]!.message.en).toMatch(/^Row 3, column weight: Weight must be a number/);
    expect(m.kpis).toEqual(before);
    // A bad header stops before any row is read.
    const h = m.importCsv('id,name,weight\r\nA,b,1');
    expect(!h.ok && h.problems[0]).toMatchObject({ row: 1, code: 'MISSING_COLUMNS' });
  });

  it('undo: edits of one cell are one step; add, move, remove and import each one step', () => {
    const m = new ScorecardModel();
    m.setPageKpis(TWO);
    const k1 = m.rows[0]!.key;
    m.edit(k1, 'actual', '9');
    m.edit(k1, 'actual', '95');
    expect((m.kpis[0] as AgencyKpiRow).actual).toBe('95');
    m.undo();
    expect((m.kpis[0] as AgencyKpiRow).actual).toBe('85');
    const added = m.add();
    expect(m.pristine.has(added.key)).toBe(true);
    expect(m.rows).toHaveLength(3);
    m.move(added.key, -1);
    expect(m.rows.map((r) => r.key).indexOf(added.key)).toBe(1);
    m.remove(k1);
    expect(m.rows).toHaveLength(2);
    m.undo();
    m.undo();
    m.undo();
    const fresh = new ScorecardModel();
    fresh.setPageKpis(TWO);
    expect(m.kpis).toEqual(fresh.kpis);
    expect(m.canUndo).toBe(false);
    expect(m.undo()).toBe(false);
  });

  it('round-trips CSV and JSON; undoImport brings the previous rows back', () => {
    const a = new ScorecardModel();
    a.setPageKpis([
      { ...TWO[0]!, name: '=HYPERLINK("x")' },
      { ...TWO[1]!, direction: 'lower' },
    ]);
    a.setComponents({ digital: '80', pmqa: '70' });
    const b = new ScorecardModel();
    expect(b.importCsv(a.exportCsv()).ok).toBe(true);
    expect(b.kpis).toEqual(a.kpis);
    expect(b.result).toEqual(a.result);
    expect(b.undoImport()).toBe(true);
    expect(b.kpis).toEqual([]);
    const c = new ScorecardModel();
    expect(c.importJson(a.exportJson()).ok).toBe(true);
    expect(c.kpis).toEqual(a.kpis);
    expect([c.digital, c.pmqa]).toEqual(['80', '70']);
    expect(c.composite).toEqual(a.composite);
    // A JSON of the other mode switches the mode; undo brings the mode and the rows back.
    const d = new ScorecardModel({ mode: 'cat7' });
    expect(d.importJson(a.exportJson()).ok).toBe(true);
    expect(d.mode).toBe('agency');
    d.undo();
    expect([d.mode, d.kpis]).toEqual(['cat7', []]);
    expect(c.importJson('{').ok).toBe(false);
  });

  it('notifies subscribers on every change, and stops when asked', () => {
    const m = new ScorecardModel();
    const seen: number[] = [];
    const stop = m.subscribe(() => seen.push(m.rows.length));
    m.setPageKpis(TWO);
    m.add();
    stop();
    m.add();
    expect(seen).toEqual([2, 3]);
  });
});

describe('ScorecardModel (Category 7)', () => {
  it('scores the set as core does; the year chooses the pack', () => {
    const kpis = category7Set();
    const m = new ScorecardModel({ mode: 'cat7' });
    m.setPageKpis(kpis);
    expect(m.result).toEqual(scoreCategory7Set({ kpis }));
    m.setYear(2565);
    const r = m.result;
    expect(r.ok && r.pack).toBe('pmqa40-cat7@2565');
    expect(m.category7Constants).toBe(m.category7Pack!.constants);
    m.setYear(null);
    expect(m.result.ok && m.result.pack).toBe((scoreCategory7Set({ kpis }) as { pack: string }).pack);
  });

  it('a CSV import scores each row once alone and the set once', () => {
    const source = new ScorecardModel({ mode: 'cat7' });
    source.setPageKpis(category7Set());
    const { spies, scoring } = counted();
    const m = new ScorecardModel({ mode: 'cat7', scoring });
    expect(m.importCsv(source.exportCsv())).toMatchObject({ ok: true, count: 30 });
    expect(spies.scoreCategory7Kpi).toHaveBeenCalledTimes(30);
    expect(spies.scoreCategory7Set).toHaveBeenCalledTimes(1);
    expect(m.result).toEqual(source.result);
    expect(spies.scoreCategory7Set).toHaveBeenCalledTimes(1);
    // One edit: that row alone, then the set.
    m.edit(m.rows[3]!.key, 'actual', '120');
    void m.result;
    expect(spies.scoreCategory7Kpi).toHaveBeenCalledTimes(31);
    expect(spies.scoreCategory7Set).toHaveBeenCalledTimes(2);
    const row = m.rows[3]!;
    expect(m.rowResult(row)).toEqual(
      scoreCategory7Kpi({ target: '100', actual: '120', history: ['90', '100'] }),
    );
  });

  it('reports dimension, group and history problems by row and column', () => {
    const m = new ScorecardModel({ mode: 'cat7', year: 2565 });
    const r = m.importCsv(
      [
        'dimension,group,name,unit,target,actual,year_minus_2,year_minus_1,direction',
        '7.1,core-mission,Good,%,100,107,90,100,',
        '7.9,,Bad dimension,%,100,107,90,100,',
        '7.2,no-such-group,Bad group,%,100,107,90,100,',
        '7.3,,No history,%,100,107,,,higher',
      ].join('\n'),
    );
    expect(!r.ok && r.problems.map((p) => [p.row, p.columns.join(','), p.code])).toEqual([
      [3, 'dimension', expect.any(String)],
      [4, 'group', 'UNKNOWN_GROUP'],
      [5, 'year_minus_2,year_minus_1', expect.any(String)],
    ]);
  });
});

describe('ScorecardModel drafts', () => {
  it('saves after an edit, restores on the next visit, and discards back to the page data', () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const a = new ScorecardModel();
      a.setPageKpis(TWO);
      expect(a.attachStore(createDraftStore('k', { storage }))).toEqual({ status: 'empty' });
      expect(storage.getItem('k')).toBe(null); // nothing until the user changes something
      a.edit(a.rows[0]!.key, 'actual', '95');
      vi.advanceTimersByTime(400);
      const saved = JSON.parse(storage.getItem('k')!);
      expect(saved).toMatchObject({ schema: 'khanaen.scorecard', version: 1, mode: 'agency' });
      expect(saved.kpis[0].actual).toBe('95');

      const b = new ScorecardModel();
      b.setPageKpis(TWO);
      expect(b.attachStore(createDraftStore('k', { storage }))).toMatchObject({ status: 'loaded' });
      expect((b.kpis[0] as AgencyKpiRow).actual).toBe('95');
      b.setPageKpis(TWO); // the page's KPIs wait while a draft is shown
      expect((b.kpis[0] as AgencyKpiRow).actual).toBe('95');
      b.discardDraft();
      expect((b.kpis[0] as AgencyKpiRow).actual).toBe('85');
      expect(storage.getItem('k')).toBe(null);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sets a corrupt draft aside and keeps the page data; no storage means memory only', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{"schema":"khanaen.scorecard","version":1,"mode":"agency","kpis":"oops"}');
    const m = new ScorecardModel();
    m.setPageKpis(TWO);
    const r = m.attachStore(createDraftStore('k', { storage }));
    expect(r.status).toBe('set-aside');
    expect(storage.keys().some((k) => k.startsWith('k.corrupt-'))).toBe(true);
    expect(m.kpis).toHaveLength(2);

    const off = new ScorecardModel();
    expect(off.attachStore(createDraftStore('k', { storage: null }))).toEqual({ status: 'unavailable' });
    expect(off.storageUnavailable).toBe(true);
    off.setPageKpis(TWO);
    off.edit(off.rows[0]!.key, 'actual', '95');
    off.flush();
    expect(off.result.ok).toBe(true);
  });
});
