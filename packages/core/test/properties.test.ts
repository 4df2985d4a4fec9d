/**
 * Property-based tests (fast-check): the public functions never throw, stay in range, are monotonic in the
 * result, deterministic, and every number they return has at most 2 decimals.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as core from '../src/index.js';
import {
  agencyEval2567,
  agencyLevel,
  facilitationAward2566,
  pmqa40Award2566,
  pmqa40Band,
  pmqa40Cat7,
  pmqa40Checklist2565,
  rulePacks,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  toThaiDigits,
  type ExplanationStep,
  type Result,
} from '../src/index.js';
import { criteriaItems } from '../src/criteria/index.js';
import { expectCitationsResolve, expectExplained, isTwoDecimals, numbersIn } from './helpers.js';

// Hundreds of runs per property: allow slow machines.
vi.setConfig({ testTimeout: 60_000 });

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** A 2-decimal value in [min, max] (as a JS number). */
const cents = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

/** The same value written the ways users type it. */
const typed = (arb: fc.Arbitrary<number>) =>
  fc.tuple(arb, fc.integer({ min: 0, max: 4 })).map(([n, form]): number | string => {
    const text = n.toFixed(2);
    if (form === 0) return n;
    if (form === 1) return text;
    if (form === 2) return ` ${toThaiDigits(text)} `;
    if (form === 3) return text.replace('-', '−');
    const [int = '', frac = ''] = text.replace('-', '').split('.');
    return `${n < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
  });

/** Anything a user or a caller might pass where a number belongs. */
const numberish = fc.oneof(
  { weight: 4, arbitrary: typed(cents(-100000, 100000)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '  ',
      'abc',
      '1,2,3',
      '12abc',
      '5.',
      '−',
      '0',
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      undefined,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.anything() },
);

/** Leaf paths of a pack's constants, to override one of them with anything. */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leafPaths(v, [...path, String(i)]))];
  if (value !== null && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  return [path];
}
function nest(path: string[], leaf: unknown): unknown {
  return path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), leaf);
}
/** `pack` / `constants` options: absent, anything, a real pack of some family, or one constant replaced. */
function packOptions(pack: { constants: unknown }): fc.Arbitrary<Record<string, unknown>> {
  const paths = leafPaths(pack.constants).filter((p) => p.length > 0);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.record({ pack: fc.anything() }) },
    { weight: 1, arbitrary: fc.record({ constants: fc.anything() }) },
    { weight: 1, arbitrary: fc.record({ pack: fc.constantFrom(...Object.values(rulePacks)) }) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), fc.oneof(fc.double(), fc.integer(), fc.anything(), fc.constant([])))
        .map(([path, leaf]) => ({ constants: nest(path, leaf) })),
    },
  );
}

const directionish = fc.oneof(fc.constantFrom('higher', 'lower', undefined), fc.anything());
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 4) =>
  fc.oneof({ weight: 4, arbitrary: fc.array(arb, { maxLength }) }, { weight: 1, arbitrary: fc.anything() });

const targetsish = fc.oneof(
  fc.record({ initial: numberish, standard: numberish, high: numberish }, { requiredKeys: [] }),
  fc.anything(),
);

const plausible = {
  scoreCategory7Kpi: fc
    .tuple(
      fc.record(
        {
          target: numberish,
          actual: numberish,
          history: list(numberish, 3),
          direction: directionish,
          boundaries: fc.oneof(fc.constantFrom('text', 'table'), fc.anything()),
          significancePoints: numberish,
        },
        { requiredKeys: [] },
      ),
      packOptions(pmqa40Cat7),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  scoreCategory7Set: fc
    .tuple(
      fc.record(
        {
          kpis: list(
            fc.record(
              {
                dimension: fc.oneof(fc.constantFrom(...core.DIMENSIONS), fc.anything()),
                name: fc.oneof(fc.constantFrom('A', 'a ', 'B'), fc.anything()),
                group: fc.oneof(fc.constantFrom('core-mission', 'satisfaction', 'x'), fc.anything()),
                target: numberish,
                actual: numberish,
                history: list(numberish, 3),
                direction: directionish,
              },
              { requiredKeys: [] },
            ),
            8,
          ),
          boundaries: fc.anything(),
          significancePoints: numberish,
        },
        { requiredKeys: [] },
      ),
      packOptions(pmqa40Cat7),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  scoreAgencyKpi: fc
    .tuple(
      fc.record({ actual: numberish, targets: targetsish, direction: directionish }, { requiredKeys: [] }),
      packOptions(agencyEval2567),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  scoreAgency: fc
    .tuple(
      fc.record(
        {
          kpis: list(
            fc.record(
              {
                id: fc.oneof(fc.constantFrom('a', 'b', ' a'), fc.anything()),
                name: fc.anything(),
                weight: numberish,
                actual: numberish,
                targets: targetsish,
                direction: directionish,
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
      packOptions(agencyEval2567),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  agencyComposite: fc
    .tuple(
      fc.record(
        {
          performance: numberish,
          digital: numberish,
          pmqa: numberish,
          round: fc.oneof(fc.constantFrom('6-month', '12-month'), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      packOptions(agencyEval2567),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  pmqa40Band: fc.tuple(numberish, packOptions(pmqa40Award2566)),
  pmqaOverall: fc
    .tuple(
      fc.record({ categoryScores: list(numberish, 8) }, { requiredKeys: [] }),
      packOptions(pmqa40Award2566),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  pmqaOutstanding: fc
    .tuple(
      fc.record(
        {
          categoryPercents: list(numberish, 8),
          total: numberish,
          priorCategoryAwards: fc.oneof(numberish, fc.array(fc.integer())),
        },
        { requiredKeys: [] },
      ),
      packOptions(pmqa40Award2566),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  pmqaByCategory: fc
    .tuple(
      fc.record(
        {
          categoryPercents: list(numberish, 8),
          total: numberish,
          applied: list(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.anything())),
          cat7RelatedPercents: list(numberish),
        },
        { requiredKeys: [] },
      ),
      packOptions(pmqa40Award2566),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  checklistEstimate: fc
    .tuple(
      fc.record(
        {
          levels: fc.oneof(
            fc.dictionary(
              fc.oneof(fc.constantFrom('1.1', '2.4', '6.4', '7.1', 'x', 'constructor'), fc.string()),
              fc.oneof(fc.constantFrom(...core.ITEM_LEVELS), fc.anything()),
            ),
            fc.anything(),
          ),
          category7Score: numberish,
        },
        { requiredKeys: [] },
      ),
      packOptions(pmqa40Checklist2565),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  facilitationEfficiency: fc
    .tuple(
      fc.record(
        {
          law: fc.oneof(
            fc.record(
              {
                levels: list(fc.oneof(fc.constantFrom('act', 'ministerial', 'department'), fc.anything())),
                count: numberish,
              },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
          documents: fc.oneof(fc.record({ before: numberish, after: numberish }), fc.anything()),
          fees: fc.oneof(fc.record({ before: numberish, after: numberish }), fc.anything()),
          steps: fc.oneof(fc.record({ before: numberish, after: numberish }), fc.anything()),
          time: fc.oneof(fc.record({ before: numberish, after: numberish }), fc.anything()),
          renewalByPayment: fc.oneof(fc.boolean(), fc.anything()),
          eService: fc.oneof(
            fc.record(
              { form: fc.boolean(), payment: fc.boolean(), document: fc.boolean() },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
          other: fc.oneof(fc.boolean(), fc.anything()),
          regulatoryGuillotine: fc.oneof(fc.boolean(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      packOptions(facilitationAward2566),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
  facilitationValue: fc
    .tuple(
      fc.record(
        {
          services: list(
            fc.record(
              {
                name: fc.anything(),
                sheetsReduced: numberish,
                feeReduced: numberish,
                hoursReduced: numberish,
                minutesReduced: numberish,
                transactions: numberish,
              },
              { requiredKeys: [] },
            ),
          ),
          constants: fc.oneof(
            fc.record(
              { bahtPerSheet: numberish, wagePerDay: numberish, hoursPerDay: numberish },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
      packOptions(facilitationAward2566).map((o) => ({ pack: o.pack })),
    )
    .map(([a, b]) => [{ ...a, ...b }]),
} satisfies Record<string, fc.Arbitrary<unknown[]>>;

type AnyResult = Result<{ explanation?: readonly ExplanationStep[] }>;
const ruleFunctions = Object.keys(plausible) as (keyof typeof plausible)[];
const call = (name: string, args: readonly unknown[]): unknown =>
  (core as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.(...args);

/** A well-formed result: ok with an explanation, or errors with a path, a code and both messages. */
function expectResult(r: unknown): void {
  const res = r as AnyResult;
  expect(typeof res).toBe('object');
  if (res.ok) {
    expect(Array.isArray(res.explanation)).toBe(true);
  } else {
    expect(res.errors.length).toBeGreaterThan(0);
    for (const e of res.errors) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.code).toBe('string');
      expect(e.message.th).not.toBe('');
      expect(e.message.en).not.toBe('');
    }
  }
}

// ---------------------------------------------------------------------------------------------

describe('never throws', () => {
  it.each(ruleFunctions)('%s(fc.anything())', (name) => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        fc.anything(),
        (a, b) => {
          expectResult(call(name, [a, b]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(ruleFunctions)('%s(structurally plausible input with arbitrary values)', (name) => {
    fc.assert(
      fc.property(plausible[name], (args) => {
        expectResult(call(name, args));
      }),
      { numRuns: 400 },
    );
  });

  it('parseDecimal, formatters and helpers never throw', () => {
    const anything = fc.anything({ withBoxedValues: true, withDate: true });
    const options = fc.record(
      {
        lang: fc.constantFrom('th', 'en', undefined),
        digits: fc.constantFrom('latin', 'thai', undefined),
        minimumFractionDigits: fc.anything(),
        maximumFractionDigits: fc.anything(),
        prefix: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anything, anything, options, (a, b, o) => {
        const parsed = core.parseDecimal(a, b as string);
        if (parsed.ok) expect(typeof parsed.value).toBe('number');
        else expect(parsed.errors[0]?.message.en).not.toBe('');
        const fo = o as core.FormatOptions & { prefix?: boolean };
        for (const f of [core.formatNumber, core.formatPercent, core.formatBaht])
          expect(typeof f(a as number, fo)).toBe('string');
        expect(typeof core.formatYear(a as number, fo)).toBe('string');
        expect(typeof core.formatDate(a as Date, { lang: o.lang, digits: o.digits })).toBe('string');
        expect(typeof core.formatDecimal(a as number, b as number)).toBe('string');
        expect(['th', 'en']).toContain(core.toLang(a as string));
        expect(typeof core.levelLabel(a as string, o.lang)).toBe('string');
        expect(typeof core.toThaiDigits(a as string)).toBe('string');
        expect(typeof core.fromThaiDigits(a as string)).toBe('string');
        expect(typeof core.kpiNameKey(a as string)).toBe('string');
        expect(typeof core.fiscalYear(a as Date)).toBe('number');
        const level = agencyLevel(a as number, b as never);
        expect(level === null || typeof level === 'string').toBe(true);
        expect(typeof core.agencyRounds(a as number, b as never).sixMonth.start).toBe('string');
        expect(core.fieldLabel(a as string).th).not.toBe('');
        expect(Array.isArray(core.toErrors(a as never, b))).toBe(true);
        expect(core.findKpiGroup(pmqa40Cat7.constants, a as never, b as string) ?? null).toSatisfy(
          (g: unknown) => g === null || typeof g === 'object',
        );
        expect(core.error(a as string, 'REQUIRED').message.th).not.toBe('');
        expect(core.resolvePack(pmqa40Cat7, a as never)).toBeDefined();
        expectResult(core.classifyOnScale(core.bandScale('pmqa40'), a));
        expectResult(core.classifyOnScale(a as never, b));
        const scale = core.bandScale(a as never);
        expect(scale.bands.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Valid inputs

const direction = fc.constantFrom('higher' as const, 'lower' as const);
const boundaries = fc.constantFrom('text' as const, 'table' as const);
const nonZero = cents(-5000, 5000).filter((n) => n !== 0);

/** A C7 KPI whose target is challenging (at least as good as the two-year baseline). */
const challengingKpi = fc
  .tuple(direction, boundaries, cents(-5000, 5000), cents(-5000, 5000), cents(0, 3000), fc.boolean())
  .map(([dir, b, h0, h1, margin, positive]) => {
    const baseline = Math.round(((h0 + h1) / 2) * 100) / 100;
    const target = dir === 'higher' ? baseline + margin : baseline - margin;
    return { direction: dir, boundaries: b, history: [h0, h1], target: Number(target.toFixed(2)), positive };
  })
  .filter((k) => k.target !== 0 && Number.isFinite(k.target))
  // the baseline is compared after rounding, so keep the exact mean's half-cent cases out of the comparison
  .filter(
    (k) =>
      ok(
        scoreCategory7Kpi({ target: k.target, actual: k.target, history: k.history, direction: k.direction }),
      ).challenging,
  );

function ok<T extends object>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const RANK = { none: 0, basic: 1, advance: 2, significance: 3 } as const;

describe('C7 properties', () => {
  it('score ∈ {0, 300, 400, 500}, or the given significance points', () => {
    fc.assert(
      fc.property(
        typed(nonZero),
        typed(cents(-10000, 10000)),
        fc.tuple(typed(cents(-5000, 5000)), typed(cents(-5000, 5000))),
        direction,
        boundaries,
        fc.option(cents(0, 1000), { nil: undefined }),
        (target, actual, history, dir, b, sig) => {
          const r = ok(
            scoreCategory7Kpi({
              target,
              actual,
              history,
              direction: dir,
              boundaries: b,
              ...(sig === undefined ? {} : { significancePoints: sig }),
            }),
          );
          const allowed = [0, 300, 400, sig ?? 500];
          expect(allowed).toContain(r.score);
          expect(r.level === 'none').toBe(!r.challenging);
          if (r.level === 'none') expect(r.score).toBe(0);
          else expect(r.score).toBe({ basic: 300, advance: 400, significance: sig ?? 500 }[r.level]);
          expectExplained(r.explanation);
        },
      ),
    );
  });

  it('never decreases as the result improves, for both directions and readings', () => {
    fc.assert(
      fc.property(
        nonZero,
        fc.tuple(cents(-5000, 5000), cents(-5000, 5000)),
        cents(-10000, 10000),
        cents(0, 5000),
        direction,
        boundaries,
        (target, history, a, step, dir, b) => {
          const better = dir === 'higher' ? a + step : a - step;
          const s1 = ok(scoreCategory7Kpi({ target, actual: a, history, direction: dir, boundaries: b }));
          const s2 = ok(
            scoreCategory7Kpi({
              target,
              actual: Number(better.toFixed(2)),
              history,
              direction: dir,
              boundaries: b,
            }),
          );
          expect(s2.score).toBeGreaterThanOrEqual(s1.score);
          expect(RANK[s2.level]).toBeGreaterThanOrEqual(RANK[s1.level]);
          if (dir === 'higher') expect(s2.improvementPct).toBeGreaterThanOrEqual(s1.improvementPct);
        },
      ),
    );
  });

  it('actualNeeded reaches its level, and 0.01 less (more, when lower is better) does not', () => {
    fc.assert(
      fc.property(challengingKpi, ({ direction: dir, boundaries: b, history, target }) => {
        const base = { target, history, direction: dir, boundaries: b };
        const r = ok(scoreCategory7Kpi({ ...base, actual: target }));
        expect(r.actualNeeded.advance).not.toBeNull();
        const worse = (x: number) => Number((dir === 'higher' ? x - 0.01 : x + 0.01).toFixed(2));
        const level = (actual: number) => RANK[ok(scoreCategory7Kpi({ ...base, actual })).level];
        const adv = r.actualNeeded.advance as number;
        const sig = r.actualNeeded.significance as number;
        expect(level(adv)).toBeGreaterThanOrEqual(RANK.advance);
        expect(level(worse(adv))).toBeLessThan(RANK.advance);
        expect(level(sig)).toBe(RANK.significance);
        expect(level(worse(sig))).toBeLessThan(RANK.significance);
        expect(r.minimumTarget).toBe(r.baseline);
      }),
      { numRuns: 300 },
    );
  });
});

describe('AE properties', () => {
  const targets = fc
    .tuple(cents(-1000, 1000), cents(0.01, 500), cents(0.01, 500), direction)
    .map(([start, d1, d2, dir]) => {
      const s = dir === 'higher' ? 1 : -1;
      return {
        initial: start,
        standard: Number((start + s * d1).toFixed(2)),
        high: Number((start + s * (d1 + d2)).toFixed(2)),
        dir,
      };
    });

  it('KPI score stays in 0–100 and never decreases as the result improves', () => {
    fc.assert(
      fc.property(
        targets,
        cents(-2000, 2000),
        cents(0, 1000),
        fc.boolean(),
        ({ dir, ...t }, a, step, explicit) => {
          const better = Number((dir === 'higher' ? a + step : a - step).toFixed(2));
          const options = explicit ? { direction: dir } : {};
          const s1 = ok(scoreAgencyKpi({ actual: a, targets: t, ...options }));
          const s2 = ok(scoreAgencyKpi({ actual: better, targets: t, ...options }));
          for (const s of [s1, s2]) {
            expect(s.score).toBeGreaterThanOrEqual(0);
            expect(s.score).toBeLessThanOrEqual(100);
            expect(s.direction).toBe(dir);
            expectExplained(s.explanation);
          }
          expect(s2.score).toBeGreaterThanOrEqual(s1.score);
        },
      ),
    );
  });

  it('agency total stays in 0–100 and its level matches agencyLevel of the total', () => {
    const weights = fc
      .array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 12 })
      .map((parts) => {
        const total = parts.reduce((a, b) => a + b, 0) || 1;
        const w = parts.map((p) => Math.floor((p * 10000) / total));
        w[0] = (w[0] ?? 0) + 10000 - w.reduce((a, b) => a + b, 0);
        return w.map((c) => (c / 100).toFixed(2));
      });
    fc.assert(
      fc.property(weights, fc.array(cents(-50, 150), { minLength: 12, maxLength: 12 }), (ws, actuals) => {
        const r = ok(
          scoreAgency({
            kpis: ws.map((weight, i) => ({
              id: `k${i}`,
              weight,
              actual: actuals[i] ?? 0,
              targets: { initial: 0, standard: 50, high: 100 },
            })),
          }),
        );
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        expect(r.level).toBe(agencyLevel(r.total));
        expectExplained(r.explanation);
      }),
    );
  });
});

describe('PB band consistency', () => {
  it('the band is the half-open interval of the rounded score', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cents(0, 500),
          fc.integer({ min: 0, max: 500000 }).map((n) => n / 1000),
        ),
        (score) => {
          const r = ok(pmqa40Band(score));
          const s = r.score;
          const expected = s < 300 ? 'none' : s < 400 ? 'basic' : s < 470 ? 'advance' : 'significance';
          expect(r.band).toBe(expected);
          expect(r.award).toBe(s >= 400);
          if (r.next)
            expect(Number((r.score + (r.pointsToNext ?? 0)).toFixed(2))).toBe(
              { basic: 300, advance: 400, significance: 470, none: 0 }[r.next],
            );
          else expect(r.pointsToNext).toBeNull();
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Determinism and 2 decimals over valid inputs (default packs)

const levelsArb = fc.dictionary(
  fc.constantFrom(...criteriaItems().map((i) => i.id)),
  fc.constantFrom(...core.ITEM_LEVELS),
);
const validCalls: [string, fc.Arbitrary<unknown[]>][] = [
  [
    'scoreCategory7Kpi',
    fc.tuple(
      fc.record({
        target: typed(nonZero),
        actual: typed(cents(-9000, 9000)),
        history: fc.tuple(typed(cents(-5000, 5000)), typed(cents(-5000, 5000))),
        direction,
        boundaries,
      }),
    ),
  ],
  [
    'scoreCategory7Set',
    fc.tuple(
      fc.record({
        kpis: fc.array(
          fc.record({
            dimension: fc.constantFrom(...core.DIMENSIONS),
            name: fc.constantFrom('A', 'B', 'c', ' a', 'D', 'E', 'F'),
            target: nonZero,
            actual: cents(-9000, 9000),
            history: fc.tuple(cents(-5000, 5000), cents(-5000, 5000)),
            direction,
          }),
          { maxLength: 12 },
        ),
        significancePoints: cents(0, 1000),
      }),
    ),
  ],
  [
    'scoreAgencyKpi',
    fc.tuple(
      fc.record({
        actual: cents(-200, 200),
        targets: fc.constantFrom(
          { initial: 0, standard: 3, high: 7 },
          { initial: 20, standard: 15, high: 10 },
        ),
      }),
    ),
  ],
  [
    'agencyComposite',
    fc.tuple(
      fc.record({
        performance: cents(0, 100),
        digital: cents(0, 100),
        pmqa: cents(0, 100),
        round: fc.constantFrom('6-month', '12-month'),
      }),
    ),
  ],
  ['pmqa40Band', fc.tuple(cents(0, 500))],
  [
    'pmqaOverall',
    fc.tuple(
      fc.record({
        categoryScores: fc.array(
          fc.integer({ min: 0, max: 500000 }).map((n) => n / 1000),
          { minLength: 7, maxLength: 7 },
        ),
      }),
    ),
  ],
  [
    'pmqaOutstanding',
    fc.tuple(
      fc.record({
        categoryPercents: fc.array(cents(0, 100), { minLength: 7, maxLength: 7 }),
        total: cents(0, 500),
        priorCategoryAwards: fc.integer({ min: 0, max: 6 }),
      }),
    ),
  ],
  [
    'pmqaByCategory',
    fc.tuple(
      fc.integer({ min: 1, max: 4 }).chain((n) =>
        fc.record({
          categoryPercents: fc.array(cents(0, 100), { minLength: 7, maxLength: 7 }),
          total: cents(0, 500),
          applied: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: n, maxLength: n }),
          cat7RelatedPercents: fc.array(cents(0, 100), { minLength: n, maxLength: n }),
        }),
      ),
    ),
  ],
  [
    'checklistEstimate',
    fc.tuple(
      fc.record({
        levels: levelsArb,
        category7Score: fc.option(
          fc.integer({ min: 0, max: 500000 }).map((n) => n / 1000),
          { nil: undefined },
        ),
      }),
    ),
  ],
  [
    'facilitationEfficiency',
    fc.tuple(
      fc.record(
        {
          law: fc.record({
            levels: fc.subarray(['act', 'ministerial', 'department'] as const).map((l) => [...l]),
            count: fc.integer({ min: 0, max: 5 }),
          }),
          documents: fc.record({
            before: fc.integer({ min: 0, max: 9 }),
            after: fc.integer({ min: 0, max: 9 }),
          }),
          fees: fc.record({ before: cents(0, 1000), after: cents(0, 1000) }),
          steps: fc.record({
            before: fc.integer({ min: 1, max: 30 }),
            after: fc.integer({ min: 0, max: 30 }),
          }),
          time: fc.record({ before: cents(0.01, 100), after: cents(0, 100) }),
          renewalByPayment: fc.boolean(),
          eService: fc.record({ form: fc.boolean(), payment: fc.boolean(), document: fc.boolean() }),
          other: fc.boolean(),
          regulatoryGuillotine: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
  ],
  [
    'facilitationValue',
    fc.tuple(
      fc.record({
        services: fc.array(
          fc.record({
            sheetsReduced: fc.integer({ min: 0, max: 20 }),
            feeReduced: cents(0, 1000),
            minutesReduced: fc.integer({ min: 0, max: 600 }),
            transactions: fc.integer({ min: 0, max: 100000 }),
          }),
          { maxLength: 4 },
        ),
        constants: fc.record(
          { wagePerDay: cents(300, 400), hoursPerDay: fc.integer({ min: 1, max: 12 }) },
          { requiredKeys: [] },
        ),
      }),
    ),
  ],
];

const INPUT_LIKE =
  /(^|\.)(baseline|minimumTarget|places|fraction|target|actual|history(\.\d+)?|actualNeeded\.\w+|advance|significance)$/;

describe.each(validCalls)('%s on valid input', (name, args) => {
  it('is deterministic, explained, and every number has at most 2 decimals', () => {
    fc.assert(
      fc.property(args, (a) => {
        const r1 = call(name, structuredClone(a)) as AnyResult;
        const r2 = call(name, structuredClone(a)) as AnyResult;
        expect(r2).toEqual(r1);
        if (!r1.ok) throw new Error(`${name} failed on valid input: ${JSON.stringify(r1.errors)}`);
        expectExplained(r1.explanation ?? []);
        expectCitationsResolve(r1.explanation ?? []);
        for (const { path, n } of numbersIn(r1)) {
          // Input-like values keep the inputs' precision (SPEC §0); a position's fraction is geometry.
          if (INPUT_LIKE.test(path)) continue;
          if (!isTwoDecimals(n)) throw new Error(`${name}: ${path} = ${n} has more than 2 decimals`);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the exactness the SPEC asks for', () => {
  it('weights written with one decimal always sum exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 2, maxLength: 10 }), (parts) => {
        const tenths = parts.slice(0, -1);
        const rest = 1000 - tenths.reduce((a, b) => a + b, 0);
        fc.pre(rest >= 0);
        const weights = [...tenths, rest].map((t) => (t / 10).toFixed(1));
        const r = scoreAgency({
          kpis: weights.map((weight, i) => ({
            id: `k${i}`,
            weight,
            actual: 100,
            targets: { initial: 1, standard: 2, high: 3 },
          })),
        });
        expect(r.ok).toBe(true);
      }),
    );
  });
});
