/** Band scales for meters and badges, derived from the rule packs (PB.1, AE.3, C7.5). */
import { describe, expect, it } from 'vitest';
import { bandScale, classifyOnScale, validateScale, type BandScale } from '../src/index.js';
import { bad, expectError, expectExplained, ok } from './helpers.js';

describe('built-in scales', () => {
  it('pmqa40: the PB.1 bands on 0–500', () => {
    const s = bandScale('pmqa40');
    expect([s.min, s.max, s.rule, s.source]).toEqual([0, 500, 'PB.1', '004:1980-1982']);
    expect(s.bands.map((b) => [b.id, b.min, b.award])).toEqual([
      ['none', 0, false],
      ['basic', 300, false],
      ['advance', 400, true],
      ['significance', 470, true],
    ]);
    expect(s.bands[1]?.label).toEqual({ th: 'ระดับพื้นฐาน', en: 'Basic' });
    expect(ok(validateScale(s)).scale).toEqual(s);
  });

  it('agency: the AE.3 levels on 0–100, lowest first', () => {
    const s = bandScale('agency');
    expect(s.bands.map((b) => [b.id, b.min])).toEqual([
      ['needs-improvement', 0],
      ['standard-basic', 60],
      ['standard-high', 75],
      ['quality', 90],
    ]);
    expect(validateScale(s).ok).toBe(true);
  });

  it('cat7: the C7 points with the stage-1 marker at 400', () => {
    const s = bandScale('cat7');
    expect(s.bands.map((b) => b.min)).toEqual([0, 300, 400, 500]);
    expect(s.markers?.[0]?.value).toBe(400);
    expect(validateScale(s).ok).toBe(true);
  });
});

describe('classifyOnScale', () => {
  it.each([
    { value: 0, band: 'none', next: 'basic', toNext: 300 },
    { value: 299.99, band: 'none', next: 'basic', toNext: 0.01 },
    { value: '299.995', band: 'basic', next: 'advance', toNext: 100 },
    { value: 400, band: 'advance', next: 'significance', toNext: 70 },
    { value: '๕๐๐', band: 'significance', next: null, toNext: null },
  ])('pmqa40 $value → $band', ({ value, band, next, toNext }) => {
    const r = ok(classifyOnScale(bandScale('pmqa40'), value));
    expect(r.band.id).toBe(band);
    expect(r.next?.id ?? null).toBe(next);
    expect(r.pointsToNext).toBe(toNext);
    expect(r.fraction).toBeGreaterThanOrEqual(0);
    expect(r.fraction).toBeLessThanOrEqual(1);
    expectExplained(r.explanation);
  });

  it('says where the value is and how far the next band is', () => {
    const r = ok(classifyOnScale(bandScale('agency'), 85));
    expect(r.fraction).toBe(0.85);
    expect(r.index).toBe(2);
    expect(r.explanation[0]?.text.en).toContain('Standard (high)');
    expect(r.explanation[0]?.text.en).toContain('5 more to reach Quality');
  });

  it.each([
    { value: -1, code: 'OUT_OF_RANGE' },
    { value: 100.01, code: 'OUT_OF_RANGE' },
    { value: 'x', code: 'NOT_A_NUMBER' },
    { value: '', code: 'REQUIRED' },
    { value: null, code: 'REQUIRED' },
  ])('agency $value → $code', ({ value, code }) => {
    expectError(classifyOnScale(bandScale('agency'), value), 'value', code as never);
  });

  it('rejects an unusable custom scale', () => {
    const good: BandScale = {
      id: 'custom',
      min: 0,
      max: 10,
      unit: { th: 'คะแนน', en: 'points' },
      rule: 'X',
      source: '000:1',
      bands: [
        { id: 'low', min: 0, label: { th: 'ต่ำ', en: 'Low' } },
        { id: 'high', min: 5, label: { th: 'สูง', en: 'High' } },
      ],
    };
    expect(ok(classifyOnScale(good, 7)).band.id).toBe('high');
    for (const scale of [
      { ...good, max: 0 },
      { ...good, bands: [] },
      { ...good, min: Number.NaN },
      { ...good, bands: [...good.bands].reverse() },
      { ...good, bands: [good.bands[0], { ...good.bands[1], min: 11 }] },
    ]) {
      expectError(classifyOnScale(bad(scale), 1), 'bands', 'INVALID_TYPE');
    }
  });
});
