import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@khanaen/core';
import {
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  type ServiceSaving,
} from '@khanaen/core';
import { CostSavingsModel } from './cost-savings-model.js';

// Count every call into core's two facilitation rules (the model must score only what an edit changed).
vi.mock('@khanaen/core', async (importOriginal) => {
  const real = await importOriginal<typeof core>();
  return {
    ...real,
    facilitationValue: vi.fn(real.facilitationValue),
    facilitationEfficiency: vi.fn(real.facilitationEfficiency),
  };
});
const valueCalls = () => vi.mocked(core.facilitationValue).mock.calls.length;
const efficiencyCalls = () => vi.mocked(core.facilitationEfficiency).mock.calls.length;

// SPEC §6 worked example: 4 sheets, fee cut 100, 3 hours, D = 10,000 → 2,250,000 baht (`004:1360-1365`).
const SPEC: ServiceSaving = {
  name: 'ขออนุญาตประกอบกิจการ',
  sheetsReduced: 4,
  feeReduced: 100,
  hoursReduced: 3,
  transactions: 10000,
};
const C = facilitationAward2566.constants;

beforeEach(() => {
  vi.mocked(core.facilitationValue).mockClear();
  vi.mocked(core.facilitationEfficiency).mockClear();
});

describe('CostSavingsModel: services (rule FV)', () => {
  it('starts with one blank row, scores nothing until read, and equals core', () => {
    const m = new CostSavingsModel();
    expect(m.services).toHaveLength(1);
    expect(valueCalls()).toBe(0);
    expect(m.result.ok).toBe(false);
    // A blank calculator shows no error at a field.
    expect(m.rowError(0, 'transactions')).toBeUndefined();
    m.loadServices([SPEC]);
    expect(m.result).toEqual(facilitationValue({ services: [SPEC] }));
    expect(m.result.ok && m.result.total).toBe(2250000);
    expect(m.constants).toEqual({
      bahtPerSheet: String(C.bahtPerSheet),
      wagePerDay: String(C.wagePerDay),
      hoursPerDay: String(C.hoursPerDay),
    });
  });

  it('an edit re-scores rule FV once, not the rubric; an unchanged result keeps its identity', () => {
    const m = new CostSavingsModel({ services: [SPEC] });
    void m.result;
    void m.efficiency;
    void m.constantsResult;
    const before = { value: valueCalls(), efficiency: efficiencyCalls() };
    m.editRow(0, 'transactions', '๑๐,๐๐๐');
    expect(m.services[0]!.transactions).toBe('๑๐,๐๐๐');
    const first = m.result;
    void m.result;
    void m.efficiency;
    void m.constantsResult;
    expect(valueCalls() - before.value).toBe(1);
    expect(efficiencyCalls() - before.efficiency).toBe(0);
    // Same total as before the edit (10000 written in Thai digits): the result object is the same one.
    m.editRow(0, 'name', 'ขออนุญาตประกอบกิจการ');
    expect(m.result).toBe(first);
    m.setPair('fees', 'before', '200');
    void m.result;
    void m.efficiency;
    expect(valueCalls() - before.value).toBe(1);
    expect(efficiencyCalls() - before.efficiency).toBe(1);
  });

  it('a constant edit re-scores FV and the constants alone; equal-to-pack values are no override', () => {
    const m = new CostSavingsModel({ services: [SPEC] });
    m.setConstant('wagePerDay', '330');
    expect(m.result).toEqual(facilitationValue({ services: [SPEC], constants: { wagePerDay: '330' } }));
    expect(m.result.ok && m.result.constants.hourlyWage).toBe(41.25);
    expect(m.result.ok && m.result.pack).toBe(`${facilitationAward2566.id}+overrides`);
    m.resetConstants();
    expect(m.result.ok && m.result.pack).toBe(facilitationAward2566.id);
    m.setConstant('hoursPerDay', String(C.hoursPerDay));
    expect(m.overrides).toBeUndefined();
    m.setConstant('hoursPerDay', '0');
    expect(m.result.ok).toBe(false);
    expect(m.badConstants).toBe(true);
    expect(m.constantError('hoursPerDay')?.code).toBeTruthy();
    expect(m.constantsResult.ok).toBe(false);
  });

  it('shows a row error only once the row is touched or filled', () => {
    const m = new CostSavingsModel();
    m.editRow(0, 'name', 'คัดสำเนา');
    expect(m.rowError(0, 'transactions')).toBeUndefined();
    m.touchRow(0);
    expect(m.rowError(0, 'transactions')?.code).toBe('REQUIRED');
    m.loadServices([SPEC, SPEC, { ...SPEC, transactions: '1.5' }]);
    expect(m.rowError(2, 'transactions')?.message.th).toContain('งานบริการที่ 3');
    expect(m.rowError(1, 'transactions')).toBeUndefined();
  });

  it('moves the typed time between hours and minutes, never converting it', () => {
    const m = new CostSavingsModel({
      services: [{ sheetsReduced: 0, feeReduced: 0, hoursReduced: '90', transactions: 2 }],
    });
    m.setUnit(0, 'minutesReduced');
    expect(m.services[0]).toEqual({ sheetsReduced: 0, feeReduced: 0, minutesReduced: '90', transactions: 2 });
    expect(m.result.ok && m.result.services[0]!.hours).toBe(1.5);
  });

  it('adds and removes rows with stable keys, and keeps at least one row', () => {
    const m = new CostSavingsModel({ services: [SPEC] });
    const k0 = m.keys[0];
    m.addRow();
    expect(m.services).toHaveLength(2);
    expect(m.keys[0]).toBe(k0);
    expect(m.removeRow(0)).toBe(true);
    expect(m.removeRow(0)).toBe(false);
    expect(m.services).toHaveLength(1);
    m.loadServices([]);
    expect(m.services).toHaveLength(1);
  });

  it('notes page data that cannot be used, and keeps what it can', () => {
    const m = new CostSavingsModel();
    m.loadServices('not a list');
    expect(m.problems.has('services')).toBe(true);
    expect(m.services).toHaveLength(1);
    m.loadServices([SPEC, 3]);
    expect(m.services).toHaveLength(2);
    expect(m.services[0]).toBe(SPEC);
    m.dismissProblem('services');
    expect(m.problems.size).toBe(0);
    m.loadRubric([1, 2]);
    expect(m.problems.has('rubric')).toBe(true);
    expect(m.rubric).toEqual({});
  });
});

