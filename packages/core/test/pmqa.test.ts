/** Rules PB and PA — PMQA 4.0 bands and award conditions (SPEC §4). */
import { describe, expect, it } from 'vitest';
import {
  pmqa40Award2566,
  pmqa40Band,
  pmqaByCategory,
  pmqaOutstanding,
  pmqaOverall,
  type PmqaByCategoryInput,
  type PmqaOutstandingInput,
} from '../src/index.js';
import { bad, errorsOf, expectError, expectExplained, ok } from './helpers.js';

describe('PB.1 band on the 0–500 scale, half-open (004:1980-1982)', () => {
  it.each([
    { score: 0, band: 'none', award: false, next: 'basic', toNext: 300 },
    { score: 299.99, band: 'none', award: false, next: 'basic', toNext: 0.01 },
    { score: 299.994, band: 'none', award: false, next: 'basic', toNext: 0.01 },
    { score: 299.995, band: 'basic', award: false, next: 'advance', toNext: 100 },
    { score: 300, band: 'basic', award: false, next: 'advance', toNext: 100 },
    { score: 399.99, band: 'basic', award: false, next: 'advance', toNext: 0.01 },
    { score: 400, band: 'advance', award: true, next: 'significance', toNext: 70 },
    { score: 469.99, band: 'advance', award: true, next: 'significance', toNext: 0.01 },
    { score: 470, band: 'significance', award: true, next: null, toNext: null },
    { score: 500, band: 'significance', award: true, next: null, toNext: null },
    { score: '๔๒๐', band: 'advance', award: true, next: 'significance', toNext: 50 },
  ] as const)('$score → $band', ({ score, band, award, next, toNext }) => {
    const r = ok(pmqa40Band(score));
    expect(r.band).toBe(band);
    expect(r.award).toBe(award);
    expect(r.next).toBe(next);
    expect(r.pointsToNext).toBe(toNext);
    expect(r.pack).toBe('pmqa40-award@2566');
    expectExplained(r.explanation);
    expect(r.explanation).toHaveLength(next ? 2 : 1);
  });

  it('says what the band carries', () => {
    expect(ok(pmqa40Band(350)).explanation[0]?.text.th).toBe(
      'คะแนน 350 อยู่ในช่วง 300–399.99: ระดับพื้นฐาน ได้รับการรับรองสถานะ ไม่มีรางวัล',
    );
    expect(ok(pmqa40Band(420)).explanation[0]?.text.en).toBe(
      'A score of 420 lies in 400–469.99: Advance, with the PMQA 4.0 award.',
    );
    expect(ok(pmqa40Band(480)).explanation[0]?.text.en).toBe(
      'A score of 480 lies in 470–500: Significance, with the PMQA 4.0 award.',
    );
    expect(ok(pmqa40Band(100)).explanation[0]?.text.en).toBe('A score of 100 lies in 0–299.99: Below Basic.');
    expect(ok(pmqa40Band(420)).explanation[1]?.text.th).toBe(
      'ต้องได้อีก 50 คะแนนจึงถึงระดับพัฒนาจนเกิดผล (470 คะแนน)',
    );
  });

  it.each([
    { score: -1, code: 'OUT_OF_RANGE' },
    { score: -0.01, code: 'OUT_OF_RANGE' },
    { score: 500.01, code: 'OUT_OF_RANGE' },
    { score: 'abc', code: 'NOT_A_NUMBER' },
    { score: '', code: 'REQUIRED' },
    { score: null, code: 'REQUIRED' },
    { score: Number.POSITIVE_INFINITY, code: 'NOT_A_NUMBER' },
  ])('$score → $code', ({ score, code }) => {
    const e = expectError(pmqa40Band(bad(score)), 'score', code as never);
    if (code === 'OUT_OF_RANGE') expect(e.message.th).toBe('คะแนนต้องอยู่ระหว่าง 0 ถึง 500');
  });

  it('uses another pack or overridden bands', () => {
    const r = ok(
      pmqa40Band(450, {
        constants: {
          bands: [
            { id: 'none', min: 0, award: false },
            { id: 'advance', min: 450, award: true },
          ],
        },
      }),
    );
    expect(r.band).toBe('advance');
    expect(r.pack).toBe('pmqa40-award@2566+overrides');
    expect(r.explanation[0]?.rule).toBe('PACK');
    const custom = ok(pmqa40Band(10, { constants: { bands: [{ id: bad('bronze'), min: 0, award: true }] } }));
    expect(custom.band).toBe('bronze');
    expect(custom.explanation.at(-1)?.text.en).toBe(
      'A score of 10 lies in 0–500: bronze, with the PMQA 4.0 award.',
    );
    expectError(pmqa40Band(10, { constants: { bands: [] } }), 'constants.bands', 'INVALID_TYPE');
    expectError(
      pmqa40Band(10, bad({ pack: { ...pmqa40Award2566, constants: null } })),
      'pack.constants',
      'INVALID_TYPE',
    );
  });
});

