/**
 * Features added to core next to the rules: a weighted single KPI (AE.2), the assessor's dimension-2 points
 * of the facilitation award (FV), field labels in parse errors, era-agnostic years and custom band scales.
 */
import { describe, expect, it } from 'vitest';
import {
  facilitationEfficiency,
  parseDecimal,
  parseScale,
  scoreAgencyKpi,
  toBuddhistEraYear,
  toCommonEraYear,
} from '../src/index.js';
import { bad, expectError, expectExplained, ok, stepOf } from './helpers.js';

describe('scoreAgencyKpi with a weight (AE.2)', () => {
  const kpi = { actual: 85, targets: { initial: 80, standard: 90, high: 100 } };

  it('gives score × weight / 100 and explains it', () => {
    const r = ok(scoreAgencyKpi({ ...kpi, weight: '๓๓.๓' }));
    expect(r.score).toBe(62.5);
    expect(r.weighted).toBe(20.81); // 62.5 × 33.3 / 100 = 20.8125
    const s = stepOf(r.explanation, 'AE.2');
    expect(s.text.th).toBe('คะแนนถ่วงน้ำหนัก = 62.5 × 33.3 / 100 = 20.81');
    expectExplained(r.explanation);
  });

  it('no weight → weighted null and no AE.2 step', () => {
    const r = ok(scoreAgencyKpi(kpi));
    expect(r.weighted).toBeNull();
    expect(r.explanation.some((s) => s.rule === 'AE.2')).toBe(false);
    expect(ok(scoreAgencyKpi({ ...kpi, weight: '' })).weighted).toBeNull();
  });

  it.each([
    { weight: 101, code: 'OUT_OF_RANGE' },
    { weight: -1, code: 'OUT_OF_RANGE' },
    { weight: 'x', code: 'NOT_A_NUMBER' },
  ])('weight $weight → $code', ({ weight, code }) => {
    expectError(scoreAgencyKpi({ ...kpi, weight }), 'weight', code as never);
  });
});

describe('facilitationEfficiency with the assessor’s value-for-money points (dimension 2)', () => {
  it('adds them to dimension 1 for a total out of 100', () => {
    const r = ok(facilitationEfficiency({ other: true, renewalByPayment: true, valuePoints: '12.5' }));
    expect(r.dimension1).toBe(15);
    expect(r.valuePoints).toBe(12.5);
    expect(r.total).toBe(27.5);
    expect(stepOf(r.explanation, 'FV.3').text.en).toContain('total = 15 + 12.5 = 27.5 of 100');
    expectExplained(r.explanation);
  });

  it('without them there is no total (the product never converts baht to points)', () => {
    const r = ok(facilitationEfficiency({ other: true }));
    expect(r.valuePoints).toBeNull();
    expect(r.total).toBeNull();
  });

  it('only 0–15', () => {
    expectError(facilitationEfficiency({ valuePoints: 16 }), 'valuePoints', 'OUT_OF_RANGE');
  });
});

describe('parseDecimal with a field label', () => {
  it('names the field with the given label', () => {
    const label = { th: 'ยอดขาย', en: 'Sales' };
    const blank = parseDecimal('', 'x', label);
    const text = parseDecimal('abc', 'x', label);
    expect(blank.ok || blank.errors[0]?.message).toEqual({ th: 'กรุณากรอกยอดขาย', en: 'Sales is required.' });
    expect(text.ok || text.errors[0]?.message.en).toBe(
      'Sales must be a number (Thai digits and thousands separators are fine).',
    );
  });
});

describe('years in either era', () => {
  it.each([
    { year: 2564, ce: 2021, be: 2564 },
    { year: 2021, ce: 2021, be: 2564 },
    { year: 2400, ce: 1857, be: 2400 },
    { year: 2399, ce: 2399, be: 2942 },
  ])('$year → CE $ce, BE $be', ({ year, ce, be }) => {
    expect(toCommonEraYear(year)).toBe(ce);
    expect(toBuddhistEraYear(year)).toBe(be);
  });
});

describe('parseScale (custom band scales from an object or JSON text)', () => {
  const json = JSON.stringify({
    id: 'kpi',
    min: 0,
    max: 100,
    rule: 'X.1',
    source: '000:1',
    unit: { th: 'ร้อยละ', en: 'percent' },
    bands: [{ min: 0 }, { id: 'basic', min: 50 }, { id: 'top', min: 80, label: 'Top', award: true }],
    markers: [{ value: 60, label: { th: 'เกณฑ์', en: 'Gate' } }, { value: 'x' }],
  });

  it('fills the labels: known ids from SPEC §7, given text, or the id', () => {
    const { scale } = ok(parseScale(json));
    expect(scale.bands.map((b) => [b.id, b.label.en, b.award])).toEqual([
      ['band-1', 'band-1', false],
      ['basic', 'Basic', false],
      ['top', 'Top', true],
    ]);
    expect(scale.unit.en).toBe('percent');
    expect(scale.markers).toEqual([{ value: 60, label: { th: 'เกณฑ์', en: 'Gate' } }]);
    expect([scale.id, scale.rule, scale.source]).toEqual(['kpi', 'X.1', '000:1']);
  });

  it('defaults the optional texts', () => {
    const { scale } = ok(
      parseScale({ min: 0, max: 10, bands: [{ id: 'a', min: 0, label: { th: 'ก', en: 'A' } }] }),
    );
    expect([scale.id, scale.rule, scale.unit.en, scale.markers]).toEqual([
      'custom',
      'custom',
      'points',
      undefined,
    ]);
  });

  it.each([
    { name: 'not JSON', input: '{' },
    { name: 'not an object', input: 5 },
    { name: 'no bands', input: { min: 0, max: 1 } },
    { name: 'a band without min', input: { min: 0, max: 1, bands: [{ id: 'a' }] } },
    { name: 'max not above min', input: { min: 1, max: 1, bands: [{ min: 1 }] } },
    { name: 'first band not at min', input: { min: 0, max: 10, bands: [{ min: 1 }] } },
    { name: 'bands not ascending', input: { min: 0, max: 10, bands: [{ min: 0 }, { min: 5 }, { min: 5 }] } },
    { name: 'a band above max', input: { min: 0, max: 10, bands: [{ min: 0 }, { min: 11 }] } },
  ])('rejects $name', ({ input }) => {
    const e = expectError(parseScale(bad(input)), 'bands', 'INVALID_TYPE');
    expect(e.message.th).toContain('ช่วงคะแนนที่กำหนดเอง');
  });
});
