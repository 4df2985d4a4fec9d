/** Rules FE and FV — the facilitation award (SPEC §6). */
import { describe, expect, it } from 'vitest';
import {
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  type FacilitationEfficiencyInput,
} from '../src/index.js';
import { bad, expectError, expectExplained, ok, stepOf } from './helpers.js';

const fe = (input: FacilitationEfficiencyInput) => ok(facilitationEfficiency(input));

describe('FE item 1 — laws amended (004:1310), max 15', () => {
  it.each([
    { levels: [], count: undefined, points: 0 },
    { levels: ['act'], count: 0, points: 5 },
    { levels: ['ministerial'], count: undefined, points: 3 },
    { levels: ['department'], count: 1, points: 5 },
    { levels: ['act', 'ministerial'], count: 1, points: 11 },
    { levels: ['act', 'ministerial', 'department'], count: 2, points: 15 },
    { levels: ['act', 'act', 'department'], count: 2, points: 12 },
    { levels: [], count: 1, points: 3 },
    { levels: [], count: 2, points: 5 },
    { levels: [], count: '๗', points: 5 },
  ] as const)('levels $levels, count $count → $points', ({ levels, count, points }) => {
    // `other: false` answers the rubric, so an empty law item is scored rather than refused (SPEC §6).
    const r = fe({ other: false, law: { levels: [...levels], ...(count !== undefined ? { count } : {}) } });
    expect(r.items.law.points).toBe(points);
    expect(r.items.law.max).toBe(15);
    expect(r.items.law.reductionPct).toBeNull();
  });

  it('caps the hierarchy levels at 10 (with larger level points)', () => {
    const r = fe({
      law: { levels: ['act', 'ministerial', 'department'], count: 0 },
      constants: { law: { act: 8 } },
    });
    expect(r.items.law.points).toBe(10);
    expect(r.pack).toBe('facilitation-award@2566+overrides');
    expect(stepOf(r.explanation, 'FE.1').text.en).toBe(
      '1. Laws amended: Act or Royal Decree 8 + ministerial regulation or notification 3 + department rule 2 = 10 points (at most 10); 0 instrument(s): 0 points; 10 points in all.',
    );
  });
});

describe('FE item 2 — document copies (004:1311), max 5', () => {
  it.each([
    { documents: undefined, points: 0 },
    { documents: { before: 3, after: 0 }, points: 5 },
    { documents: { before: 1, after: 0 }, points: 5 },
    { documents: { before: 5, after: 3 }, points: 5 },
    { documents: { before: 5, after: 4 }, points: 3 },
    { documents: { before: 5, after: 5 }, points: 0 },
    { documents: { before: 0, after: 0 }, points: 0 },
  ])('$documents → $points', ({ documents, points }) => {
    const r = fe(documents ? { documents } : { other: false });
    expect(r.items.documents.points).toBe(points);
    expect(r.items.documents.max).toBe(5);
  });

  it('warns when there are more copies after than before', () => {
    const r = fe({ documents: { before: 2, after: 3 } });
    expect(r.items.documents.points).toBe(0);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['AFTER_EXCEEDS_BEFORE', 'documents.after']]);
  });
});

describe('FE item 3 — fees (004:1312), max 15', () => {
  it.each([
    { fees: undefined, points: 0, pct: null },
    { fees: { before: 100, after: 0 }, points: 15, pct: 100 },
    { fees: { before: 100, after: 50 }, points: 10, pct: 50 },
    { fees: { before: 100, after: '50.01' }, points: 5, pct: 49.99 },
    { fees: { before: 100, after: '50.005' }, points: 10, pct: 50 }, // 49.995 % rounds to 50.00
    { fees: { before: 300, after: 200 }, points: 5, pct: 33.33 },
    { fees: { before: 100, after: 100 }, points: 1, pct: null },
    { fees: { before: 0, after: 0 }, points: 1, pct: null },
    { fees: { before: 100, after: 120 }, points: 1, pct: null },
  ])('$fees → $points', ({ fees, points, pct }) => {
    const r = fe(fees ? { fees } : { other: false });
    expect(r.items.fees.points).toBe(points);
    expect(r.items.fees.reductionPct).toBe(pct);
    expect(r.items.fees.max).toBe(15);
  });
});

