/** Rule CL — the self-assessment ESTIMATE of the PMQA 4.0 checklist (SPEC §5). */
import { describe, expect, it } from 'vitest';
import { checklistEstimate, ITEM_LEVELS, type ItemLevel } from '../src/index.js';
import { bad, expectError, expectExplained, ok, stepOf } from './helpers.js';

const allItems = [1, 2, 3, 4, 5, 6].flatMap((c) => [1, 2, 3, 4].map((i) => `${c}.${i}`));
const everything = (level: ItemLevel) => Object.fromEntries(allItems.map((id) => [id, level]));

describe('CL estimate', () => {
  it('lists the five item levels', () => {
    expect(ITEM_LEVELS).toEqual(['not-assessed', 'none', 'basic', 'advance', 'significance']);
  });

  it.each([
    { level: 'none', points: 0, band: 'none' },
    { level: 'basic', points: 300, band: 'basic' },
    { level: 'advance', points: 400, band: 'advance' },
    { level: 'significance', points: 500, band: 'significance' },
  ] as const)('$level → $points', ({ level, points, band }) => {
    const r = ok(checklistEstimate({ levels: everything(level) }));
    expect(r.estimate).toBe(true);
    expect(r.categories.slice(0, 6).map((c) => c.score)).toEqual([
      points,
      points,
      points,
      points,
      points,
      points,
    ]);
    expect(r.overall).toBe(points);
    expect(r.band).toBe(band);
    expect(r.assessed).toBe(24);
    expect(r.total).toBe(24);
    expect(r.notAssessed).toEqual([]);
    expect(r.pack).toBe('pmqa40-checklist@2565');
    expectExplained(r.explanation);
  });

  it('category = mean of its assessed items; unassessed items are excluded and reported', () => {
    const r = ok(
      checklistEstimate({
        levels: { '1.1': 'basic', '1.2': 'advance', '1.3': 'not-assessed', '2.1': 'significance' },
      }),
    );
    expect(r.categories[0]).toEqual({ id: 1, score: 350, assessed: 2, total: 4 });
    expect(r.categories[1]).toEqual({ id: 2, score: 500, assessed: 1, total: 4 });
    expect(r.categories[2]).toEqual({ id: 3, score: null, assessed: 0, total: 4 });
    expect(r.categories[6]).toEqual({ id: 7, score: null, assessed: 0, total: 1 });
    expect(r.assessed).toBe(3);
    expect(r.notAssessed).toHaveLength(21);
    expect(r.notAssessed.slice(0, 4)).toEqual(['1.3', '1.4', '2.2', '2.3']);
    expect(r.overall).toBe(425);
    expect(r.band).toBe('advance');
    expect(stepOf(r.explanation, 'CL.1').text.th).toBe(
      'หมวด 1: ประเมินแล้ว 2 จาก 4 หัวข้อ ค่าเฉลี่ย (300 + 400) / 2 = 350',
    );
    expect(r.explanation.find((s) => s.rule === 'CL.1' && s.values.category === 3)?.text.en).toBe(
      'Category 3: no item assessed yet.',
    );
    expect(stepOf(r.explanation, 'CL.3').text.th).toBe(
      'ค่าประมาณคะแนนรวม = ค่าเฉลี่ยของ 2 หมวดที่มีคะแนน = 425 (ระดับก้าวหน้า); ยังไม่รวมหมวด 3, 4, 5, 6, 7',
    );
  });

  it('is always labelled an estimate', () => {
    const r = ok(checklistEstimate({ levels: {} }));
    const c0 = stepOf(r.explanation, 'CL.0');
    expect(c0.text.th).toContain('ค่าประมาณจากการประเมินตนเอง ไม่ใช่คะแนนอย่างเป็นทางการ');
    expect(c0.text.en).toContain('not an official score');
    expect(r.overall).toBeNull();
    expect(r.band).toBeNull();
    expect(r.notAssessed).toHaveLength(24);
    expect(r.explanation.some((s) => s.rule === 'CL.3')).toBe(false);
  });

  it('includes Category 7 when given (rule C7S), as a 7th category', () => {
    const r = ok(checklistEstimate({ levels: everything('basic'), category7Score: '๔๗๐' }));
    expect(r.categories[6]).toEqual({ id: 7, score: 470, assessed: 1, total: 1 });
    expect(r.overall).toBe(324.29); // (6 × 300 + 470) / 7
    expect(r.band).toBe('basic');
    expect(stepOf(r.explanation, 'CL.2').text.th).toBe('หมวด 7: ใช้คะแนนหมวด 7 จากตัวชี้วัด = 470');
    expect(stepOf(r.explanation, 'CL.3').text.en).toBe(
      'Estimated overall = mean of the 7 categories with a score = 324.29 (Basic).',
    );
    // A Category 7 score alone is no self-assessment: no estimate until an item of 1–6 is assessed.
    const zero = ok(checklistEstimate({ levels: {}, category7Score: 0 }));
    expect(zero.overall).toBeNull();
    expect(zero.position).toBeNull();
    expect(zero.categories[6]?.score).toBe(0);
    const one = ok(checklistEstimate({ levels: { '1.1': 'advance' }, category7Score: 0 }));
    expect(one.overall).toBe(200); // (400 + 0) / 2
    expect(one.position?.band.id).toBe('none');
    expect(one.position?.pack).toBe('pmqa40-award@2566');
    for (const blank of [null, '', undefined]) {
      expect(
        ok(checklistEstimate({ levels: everything('basic'), category7Score: blank })).categories[6]?.score,
      ).toBeNull();
    }
  });

  it.each<{ name: string; input: unknown; path: string; code: string }>([
    { name: 'unknown item', input: { levels: { '9.9': 'basic' } }, path: 'levels.9.9', code: 'UNKNOWN_ITEM' },
    {
      name: 'Category 7 item',
      input: { levels: { '7.1': 'basic' } },
      path: 'levels.7.1',
      code: 'UNKNOWN_ITEM',
    },
    {
      name: 'prototype key',
      input: { levels: { constructor: 'basic' } },
      path: 'levels.constructor',
      code: 'UNKNOWN_ITEM',
    },
    {
      name: 'wrong level',
      input: { levels: { '1.1': 'excellent' } },
      path: 'levels.1.1',
      code: 'INVALID_OPTION',
    },
    { name: 'levels missing', input: {}, path: 'levels', code: 'REQUIRED' },
    { name: 'levels a list', input: { levels: ['basic'] }, path: 'levels', code: 'INVALID_TYPE' },
    {
      name: 'Category 7 above 500',
      input: { levels: {}, category7Score: 501 },
      path: 'category7Score',
      code: 'OUT_OF_RANGE',
    },
    {
      name: 'Category 7 text',
      input: { levels: {}, category7Score: 'high' },
      path: 'category7Score',
      code: 'NOT_A_NUMBER',
    },
  ])('$name → $code at "$path"', ({ input, path, code }) => {
    const e = expectError(checklistEstimate(bad(input)), path, code as never);
    if (code === 'UNKNOWN_ITEM' && path === 'levels.9.9') {
      expect(e.message.th).toBe('“9.9” ไม่ใช่หัวข้อในเกณฑ์ (หัวข้อที่ใช้ได้คือ 1.1–6.4)');
    }
    if (code === 'INVALID_OPTION')
      expect(e.message.en).toContain('not-assessed, none, basic, advance, significance');
  });

  it('uses overridden level points; an estimate off the 0–500 scale has no band', () => {
    const r = ok(
      checklistEstimate({
        levels: { '1.1': 'significance' },
        constants: { levelPoints: { significance: 600 } },
      }),
    );
    expect(r.overall).toBe(600);
    expect(r.band).toBeNull();
    expect(r.pack).toBe('pmqa40-checklist@2565+overrides');
    expectExplained(r.explanation);
    expect(stepOf(r.explanation, 'CL.3').text.en).toBe(
      'Estimated overall = mean of the 1 categories with a score = 600; categories 2, 3, 4, 5, 6, 7 not yet included.',
    );
    expectError(
      checklistEstimate({ levels: {}, constants: bad({ items: { 1: 'x' } }) }),
      'constants.items.1',
      'INVALID_TYPE',
    );
  });
});
