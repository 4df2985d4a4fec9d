/** Rule C7 — a Category 7 KPI: challenging target, improvement, level and score (SPEC §1). */
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { classifyImprovement, pmqa40Cat7, scoreCategory7Kpi, type Category7KpiInput } from '../src/index.js';
import { bad, errorsOf, expectError, expectExplained, ok, stepOf } from './helpers.js';

const tourism = (target: number | string, extra: Partial<Category7KpiInput> = {}) =>
  scoreCategory7Kpi({ target, actual: 400, history: [300, 450], ...extra });

describe('C7 worked example (001:1188-1199): results 2562 = 300, 2563 = 450, 2564 = 400', () => {
  it.each([
    { target: 450, challenging: true, pct: -11.11, level: 'basic', score: 300 },
    { target: 375, challenging: true, pct: 6.67, level: 'advance', score: 400 },
    { target: 300, challenging: false, pct: 33.33, level: 'none', score: 0 },
  ] as const)('target $target → baseline 375, challenging $challenging, $pct %, $level, $score', (row) => {
    const r = ok(tourism(row.target));
    expect(r.baseline).toBe(375);
    expect(r.minimumTarget).toBe(375);
    expect(r.challenging).toBe(row.challenging);
    expect(r.improvementPct).toBe(row.pct);
    expect(r.level).toBe(row.level);
    expect(r.score).toBe(row.score);
    expect(r.pack).toBe('pmqa40-cat7@2566');
    expect(r.direction).toBe('higher');
    expect(r.boundaries).toBe('text');
    expectExplained(r.explanation);
  });

  it('explains the 375 case in the words of the product', () => {
    const r = ok(tourism(375));
    const th = r.explanation.map((s) => s.text.th).join('\n');
    expect(th).toContain('ผลการดำเนินงานดีกว่าค่าเป้าหมายร้อยละ 6.67 อยู่ในระดับก้าวหน้า (400 คะแนน)');
    expect(th).toContain('ค่าเฉลี่ยผลการดำเนินงาน 2 ปีก่อนหน้า = (300 + 450) / 2 = 375');
    expect(th).toContain('ค่าเป้าหมาย 375 ไม่ต่ำกว่าค่าเฉลี่ย 2 ปี (375) จึงเป็นเป้าหมายท้าทาย');
    expect(th).toContain('(400 − 375) / 375 × 100 = 6.67');
    expect(stepOf(r.explanation, 'C7.5').text.en).toBe(
      'The result is better than the target by 6.67%: Advance (400 points).',
    );
    expect(r.explanation.map((s) => s.rule)).toEqual(['C7.1', 'C7.2', 'C7.4', 'C7.5', 'C7.6']);
    expect(stepOf(r.explanation, 'C7.5').source).toBe('000:85-87');
  });

  it('explains a result below the target (450) and a target that is not challenging (300)', () => {
    const below = ok(tourism(450));
    expect(stepOf(below.explanation, 'C7.5').text.th).toBe(
      'ผลการดำเนินงานไม่ถึงค่าเป้าหมายร้อยละ 11.11 อยู่ในระดับพื้นฐาน (300 คะแนน)',
    );
    const easy = ok(tourism(300));
    const c73 = stepOf(easy.explanation, 'C7.3');
    expect(c73.source).toBe('001:1198-1199');
    expect(c73.text.th).toContain('จึงไม่ใช่เป้าหมายท้าทาย ได้ 0 คะแนน');
    expect(easy.explanation.some((s) => s.rule === 'C7.2' || s.rule === 'C7.5')).toBe(false);
    expect(easy.actualNeeded).toEqual({ advance: null, significance: null });
    expect(stepOf(easy.explanation, 'C7.6').text.th).toBe('ค่าเป้าหมายต้องไม่ต่ำกว่า 375 จึงจะได้คะแนน');
  });

  it('warns (does not fail) when the target is worse than last year', () => {
    const r = ok(tourism(375));
    expect(r.warnings.map((w) => w.code)).toEqual(['TARGET_WORSE_THAN_LAST_YEAR']);
    expect(r.warnings[0]?.message.th).toBe(
      'ค่าเป้าหมาย 375 ต่ำกว่าผลการดำเนินงานปีที่แล้ว (450) — คำเตือนนี้ไม่มีผลต่อคะแนน: คะแนนขึ้นกับค่าเฉลี่ย 2 ปี',
    );
    expect(ok(tourism(450)).warnings).toEqual([]);
    const lower = ok(scoreCategory7Kpi({ target: 12, actual: 10, history: [14, 10], direction: 'lower' }));
    expect(lower.warnings[0]?.message.en).toBe(
      "The target 12 is above last year's result (10). This warning does not change the score: the two-year baseline decides.",
    );
  });

  it('accepts a target equal to the two-year mean (001:1196-1197), not one just below', () => {
    expect(ok(tourism(375)).challenging).toBe(true);
    expect(ok(tourism(374.99)).challenging).toBe(false);
    expect(ok(tourism('375.00')).challenging).toBe(true);
  });
});