describe('FE items 4 and 5 — steps (004:1313) and time (004:1344), max 10 each', () => {
  it.each([
    { pair: { before: 10, after: 5 }, points: 10, pct: 50 },
    { pair: { before: 10, after: 0 }, points: 10, pct: 100 },
    { pair: { before: 10, after: 6 }, points: 5, pct: 40 },
    { pair: { before: 3, after: 2 }, points: 5, pct: 33.33 },
    { pair: { before: '200', after: '100.02' }, points: 5, pct: 49.99 },
    { pair: { before: '200', after: '100.01' }, points: 10, pct: 50 }, // 49.995 % rounds to 50.00
    { pair: { before: 10, after: 10 }, points: 0, pct: 0 },
    { pair: { before: 10, after: 12 }, points: 0, pct: -20 },
  ])('$pair → $points', ({ pair, points, pct }) => {
    const r = fe({ steps: pair, time: pair });
    for (const item of [r.items.steps, r.items.time]) {
      expect(item.points).toBe(points);
      expect(item.reductionPct).toBe(pct);
      expect(item.max).toBe(10);
    }
  });

  it('not given → 0', () => {
    const r = fe({ other: false });
    expect(r.items.steps).toEqual({ points: 0, max: 10, reductionPct: null });
    expect(stepOf(r.explanation, 'FE.5').text.th).toBe('5. การลดระยะเวลาการให้บริการ: ไม่ได้กรอก 0 คะแนน');
  });

  it('BEFORE_ZERO: a percentage reduction needs a value before', () => {
    const r = facilitationEfficiency({ steps: { before: 0, after: 0 }, time: { before: '0', after: 1 } });
    expectError(r, 'steps.before', 'BEFORE_ZERO');
    const e = expectError(r, 'time.before', 'BEFORE_ZERO');
    expect(e.message.th).toBe('ระยะเวลาก่อนปรับปรุงต้องมากกว่า 0 จึงจะคำนวณร้อยละที่ลดลงได้');
  });
});