describe('CostSavingsModel: efficiency rubric (rule FE)', () => {
  it('equals core for the rubric it holds, built by edits', () => {
    const m = new CostSavingsModel();
    m.toggleLaw('department', true);
    m.toggleLaw('act', true);
    m.setText('law.count', '1');
    m.setPair('documents', 'before', '3');
    m.setPair('documents', 'after', '1');
    m.setEService('form', true);
    m.setFlag('regulatoryGuillotine', true);
    expect(m.rubric.law?.levels).toEqual(['act', 'department']);
    expect(m.efficiency).toEqual(facilitationEfficiency(m.rubric));
    const e = m.efficiency;
    if (!e.ok) throw new Error('expected ok');
    expect(e.bonus).toBe(C.guillotineBonus);
    expect(m.itemMax('law')).toBe(e.items.law.max);
  });

  it('clearing both sides of a pair removes the item; value points blank are not given', () => {
    const m = new CostSavingsModel();
    m.setPair('steps', 'before', '0');
    expect(m.rubricError('steps.before')).toBeUndefined();
    m.setPair('steps', 'after', '0');
    expect(m.rubricError('steps.before')?.code).toBe('BEFORE_ZERO');
    m.setPair('steps', 'before', '');
    m.setPair('steps', 'after', '');
    expect(m.rubric).toEqual({});
    m.setText('valuePoints', String(C.valueMaxPoints + 1));
    expect(m.rubricError('valuePoints')).toBeDefined();
    m.setText('valuePoints', '');
    expect(m.rubric).toEqual({});
  });

  it('knows every item maximum from core even while the rubric is refused', () => {
    const m = new CostSavingsModel({ rubric: { steps: { before: 0, after: 0 } } });
    expect(m.efficiency.ok).toBe(false);
    expect(m.itemMax('eService')).toBe(C.eService.form + C.eService.payment + C.eService.document);
  });
});