describe('C7.5 boundaries: text (000:85-87, default) and table (000:99)', () => {
  it.each([
    { actual: 104.99, pct: 4.99, text: 'basic', table: 'basic' },
    { actual: 105, pct: 5, text: 'basic', table: 'advance' },
    { actual: 105.01, pct: 5.01, text: 'advance', table: 'advance' },
    { actual: 109.99, pct: 9.99, text: 'advance', table: 'advance' },
    { actual: 110, pct: 10, text: 'advance', table: 'significance' },
    { actual: 110.01, pct: 10.01, text: 'significance', table: 'significance' },
    { actual: 100, pct: 0, text: 'basic', table: 'basic' },
    { actual: 50, pct: -50, text: 'basic', table: 'basic' },
  ] as const)('target 100, actual $actual → $pct % → $text (text) / $table (table)', (row) => {
    const base = { target: 100, actual: row.actual, history: [90, 100] } as const;
    const text = ok(scoreCategory7Kpi(base));
    const table = ok(scoreCategory7Kpi({ ...base, boundaries: 'table' }));
    expect(text.improvementPct).toBe(row.pct);
    expect(text.level).toBe(row.text);
    expect(table.level).toBe(row.table);
    expect(table.boundaries).toBe('table');
    expect(stepOf(table.explanation, 'C7.5').source).toBe('000:99');
    const points = { basic: 300, advance: 400, significance: 500 };
    expect(text.score).toBe(points[row.text]);
    expect(table.score).toBe(points[row.table]);
  });

  it('classifies the 2-decimal rounded percentage (5.004 → 5.00 basic, 5.005 → 5.01 advance)', () => {
    const at = (actual: string) => ok(scoreCategory7Kpi({ target: 1000, actual, history: [900, 1000] }));
    expect(at('1050.04').improvementPct).toBe(5);
    expect(at('1050.04').level).toBe('basic');
    expect(at('1050.05').improvementPct).toBe(5.01);
    expect(at('1050.05').level).toBe('advance');
    const table = ok(
      scoreCategory7Kpi({ target: 1000, actual: '1049.95', history: [900, 1000], boundaries: 'table' }),
    );
    expect(table.improvementPct).toBe(5);
    expect(table.level).toBe('advance');
  });

  it('is exact: target 100, actual 105 is 5.00 %, not 5.000000000000001', () => {
    const r = ok(scoreCategory7Kpi({ target: 100, actual: 105, history: [100, 100] }));
    expect(r.improvementPct).toBe(5);
    expect(r.level).toBe('basic');
    // Binary floating point puts 1 → 1.05 just above 5 %, which would flip it to Advance.
    expect(((1.05 - 1) / 1) * 100).toBeGreaterThan(5);
    const small = ok(scoreCategory7Kpi({ target: 1, actual: 1.05, history: [1, 1] }));
    expect(small.improvementPct).toBe(5);
    expect(small.level).toBe('basic');
    expect(ok(scoreCategory7Kpi({ target: 1, actual: 1.1, history: [1, 1] })).level).toBe('advance');
    const r2 = ok(scoreCategory7Kpi({ target: '0.3', actual: '0.33', history: ['0.1', '0.2'] }));
    expect(r2.baseline).toBe(0.15);
    expect(r2.improvementPct).toBe(10);
    expect(r2.level).toBe('advance');
  });

  it('classifyImprovement is the C7.5 table on its own', () => {
    const dec = (v: number | string) => new Big(v);
    const c = pmqa40Cat7.constants;
    expect(classifyImprovement(dec(5), 'text', c)).toBe('basic');
    expect(classifyImprovement(dec(5), 'table', c)).toBe('advance');
    expect(classifyImprovement(dec('10.01'), 'text', c)).toBe('significance');
    expect(classifyImprovement(dec('9.99'), 'table', c)).toBe('advance');
  });
});

