/**
 * Rule C7 has a fast path for plain numbers (integer arithmetic, no big.js, no schema: src/rules/cat7.ts).
 * It must agree with the exact path on every input: the same values passed as text always take the exact
 * path, so both results — explanation included — must be equal. Boundaries (5 % and 10 %, baseline ties,
 * half-way roundings) are generated on purpose.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { pmqa40Cat7, scoreCategory7Kpi, scoreCategory7Set, type Category7KpiInput } from '../src/index.js';
import { fastCategory7Kpi } from '../src/rules/cat7.js';

vi.setConfig({ testTimeout: 120_000 });

/** A number with at most 4 decimals, |x| ≤ 10,000,000 (what the fast path takes). */
const plain = (max = 1e11) => fc.integer({ min: -max, max }).map((n) => n / 1e4 + 0);
const positive = (max = 1e11) => fc.integer({ min: 1, max }).map((n) => n / 1e4);
const direction = fc.constantFrom(undefined, 'higher' as const, 'lower' as const);
const boundaries = fc.constantFrom(undefined, 'text' as const, 'table' as const);

/** An actual result within ±0.02 percentage points of a level boundary (or exactly on it). */
const nearBoundary = fc
  .record({
    target: fc.oneof(positive(1e9), plain(1e9)),
    pct: fc.constantFrom(5, 10, -5, 0),
    offset: fc.integer({ min: -200, max: 200 }), // in 10⁻⁴ %
    direction,
    boundaries,
    history: fc.tuple(plain(1e9), plain(1e9)),
  })
  .filter((r) => r.target !== 0)
  .map((r) => {
    const sign = r.direction === 'lower' ? -1 : 1;
    const raw = r.target + (sign * Math.abs(r.target) * (r.pct + r.offset / 1e4)) / 100;
    const actual = Math.round(raw * 1e4) / 1e4;
    return { ...r, actual };
  });

const anyKpi = fc
  .record({
    target: plain(),
    actual: plain(),
    history: fc.tuple(plain(), plain()),
    direction,
    boundaries,
  })
  .filter((r) => r.target !== 0);

function input(r: {
  target: number;
  actual: number;
  history: readonly [number, number];
  direction?: 'higher' | 'lower' | undefined;
  boundaries?: 'text' | 'table' | undefined;
}): Category7KpiInput {
  return {
    target: r.target,
    actual: r.actual,
    history: [...r.history],
    ...(r.direction ? { direction: r.direction } : {}),
    ...(r.boundaries ? { boundaries: r.boundaries } : {}),
  };
}

const asText = (i: Category7KpiInput): Category7KpiInput => ({
  ...i,
  target: String(i.target),
  actual: String(i.actual),
  history: i.history.map(String),
});

/** The result with its lazily built explanation read, as plain data. */
const plainData = (r: unknown) => JSON.parse(JSON.stringify(r)) as unknown;

function agrees(i: Category7KpiInput): void {
  expect(fastCategory7Kpi(i, pmqa40Cat7), 'fast path taken').toBeDefined();
  expect(plainData(scoreCategory7Kpi(i))).toEqual(plainData(scoreCategory7Kpi(asText(i))));
}

describe('C7 fast path = exact path', () => {
  it('on any plain numbers (4 decimals, up to 10,000,000)', () => {
    fc.assert(
      fc.property(anyKpi, (r) => agrees(input(r))),
      { numRuns: 3000 },
    );
  });

  it('next to the 5 % and 10 % boundaries and 0 %', () => {
    fc.assert(
      fc.property(nearBoundary, (r) => agrees(input(r))),
      { numRuns: 3000 },
    );
  });

  it('when the target ties the baseline, and on half-way roundings', () => {
    fc.assert(
      fc.property(plain(1e9), plain(1e9), plain(1e9), direction, boundaries, (h0, h1, actual, d, b) => {
        // The target equal to the (rounded) baseline, and one ten-thousandth either side.
        const baseline = Math.round(((h0 + h1) / 2) * 100) / 100;
        for (const target of [baseline, baseline + 0.0001, baseline - 0.0001, baseline + 0.005]) {
          const t = Math.round(target * 1e4) / 1e4;
          if (t === 0) continue;
          agrees(input({ target: t, actual, history: [h0, h1], direction: d, boundaries: b }));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("the seed's worked example (001:1196-1197) takes the fast path and scores 400", () => {
    const i = { target: 375, actual: 400, history: [300, 450] };
    expect(fastCategory7Kpi(i, pmqa40Cat7)).toBeDefined();
    const r = scoreCategory7Kpi(i);
    expect(r.ok && [r.baseline, r.improvementPct, r.level, r.score]).toEqual([375, 6.67, 'advance', 400]);
  });

  it('anything else takes the exact path', () => {
    for (const i of [
      { target: '375', actual: 400, history: [300, 450] },
      { target: 375.00001, actual: 400, history: [300, 450] },
      { target: 1e8, actual: 400, history: [300, 450] },
      { target: 375, actual: Number.NaN, history: [300, 450] },
      { target: 375, actual: 400, history: [300] },
      { target: 0, actual: 400, history: [300, 450] },
      { target: 375, actual: 400, history: [300, 450], significancePoints: 450 },
      { target: 375, actual: 400, history: [300, 450], constants: { basicMaxPct: 4 } },
      { target: 375, actual: 400, history: [300, 450], direction: 'up' },
    ])
      expect(fastCategory7Kpi(i, pmqa40Cat7), JSON.stringify(i)).toBeUndefined();
  });

  it('a whole set agrees too', () => {
    const dims = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'] as const;
    fc.assert(
      fc.property(fc.array(anyKpi, { minLength: 1, maxLength: 40 }), (rows) => {
        const kpis = rows.map((r, n) => ({
          ...input(r),
          boundaries: undefined,
          dimension: dims[n % 6] as (typeof dims)[number],
          name: `KPI ${n % 7}`,
        }));
        const asSet = (k: typeof kpis) => scoreCategory7Set({ kpis: k, boundaries: 'table' });
        expect(plainData(asSet(kpis))).toEqual(
          plainData(asSet(kpis.map((k) => ({ ...k, ...asText(k) }) as (typeof kpis)[number]))),
        );
      }),
      { numRuns: 300 },
    );
  });
});
