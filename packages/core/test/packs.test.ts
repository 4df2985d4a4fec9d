/** Rule packs (SPEC §0): versioned constants with citations; every rule accepts another pack or overrides. */
import { describe, expect, it } from 'vitest';
import {
  agencyComposite,
  agencyEval2567,
  checklistEstimate,
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  pmqa40Award2566,
  pmqa40Band,
  pmqa40Checklist2565,
  pmqa40Cat7,
  pmqaByCategory,
  pmqaOutstanding,
  pmqaOverall,
  resolvePack,
  rulePacks,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  type Result,
} from '../src/index.js';
import { bad, expectError, expectExplained, ok } from './helpers.js';

describe('built-in packs', () => {
  it('are listed by id, versioned family@year, each constant cited', () => {
    expect(Object.keys(rulePacks)).toEqual([
      'pmqa40-cat7@2565',
      'pmqa40-cat7@2566',
      'agency-eval@2567',
      'pmqa40-award@2566',
      'pmqa40-checklist@2565',
      'facilitation-award@2566',
    ]);
    for (const [id, pack] of Object.entries(rulePacks)) {
      expect(pack.id).toBe(id);
      expect(id).toBe(`${pack.family}@${pack.year}`);
      expect(pack.title.th).not.toBe('');
      expect(pack.title.en).not.toBe('');
      expect(Object.keys(pack.citations).length).toBeGreaterThan(0);
      for (const c of Object.values(pack.citations)) expect(c).toMatch(/^\d{3}:\d+/);
    }
  });

  it('hold the numbers of the SPEC', () => {
    expect(pmqa40Cat7.constants.points).toEqual({ none: 0, basic: 300, advance: 400, significance: 500 });
    expect([pmqa40Cat7.constants.basicMaxPct, pmqa40Cat7.constants.advanceMaxPct]).toEqual([5, 10]);
    expect(pmqa40Cat7.constants.stage1PassScore).toBe(400);
    expect(agencyEval2567.constants.targetPoints).toEqual({ initial: 50, standard: 75, high: 100 });
    expect(agencyEval2567.constants.composite).toEqual({ performance: 70, digital: 20, pmqa: 10 });
    expect(pmqa40Award2566.constants.bands.map((b) => b.min)).toEqual([0, 300, 400, 470]);
    expect(pmqa40Checklist2565.constants.levelPoints).toEqual({
      none: 0,
      basic: 300,
      advance: 400,
      significance: 500,
    });
    expect(facilitationAward2566.constants.wagePerDay).toBe(328);
    expect(facilitationAward2566.constants.hoursPerDay).toBe(8);
  });
});

describe('resolvePack', () => {
  it('merges overrides deeply, keeps the rest and marks the id', () => {
    const p = resolvePack(pmqa40Cat7, { constants: { points: { significance: 450 } } });
    expect(p.id).toBe('pmqa40-cat7@2566+overrides');
    expect(p.constants.points).toEqual({ none: 0, basic: 300, advance: 400, significance: 450 });
    expect(p.constants.dimensions).toBe(pmqa40Cat7.constants.dimensions);
    expect(pmqa40Cat7.constants.points.significance).toBe(500); // the built-in pack is not changed
  });

  it('returns the pack itself without overrides', () => {
    expect(resolvePack(pmqa40Cat7)).toBe(pmqa40Cat7);
    expect(resolvePack(pmqa40Cat7, { constants: {} })).toBe(pmqa40Cat7);
    expect(resolvePack(pmqa40Cat7, { constants: { basicMaxPct: undefined } }).constants.basicMaxPct).toBe(5);
    expect(resolvePack(pmqa40Cat7, bad(null))).toBe(pmqa40Cat7);
    expect(resolvePack(pmqa40Cat7, { pack: agencyEval2567 as never }).id).toBe('agency-eval@2567');
  });
});