describe('C7 lower is better (mirrored)', () => {
  it.each([
    { actual: 45, boundaries: 'text', pct: 10, level: 'advance', score: 400 },
    { actual: 45, boundaries: 'table', pct: 10, level: 'significance', score: 500 },
    { actual: 47.5, boundaries: 'text', pct: 5, level: 'basic', score: 300 },
    { actual: 55, boundaries: 'text', pct: -10, level: 'basic', score: 300 },
    { actual: 44.99, boundaries: 'text', pct: 10.02, level: 'significance', score: 500 },
  ] as const)('target 50, actual $actual ($boundaries) → $pct % → $level', (row) => {
    const r = ok(
      scoreCategory7Kpi({
        target: 50,
        actual: row.actual,
        history: [60, 52],
        direction: 'lower',
        boundaries: row.boundaries,
      }),
    );
    expect(r.direction).toBe('lower');
    expect(r.baseline).toBe(56);
    expect(r.challenging).toBe(true);
    expect(r.improvementPct).toBe(row.pct);
    expect(r.level).toBe(row.level);
    expect(r.score).toBe(row.score);
    expectExplained(r.explanation);
  });

  it('a lower-is-better target above the baseline is not challenging', () => {
    const r = ok(scoreCategory7Kpi({ target: 50, actual: 10, history: [40, 50], direction: 'lower' }));
    expect(r.baseline).toBe(45);
    expect(r.challenging).toBe(false);
    expect(r.score).toBe(0);
    expect(stepOf(r.explanation, 'C7.3').text.en).toContain('above the two-year baseline (45)');
    expect(stepOf(r.explanation, 'C7.6').text.en).toBe('The target must be at most 45 to score at all.');
  });

  it('the explanation writes the mirrored formula', () => {
    const r = ok(scoreCategory7Kpi({ target: 50, actual: 45, history: [60, 52], direction: 'lower' }));
    expect(stepOf(r.explanation, 'C7.4').text.th).toContain('(50 − 45) / 50 × 100 = 10');
    expect(stepOf(r.explanation, 'C7.2').text.th).toContain('ไม่สูงกว่าค่าเฉลี่ย 2 ปี (56)');
  });
});

describe('C7 negative and fractional values', () => {
  it('uses |target| so a negative target keeps the sign of the improvement', () => {
    const r = ok(scoreCategory7Kpi({ target: -100, actual: -90, history: [-120, -110] }));
    expect(r.baseline).toBe(-115);
    expect(r.challenging).toBe(true);
    expect(r.improvementPct).toBe(10);
    expect(r.level).toBe('advance');
    expect(stepOf(r.explanation, 'C7.4').text.en).toContain('(−90 − −100) / 100 × 100 = 10');
    expect(r.actualNeeded).toEqual({ advance: -94.99, significance: -89.99 });
  });

  it('shows a result equal to the target as such', () => {
    const r = ok(scoreCategory7Kpi({ target: 100, actual: 100, history: [100, 100] }));
    expect(stepOf(r.explanation, 'C7.4').text.th).toContain('เท่ากับค่าเป้าหมาย');
    expect(r.warnings).toEqual([]);
  });
});

describe('C7.6 minimum target and the result needed for each level', () => {
  it.each([
    { boundaries: 'text', advance: 393.77, significance: 412.52 },
    { boundaries: 'table', advance: 393.74, significance: 412.49 },
  ] as const)('target 375 ($boundaries): advance at $advance, significance at $significance', (row) => {
    const r = ok(tourism(375, { boundaries: row.boundaries }));
    expect(r.actualNeeded).toEqual({ advance: row.advance, significance: row.significance });
    const level = (actual: number) => ok(tourism(375, { boundaries: row.boundaries, actual })).level;
    expect(level(row.advance)).toBe('advance');
    expect(level(Number((row.advance - 0.01).toFixed(2)))).toBe('basic');
    expect(level(row.significance)).toBe('significance');
    expect(level(Number((row.significance - 0.01).toFixed(2)))).toBe('advance');
  });

  it('rounds towards the better side for lower-is-better', () => {
    const r = ok(scoreCategory7Kpi({ target: 375, actual: 350, history: [400, 380], direction: 'lower' }));
    // 375 − 375 × 5.005 % = 356.23125 → at most 356.23; 375 − 375 × 10.005 % = 337.48125 → at most 337.48
    expect(r.actualNeeded).toEqual({ advance: 356.23, significance: 337.48 });
    const level = (actual: number) =>
      ok(scoreCategory7Kpi({ target: 375, actual, history: [400, 380], direction: 'lower' })).level;
    expect(level(356.23)).toBe('advance');
    expect(level(356.24)).toBe('basic');
    expect(level(337.48)).toBe('significance');
    expect(level(337.49)).toBe('advance');
    expect(stepOf(r.explanation, 'C7.6').text.th).toContain('ไม่เกิน 356.23 จึงอยู่ในระดับก้าวหน้า');
  });
});

