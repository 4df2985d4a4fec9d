/** Rule AE — agency evaluation, fiscal year 2567 (SPEC §3). */
import { describe, expect, it } from 'vitest';
import {
  agencyComposite,
  agencyEval2567,
  agencyLevel,
  agencyRounds,
  agencyWeightTotal,
  scoreAgency,
  scoreAgencyKpi,
  type AgencyKpiRow,
} from '../src/index.js';
import { bad, errorsOf, expectError, expectExplained, ok, stepOf } from './helpers.js';

describe('AE.1 KPI score from three targets (003:234, 003:613)', () => {
  it.each([
    { actual: 0, score: 0, segment: 'below-initial' },
    { actual: 79.9, score: 0, segment: 'below-initial' },
    { actual: 79.99, score: 0, segment: 'below-initial' },
    { actual: 80, score: 50, segment: 'initial-standard' },
    { actual: 85, score: 62.5, segment: 'initial-standard' },
    { actual: 89.99, score: 74.98, segment: 'initial-standard' },
    { actual: 90, score: 75, segment: 'standard-high' },
    { actual: 95, score: 87.5, segment: 'standard-high' },
    { actual: 100, score: 100, segment: 'high' },
    { actual: 120, score: 100, segment: 'high' },
  ] as const)('targets 80/90/100, actual $actual → $score', ({ actual, score, segment }) => {
    const r = ok(scoreAgencyKpi({ actual, targets: { initial: 80, standard: 90, high: 100 } }));
    expect(r.score).toBe(score);
    expect(r.segment).toBe(segment);
    expect(r.direction).toBe('higher');
    expect(r.pack).toBe('agency-eval@2567');
    expectExplained(r.explanation);
  });

  it.each([
    { actual: 21, score: 0 },
    { actual: 20, score: 50 },
    { actual: 17, score: 65 },
    { actual: 15, score: 75 },
    { actual: 12, score: 90 },
    { actual: 10, score: 100 },
    { actual: 8, score: 100 },
  ])('lower is better, inferred from targets 20/15/10: actual $actual → $score', ({ actual, score }) => {
    const r = ok(scoreAgencyKpi({ actual, targets: { initial: 20, standard: 15, high: 10 } }));
    expect(r.direction).toBe('lower');
    expect(r.score).toBe(score);
    expect(r.explanation[0]?.text.th).toContain('(ค่ายิ่งน้อยยิ่งดี อนุมานจากลำดับค่าเป้าหมาย)');
    expect(r.explanation[0]?.text.en).toContain('(lower is better, inferred from the target order)');
  });

  it('an explicit direction agreeing with the targets gives the same score, without the inference note', () => {
    const r = ok(
      scoreAgencyKpi({ actual: 17, targets: { initial: 20, standard: 15, high: 10 }, direction: 'lower' }),
    );
    expect(r.score).toBe(65);
    expect(r.explanation[0]?.text.en).not.toContain('inferred');
  });

  it('explains the linear interpolation (บัญญัติไตรยางศ์) step by step', () => {
    const r = ok(scoreAgencyKpi({ actual: 85, targets: { initial: 80, standard: 90, high: 100 } }));
    const s = stepOf(r.explanation, 'AE.1');
    expect(s.source).toBe('003:613');
    expect(s.text.th).toBe(
      'ผลการดำเนินงาน 85 อยู่ระหว่างค่าเป้าหมายขั้นต้น (80) และค่าเป้าหมายมาตรฐาน (90) เทียบบัญญัติไตรยางศ์: 50 + (85 − 80) / (90 − 80) × 25 = 62.5 คะแนน',
    );
    const below = ok(scoreAgencyKpi({ actual: 79.9, targets: { initial: 80, standard: 90, high: 100 } }));
    expect(below.explanation[0]?.text.en).toBe(
      'The result 79.9 does not reach the initial target (80): 0 points.',
    );
  });

  it('rounds a non-terminating interpolation half-up to 2 decimals', () => {
    expect(ok(scoreAgencyKpi({ actual: 1, targets: { initial: 0, standard: 3, high: 6 } })).score).toBe(
      58.33,
    );
    expect(ok(scoreAgencyKpi({ actual: 2, targets: { initial: 0, standard: 3, high: 6 } })).score).toBe(
      66.67,
    );
  });

  it.each([
    { name: 'equal targets', targets: { initial: 80, standard: 80, high: 100 } },
    { name: 'standard above high', targets: { initial: 80, standard: 100, high: 90 } },
    { name: 'all equal', targets: { initial: 5, standard: 5, high: 5 } },
    { name: 'ascending but lower', targets: { initial: 10, standard: 15, high: 20 }, direction: 'lower' },
    { name: 'descending but higher', targets: { initial: 20, standard: 15, high: 10 }, direction: 'higher' },
  ] as const)('TARGETS_NOT_ORDERED: $name', (row) => {
    const e = expectError(scoreAgencyKpi({ actual: 1, ...row }), 'targets', 'TARGETS_NOT_ORDERED');
    expect(e.message.th).toContain('ต้องเรียงจากน้อยไปมาก');
  });

  it.each([
    { name: 'missing targets', input: { actual: 1 }, path: 'targets', code: 'REQUIRED' },
    {
      name: 'missing high',
      input: { actual: 1, targets: { initial: 1, standard: 2 } },
      path: 'targets.high',
      code: 'REQUIRED',
    },
    {
      name: 'text initial',
      input: { actual: 1, targets: { initial: 'low', standard: 2, high: 3 } },
      path: 'targets.initial',
      code: 'NOT_A_NUMBER',
    },
    {
      name: 'targets a list',
      input: { actual: 1, targets: [1, 2, 3] },
      path: 'targets',
      code: 'INVALID_TYPE',
    },
    {
      name: 'missing actual',
      input: { targets: { initial: 1, standard: 2, high: 3 } },
      path: 'actual',
      code: 'REQUIRED',
    },
    {
      name: 'direction',
      input: { actual: 1, targets: { initial: 1, standard: 2, high: 3 }, direction: 'up' },
      path: 'direction',
      code: 'INVALID_OPTION',
    },
  ])('$name → $code at "$path"', ({ input, path, code }) => {
    const e = expectError(scoreAgencyKpi(bad(input)), path, code as never);
    if (path === 'targets.high') expect(e.message.en).toBe('High target is required.');
  });
});