describe('PB.2 overall score = mean of the 7 categories (004:1868-1871)', () => {
  it('averages exactly and bands the rounded mean', () => {
    const r = ok(pmqaOverall({ categoryScores: [400, 400, 400, 400, 400, 400, 470] }));
    expect(r.score).toBe(410);
    expect(r.band).toBe('advance');
    expectExplained(r.explanation);
    expect(r.explanation[0]?.text.th).toBe(
      'คะแนนรวม = ค่าเฉลี่ย 7 หมวด = (400 + 400 + 400 + 400 + 400 + 400 + 470) / 7 = 410',
    );
    const third = ok(pmqaOverall({ categoryScores: [400, 400, 400, 400, 400, 400, 399.97] }));
    expect(third.score).toBe(400);
    expect(third.band).toBe('advance');
    expect(ok(pmqaOverall({ categoryScores: [300, 300, 300, 300, 300, 300, 299.97] })).band).toBe('basic');
    expect(ok(pmqaOverall({ categoryScores: [300, 300, 300, 300, 300, 300, 299.9] })).band).toBe('none');
  });

  it.each([
    { input: { categoryScores: [1, 2, 3, 4, 5, 6] }, path: 'categoryScores', code: 'INVALID_TYPE' },
    { input: { categoryScores: [1, 2, 3, 4, 5, 6, 7, 8] }, path: 'categoryScores', code: 'TOO_MANY' },
    { input: { categoryScores: [1, 2, 3, 4, 5, 6, 501] }, path: 'categoryScores.6', code: 'OUT_OF_RANGE' },
    { input: { categoryScores: [1, 2, 3, 4, 5, 6, 'x'] }, path: 'categoryScores.6', code: 'NOT_A_NUMBER' },
    { input: {}, path: 'categoryScores', code: 'REQUIRED' },
    { input: { categoryScores: [1, 2, 3, 4, 5, 6, 7], pack: 'x' }, path: 'pack', code: 'INVALID_OPTION' },
  ])('$path: $code', ({ input, path, code }) => {
    expectError(pmqaOverall(bad(input)), path, code as never);
  });
});

const outstanding = (over: Partial<PmqaOutstandingInput> = {}): PmqaOutstandingInput => ({
  categoryPercents: [60, 60, 60, 60, 60, 60, 60],
  total: 420,
  priorCategoryAwards: 2,
  ...over,
});