describe('C7 significance points and rule packs', () => {
  it('uses the given significancePoints (the source gives no number; default 500)', () => {
    const sig = { target: 100, actual: 120, history: [90, 100] };
    expect(ok(scoreCategory7Kpi(sig)).score).toBe(500);
    expect(ok(scoreCategory7Kpi({ ...sig, significancePoints: 450 })).score).toBe(450);
    expect(ok(scoreCategory7Kpi({ ...sig, significancePoints: ' ๔๕๐ ' })).score).toBe(450);
    expect(ok(scoreCategory7Kpi({ ...sig, significancePoints: '' })).score).toBe(500);
    expect(ok(scoreCategory7Kpi({ ...sig, actual: 105, significancePoints: 450 })).score).toBe(300);
    expect(ok(scoreCategory7Kpi({ ...sig, significancePoints: 450 })).pack).toBe('pmqa40-cat7@2566');
  });

  it('accepts constants overrides and names the pack "+overrides"', () => {
    const r = ok(
      scoreCategory7Kpi({
        target: 100,
        actual: 120,
        history: [90, 100],
        constants: { points: { significance: 450 } },
      }),
    );
    expect(r.score).toBe(450);
    expect(r.pack).toBe('pmqa40-cat7@2566+overrides');
    expect(r.explanation[0]?.rule).toBe('PACK');
    expect(r.explanation[0]?.text.th).toContain('ใช้ชุดเกณฑ์ pmqa40-cat7@2566');
    expectExplained(r.explanation);
    const wider = ok(
      scoreCategory7Kpi({ target: 100, actual: 107, history: [90, 100], constants: { basicMaxPct: 8 } }),
    );
    expect(wider.level).toBe('basic');
  });

  it('accepts another pack', () => {
    const pack = {
      ...pmqa40Cat7,
      id: 'pmqa40-cat7@2570',
      constants: { ...pmqa40Cat7.constants, advanceMaxPct: 20 },
    };
    const r = ok(scoreCategory7Kpi({ target: 100, actual: 115, history: [90, 100], pack }));
    expect(r.pack).toBe('pmqa40-cat7@2570');
    expect(r.level).toBe('advance');
    expect(r.explanation.some((s) => s.rule === 'PACK')).toBe(false);
  });

  it.each([
    { options: { pack: 5 }, path: 'pack' },
    { options: { pack: { id: 'x' } }, path: 'pack.constants' },
    { options: { pack: { ...pmqa40Cat7, id: 7 } }, path: 'pack' },
    { options: { constants: 'abc' }, path: 'constants' },
    { options: { constants: [1] }, path: 'constants' },
    { options: { constants: { points: { significance: 'abc' } } }, path: 'constants.points.significance' },
    { options: { constants: { basicMaxPct: Number.NaN } }, path: 'constants.basicMaxPct' },
    { options: { constants: { points: 5 } }, path: 'constants.points' },
  ])('rejects an unusable pack or constants: $path', ({ options, path }) => {
    expectError(
      scoreCategory7Kpi({ target: 1, actual: 1, history: [1, 1], ...bad<object>(options) }),
      path,
      'INVALID_TYPE',
    );
  });
});