const row = (
  id: string,
  weight: number | string,
  actual: number,
  extra: Partial<AgencyKpiRow> = {},
): AgencyKpiRow => ({
  id,
  weight,
  actual,
  targets: { initial: 0, standard: 50, high: 100 },
  ...extra,
});

describe('AE.2 weighted agency score (003:615)', () => {
  it('Σ score × weight / 100 with weights in percent', () => {
    const r = ok(scoreAgency({ kpis: [row('a', 60, 100), row('b', 40, 25, { name: 'Complaints' })] }));
    // b: 0..50 → 50 + 25/50 × 25 = 62.5 ; total = 100 × 0.6 + 62.5 × 0.4 = 85
    expect(r.kpis.map((k) => [k.id, k.score, k.weight, k.weighted])).toEqual([
      ['a', 100, 60, 60],
      ['b', 62.5, 40, 25],
    ]);
    expect(r.kpis[1]?.name).toBe('Complaints');
    expect(r.kpis[0]?.name).toBeNull();
    expect(r.total).toBe(85);
    expect(r.level).toBe('standard-high');
    expectExplained(r.explanation);
    expect(stepOf(r.explanation, 'AE.2').text.th).toBe(
      'คะแนนรวม = ผลรวมของคะแนน × น้ำหนัก / 100 = (100 × 60 + 62.5 × 40) / 100 = 85 (คะแนนถ่วงน้ำหนักแต่ละตัวปัดเป็นทศนิยม 2 ตำแหน่งตามที่แสดงก่อนรวม ตามค่าตั้งต้นของ Khanaen, SPEC §0)',
    );
    expect(stepOf(r.explanation, 'AE.3').text.th).toBe('คะแนน 85 อยู่ในช่วง 75–89.99 จึงอยู่ในระดับมาตรฐานขั้นสูง');
    for (const k of r.kpis) expectExplained(k.explanation);
  });

  it('weights sum exactly, as decimals: "33.3" + "33.3" + "33.4" = 100 and 0.1 + 0.2 + 99.7 = 100', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // what binary floating point would add up
    const a = ok(
      scoreAgency({ kpis: [row('a', '33.3', 100), row('b', '33.3', 100), row('c', '33.4', 100)] }),
    );
    expect(a.total).toBe(100);
    const b = ok(scoreAgency({ kpis: [row('a', 0.1, 100), row('b', 0.2, 100), row('c', 99.7, -1)] }));
    expect(b.total).toBe(0.3);
    expect(b.kpis.map((k) => k.weighted)).toEqual([0.1, 0.2, 0]);
  });

  it('summarises the sum for more than 8 KPIs', () => {
    const kpis = Array.from({ length: 10 }, (_, i) => row(`k${i}`, 10, 100));
    const r = ok(scoreAgency({ kpis }));
    expect(r.total).toBe(100);
    expect(stepOf(r.explanation, 'AE.2').text.en).toBe(
      "Total = sum of score × weight / 100 over 10 KPIs = 100 (each weighted score rounded to 2 decimals as shown before adding: Khanaen's default, SPEC §0)",
    );
  });

  it('WEIGHTS_NOT_100 gives the sum in the message', () => {
    const e = expectError(
      scoreAgency({ kpis: [row('a', 50, 1), row('b', '49.99', 1)] }),
      'kpis',
      'WEIGHTS_NOT_100',
    );
    expect(e.message.th).toBe('น้ำหนักรวมได้ 99.99 ต้องรวมกันเท่ากับ 100 พอดี');
    expect(e.message.en).toBe('The weights add up to 99.99; they must total exactly 100.');
    const over = expectError(scoreAgency({ kpis: [row('a', '1,000', 1)] }), 'kpis', 'WEIGHTS_NOT_100');
    expect(over.message.en).toContain('1,000');
  });

  it('DUPLICATE_ID (ids compared after trimming) and per-row TARGETS_NOT_ORDERED are all reported', () => {
    const errors = errorsOf(
      scoreAgency({
        kpis: [
          row('a', 50, 1),
          row(' a ', 25, 1),
          row('c', 25, 1, { targets: { initial: 3, standard: 2, high: 4 } }),
        ],
      }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['kpis.1.id', 'DUPLICATE_ID'],
      ['kpis.2.targets', 'TARGETS_NOT_ORDERED'],
    ]);
    expect(errors[0]?.message.th).toBe('ตัวชี้วัดที่ 2: รหัส “a” ซ้ำกัน รหัสต้องไม่ซ้ำ');
    expect(errors[1]?.message.en.startsWith('KPI 3: ')).toBe(true);
  });

  it.each([
    { name: 'no kpis', input: {}, path: 'kpis', code: 'REQUIRED' },
    { name: 'empty kpis', input: { kpis: [] }, path: 'kpis', code: 'EMPTY' },
    { name: 'kpis an object', input: { kpis: { a: 1 } }, path: 'kpis', code: 'INVALID_TYPE' },
    {
      name: 'text weight',
      input: { kpis: [row('a', 50, 1), row('b', bad('half'), 1)] },
      path: 'kpis.1.weight',
      code: 'NOT_A_NUMBER',
    },
    {
      name: 'negative weight',
      input: { kpis: [row('a', 110, 1), row('b', -10, 1)] },
      path: 'kpis.1.weight',
      code: 'NEGATIVE',
    },
    { name: 'blank id', input: { kpis: [row(' ', 100, 1)] }, path: 'kpis.0.id', code: 'REQUIRED' },
    {
      name: 'id a number',
      input: { kpis: [{ ...row('a', 100, 1), id: 7 }] },
      path: 'kpis.0.id',
      code: 'INVALID_TYPE',
    },
    {
      name: 'null actual',
      input: { kpis: [{ ...row('a', 100, 1), actual: null }] },
      path: 'kpis.0.actual',
      code: 'REQUIRED',
    },
  ])('$name → $code at "$path"', ({ input, path, code }) => {
    const e = expectError(scoreAgency(bad(input)), path, code as never);
    if (path === 'kpis.1.weight') expect(e.message.en.startsWith('KPI 2: Weight')).toBe(true);
  });
});

