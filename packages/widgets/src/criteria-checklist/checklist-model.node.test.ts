import { describe, expect, it, vi } from 'vitest';
import { checklistEstimate, type ChecklistInput } from '@khanaen/core';
import { criteriaItems, criteriaPrompts } from '@khanaen/core/criteria';
import { ChecklistModel, type ChecklistModelChange } from './checklist-model.js';

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

/** A model whose calls to core's rule CL are counted. */
function counted(options: ConstructorParameters<typeof ChecklistModel>[0] = {}) {
  const calls: ChecklistInput[] = [];
  const model = new ChecklistModel({
    ...options,
    estimate: (input) => {
      calls.push(input);
      return checklistEstimate(input);
    },
  });
  return { model, calls };
}

describe('ChecklistModel: answers and the estimate', () => {
  it('scores through core: 1.1 Advance and 1.2 Basic make category 1 350', () => {
    const model = new ChecklistModel();
    model.setLevel('1.1', 'advance');
    model.setLevel('1.2', 'basic');
    const r = model.result;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.categories[0]).toMatchObject({ id: 1, score: 350, assessed: 2, total: 4 });
    expect(r).toEqual(checklistEstimate({ levels: { '1.1': 'advance', '1.2': 'basic' } }));
  });

  it('re-scores only when the levels or the Category 7 score change, not for notes or links', () => {
    const { model, calls } = counted();
    void model.result;
    expect(calls.length).toBe(1);
    model.setNotes('1.1.1', 'แผน');
    expect(model.addLink('1.1.1', 'https://a.go.th/x')).toBe(null);
    void model.result;
    void model.result;
    expect(calls.length).toBe(1);
    model.setLevel('1.1', 'basic');
    void model.result;
    expect(calls.length).toBe(2);
    model.setLevel('1.1', 'basic'); // the same level: no change
    void model.result;
    expect(calls.length).toBe(2);
    model.category7Score = '412.5';
    const r = model.result;
    expect(calls.length).toBe(3);
    expect(r.ok && r.categories.find((c) => c.id === 7)?.score).toBe(412.5);
  });

  it('refuses links that are not http(s) and says why; keeps one copy of a link', () => {
    const model = new ChecklistModel();
    expect(model.addLink('1.1.1', '  ')?.en).toBe('Enter a link first.');
    expect(model.addLink('1.1.1', 'javascript:alert(1)')?.en).toMatch(/must start with http/);
    expect(model.addLink('1.1.1', ' https://a.go.th/x ')).toBe(null);
    expect(model.addLink('1.1.1', 'https://a.go.th/x')).toBe(null);
    expect(model.prompt('1.1.1')).toEqual({ notes: '', links: ['https://a.go.th/x'] });
    model.removeLink('1.1.1', 0);
    expect(model.value.prompts).toEqual({});
  });

  it('normalises a value that is set (no not-assessed levels, no empty prompts, no bad links)', () => {
    const model = new ChecklistModel();
    model.value = {
      levels: { '1.1': 'not-assessed', '1.2': 'basic' },
      prompts: { '1.1.1': { notes: '', links: [] }, '1.1.2': { notes: 'x', links: ['javascript:x'] } },
    };
    expect(model.value).toEqual({
      levels: { '1.2': 'basic' },
      prompts: { '1.1.2': { notes: 'x', links: [] } },
    });
  });
});

describe('ChecklistModel: subscribe, undo', () => {
  it('tells subscribers of every change, user edits marked as such', () => {
    const model = new ChecklistModel();
    const seen: ChecklistModelChange[] = [];
    const off = model.subscribe((c) => seen.push(c));
    model.setLevel('2.1', 'significance');
    model.setNotes('2.1.1', 'a');
    model.value = { levels: {}, prompts: {} };
    off();
    model.setLevel('2.1', 'basic');
    expect(seen).toEqual([
      { kind: 'level', user: true },
      { kind: 'prompt', user: true },
      { kind: 'value', user: false },
    ]);
  });

  it('undoes edits, typing in the notes of one prompt as one step', () => {
    const model = new ChecklistModel();
    model.setLevel('3.1', 'basic');
    for (const text of ['a', 'ab', 'abc']) model.setNotes('3.1.1', text);
    model.setLevel('3.2', 'advance');
    expect(model.canUndo).toBe(true);
    model.undo();
    expect(model.value.levels).toEqual({ '3.1': 'basic' });
    expect(model.prompt('3.1.1').notes).toBe('abc');
    model.undo();
    expect(model.value.prompts).toEqual({});
    model.undo();
    expect(model.value.levels).toEqual({});
    expect(model.canUndo).toBe(false);
  });
});