describe('C7 bad input', () => {
  const valid = { target: 375, actual: 400, history: [300, 450] };

  it.each([
    { name: 'missing target', input: { actual: 1, history: [1, 1] }, path: 'target', code: 'REQUIRED' },
    { name: 'blank actual', input: { ...valid, actual: '  ' }, path: 'actual', code: 'REQUIRED' },
    { name: 'null target', input: { ...valid, target: null }, path: 'target', code: 'REQUIRED' },
    { name: 'text target', input: { ...valid, target: 'abc' }, path: 'target', code: 'NOT_A_NUMBER' },
    { name: '12abc', input: { ...valid, actual: '12abc' }, path: 'actual', code: 'NOT_A_NUMBER' },
    { name: '1,2,3', input: { ...valid, actual: '1,2,3' }, path: 'actual', code: 'NOT_A_NUMBER' },
    { name: 'NaN', input: { ...valid, target: Number.NaN }, path: 'target', code: 'NOT_A_NUMBER' },
    {
      name: 'Infinity',
      input: { ...valid, actual: Number.POSITIVE_INFINITY },
      path: 'actual',
      code: 'NOT_A_NUMBER',
    },
    { name: 'boolean', input: { ...valid, target: true }, path: 'target', code: 'NOT_A_NUMBER' },
    { name: 'array', input: { ...valid, target: [375] }, path: 'target', code: 'NOT_A_NUMBER' },
    { name: 'object', input: { ...valid, actual: { value: 1 } }, path: 'actual', code: 'NOT_A_NUMBER' },
    { name: 'no history', input: { target: 1, actual: 1 }, path: 'history', code: 'HISTORY_REQUIRED' },
    { name: 'null history', input: { ...valid, history: null }, path: 'history', code: 'HISTORY_REQUIRED' },
    { name: 'empty history', input: { ...valid, history: [] }, path: 'history', code: 'HISTORY_REQUIRED' },
    { name: 'one year', input: { ...valid, history: [300] }, path: 'history', code: 'HISTORY_REQUIRED' },
    {
      name: 'three years',
      input: { ...valid, history: [1, 2, 3] },
      path: 'history',
      code: 'HISTORY_REQUIRED',
    },
    {
      name: 'blank year',
      input: { ...valid, history: [300, ''] },
      path: 'history',
      code: 'HISTORY_REQUIRED',
    },
    { name: 'text year', input: { ...valid, history: [300, 'x'] }, path: 'history.1', code: 'NOT_A_NUMBER' },
    {
      name: 'history not a list',
      input: { ...valid, history: 'abc' },
      path: 'history',
      code: 'INVALID_TYPE',
    },
    { name: 'target 0', input: { ...valid, target: 0 }, path: 'target', code: 'TARGET_ZERO' },
    { name: 'target "0.00"', input: { ...valid, target: '0.00' }, path: 'target', code: 'TARGET_ZERO' },
    { name: 'target "−0"', input: { ...valid, target: '−0' }, path: 'target', code: 'TARGET_ZERO' },
    { name: 'direction', input: { ...valid, direction: 'up' }, path: 'direction', code: 'INVALID_OPTION' },
    {
      name: 'boundaries',
      input: { ...valid, boundaries: 'TEXT' },
      path: 'boundaries',
      code: 'INVALID_OPTION',
    },
    {
      name: 'negative points',
      input: { ...valid, significancePoints: -1 },
      path: 'significancePoints',
      code: 'NEGATIVE',
    },
    {
      name: 'text points',
      input: { ...valid, significancePoints: 'many' },
      path: 'significancePoints',
      code: 'NOT_A_NUMBER',
    },
  ])('$name → $code at "$path"', ({ input, path, code }) => {
    expectError(scoreCategory7Kpi(bad(input)), path, code as never);
  });

  it.each([
    { input: undefined },
    { input: null },
    { input: 42 },
    { input: 'abc' },
    { input: [] },
    { input: [1, 2] },
  ])('input $input → an error for the whole input', ({ input }) => {
    const errors = errorsOf(scoreCategory7Kpi(bad(input)));
    expect(errors[0]?.path).toBe('');
  });

  it('reports every field at once, with messages in Thai and English', () => {
    const errors = errorsOf(scoreCategory7Kpi(bad({ target: 'x', actual: null, history: [1] })));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['target', 'NOT_A_NUMBER'],
      ['actual', 'REQUIRED'],
      ['history', 'HISTORY_REQUIRED'],
    ]);
    expect(errors[0]?.message).toEqual({
      th: 'ค่าเป้าหมายต้องเป็นตัวเลข (ใช้เลขไทยหรือเครื่องหมายจุลภาคคั่นหลักพันได้)',
      en: 'Target must be a number (Thai digits and thousands separators are fine).',
    });
    expect(errors[1]?.message.th).toBe('กรุณากรอกผลการดำเนินงาน');
  });

  it('TARGET_ZERO says why', () => {
    const e = expectError(scoreCategory7Kpi({ ...valid, target: 0 }), 'target', 'TARGET_ZERO');
    expect(e.message.en).toBe('The target cannot be 0: the improvement is a percentage of the target.');
  });

  it('accepts the forms users type: "1,234.50", " ๓๗๕ ", "−12", "+5", ".5"', () => {
    const r = ok(scoreCategory7Kpi({ target: ' ๓๗๕ ', actual: '1,234.50', history: ['300', '๔๕๐'] }));
    expect(r.baseline).toBe(375);
    expect(stepOf(r.explanation, 'C7.4').values.actual).toBe(1234.5);
    const neg = ok(scoreCategory7Kpi({ target: '−12', actual: '-10', history: ['−20', '+5'] }));
    expect(neg.baseline).toBe(-7.5);
    expect(neg.challenging).toBe(false);
    expect(ok(scoreCategory7Kpi({ target: '.5', actual: '0.55', history: [0.5, 0.5] })).improvementPct).toBe(
      10,
    );
  });
});