/** Each rule with a valid input, a constants override that changes its answer, and what to read. */
const cases: {
  name: string;
  family: string;
  run: (options: object) => Result<{ pack: string }>;
  override: object;
  read: (r: never) => unknown;
  before: unknown;
  after: unknown;
}[] = [
  {
    name: 'scoreCategory7Kpi',
    family: 'pmqa40-cat7@2566',
    run: (o) => scoreCategory7Kpi({ target: 100, actual: 120, history: [90, 100], ...o }),
    override: { points: { significance: 450 } },
    read: (r: { score: number }) => r.score,
    before: 500,
    after: 450,
  },
  {
    name: 'scoreCategory7Set',
    family: 'pmqa40-cat7@2566',
    run: (o) => scoreCategory7Set({ kpis: [], ...o }),
    override: { stage1PassScore: 0 },
    read: (r: { passesStage1: boolean }) => r.passesStage1,
    before: false,
    after: true,
  },
  {
    name: 'scoreAgencyKpi',
    family: 'agency-eval@2567',
    run: (o) => scoreAgencyKpi({ actual: 80, targets: { initial: 80, standard: 90, high: 100 }, ...o }),
    override: { targetPoints: { initial: 60 } },
    read: (r: { score: number }) => r.score,
    before: 50,
    after: 60,
  },
  {
    name: 'scoreAgency',
    family: 'agency-eval@2567',
    run: (o) =>
      scoreAgency({
        kpis: [{ id: 'a', weight: 100, actual: 70, targets: { initial: 0, standard: 50, high: 100 } }],
        ...o,
      }),
    override: { levels: [{ id: 'quality', min: 80 }] },
    read: (r: { level: string }) => r.level,
    before: 'standard-high',
    after: 'quality',
  },
  {
    name: 'agencyComposite',
    family: 'agency-eval@2567',
    run: (o) => agencyComposite({ performance: 100, digital: 0, pmqa: 0, ...o }),
    override: { composite: { performance: 80 } },
    read: (r: { total: number }) => r.total,
    before: 70,
    after: 72.73,
  },
  {
    name: 'pmqa40Band',
    family: 'pmqa40-award@2566',
    run: (o) => pmqa40Band(350, o),
    override: {
      bands: [
        { id: 'none', min: 0, award: false },
        { id: 'basic', min: 350, award: true },
      ],
    },
    read: (r: { award: boolean }) => r.award,
    before: false,
    after: true,
  },
  {
    name: 'pmqaOverall',
    family: 'pmqa40-award@2566',
    run: (o) => pmqaOverall({ categoryScores: [350, 350, 350, 350, 350, 350, 350], ...o }),
    override: {
      bands: [
        { id: 'none', min: 0, award: false },
        { id: 'advance', min: 350, award: true },
      ],
    },
    read: (r: { band: string }) => r.band,
    before: 'basic',
    after: 'advance',
  },
  {
    name: 'pmqaOutstanding',
    family: 'pmqa40-award@2566',
    run: (o) =>
      pmqaOutstanding({
        categoryPercents: [45, 45, 45, 45, 45, 45, 45],
        total: 380,
        priorCategoryAwards: 2,
        ...o,
      }),
    override: { outstanding: { totalMin: 350 } },
    read: (r: { eligible: boolean }) => r.eligible,
    before: false,
    after: true,
  },
  {
    name: 'pmqaByCategory',
    family: 'pmqa40-award@2566',
    run: (o) =>
      pmqaByCategory({
        categoryPercents: [60, 40, 40, 40, 40, 40, 40],
        total: 350,
        applied: [1],
        cat7RelatedPercents: [25],
        ...o,
      }),
    override: { byCategory: { cat7RelatedMinPct: 20 } },
    read: (r: { eligible: boolean }) => r.eligible,
    before: false,
    after: true,
  },
  {
    name: 'checklistEstimate',
    family: 'pmqa40-checklist@2565',
    run: (o) => checklistEstimate({ levels: { '1.1': 'basic' }, ...o }),
    override: { levelPoints: { basic: 350 } },
    read: (r: { overall: number }) => r.overall,
    before: 300,
    after: 350,
  },
  {
    name: 'facilitationEfficiency',
    family: 'facilitation-award@2566',
    run: (o) => facilitationEfficiency({ other: true, ...o }),
    override: { other: 4 },
    read: (r: { dimension1: number }) => r.dimension1,
    before: 5,
    after: 4,
  },
  {
    name: 'facilitationValue',
    family: 'facilitation-award@2566',
    run: (o) =>
      facilitationValue({
        services: [{ sheetsReduced: 0, feeReduced: 0, hoursReduced: 1, transactions: 1 }],
        ...o,
      }),
    override: { wagePerDay: 330 },
    read: (r: { total: number }) => r.total,
    before: 41,
    after: 41.25,
  },
];