describe('CostSavingsModel: undo and subscribe', () => {
  it('undoes consecutive keystrokes in one field as one step, and redoes', () => {
    const m = new CostSavingsModel({ services: [SPEC] });
    m.editRow(0, 'feeReduced', '1');
    m.editRow(0, 'feeReduced', '12');
    m.editRow(0, 'feeReduced', '120');
    m.editRow(0, 'name', 'x');
    expect(m.undo()).toBe(true);
    expect(m.services[0]!.name).toBe(SPEC.name);
    expect(m.undo()).toBe(true);
    expect(m.services[0]).toBe(SPEC);
    expect(m.result).toEqual(facilitationValue({ services: [SPEC] }));
    expect(m.undo()).toBe(false);
    expect(m.redo()).toBe(true);
    expect(m.services[0]!.feeReduced).toBe('120');
    m.setFlag('other', true);
    expect(m.canRedo).toBe(false);
    m.undo();
    expect(m.rubric.other).toBeUndefined();
  });

  it('calls subscribers after every change until they unsubscribe', () => {
    const m = new CostSavingsModel();
    const seen: number[] = [];
    const stop = m.subscribe((x) => seen.push(x.services.length));
    m.addRow();
    m.setFlag('other', true);
    stop();
    m.addRow();
    expect(seen).toEqual([2, 2]);
  });
});

describe('CostSavingsModel: import and export', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...SPEC, name: `บริการ ${i + 1}`, transactions: i + 1 }));

  it('exports the services as CSV and imports them back the same, scoring the set once', () => {
    const a = new CostSavingsModel({ services: rows(605) });
    for (const lang of ['th', 'en'] as const) {
      const b = new CostSavingsModel();
      const calls = valueCalls();
      const report = b.importCsv(a.servicesToCsv(lang));
      expect(valueCalls() - calls).toBe(1);
      expect(report.ok).toBe(true);
      expect(report.rows).toHaveLength(605);
      // The import's result is the model's result: reading it scores nothing more.
      expect(b.result).toBe(report.loaded && report.result);
      expect(valueCalls() - calls).toBe(1);
      expect(report.rows[604]!.value?.total).toBe(a.result.ok && a.result.services[604]!.total);
      expect(b.result.ok && b.result.total).toBe(a.result.ok && a.result.total);
    }
  });

  it('reports each bad cell with its row, column and code, and still loads every row', () => {
    const m = new CostSavingsModel();
    const csv = [
      'name,sheetsReduced,feeReduced,minutesReduced,transactions',
      'ก,4,100,180,10000',
      'ข,4,abc,30,2',
      'ค,4,100,,1.5',
    ].join('\r\n');
    const report = m.importCsv(csv);
    expect(report.ok).toBe(false);
    expect(report.loaded).toBe(true);
    expect(m.services).toHaveLength(3);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'feeReduced', 'NOT_A_NUMBER'],
      [4, 'transactions', 'NOT_AN_INTEGER'],
    ]);
    expect(report.problems[0]!.message.en).toMatch(/^Row 3, column feeReduced: /);
    expect(report.rows[2]!.problems).toHaveLength(1);
    expect(m.undo()).toBe(true);
    expect(m.services).toHaveLength(1);
  });

  it('refuses a file it cannot read and changes nothing', () => {
    const m = new CostSavingsModel({ services: [SPEC] });
    for (const text of ['', 'a,b,c\r\n1,2,3', 'name,sheetsReduced', '{"services":1}']) {
      const report = m.importCsv(text);
      expect(report.ok).toBe(false);
      expect(report.loaded).toBe(false);
      expect(report.problems[0]!.row).toBe(1);
      expect(report.problems[0]!.code).toMatch(/^[A-Z_]+$/);
    }
    expect(m.services[0]).toBe(SPEC);
    expect(m.canUndo).toBe(false);
  });

  it('round-trips the whole state through JSON', () => {
    const a = new CostSavingsModel({
      services: [SPEC],
      rubric: { other: true },
      constants: { wagePerDay: '330' },
    });
    const b = new CostSavingsModel();
    const report = b.importJson(a.toJson());
    expect(report.ok).toBe(true);
    expect(b.snapshot).toEqual(a.snapshot);
    expect(b.result).toEqual(a.result);
    expect(b.efficiency).toEqual(a.efficiency);
    expect(b.importJson('not json').problems[0]!.code).toBe('NOT_JSON');
  });

  it('the result CSV is empty while the input is incomplete', () => {
    const m = new CostSavingsModel();
    expect(m.toCsv()).toBe('');
    m.loadServices([SPEC]);
    expect(m.toCsv()).toContain('2250000');
  });
});