describe('PA.1 PMQA outstanding (ดีเด่น): every category > 40 %, total ≥ 400, ≥ 2 by-category awards', () => {
  const pcts = (p: number | string) => [60, 60, 60, p, 60, 60, 60];
  it.each([
    { name: 'all met', input: outstanding(), met: [true, true, true] },
    {
      name: 'a category at exactly 40 %',
      input: outstanding({ categoryPercents: pcts(40) }),
      met: [false, true, true],
    },
    {
      name: 'a category at 40.01 %',
      input: outstanding({ categoryPercents: pcts(40.01) }),
      met: [true, true, true],
    },
    {
      name: 'a category at 40.004 % (rounds to 40.00)',
      input: outstanding({ categoryPercents: pcts('40.004') }),
      met: [false, true, true],
    },
    { name: 'total 399.99', input: outstanding({ total: 399.99 }), met: [true, false, true] },
    { name: 'total 400', input: outstanding({ total: 400 }), met: [true, true, true] },
    {
      name: 'total 399.995 (rounds to 400)',
      input: outstanding({ total: '399.995' }),
      met: [true, true, true],
    },
    { name: '1 prior award', input: outstanding({ priorCategoryAwards: 1 }), met: [true, true, false] },
    {
      name: 'prior awards as a list',
      input: outstanding({ priorCategoryAwards: [1, 4] }),
      met: [true, true, true],
    },
    {
      name: 'a repeated category counts once',
      input: outstanding({ priorCategoryAwards: [1, 1] }),
      met: [true, true, false],
    },
    { name: 'prior as text', input: outstanding({ priorCategoryAwards: '๒' }), met: [true, true, true] },
  ])('$name', ({ input, met }) => {
    const r = ok(pmqaOutstanding(input));
    expect(r.reasons.map((x) => x.rule)).toEqual(['PA.1a', 'PA.1b', 'PA.1c']);
    expect(r.reasons.map((x) => x.met)).toEqual(met);
    expect(r.eligible).toBe(met.every(Boolean));
    expectExplained(r.explanation);
    expect(r.explanation.map((s) => s.values.met)).toEqual(met);
  });

  it('names the weak categories', () => {
    const r = ok(
      pmqaOutstanding(
        outstanding({ categoryPercents: [40, 60, 60, 60, 60, 60, 12], total: 390, priorCategoryAwards: 0 }),
      ),
    );
    expect(r.reasons.map((x) => x.text.th)).toEqual([
      'หมวด 1, 7 ได้คะแนนไม่เกินร้อยละ 40 (ทุกหมวดต้องมากกว่าร้อยละ 40)',
      'คะแนนรวม 390 ต่ำกว่า 400 คะแนน',
      'เคยได้รับรางวัลรายหมวด 0 หมวด ต้องไม่น้อยกว่า 2 หมวด',
    ]);
    expect(ok(pmqaOutstanding(outstanding())).reasons[2]?.text.en).toBe(
      'Already won by-category awards in 2 categories (at least 2).',
    );
  });

  it.each([
    {
      input: { ...outstanding(), categoryPercents: [1, 2, 3] },
      path: 'categoryPercents',
      code: 'INVALID_TYPE',
    },
    {
      input: { ...outstanding(), categoryPercents: [60, 60, 60, 60, 60, 60, 100.5] },
      path: 'categoryPercents.6',
      code: 'OUT_OF_RANGE',
    },
    { input: { ...outstanding(), total: 600 }, path: 'total', code: 'OUT_OF_RANGE' },
    {
      input: { ...outstanding(), priorCategoryAwards: 1.5 },
      path: 'priorCategoryAwards',
      code: 'INVALID_TYPE',
    },
    {
      input: { ...outstanding(), priorCategoryAwards: {} },
      path: 'priorCategoryAwards',
      code: 'INVALID_TYPE',
    },
    {
      input: { ...outstanding(), priorCategoryAwards: undefined },
      path: 'priorCategoryAwards',
      code: 'REQUIRED',
    },
  ])('$path: $code', ({ input, path, code }) => {
    expectError(pmqaOutstanding(bad(input)), path, code as never);
  });

  it('uses overridden thresholds', () => {
    const r = ok(
      pmqaOutstanding({
        ...outstanding({ priorCategoryAwards: 1 }),
        constants: { outstanding: { priorCategoryAwardsMin: 1 } },
      }),
    );
    expect(r.eligible).toBe(true);
    expect(r.pack).toBe('pmqa40-award@2566+overrides');
  });
});

const byCategory = (over: Partial<PmqaByCategoryInput> = {}): PmqaByCategoryInput => ({
  categoryPercents: [60, 40, 40, 40, 40, 40, 40],
  total: 350,
  applied: [1],
  cat7RelatedPercents: [35],
  ...over,
});