describe('AE.3 level on the 2-decimal rounded score (003:234-239)', () => {
  it.each([
    { score: 0, level: 'needs-improvement' },
    { score: 59.99, level: 'needs-improvement' },
    { score: 59.994, level: 'needs-improvement' },
    { score: 59.995, level: 'standard-basic' },
    { score: 60, level: 'standard-basic' },
    { score: 74.99, level: 'standard-basic' },
    { score: 75, level: 'standard-high' },
    { score: 89.99, level: 'standard-high' },
    { score: 89.994, level: 'standard-high' },
    { score: 89.995, level: 'quality' },
    { score: '90.00', level: 'quality' },
    { score: 100, level: 'quality' },
    { score: 100.004, level: 'quality' },
  ])('$score → $level', ({ score, level }) => {
    expect(agencyLevel(score)).toBe(level);
  });

  it.each([{ score: -0.01 }, { score: 100.01 }, { score: 'abc' }, { score: '' }, { score: Number.NaN }])(
    '$score is not a score → null',
    ({ score }) => expect(agencyLevel(score)).toBeNull(),
  );

  it('scoreAgency classifies the total of the shown weighted scores: 44.995 shows 45.00, so 90 quality; 89.99 standard-high', () => {
    // targets 0/50/100: actual 79.98 → 89.99, actual 80 → 90. Weighted 89.99 × 50 % = 44.995, shown 45.00:
    // the total re-adds the shown column (SPEC §0 "Aggregates of shown values").
    const quality = ok(scoreAgency({ kpis: [row('a', 50, 79.98), row('b', 50, 80)] }));
    expect(quality.kpis.map((k) => k.score)).toEqual([89.99, 90]);
    expect(quality.kpis.map((k) => k.weighted)).toEqual([45, 45]);
    expect(quality.total).toBe(90);
    expect(quality.level).toBe('quality');
    expect(quality.position.band.id).toBe('quality');
    expect(quality.position.next).toBeNull();
    expect(stepOf(quality.explanation, 'AE.3').text.en).toBe('A score of 90 lies in 90–100: Quality.');
    const high = ok(scoreAgency({ kpis: [row('a', 100, 79.98)] }));
    expect(high.total).toBe(89.99);
    expect(high.position).toMatchObject({ value: 89.99, pointsToNext: 0.01, pack: 'agency-eval@2567' });
    expect(high.position.next?.id).toBe('quality');
    expect(high.level).toBe('standard-high');
    const low = ok(scoreAgency({ kpis: [row('a', 100, 10)] }));
    expect(low.level).toBe('needs-improvement');
    expect(stepOf(low.explanation, 'AE.3').text.th).toBe('คะแนน 55 อยู่ในช่วง 0–59.99 จึงอยู่ในระดับต้องปรับปรุง');
  });

  it('uses the level floors of the given pack', () => {
    const pack = {
      ...agencyEval2567,
      constants: {
        ...agencyEval2567.constants,
        levels: [
          { id: 'quality', min: 95 },
          { id: 'standard-high', min: 80 },
        ] as const,
      },
    };
    expect(agencyLevel(90, pack)).toBe('standard-high');
    expect(agencyLevel(50, pack)).toBe('needs-improvement');
    expect(agencyLevel(90, bad({ id: 'x' }))).toBeNull();
    const r = ok(
      scoreAgency({ kpis: [row('a', 100, 80)], constants: { levels: [{ id: 'quality', min: 90 }] } }),
    );
    expect(r.total).toBe(90);
    expect(r.level).toBe('quality');
    expect(r.pack).toBe('agency-eval@2567+overrides');
    const none = ok(
      scoreAgency({ kpis: [row('a', 100, 10)], constants: { levels: [{ id: 'quality', min: 90 }] } }),
    );
    expect(none.level).toBe('needs-improvement');
    expect(none.position.band.id).toBe('needs-improvement');
    expect(none.position.next?.id).toBe('quality');
    expectExplained(none.explanation);
  });
});