describe('FE items 6–9 and dimension 1', () => {
  it.each([
    { input: { renewalByPayment: true }, item: 'renewal', points: 10 },
    { input: { renewalByPayment: false }, item: 'renewal', points: 0 },
    { input: { eService: { form: true } }, item: 'eService', points: 5 },
    { input: { eService: { form: true, payment: true } }, item: 'eService', points: 10 },
    { input: { eService: { form: true, payment: true, document: true } }, item: 'eService', points: 15 },
    { input: { eService: {}, other: false }, item: 'eService', points: 0 },
    { input: { other: true }, item: 'other', points: 5 },
    { input: { other: false }, item: 'other', points: 0 },
  ] as const)('$input → $item $points', ({ input, item, points }) => {
    expect(fe(input).items[item].points).toBe(points);
  });

  const everything: FacilitationEfficiencyInput = {
    law: { levels: ['act', 'ministerial', 'department'], count: 3 },
    documents: { before: 4, after: 0 },
    fees: { before: 50, after: 0 },
    steps: { before: 8, after: 2 },
    time: { before: 30, after: 10 },
    renewalByPayment: true,
    eService: { form: true, payment: true, document: true },
    other: true,
  };

  it('items 1–8 reach 85; the Regulatory Guillotine bonus (+5) is capped at 85', () => {
    const r = fe({ ...everything, regulatoryGuillotine: true });
    expect(r.subtotal).toBe(85);
    expect(r.bonus).toBe(5);
    expect(r.dimension1).toBe(85);
    expect(r.max).toBe(85);
    expect(stepOf(r.explanation, 'FE.9').text.th).toBe(
      '9. Regulatory Guillotine: ดำเนินการและมีหลักฐาน คะแนนพิเศษ 5; มิติที่ 1 = 85 + 5 = 90 คิดไม่เกิน 85 → 85 คะแนน',
    );
    expectExplained(r.explanation);
    expect(r.explanation.map((s) => s.rule)).toEqual([
      'FE.1',
      'FE.2',
      'FE.3',
      'FE.4',
      'FE.5',
      'FE.6',
      'FE.7',
      'FE.8',
      'FE.9',
    ]);
  });

  it('the bonus counts in full below the cap', () => {
    const r = fe({ other: true, renewalByPayment: true, regulatoryGuillotine: true });
    expect(r.subtotal).toBe(15);
    expect(r.dimension1).toBe(20);
    const none = fe({ ...everything, eService: {}, regulatoryGuillotine: false });
    expect(none.subtotal).toBe(70);
    expect(none.bonus).toBe(0);
    expect(none.dimension1).toBe(70);
    expect(stepOf(none.explanation, 'FE.9').text.en).toBe(
      '9. Regulatory Guillotine: no bonus; dimension 1 = 70 + 0 = 70 → 70 points.',
    );
  });

  it('a submission that answers "no" to every item scores 0 with an explanation for every item', () => {
    const r = fe({ renewalByPayment: false, other: false, regulatoryGuillotine: false });
    expect(r.subtotal).toBe(0);
    expect(r.dimension1).toBe(0);
    expect(r.pack).toBe('facilitation-award@2566');
    expectExplained(r.explanation);
  });

  // SPEC §6 "Input with no item answered, unknown keys or wrong shapes is refused with an error (never a
  // silent 0)"; the rubric's items are 004:1310-1348.
  it.each([
    [{}],
    [{ law: {} }],
    [{ law: { levels: [] } }],
    [{ eService: {} }],
    [{ valuePoints: 10 }],
    [{ pack: 'facilitation-award@2566' }],
  ])('refuses %j: NOTHING_ANSWERED, not 0 points', (input) => {
    const e = expectError(facilitationEfficiency(bad(input)), '', 'NOTHING_ANSWERED');
    expect(e.message.en).toContain('not a score of 0');
  });

  it.each([
    { input: { documets: { before: 3, after: 0 } }, path: 'documets' },
    { input: { other: true, Other: true }, path: 'Other' },
    { input: { fees: { before: 100, after: 0, currency: 'THB' } }, path: 'fees.currency' },
    { input: { law: { levels: ['act'], counts: 2 } }, path: 'law.counts' },
    { input: { eService: { form: true, eForm: true } }, path: 'eService.eForm' },
  ])('refuses the unknown key $path (UNKNOWN_KEY), never scores around it', ({ input, path }) => {
    const e = expectError(facilitationEfficiency(bad(input)), path, 'UNKNOWN_KEY');
    expect(e.message.th).toContain('ไม่ใช่ข้อมูลที่เกณฑ์นี้ใช้');
  });

  it.each([
    { input: { documents: { before: Number.NaN, after: 1 } }, path: 'documents.before' },
    { input: { fees: { before: 100, after: Number.POSITIVE_INFINITY } }, path: 'fees.after' },
  ])('refuses NaN and infinite numbers at $path', ({ input, path }) => {
    const r = facilitationEfficiency(bad(input));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  it('sums overridden points exactly (0.1 + 0.2 = 0.3)', () => {
    const r = fe({
      eService: { form: true, payment: true },
      constants: { eService: { form: 0.1, payment: 0.2 } },
    });
    expect(r.items.eService.points).toBe(0.3);
    expect(r.subtotal).toBe(0.3);
  });

  it.each([
    { input: { law: { levels: ['constitution'] } }, path: 'law.levels.0', code: 'INVALID_OPTION' },
    { input: { law: { levels: 'act' } }, path: 'law.levels', code: 'INVALID_TYPE' },
    { input: { law: { count: 1.5 } }, path: 'law.count', code: 'NOT_AN_INTEGER' },
    { input: { law: { count: -1 } }, path: 'law.count', code: 'NEGATIVE' },
    { input: { documents: { before: 'x', after: 1 } }, path: 'documents.before', code: 'NOT_A_NUMBER' },
    { input: { fees: { before: 100 } }, path: 'fees.after', code: 'REQUIRED' },
    { input: { fees: { before: -5, after: 0 } }, path: 'fees.before', code: 'NEGATIVE' },
    { input: { steps: 5 }, path: 'steps', code: 'INVALID_TYPE' },
    { input: { renewalByPayment: 'yes' }, path: 'renewalByPayment', code: 'INVALID_TYPE' },
    { input: { eService: { form: 1 } }, path: 'eService.form', code: 'INVALID_TYPE' },
    { input: { other: true, constants: { other: '5' } }, path: 'constants.other', code: 'INVALID_TYPE' },
    { input: null, path: '', code: 'REQUIRED' },
  ])('$path: $code', ({ input, path, code }) => {
    expectError(facilitationEfficiency(bad(input)), path, code as never);
  });
});

describe('FV value for money (004:1360-1365)', () => {
  const example = { sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 };

  it('4 sheets, fee 100, 3 hours, D = 10,000 → 2,250,000 baht', () => {
    const r = ok(facilitationValue({ services: [example] }));
    expect(r.services[0]).toEqual({
      name: null,
      hours: 3,
      A: 2,
      B: 100,
      C: 123,
      D: 10000,
      perTransaction: 225,
      total: 2250000,
    });
    expect(r.total).toBe(2250000);
    expect(r.constants).toEqual({ bahtPerSheet: 0.5, wagePerDay: 328, hoursPerDay: 8, hourlyWage: 41 });
    expect(r.pack).toBe('facilitation-award@2566');
    expect(r.maxPoints).toBe(15);
    expectExplained(r.explanation);
    expect(stepOf(r.explanation, 'FV.1').text.th).toBe(
      'งานบริการที่ 1: A = 4 แผ่น × 0.5 = 2 บาท; B = 100 บาท; C = 3 ชั่วโมง × 41 = 123 บาท; (A + B + C) × D = 225 × 10,000 = 2,250,000 บาท',
    );
    expect(stepOf(r.explanation, 'FV.0').text.en).toBe(
      'Constants: 0.5 baht per sheet; minimum wage 328 baht/day ÷ 8 hours = 41 baht/hour (pack facilitation-award@2566).',
    );
    expect(stepOf(r.explanation, 'FV.2').text.en).toContain('an assessor awards them');
  });

  it('converts minutes to hours', () => {
    const r = ok(
      facilitationValue({ services: [{ ...example, hoursReduced: undefined, minutesReduced: 180 }] }),
    );
    expect(r.total).toBe(2250000);
    expect(r.services[0]?.hours).toBe(3);
    const ninety = ok(
      facilitationValue({
        services: [{ sheetsReduced: 0, feeReduced: 0, minutesReduced: 90, transactions: 1 }],
      }),
    );
    expect(ninety.services[0]?.C).toBe(61.5);
    const one = ok(
      facilitationValue({
        services: [{ sheetsReduced: 0, feeReduced: 0, minutesReduced: 1, transactions: 3 }],
      }),
    );
    expect(one.services[0]?.C).toBe(0.68);
    expect(one.services[0]?.hours).toBe(0.02);
    expect(one.total).toBe(2.05); // 3 × 41 / 60 exactly, not 3 × 0.68
    expect(stepOf(one.explanation, 'FV.1').text.en).toContain('C = 1 minutes ÷ 60 × 41 = 0.68 baht');
    const both = ok(facilitationValue({ services: [{ ...example, minutesReduced: 60 }] }));
    expect(both.services[0]?.hours).toBe(3); // hours win when both are given
  });

  it('sums the services of an agency and names them', () => {
    const r = ok(
      facilitationValue({
        services: [
          { ...example, name: '  ใบอนุญาตขายสุรา  ' },
          { name: '', sheetsReduced: '1.5', feeReduced: '0', hoursReduced: '0.5', transactions: '1,000' },
        ],
      }),
    );
    expect(r.services.map((s) => [s.name, s.total])).toEqual([
      ['ใบอนุญาตขายสุรา', 2250000],
      [null, 21250],
    ]);
    expect(r.total).toBe(2271250);
    expect(stepOf(r.explanation, 'FV.1').text.th.startsWith('ใบอนุญาตขายสุรา: ')).toBe(true);
    expect(stepOf(r.explanation, 'FV.2').text.th).toContain('2,271,250 บาท');
  });

  it('a newer minimum wage: 330 baht/day → 41.25 baht/hour, stated with the pack "+overrides"', () => {
    const r = ok(facilitationValue({ services: [example], constants: { wagePerDay: 330 } }));
    expect(r.constants).toEqual({ bahtPerSheet: 0.5, wagePerDay: 330, hoursPerDay: 8, hourlyWage: 41.25 });
    expect(r.services[0]?.C).toBe(123.75);
    expect(r.total).toBe(2257500);
    expect(r.pack).toBe('facilitation-award@2566+overrides');
    expect(r.explanation[0]?.rule).toBe('PACK');
    expect(stepOf(r.explanation, 'FV.0').text.th).toBe(
      'ค่าคงที่: ค่าสำเนา 0.5 บาทต่อแผ่น; ค่าแรงขั้นต่ำ 330 บาทต่อวัน ÷ 8 ชั่วโมง = 41.25 บาทต่อชั่วโมง (ผู้ใช้ปรับค่าจากชุดเกณฑ์ facilitation-award@2566)',
    );
    expectExplained(r.explanation);
    const all = ok(
      facilitationValue({
        services: [example],
        constants: { bahtPerSheet: '1', hoursPerDay: '๗', wagePerDay: '' },
      }),
    );
    expect(all.constants).toEqual({ bahtPerSheet: 1, wagePerDay: 328, hoursPerDay: 7, hourlyWage: 46.86 });
    const blank = ok(facilitationValue({ services: [example], constants: { wagePerDay: '' } }));
    expect(blank.pack).toBe('facilitation-award@2566');
  });

  it('another pack', () => {
    const pack = {
      ...facilitationAward2566,
      id: 'facilitation-award@2567',
      constants: { ...facilitationAward2566.constants, wagePerDay: '340' },
    };
    const r = ok(facilitationValue({ services: [example], pack }));
    expect(r.pack).toBe('facilitation-award@2567');
    expect(r.constants.hourlyWage).toBe(42.5);
    expectError(
      facilitationValue({
        services: [example],
        pack: { ...pack, constants: { ...pack.constants, hoursPerDay: 0 } },
      }),
      'pack.constants.hoursPerDay',
      'NOT_POSITIVE',
    );
    expectError(
      facilitationValue({ services: [example], pack: bad({ id: 'x', constants: {} }) }),
      'pack.constants.law',
      'INVALID_TYPE',
    );
  });

  it('no services → 0', () => {
    expect(ok(facilitationValue({ services: [] })).total).toBe(0);
  });

  it.each([
    {
      input: { services: [{ ...example, hoursReduced: undefined }] },
      path: 'services.0.hoursReduced',
      code: 'REQUIRED',
    },
    {
      input: { services: [example, { ...example, transactions: 1.5 }] },
      path: 'services.1.transactions',
      code: 'NOT_AN_INTEGER',
    },
    {
      input: { services: [{ ...example, transactions: -1 }] },
      path: 'services.0.transactions',
      code: 'NEGATIVE',
    },
    {
      input: { services: [{ ...example, sheetsReduced: -4 }] },
      path: 'services.0.sheetsReduced',
      code: 'NEGATIVE',
    },
    {
      input: { services: [{ ...example, feeReduced: 'free' }] },
      path: 'services.0.feeReduced',
      code: 'NOT_A_NUMBER',
    },
    {
      input: { services: [{ ...example, minutesReduced: '-5' }] },
      path: 'services.0.minutesReduced',
      code: 'NEGATIVE',
    },
    {
      input: { services: [example], constants: { hoursPerDay: 0 } },
      path: 'constants.hoursPerDay',
      code: 'NOT_POSITIVE',
    },
    {
      input: { services: [example], constants: { wagePerDay: 'x' } },
      path: 'constants.wagePerDay',
      code: 'NOT_A_NUMBER',
    },
    { input: { services: [example], constants: 5 }, path: 'constants', code: 'INVALID_TYPE' },
    { input: { services: 'x' }, path: 'services', code: 'INVALID_TYPE' },
    { input: {}, path: 'services', code: 'REQUIRED' },
  ])('$path: $code', ({ input, path, code }) => {
    const e = expectError(facilitationValue(bad(input)), path, code as never);
    if (path === 'services.1.transactions')
      expect(e.message.th).toBe('งานบริการที่ 2: จำนวนธุรกรรมต้องเป็นจำนวนเต็ม');
  });
});