describe.each(cases)('$name', ({ family, run, override, read, before, after }) => {
  it(`runs with ${family} by default`, () => {
    const r = ok(run({}));
    expect(r.pack).toBe(family);
    expect(read(r as never)).toEqual(before);
  });

  it('states overridden constants: pack "…+overrides" and a PACK step', () => {
    const r = ok(run({ constants: override }));
    expect(r.pack).toBe(`${family}+overrides`);
    expect(read(r as never)).toEqual(after);
    const explanation = (r as unknown as { explanation: Parameters<typeof expectExplained>[0] }).explanation;
    expectExplained(explanation);
    expect(explanation.some((s) => s.rule === 'PACK' && s.values.pack === `${family}+overrides`)).toBe(true);
  });

  it('rejects a pack that is not one (INVALID_TYPE, no exception)', () => {
    expectError(run({ pack: bad(42) }), 'pack', 'INVALID_TYPE');
  });

  it('rejects a pack id that is not one of its family (INVALID_OPTION naming the ids, no exception)', () => {
    const r = run({ pack: bad('no-such-pack@2499') });
    expectError(r, 'pack', 'INVALID_OPTION');
    expect(r.ok ? '' : JSON.stringify(r.errors[0]?.values)).toContain(`${family.split('@')[0]}@`);
  });
});

describe('another pack', () => {
  it('is named in the result (a future fiscal year)', () => {
    const pack = { ...agencyEval2567, id: 'agency-eval@2568', year: 2568 };
    expect(
      ok(scoreAgencyKpi({ actual: 80, targets: { initial: 80, standard: 90, high: 100 }, pack })).pack,
    ).toBe('agency-eval@2568');
    const both = ok(
      scoreAgencyKpi({
        actual: 80,
        targets: { initial: 80, standard: 90, high: 100 },
        pack,
        constants: { targetPoints: { initial: 40 } },
      }),
    );
    expect(both.pack).toBe('agency-eval@2568+overrides');
    expect(both.score).toBe(40);
  });

  it('must have the shape of its family', () => {
    expectError(
      scoreCategory7Kpi({ target: 1, actual: 1, history: [1, 1], pack: bad(agencyEval2567) }),
      'pack.constants.basicMaxPct',
      'INVALID_TYPE',
    );
    expectError(
      scoreAgency({
        kpis: [{ id: 'a', weight: 100, actual: 1, targets: { initial: 1, standard: 2, high: 3 } }],
        constants: bad({ levels: [{ id: 'quality' }] }),
      }),
      'constants.levels.0.min',
      'INVALID_TYPE',
    );
    expectError(
      agencyComposite({ performance: 1, round: '6-month', constants: bad({ rounds: { sixMonth: 5 } }) }),
      'constants.rounds.sixMonth',
      'INVALID_TYPE',
    );
    expectError(
      facilitationEfficiency({ constants: bad({ law: { act: true } }) }),
      'constants.law.act',
      'INVALID_TYPE',
    );
    expectError(
      facilitationEfficiency({ constants: bad({ bahtPerSheet: 'half' }) }),
      'constants.bahtPerSheet',
      'INVALID_TYPE',
    );
    expectError(
      scoreCategory7Set({ kpis: [], constants: bad({ dimensions: { '7.1': { groups: [] } } }) }),
      'constants.dimensions.7.1.groups',
      'INVALID_TYPE',
    );
    expectError(pmqa40Band(1, bad({ constants: { maxScore: '500' } })), 'constants.maxScore', 'INVALID_TYPE');
    expectError(
      pmqa40Band(1, bad({ constants: { bands: [{ id: 1, min: 0, award: false }] } })),
      'constants.bands.0.id',
      'INVALID_TYPE',
    );
    expectError(
      pmqa40Band(1, bad({ constants: { bands: [{ id: 'none', min: 0, award: 'no' }] } })),
      'constants.bands.0.award',
      'INVALID_TYPE',
    );
  });
});