describe('AE.4 composite and AE.5 rounds (003:212-220, 003:231-254)', () => {
  it('12-month round: Performance Base 70 % + digital 20 % + PMQA 10 %', () => {
    const r = ok(agencyComposite({ performance: 80, digital: 70, pmqa: 60 }));
    expect(r.total).toBe(76);
    expect(r.round).toBe('12-month');
    expect(r.level).toBe('standard-high');
    expect(r.components).toEqual({ performance: 80, digital: 70, pmqa: 60 });
    expectExplained(r.explanation);
    expect(stepOf(r.explanation, 'AE.4').text.en).toContain('Total = 80 × 70% + 70 × 20% + 60 × 10% = 76');
  });

  it('is exact and rounds half-up: 89.99 / 90 / 90 → 89.993 → 89.99', () => {
    expect(ok(agencyComposite({ performance: '89.99', digital: 90, pmqa: 90 })).total).toBe(89.99);
    expect(ok(agencyComposite({ performance: '89.995', digital: '89.995', pmqa: '89.995' })).total).toBe(90);
    expect(ok(agencyComposite({ performance: '89.995', digital: '89.995', pmqa: '89.995' })).level).toBe(
      'quality',
    );
  });

  it('6-month round: the Performance Base alone, on 100', () => {
    const r = ok(agencyComposite({ performance: '88.5', round: '6-month' }));
    expect(r.total).toBe(88.5);
    expect(r.round).toBe('6-month');
    expect(r.components).toEqual({ performance: 88.5, digital: null, pmqa: null });
    // Rescaling to 100 is the product's default (SPEC §3); the source prints 30 % and 70 % for this weight.
    expect(stepOf(r.explanation, 'AE.5').source).toBe('SPEC §3, 003:250');
    expect(stepOf(r.explanation, 'AE.5').text.en).toContain('003:652');
  });

  it('overridden composite weights', () => {
    const r = ok(
      agencyComposite({
        performance: 100,
        digital: 0,
        pmqa: 0,
        constants: { composite: { performance: 50, digital: 25, pmqa: 25 } },
      }),
    );
    expect(r.total).toBe(50);
    expect(r.pack).toBe('agency-eval@2567+overrides');
    expectError(
      agencyComposite({
        performance: 1,
        digital: 1,
        pmqa: 1,
        constants: { composite: { performance: 0, digital: 0, pmqa: 0 } },
      }),
      'constants.composite',
      'NOT_POSITIVE',
    );
  });

  it.each([
    {
      name: 'digital and pmqa missing',
      input: { performance: 80 },
      errors: [
        ['digital', 'REQUIRED'],
        ['pmqa', 'REQUIRED'],
      ],
    },
    {
      name: 'performance above 100',
      input: { performance: 101, digital: 1, pmqa: 1 },
      errors: [['performance', 'OUT_OF_RANGE']],
    },
    {
      name: 'negative digital',
      input: { performance: 1, digital: -1, pmqa: 1 },
      errors: [['digital', 'OUT_OF_RANGE']],
    },
    { name: 'round', input: { performance: 1, round: '9-month' }, errors: [['round', 'INVALID_OPTION']] },
    { name: 'no performance', input: { round: '6-month' }, errors: [['performance', 'REQUIRED']] },
  ])('$name', ({ input, errors }) => {
    const r = errorsOf(agencyComposite(bad(input)));
    expect(r.map((e) => [e.path, e.code])).toEqual(errors);
    if (errors[0]?.[1] === 'OUT_OF_RANGE') expect(r[0]?.message.en).toContain('between 0 and 100');
  });

  it('agencyRounds: 1 Oct – 31 Mar and 1 Oct – 30 Sep of the fiscal year', () => {
    expect(agencyRounds(2567)).toEqual({
      sixMonth: { start: '2023-10-01', end: '2024-03-31' },
      twelveMonth: { start: '2023-10-01', end: '2024-09-30' },
    });
    expect(agencyRounds(2568).twelveMonth.end).toBe('2025-09-30');
    const shifted = {
      ...agencyEval2567,
      constants: {
        ...agencyEval2567.constants,
        rounds: { sixMonth: { start: '11-01', end: '04-30' }, twelveMonth: { start: '12-01', end: '11-30' } },
      },
    };
    expect(agencyRounds(2567, shifted)).toEqual({
      sixMonth: { start: '2023-11-01', end: '2024-04-30' },
      twelveMonth: { start: '2023-12-01', end: '2023-11-30' },
    });
    expect(agencyRounds(bad('2567')).sixMonth.start).toBe('NaN-10-01');
    expect(agencyRounds(2567, bad(null))).toEqual(agencyRounds(2567));
  });
});

