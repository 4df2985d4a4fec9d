import { describe, expect, it, vi } from 'vitest';
import { scoreAgencyKpi, scoreCategory7Kpi } from '@khanaen/core';
import { TargetModel, targetCoreScoring, type TargetScoring } from './target-model.js';

const TOURISM = { target: '375', actual: '400', history: ['300', '450'] } as const;

function counted() {
  const spies = {
    scoreCategory7Kpi: vi.fn(targetCoreScoring.scoreCategory7Kpi),
    scoreAgencyKpi: vi.fn(targetCoreScoring.scoreAgencyKpi),
    parseDecimal: vi.fn(targetCoreScoring.parseDecimal),
  };
  const entries = () =>
    spies.scoreCategory7Kpi.mock.calls.length +
    spies.scoreAgencyKpi.mock.calls.length +
    spies.parseDecimal.mock.calls.length;
  return { spies, entries, scoring: spies as unknown as TargetScoring };
}

describe('TargetModel (Category 7)', () => {
  it('scores the worked example (001:1188-1199) as core does', () => {
    const m = new TargetModel({ inputs: TOURISM });
    expect(m.result).toEqual(
      scoreCategory7Kpi({
        target: '375',
        actual: '400',
        history: ['300', '450'],
        direction: 'higher',
        boundaries: 'text',
      }),
    );
    expect(m.result.ok && 'level' in m.result && m.result.level).toBe('advance');
    expect(JSON.parse(m.resultJson)).toEqual(JSON.parse(JSON.stringify(m.result)));
  });

  it('a keystroke enters core once: one scoring of the new inputs, nothing else', () => {
    const { spies, entries, scoring } = counted();
    const m = new TargetModel({ inputs: { ...TOURISM, actual: '' }, scoring });
    void m.resultJson;
    const before = entries();
    for (const typed of ['4', '42', '420']) {
      const at = entries();
      m.update({ actual: typed }, { user: true });
      // What a view reads after a keystroke: the result, its JSON, the field errors and the general ones.
      void m.result;
      void m.resultJson;
      m.fieldError('actual');
      m.generalErrors();
      void m.direction;
      expect(entries() - at).toBe(1);
    }
    expect(spies.scoreCategory7Kpi).toHaveBeenCalledTimes(1 + 3);
    expect(entries() - before).toBe(3);
    expect(m.result.ok && 'level' in m.result && m.result.level).toBe('significance');
    // The chart's numbers: each distinct text is parsed once.
    m.numberOf('420');
    m.numberOf('420');
    expect(spies.parseDecimal).toHaveBeenCalledTimes(1);
    // Setting the same inputs again scores nothing.
    expect(m.update({ actual: '420' })).toBe(false);
    void m.result;
    expect(spies.scoreCategory7Kpi).toHaveBeenCalledTimes(4);
  });

  it('errors per field: shown once touched or when every field is filled', () => {
    const m = new TargetModel({ inputs: { target: '0', actual: '', history: ['1', '2'] } });
    expect(m.result.ok).toBe(false);
    expect(m.fieldError('actual')).toBe(null); // blank and untouched: quiet
    m.touch('actual');
    expect(m.fieldError('actual')).not.toBe(null);
    m.resetTouched();
    m.update({ actual: '5' });
    expect(m.allFilled()).toBe(true);
    expect(!m.result.ok && m.result.errors[0]?.code).toBe('TARGET_ZERO');
    expect(m.fieldError('target')?.th).toContain('ค่าเป้าหมายต้องไม่เป็น 0');
    m.update({ target: 'abc' });
    expect(!m.result.ok && m.result.errors[0]?.code).toBe('NOT_A_NUMBER');
  });

  it('the year chooses the pack through core (a year before the first pack keeps the default)', () => {
    const m = new TargetModel({ inputs: { ...TOURISM, year: 2565 } });
    expect(m.result.ok && m.result.pack).toBe('pmqa40-cat7@2565');
    m.update({ year: 2564 });
    expect(m.category7Pack).toBe(undefined);
    expect(m.result).toEqual(scoreCategory7Kpi({ ...TOURISM, history: ['300', '450'] }));
  });

  it('undo: typing in one field is one step; another field is another', () => {
    const m = new TargetModel({ inputs: TOURISM });
    m.update({ actual: '4' }, { user: true });
    m.update({ actual: '42' }, { user: true });
    m.update({ target: '380' }, { user: true });
    m.undo();
    expect(m.inputs.target).toBe('375');
    expect(m.inputs.actual).toBe('42');
    m.undo();
    expect(m.inputs.actual).toBe('400');
    expect(m.canUndo).toBe(false);
  });

  it('notifies subscribers on changes only', () => {
    const m = new TargetModel({ inputs: TOURISM });
    const fn = vi.fn();
    const stop = m.subscribe(fn);
    m.update({ actual: '400' });
    m.update({ actual: '401' });
    m.touch('actual');
    stop();
    m.update({ actual: '402' });
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe('TargetModel (agency)', () => {
  it('interpolates as core does; unordered targets are a general error', () => {
    const m = new TargetModel({
      inputs: {
        mode: 'agency',
        initialTarget: '80',
        standardTarget: '90',
        highTarget: '100',
        actual: '85',
        weight: '30',
      },
    });
    expect(m.result).toEqual(
      scoreAgencyKpi({ actual: '85', targets: { initial: '80', standard: '90', high: '100' }, weight: '30' }),
    );
    expect(m.agencyConstants.targetPoints).toBeTruthy();
    m.update({ initialTarget: '20', standardTarget: '25', highTarget: '10', actual: '17', weight: '' });
    expect(!m.result.ok && m.result.errors[0]?.code).toBe('TARGETS_NOT_ORDERED');
    expect(m.generalErrors().map((e) => e.code)).toEqual(['TARGETS_NOT_ORDERED']);
    m.update({ standardTarget: '15' });
    expect(m.result.ok && m.result.score).toBe(65);
    expect(m.direction).toBe('lower');
  });

  it('a keystroke enters core once', () => {
    const { entries, scoring } = counted();
    const m = new TargetModel({
      inputs: { mode: 'agency', initialTarget: '80', standardTarget: '90', highTarget: '100', actual: '' },
      scoring,
    });
    void m.result;
    const at = entries();
    m.update({ actual: '8' }, { user: true });
    void m.resultJson;
    m.fieldError('actual');
    void m.agencyConstants;
    expect(entries() - at).toBe(1);
  });
});