describe('PA.2 PMQA by category (รายหมวด)', () => {
  const set = (i: number, p: number | string) => {
    const pcts: (number | string)[] = [60, 40, 40, 40, 40, 40, 40];
    pcts[i] = p;
    return pcts;
  };
  it.each([
    { name: 'all met', input: byCategory(), met: [true, true, true, true, true, true] },
    // an "other" category at exactly 25 % meets PA.2a (≥ 25) but not PA.2e (> 25)
    {
      name: 'another category at exactly 25 %',
      input: byCategory({ categoryPercents: set(3, 25) }),
      met: [true, true, true, true, false, true],
    },
    {
      name: 'another category at 25.01 %',
      input: byCategory({ categoryPercents: set(3, 25.01) }),
      met: [true, true, true, true, true, true],
    },
    {
      name: 'a category at 24.99 %',
      input: byCategory({ categoryPercents: set(6, 24.99) }),
      met: [false, true, true, true, false, true],
    },
    {
      name: 'total 299.99',
      input: byCategory({ total: 299.99 }),
      met: [true, false, true, true, true, true],
    },
    { name: 'total 300', input: byCategory({ total: 300 }), met: [true, true, true, true, true, true] },
    {
      name: 'applied category at exactly 50 %',
      input: byCategory({ categoryPercents: set(0, 50) }),
      met: [true, true, false, true, true, true],
    },
    {
      name: 'applied category at 50.01 %',
      input: byCategory({ categoryPercents: set(0, 50.01) }),
      met: [true, true, true, true, true, true],
    },
    {
      name: 'related Category 7 at exactly 30 %',
      input: byCategory({ cat7RelatedPercents: [30] }),
      met: [true, true, true, true, true, true],
    },
    {
      name: 'related Category 7 at 29.99 %',
      input: byCategory({ cat7RelatedPercents: [29.99] }),
      met: [true, true, true, false, true, true],
    },
    {
      name: '3 categories a year',
      input: byCategory({
        categoryPercents: [60, 60, 60, 40, 40, 40, 40],
        applied: [1, 2, 3],
        cat7RelatedPercents: [35, 35, 35],
      }),
      met: [true, true, true, true, true, true],
    },
    {
      name: '4 categories a year',
      input: byCategory({
        categoryPercents: [60, 60, 60, 60, 40, 40, 40],
        applied: [1, 2, 3, 4],
        cat7RelatedPercents: [35, 35, 35, 35],
      }),
      met: [true, true, true, true, true, false],
    },
  ])('$name', ({ input, met }) => {
    const r = ok(pmqaByCategory(input));
    expect(r.reasons.map((x) => x.rule)).toEqual(['PA.2a', 'PA.2b', 'PA.2c', 'PA.2d', 'PA.2e', 'PA.2f']);
    expect(r.reasons.map((x) => x.met)).toEqual(met);
    expect(r.eligible).toBe(met.every(Boolean));
    expectExplained(r.explanation);
  });

  it('reads "the others" as every category not applied for, Category 7 included', () => {
    const r = ok(pmqaByCategory(byCategory({ categoryPercents: [60, 40, 40, 40, 40, 40, 25] })));
    expect(r.reasons[4]?.text.en).toBe('Other category 7 scores 25% or less.');
  });

  it('names the failing categories', () => {
    const r = ok(
      pmqaByCategory(
        byCategory({
          categoryPercents: [50, 20, 40, 40, 40, 40, 40],
          total: 250,
          applied: [1, 1, 2, 3, 4],
          cat7RelatedPercents: [10, 10, 40, 40, 40],
        }),
      ),
    );
    expect(r.reasons.map((x) => x.text.th)).toEqual([
      'หมวด 2 ได้คะแนนต่ำกว่าร้อยละ 25',
      'คะแนนรวม 250 ต่ำกว่า 300 คะแนน',
      'หมวดที่ขอรับรางวัล 1, 2, 3, 4 ได้คะแนนไม่เกินร้อยละ 50',
      'คะแนนหมวด 7 ที่เกี่ยวข้องกับหมวด 1, 1 ต่ำกว่าร้อยละ 30',
      'หมวดอื่น ๆ ได้คะแนนมากกว่าร้อยละ 25',
      'ขอรับรางวัล 4 หมวด เกิน 3 หมวดต่อปี',
    ]);
  });

  it.each([
    { name: 'applied 7', input: byCategory({ applied: [7] }), path: 'applied.0', code: 'OUT_OF_RANGE' },
    { name: 'applied 0', input: byCategory({ applied: [0] }), path: 'applied.0', code: 'OUT_OF_RANGE' },
    { name: 'applied 1.5', input: byCategory({ applied: [1.5] }), path: 'applied.0', code: 'INVALID_TYPE' },
    {
      name: 'applied as text',
      input: byCategory({ applied: bad(['1']) }),
      path: 'applied.0',
      code: 'INVALID_TYPE',
    },
    {
      name: 'nothing applied',
      input: byCategory({ applied: [], cat7RelatedPercents: [] }),
      path: 'applied',
      code: 'EMPTY',
    },
    {
      name: 'related count differs',
      input: byCategory({ cat7RelatedPercents: [35, 35] }),
      path: 'cat7RelatedPercents',
      code: 'INVALID_TYPE',
    },
    {
      name: 'related above 100',
      input: byCategory({ cat7RelatedPercents: [101] }),
      path: 'cat7RelatedPercents.0',
      code: 'OUT_OF_RANGE',
    },
    { name: 'total text', input: byCategory({ total: 'lots' }), path: 'total', code: 'NOT_A_NUMBER' },
    {
      name: 'constants',
      input: { ...byCategory(), constants: bad({ byCategory: { totalMin: '300' } }) },
      path: 'constants.byCategory.totalMin',
      code: 'INVALID_TYPE',
    },
  ])('$name → $code at "$path"', ({ name, input, path, code }) => {
    const e = expectError(pmqaByCategory(input), path, code as never);
    if (name === 'applied 7') expect(e.message.th).toBe('หมวดที่ขอรับรางวัลต้องอยู่ระหว่าง 1 ถึง 6');
  });

  it('every message is bilingual', () => {
    const r = errorsOf(pmqaByCategory(bad({ applied: [9] })));
    expect(r.length).toBeGreaterThan(1);
  });
});