describe('agencyWeightTotal: the AE.2 weight condition on its own, for forms', () => {
  it('sums the weights that are numbers and lists the rows that are not', () => {
    const t = agencyWeightTotal([
      { weight: '33.3' },
      { weight: '' },
      { weight: 'x' },
      null,
      { weight: 66.7 },
    ]);
    expect(t.sum).toBe(100);
    expect(t.invalid).toEqual([1, 2, 3]);
    expect(t.error).toBeNull();
  });

  it('WEIGHTS_NOT_100 with the exact sum', () => {
    const t = agencyWeightTotal([{ weight: '33.333' }, { weight: '33.333' }, { weight: '33.333' }]);
    expect(t.sum).toBe(100);
    expect(t.error?.code).toBe('WEIGHTS_NOT_100');
    expect(t.error?.message.en).toBe('The weights add up to 99.999; they must total exactly 100.');
  });

  it.each([{ kpis: undefined }, { kpis: null }, { kpis: 'x' }, { kpis: [] }])('$kpis → sum 0', ({ kpis }) => {
    const t = agencyWeightTotal(kpis);
    expect(t.sum).toBe(0);
    expect(t.invalid).toEqual([]);
    expect(t.error?.code).toBe('WEIGHTS_NOT_100');
  });

  it('scoreAgency reports the weight total alongside other errors', () => {
    const errors = errorsOf(
      scoreAgency(bad({ kpis: [{ ...row('a', 50, 1), actual: 'x' }, row('b', 40, 1)] })),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['kpis.0.actual', 'NOT_A_NUMBER'],
      ['kpis', 'WEIGHTS_NOT_100'],
    ]);
    // not while a weight itself is still missing or wrong
    const missing = errorsOf(
      scoreAgency(bad({ kpis: [{ ...row('a', 50, 1), weight: '' }, row('b', 40, 1)] })),
    );
    expect(missing.map((e) => [e.path, e.code])).toEqual([['kpis.0.weight', 'REQUIRED']]);
  });

  it.each([{ input: undefined }, { input: null }, { input: 5 }, { input: [] }])(
    'scoreAgency($input) fails without throwing',
    ({ input }) => {
      expect(errorsOf(scoreAgency(bad(input)))[0]?.path).toBe('');
    },
  );
});