describe('ChecklistModel: import and export', () => {
  const prompts = new Set(criteriaPrompts().map((p) => p.id));

  it('exports JSON and imports it back; the import can be undone', () => {
    const a = new ChecklistModel();
    a.setLevel('1.1', 'advance');
    a.setNotes('1.1.2', 'แผนยุทธศาสตร์');
    a.addLink('1.1.2', 'https://example.go.th/plan.pdf');
    const json = a.exportJson(new Date('2025-01-31T09:00:00.000Z'));
    expect(JSON.parse(json)).toMatchObject({
      schema: 'khanaen.checklist',
      version: 1,
      savedAt: '2025-01-31T09:00:00.000Z',
    });
    const b = new ChecklistModel({ value: { levels: { '6.4': 'basic' }, prompts: {} } });
    b.setKnownPrompts(prompts);
    expect(b.importJson(json)).toEqual({ ok: true, items: 1, prompts: 1 });
    expect(b.value).toEqual(a.value);
    expect(b.canUndoImport).toBe(true);
    b.undoImport();
    expect(b.value.levels).toEqual({ '6.4': 'basic' });
    expect(b.canUndoImport).toBe(false);
  });

  it('refuses a bad JSON file with every problem, changing nothing', () => {
    const model = new ChecklistModel({ value: { levels: { '1.1': 'basic' }, prompts: {} } });
    model.setKnownPrompts(prompts);
    const r = model.importJson(
      JSON.stringify({
        schema: 'khanaen.checklist',
        version: 1,
        levels: { '1.1': 'x', '9.9': 'basic' },
        prompts: { '1.1.99': {} },
      }),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.en)).toEqual([
      'Item 1.1: level "x" is not valid (use not-assessed, none, basic, advance, significance).',
      'Unknown item "9.9".',
      'Unknown prompt "1.1.99".',
    ]);
    expect(model.value.levels).toEqual({ '1.1': 'basic' });
    expect(model.importJson(JSON.stringify({ schema: 'khanaen.checklist', version: 2, levels: {} })).ok).toBe(
      false,
    );
  });

  it('round-trips its CSV export (Thai and English headers), formulas and line breaks included', () => {
    const a = new ChecklistModel();
    a.setLevel('1.1', 'advance');
    a.setLevel('4.2', 'none');
    a.setNotes('1.1.2', '=HYPERLINK("http://evil")\nบรรทัดสอง');
    a.addLink('1.1.2', 'https://a.go.th/x');
    a.addLink('1.1.2', 'https://b.go.th/y');
    for (const lang of ['th', 'en'] as const) {
      const b = new ChecklistModel();
      b.setKnownPrompts(prompts);
      expect(b.importCsv(a.exportCsv(criteriaItems(), lang))).toEqual({ ok: true, items: 2, prompts: 1 });
      expect(b.value).toEqual(a.value);
    }
  });

  it('reports CSV problems per row and column, changing nothing', () => {
    const model = new ChecklistModel();
    const csv = new ChecklistModel().exportCsv(criteriaItems(), 'en').split('\r\n');
    csv[1] = csv[1]!.replace(',not-assessed,', ',excellent,');
    csv[3] = csv[3]!.replace(/,$/, ',javascript:alert(1)');
    const r = model.importCsv(csv.join('\r\n'));
    expect(!r.ok && r.problems.map((p) => p.en)).toEqual([
      'Row 2, column level reached: level "excellent" is not valid (use not-assessed, none, basic, advance, significance).',
      'Row 4, column evidence links: link "javascript:alert(1)" is not valid (it must start with http:// or https://).',
    ]);
    expect(model.importCsv('a,b\r\n1,2').ok).toBe(false);
    expect(model.value).toEqual({ levels: {}, prompts: {} });
  });
});

describe('ChecklistModel: drafts', () => {
  it('saves a draft after the delay and restores it in a new model', () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const a = new ChecklistModel({ storage, saveDelay: 300 });
      a.openDraft('k');
      expect(a.saveState).toBe('idle');
      a.setLevel('5.1', 'advance');
      expect(a.saveState).toBe('pending');
      expect(storage.getItem('k')).toBe(null);
      vi.advanceTimersByTime(300);
      expect(a.saveState).toBe('saved');
      expect(JSON.parse(storage.getItem('k')!).levels).toEqual({ '5.1': 'advance' });
      const b = new ChecklistModel({ storage });
      b.openDraft('k');
      expect(b.value.levels).toEqual({ '5.1': 'advance' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('migrates a version-0 draft and sets aside one it cannot use, never dropping it', () => {
    const storage = new MemoryStorage();
    storage.setItem('old', JSON.stringify({ levels: { '1.1': 'basic' }, notes: { '1.1.1': 'เดิม' } }));
    const a = new ChecklistModel({ storage });
    a.openDraft('old');
    expect(a.migratedFrom).toBe(0);
    expect(a.value).toEqual({
      levels: { '1.1': 'basic' },
      prompts: { '1.1.1': { notes: 'เดิม', links: [] } },
    });
    expect(JSON.parse(storage.getItem('old')!).version).toBe(1);
    const raw = JSON.stringify({ schema: 'khanaen.checklist', version: 9, levels: {} });
    storage.setItem('new', raw);
    const b = new ChecklistModel({ storage });
    b.openDraft('new');
    expect(b.asides).toHaveLength(1);
    expect(b.asides[0]!.newer).toBe(true);
    expect(storage.getItem(b.asides[0]!.key!)).toBe(raw);
    expect(b.saveState).toBe('idle');
  });

  it('keeps working in memory when storage is unavailable', () => {
    const a = new ChecklistModel({ storage: null });
    a.openDraft('k');
    expect(a.saveState).toBe('unavailable');
    a.setLevel('1.1', 'basic');
    a.flush();
    expect(a.saveState).toBe('unavailable');
    expect(a.value.levels).toEqual({ '1.1': 'basic' });
  });
});
