/** Rules AW.PS, AW.PG, AW.PM — award readiness, รางวัลเลิศรัฐ 2566 (seed 004). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awardReadiness,
  awards2566,
  facilitationEfficiency,
  parseAwardDate,
  participatoryReadiness,
  pmqaAwardPath,
  pmqaByCategory,
  pmqaOutstanding,
  publicServiceReadiness,
  type AwardReadinessResult,
  type ParticipatoryInput,
  type PublicServiceInput,
} from '../src/index.js';
import { bad, errorsOf, expectError, ok } from './helpers.js';

const gateOf = (r: AwardReadinessResult, rule: string) => {
  const g = r.reasons.find((x) => x.rule === rule);
  if (!g) throw new Error(`no gate ${rule} in ${r.reasons.map((x) => x.rule).join(', ')}`);
  return g;
};

/** Every step cites a seed line (`004:…`) or, for a product default, the defaults page. */
function expectCited(r: AwardReadinessResult) {
  expect(r.explanation.length).toBeGreaterThan(0);
  for (const s of r.explanation) {
    expect(s.source).toMatch(/^(\d{3}:\d+|docs\/award-defaults\.md#)/);
    expect(s.text.th.trim()).not.toBe('');
    expect(s.text.en.trim()).not.toBe('');
    expect(s.text.th + s.text.en).not.toMatch(/undefined|NaN|\[object/);
  }
  for (const g of r.reasons) {
    expect(g.source).toMatch(/^(\d{3}:\d+|docs\/award-defaults\.md#)/);
    expect(g.text.th.trim()).not.toBe('');
    expect(g.text.en.trim()).not.toBe('');
  }
  expect(r.eligible).toBe(r.reasons.every((g) => g.met));
  expect(r.unmet).toEqual(r.reasons.filter((g) => !g.met));
}

const general = {
  stateAgency: true,
  oneTypeOnly: true,
  previouslyWon: false,
  inUseSince: '2565-01-10',
  verifiableResults: true,
} as const;

const ps = (extra: Partial<PublicServiceInput> & Pick<PublicServiceInput, 'type'>) => {
  const r = ok(publicServiceReadiness({ ...general, ...extra }));
  expectCited(r);
  return r;
};

describe('awards@2566 pack', () => {
  it('cites every constant (004:line or the defaults page) and every rubric totals 100', () => {
    for (const v of Object.values(awards2566.citations)) expect(v).toMatch(/^(004:\d+|docs\/)/);
    const types = [
      ...Object.values(awards2566.constants.publicService.types),
      ...Object.values(awards2566.constants.participatory.types),
    ];
    for (const t of types) {
      expect(t.dimensions.reduce((a, x) => a + x.max, 0)).toBe(100);
      for (const x of t.dimensions) expect(x.source).toMatch(/^004:\d+$/);
    }
  });

  it('rubric maxima per type (004:1146-1365, 004:1555-1730)', () => {
    const maxima = (t: { dimensions: readonly { max: number }[] }) => t.dimensions.map((x) => x.max);
    const p = awards2566.constants.publicService.types;
    expect(maxima(p.innovation)).toEqual([10, 30, 50, 10]); // 004:1153-1168
    expect(maxima(p.development)).toEqual([10, 30, 50, 10]); // 004:1181-1195
    expect(maxima(p.expansion)).toEqual([40, 60]); // 004:1208, 1214
    expect(maxima(p['data-integration'])).toEqual([40, 60]); // 004:1229, 1236
    expect(maxima(p['right-on-target'])).toEqual([20, 30, 40, 10]); // 004:1251-1264
    expect(maxima(p.facilitation)).toEqual([85, 15]); // 004:1277, 1287
    const g = awards2566.constants.participatory.types;
    expect(maxima(g['open-governance'])).toEqual([10, 40, 40, 10]); // 004:1560-1580
    expect(maxima(g['effective-change'])).toEqual([5, 35, 50, 10]); // 004:1607-1613
    expect(maxima(g['engaged-citizen'])).toEqual([50, 50]); // 004:1652, 1658
    expect(maxima(g['participation-expanded'])).toEqual([10, 40, 40, 10]); // 004:1693-1696
    expect(maxima(g.network)).toEqual([5, 35, 50, 10]); // 004:1719-1728
  });
});

describe('dates in either era', () => {
  it.each([
    ['2566-02-14', { y: 2023, m: 2, d: 14 }],
    ['2023-02-14', { y: 2023, m: 2, d: 14 }],
    ['๒๕๖๖-๐๒-๑๔', { y: 2023, m: 2, d: 14 }],
    ['2567/2/29', { y: 2024, m: 2, d: 29 }],
    [' 2016-10-01 ', { y: 2016, m: 10, d: 1 }],
  ])('%s', (text, date) => expect(parseAwardDate(text)).toEqual(date));
  it.each(['2566-02-30', '2023-13-01', '14/02/2566', 'abc', '', '2566-2', 20230214, null])(
    'rejects %s',
    (v) => expect(parseAwardDate(v)).toBeNull(),
  );
});

describe('AW.PS general conditions (004:1373-1384)', () => {
  it('AW.PS.1–5 all met → ready; explanation in Buddhist-era dates', () => {
    const r = ps({ type: 'innovation' });
    expect(r.eligible).toBe(true);
    expect(r.branch).toBe('public-service');
    expect(r.pack).toBe('awards@2566');
    expect(gateOf(r, 'AW.PS.4').text.th).toContain('10 ม.ค. 2565');
    expect(gateOf(r, 'AW.PS.4').text.en).toContain('10 Jan 2022');
    expect(r.explanation.find((s) => s.rule === 'AW.ASOF')?.source).toBe('docs/award-defaults.md#as-of');
  });

  it.each([
    ['stateAgency', false, 'AW.PS.1', '004:1377'],
    ['oneTypeOnly', false, 'AW.PS.2', '004:1380'],
    ['previouslyWon', true, 'AW.PS.3', '004:1382'],
    ['verifiableResults', false, 'AW.PS.5', '004:1384'],
  ] as const)('%s = %s fails %s (%s)', (key, value, rule, source) => {
    const r = ps({ type: 'innovation', [key]: value });
    expect(r.eligible).toBe(false);
    expect(gateOf(r, rule)).toMatchObject({ met: false, missing: false, source });
  });

  it('an unanswered gate is missing, not met, and says what to answer', () => {
    const r = ok(publicServiceReadiness({ type: 'innovation' }));
    expect(r.eligible).toBe(false);
    expect(r.unmet.map((g) => g.rule)).toEqual(['AW.PS.1', 'AW.PS.2', 'AW.PS.3', 'AW.PS.4', 'AW.PS.5']);
    expect(r.unmet.every((g) => g.missing)).toBe(true);
    expect(gateOf(r, 'AW.PS.4').text.th).toMatch(/^ยังไม่ได้ตอบ/);
  });

  it.each([
    ['2022-02-14', true],
    ['2565-02-14', true],
    ['2022-02-15', false],
    ['2023-02-14', false],
  ])('AW.PS.4 in real use ≥ 1 year (004:1384), as of 14 Feb 2566: since %s → %s', (since, met) => {
    const r = ps({ type: 'development', differentFromPriorWin: true, inUseSince: since });
    expect(gateOf(r, 'AW.PS.4').met).toBe(met);
  });

  it('AW.PS.4 uses the given check date; 29 Feb reaches its anniversary on 1 Mar', () => {
    expect(
      gateOf(ps({ type: 'innovation', inUseSince: '2020-02-29', asOf: '2021-02-28' }), 'AW.PS.4').met,
    ).toBe(false);
    expect(
      gateOf(ps({ type: 'innovation', inUseSince: '2020-02-29', asOf: '2564-03-01' }), 'AW.PS.4').met,
    ).toBe(true);
    expect(ps({ type: 'innovation', asOf: '2021-03-01' }).explanation.some((s) => s.rule === 'AW.ASOF')).toBe(
      false,
    );
  });

  it('AW.PS.DV.1 development differs from what won before (004:1072)', () => {
    expect(gateOf(ps({ type: 'development', differentFromPriorWin: false }), 'AW.PS.DV.1').met).toBe(false);
    expect(ps({ type: 'development', differentFromPriorWin: true }).eligible).toBe(true);
  });

  it('self-scores: total and per-dimension percentage, no pass mark (004:1146-1171)', () => {
    const r = ps({
      type: 'innovation',
      scores: { problem: 8, solution: '22.5', results: 40, sustainability: 5 },
    });
    expect(r.total).toBe(75.5);
    expect(r.max).toBe(100);
    expect(r.dimensions.map((x) => x.pct)).toEqual([80, 75, 80, 50]);
    expect(r.dimensions.every((x) => x.met === null)).toBe(true);
    expect(r.eligible).toBe(true);
    const partial = ps({ type: 'innovation', scores: { problem: 8 } });
    expect(partial.total).toBeNull();
    expect(partial.dimensions[1]?.score).toBeNull();
  });
});

describe('AW.PS.EX service-standard expansion (004:1076-1097)', () => {
  const ex = (e: PublicServiceInput['expansion']) =>
    ps({
      type: 'expansion',
      previouslyWon: undefined,
      expansion: {
        prototypeAwardLevel: 'good',
        prototypeAwardYear: 2561,
        monitoring: true,
        rollout: { units: 10, reached: 8 },
        ...e,
      },
    });

  it('all conditions met; the "won before" condition is the exception (004:1382)', () => {
    const r = ex({});
    expect(r.eligible).toBe(true);
    expect(gateOf(r, 'AW.PS.3').met).toBe(true);
  });

  it.each([
    [{ units: 10, reached: 8 }, true, '80'],
    [{ units: 10000, reached: 7999 }, false, '79.99'],
    [{ units: 10000, reached: 8000 }, true, '80'],
    [{ units: 3, reached: 2 }, false, '66.67'],
  ])('AW.PS.EX.3 rollout %o → %s (≥ 80 %%, 004:1088)', (rollout, met, pct) => {
    const g = gateOf(ex({ rollout }), 'AW.PS.EX.3');
    expect(g.met).toBe(met);
    expect(g.text.th).toContain(`ร้อยละ ${pct}`);
  });

  it('AW.PS.EX.3 below 80 % passes as a qualitative extension (004:1089); neither → missing', () => {
    expect(
      gateOf(ex({ rollout: { units: 10, reached: 5 }, qualitativeExtension: true }), 'AW.PS.EX.3').met,
    ).toBe(true);
    expect(gateOf(ex({ rollout: undefined, qualitativeExtension: true }), 'AW.PS.EX.3').met).toBe(true);
    expect(gateOf(ex({ rollout: undefined, qualitativeExtension: false }), 'AW.PS.EX.3').met).toBe(false);
    expect(gateOf(ex({ rollout: undefined }), 'AW.PS.EX.3').missing).toBe(true);
    expect(gateOf(ex({ rollout: { units: 10, reached: 7 } }), 'AW.PS.EX.3').text.en).toContain(
      '1 more units',
    );
  });

  it.each([
    [2561, true],
    [2018, true],
    [2560, false],
    [2566, true],
    [2567, false],
  ])('AW.PS.EX.2 prototype won in %s: ≤ 5 years back (004:1084) → %s', (year, met) => {
    expect(gateOf(ex({ prototypeAwardYear: year }), 'AW.PS.EX.2').met).toBe(met);
  });

  it('AW.PS.EX.1 prototype level good/outstanding; EX.4 monitoring (004:1084, 004:1093)', () => {
    expect(gateOf(ex({ prototypeAwardLevel: 'outstanding' }), 'AW.PS.EX.1').met).toBe(true);
    expect(gateOf(ex({ prototypeAwardLevel: 'none' }), 'AW.PS.EX.1').met).toBe(false);
    expect(gateOf(ex({ prototypeAwardLevel: undefined }), 'AW.PS.EX.1').missing).toBe(true);
    expect(gateOf(ex({ prototypeAwardYear: undefined }), 'AW.PS.EX.2').missing).toBe(true);
    expect(gateOf(ex({ monitoring: false }), 'AW.PS.EX.4').met).toBe(false);
    expect(ps({ type: 'expansion' }).eligible).toBe(false);
  });
});

describe('AW.PS.DI data integration (004:1099-1107)', () => {
  const di = (g: PublicServiceInput['dataIntegration']) =>
    ps({ type: 'data-integration', dataIntegration: { wideImpact: true, ...g } });

  it.each([
    ['exchange', 3, true],
    ['exchange', 2, false],
    ['on-behalf', 2, true],
    ['on-behalf', 1, false],
  ] as const)('AW.PS.DI.1 %s with %i agencies → %s (≥ 3 / ≥ 2)', (route, agencies, met) => {
    const r = di({
      route,
      agencies,
      digitalExchange: true,
      digitalSatisfaction: true,
      formalOrder: true,
      guidelines: true,
    });
    expect(gateOf(r, 'AW.PS.DI.1')).toMatchObject({
      met,
      source: route === 'exchange' ? '004:1105' : '004:1106',
    });
    expect(r.eligible).toBe(met);
  });

  it('exchange needs digital exchange and digital satisfaction; on-behalf an order and guidelines', () => {
    expect(
      gateOf(
        di({ route: 'exchange', agencies: 3, digitalExchange: false, digitalSatisfaction: true }),
        'AW.PS.DI.2',
      ).met,
    ).toBe(false);
    expect(
      gateOf(
        di({ route: 'exchange', agencies: 3, digitalExchange: true, digitalSatisfaction: false }),
        'AW.PS.DI.3',
      ).met,
    ).toBe(false);
    expect(
      gateOf(di({ route: 'on-behalf', agencies: 2, formalOrder: false, guidelines: true }), 'AW.PS.DI.2').met,
    ).toBe(false);
    expect(
      gateOf(di({ route: 'on-behalf', agencies: 2, formalOrder: true, guidelines: false }), 'AW.PS.DI.3').met,
    ).toBe(false);
    expect(
      gateOf(
        di({ route: 'on-behalf', agencies: 2, formalOrder: true, guidelines: true, wideImpact: false }),
        'AW.PS.DI.4',
      ).met,
    ).toBe(false);
    expect(gateOf(di({}), 'AW.PS.DI.1').missing).toBe(true);
    expect(gateOf(di({ route: 'exchange' }), 'AW.PS.DI.1').missing).toBe(true);
  });
});

describe('AW.PS.RT right-on-target service (004:1109-1119)', () => {
  const rt = (g: PublicServiceInput['rightOnTarget']) =>
    ps({
      type: 'right-on-target',
      rightOnTarget: { endToEnd: true, improvementPlan: true, online: true, ...g },
    });

  it.each([
    [{ recipients: { online: 50, total: 100 } }, true],
    [{ recipients: { online: 4999, total: 10000 } }, false],
    [{ recipients: { online: 1, total: 3 }, transactions: { online: 500, total: 1000 } }, true],
    [{ transactions: { online: 499, total: 1000 } }, false],
  ])('AW.PS.RT.2 online ≥ 50 %% of recipients and/or transactions (004:1118): %o → %s', (g, met) => {
    expect(gateOf(rt(g), 'AW.PS.RT.2').met).toBe(met);
  });

  it('not online: RT.2 does not apply; online without counts: missing; RT.1/RT.3 yes/no', () => {
    expect(gateOf(rt({ online: false }), 'AW.PS.RT.2').met).toBe(true);
    expect(rt({ online: false }).eligible).toBe(true);
    expect(gateOf(rt({}), 'AW.PS.RT.2').missing).toBe(true);
    expect(gateOf(rt({ online: undefined }), 'AW.PS.RT.2').missing).toBe(true);
    expect(gateOf(rt({ online: false, endToEnd: false }), 'AW.PS.RT.1').met).toBe(false);
    expect(gateOf(rt({ online: false, improvementPlan: false }), 'AW.PS.RT.3').met).toBe(false);
  });
});

describe('AW.PS.FA facilitation (004:1121-1144, rules FE/FV)', () => {
  const fa = (
    won: boolean | undefined,
    from?: string,
    to?: string,
    extra: Partial<PublicServiceInput> = {},
  ) =>
    ps({
      type: 'facilitation',
      previouslyWon: won,
      facilitation: { agencyWide: true, resultsFrom: from, resultsTo: to },
      ...extra,
    });

  it.each([
    [false, '2016-10-01', '2023-02-14', true],
    [false, '2559-10-01', '2566-02-14', true],
    [false, '2016-09-30', '2023-02-14', false],
    [false, '2016-10-01', '2023-02-15', false],
    [true, '2021-06-01', '2023-02-14', true],
    [true, '2021-05-31', '2023-02-14', false],
    [true, '2564-06-01', '2566-02-15', false],
    [false, '2023-01-01', '2022-01-01', false],
  ])('AW.PS.FA.2 won before %s, results %s – %s → %s (004:1143-1144)', (won, from, to, met) => {
    const g = gateOf(fa(won, from, to), 'AW.PS.FA.2');
    expect(g.met).toBe(met);
    expect(g.source).toBe(won ? '004:1144' : '004:1143');
  });

  it('window text is in the Buddhist era; unanswered parts are missing', () => {
    expect(gateOf(fa(false, '2020-01-01', '2022-12-31'), 'AW.PS.FA.2').text.th).toContain(
      '1 ต.ค. 2559 – 14 ก.พ. 2566',
    );
    expect(gateOf(fa(undefined, '2020-01-01', '2022-12-31'), 'AW.PS.FA.2').missing).toBe(true);
    expect(gateOf(fa(true), 'AW.PS.FA.2').missing).toBe(true);
    expect(gateOf(fa(true, '2022-01-01', '2022-12-31'), 'AW.PS.3').source).toBe(
      'docs/award-defaults.md#facilitation-won-before',
    );
    expect(gateOf(ps({ type: 'facilitation', facilitation: { agencyWide: false } }), 'AW.PS.FA.1').met).toBe(
      false,
    );
  });

  it('takes dimension 1 from rule FE (called, not copied) and shows FV', () => {
    const rubric = {
      fees: { before: 100, after: 0 },
      eService: { form: true, payment: true },
      valuePoints: 12,
    };
    const fe = ok(facilitationEfficiency(rubric));
    const r = fa(false, '2020-01-01', '2022-12-31', {
      facilitation: {
        agencyWide: true,
        resultsFrom: '2020-01-01',
        resultsTo: '2022-12-31',
        rubric,
        services: [{ sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 }],
      },
    });
    expect(r.dimensions[0]?.score).toBe(fe.dimension1);
    expect(r.dimensions[1]?.score).toBe(12);
    expect(r.total).toBe(fe.dimension1 + 12);
    expect(r.explanation.some((s) => s.rule.startsWith('FE'))).toBe(true);
    expect(r.explanation.some((s) => s.rule.startsWith('FV') && s.text.th.includes('2,250,000'))).toBe(true);
    const noValue = fa(false, '2020-01-01', '2022-12-31', { facilitation: { rubric: { other: true } } });
    expect(noValue.dimensions[1]?.score).toBeNull();
  });

  it('FE/FV errors come back under facilitation.*', () => {
    expectError(
      publicServiceReadiness({
        type: 'facilitation',
        facilitation: { rubric: bad({ fees: { before: 'x', after: 1 } }) },
      }),
      'facilitation.rubric.fees.before',
      'NOT_A_NUMBER',
    );
    expectError(
      publicServiceReadiness({ type: 'facilitation', facilitation: { services: bad('no') } }),
      'facilitation.services.services',
      'INVALID_TYPE',
    );
  });
});

describe('AW.PG participatory governance (004:1426-1765)', () => {
  const pg = (input: ParticipatoryInput) => {
    const r = ok(participatoryReadiness({ startedOn: '2564-06-01', ...input }));
    expectCited(r);
    return r;
  };
  const ogScores = { capacity: 5, opening: 20, results: 20, sustainability: 5 };
  const og = { wholeOrganisation: true, worksFromDepartment: 1, informConsult: true, ogmp: true };

  it('Open Governance: all conditions and every dimension at exactly 50 % → ready (004:1761)', () => {
    const r = pg({ type: 'open-governance', openGovernance: og, scores: ogScores });
    expect(r.eligible).toBe(true);
    expect(r.dimensions.map((x) => x.pct)).toEqual([50, 50, 50, 50]);
    expect(r.dimensions.every((x) => x.met === true)).toBe(true);
    expect(r.total).toBe(50);
  });

  it.each([
    ['capacity', 4.99, '49.9'],
    ['opening', 19.99, '49.98'],
    ['results', 19.99, '49.98'],
    ['sustainability', 4.9, '49'],
  ])('AW.PG.2: %s = %s (%s %%) fails "every dimension ≥ 50 %%" (004:1761)', (dim, score, pct) => {
    const r = pg({ type: 'open-governance', openGovernance: og, scores: { ...ogScores, [dim]: score } });
    expect(r.eligible).toBe(false);
    const g = gateOf(r, 'AW.PG.2');
    expect(g).toMatchObject({ met: false, source: '004:1761' });
    expect(g.text.th).toContain(`ร้อยละ ${pct}`);
    expect(r.dimensions.find((x) => x.id === dim)?.met).toBe(false);
  });

  it('AW.PG.2: a dimension left blank is missing; a score above its maximum is OUT_OF_RANGE', () => {
    expect(
      gateOf(pg({ type: 'open-governance', openGovernance: og, scores: { capacity: 10 } }), 'AW.PG.2')
        .missing,
    ).toBe(true);
    expectError(
      participatoryReadiness({ type: 'open-governance', scores: { capacity: 10.01 } }),
      'scores.capacity',
      'OUT_OF_RANGE',
    );
    expectError(
      participatoryReadiness({ type: 'open-governance', scores: { vision: 1 } }),
      'scores.vision',
      'UNKNOWN_ITEM',
    );
  });

  it.each([
    ['2022-02-14', true],
    ['2022-02-15', false],
  ])('AW.PG.1 running ≥ 1 year (004:1600), since %s → %s', (since, met) => {
    expect(gateOf(pg({ type: 'network', startedOn: since }), 'AW.PG.1').met).toBe(met);
    expect(gateOf(ok(participatoryReadiness({ type: 'network' })), 'AW.PG.1').missing).toBe(true);
  });

  it.each([
    [0, false],
    [1, true],
    [2, false],
  ])('AW.PG.OG.2 one work per department (004:1544): %i → %s', (n, met) => {
    expect(
      gateOf(pg({ type: 'open-governance', openGovernance: { ...og, worksFromDepartment: n } }), 'AW.PG.OG.2')
        .met,
    ).toBe(met);
  });

  it('Effective Change and Network conditions (004:1591-1596, 004:1708-1711)', () => {
    const ec = {
      policyOrProject: true,
      coreMission: true,
      collaboration: true,
      missionImpact: true,
      priorModelExpansion: false,
    };
    const s = { capacity: 2.5, process: 17.5, results: 25, sustainability: 5 };
    expect(pg({ type: 'effective-change', effectiveChange: ec, scores: s }).eligible).toBe(true);
    const moved = pg({
      type: 'effective-change',
      effectiveChange: { ...ec, priorModelExpansion: true },
      scores: s,
    });
    expect(gateOf(moved, 'AW.PG.EC.5')).toMatchObject({ met: false, source: '004:1596' });
    expect(gateOf(moved, 'AW.PG.EC.5').text.en).toContain('Participation Expanded');
    const nw = pg({ type: 'network', network: { ...ec, collaboration: false }, scores: s });
    expect(gateOf(nw, 'AW.PG.NW.3')).toMatchObject({ met: false, source: '004:1710' });
    expect(gateOf(pg({ type: 'network' }), 'AW.PG.NW.1').missing).toBe(true);
  });

  describe('Engaged Citizen (004:1617-1638)', () => {
    const base = { nominees: 1, stateOfficial: false, politicalGroup: false, csr: false } as const;
    const ec = (g: ParticipatoryInput['engagedCitizen']) =>
      pg({ type: 'engaged-citizen', engagedCitizen: { ...base, ...g }, scores: { role: 25, results: 25 } });

    it.each([
      [2, true],
      [1.99, false],
      [5, true],
    ])('AW.PG.EN.1 an Active Citizen active %s years (≥ 2, 004:1636) → %s', (years, met) => {
      const r = ec({ route: 'active-citizen', activeYears: years, certificationLetter: true });
      expect(gateOf(r, 'AW.PG.EN.1').met).toBe(met);
      expect(r.eligible).toBe(met);
    });

    it('the Effective Change route; one nominee; not a state official, political group or CSR (004:1638)', () => {
      expect(ec({ route: 'effective-change', nominatorAppliesEffectiveChange: true }).eligible).toBe(true);
      expect(
        gateOf(ec({ route: 'effective-change', nominatorAppliesEffectiveChange: false }), 'AW.PG.EN.1').met,
      ).toBe(false);
      expect(gateOf(ec({ route: 'effective-change', nominees: 2 }), 'AW.PG.EN.3').met).toBe(false);
      expect(gateOf(ec({ route: 'effective-change', nominees: undefined }), 'AW.PG.EN.3').missing).toBe(true);
      expect(gateOf(ec({ route: 'effective-change', stateOfficial: true }), 'AW.PG.EN.4').met).toBe(false);
      expect(gateOf(ec({ route: 'effective-change', politicalGroup: true }), 'AW.PG.EN.5').met).toBe(false);
      expect(gateOf(ec({ route: 'effective-change', csr: true }), 'AW.PG.EN.6').met).toBe(false);
      expect(
        gateOf(ec({ route: 'active-citizen', activeYears: 3, certificationLetter: false }), 'AW.PG.EN.2').met,
      ).toBe(false);
      expect(gateOf(ec({ route: 'active-citizen' }), 'AW.PG.EN.1').missing).toBe(true);
      expect(gateOf(ec({}), 'AW.PG.EN.1').missing).toBe(true);
    });
  });

  describe('Participation Expanded (004:1663-1686)', () => {
    const px = (g: ParticipatoryInput['participationExpanded']) =>
      pg({
        type: 'participation-expanded',
        participationExpanded: { priorAwardLevel: 'good', coreMission: true, ...g },
      });

    it.each([
      [2, true],
      [1, false],
    ])('AW.PG.PX.2 other areas = %i (≥ 2, 004:1675) → %s', (n, met) => {
      expect(
        gateOf(
          px({ route: 'other-areas', otherAreas: n, priorAwardYear: 2562, expansionStartYear: 2565 }),
          'AW.PG.PX.2',
        ).met,
      ).toBe(met);
    });

    it.each([
      [2562, 2565, true],
      [2562, 2566, false],
      [2019, 2562, true],
      [2563, 2562, false],
    ])('AW.PG.PX.3 won %i, expansion started %i (≤ 3 years after, 004:1675) → %s', (won, start, met) => {
      expect(
        gateOf(
          px({ route: 'other-areas', otherAreas: 2, priorAwardYear: won, expansionStartYear: start }),
          'AW.PG.PX.3',
        ).met,
      ).toBe(met);
    });

    it.each([
      ['same-area', 3, true, '004:1680'],
      ['same-area', 2.99, false, '004:1680'],
      ['open-governance', 3, true, '004:1684'],
      ['open-governance', 2, false, '004:1684'],
    ] as const)('AW.PG.PX.2 %s continued %s years (≥ 3) → %s', (route, years, met, source) => {
      expect(gateOf(px({ route, continuedYears: years }), 'AW.PG.PX.2')).toMatchObject({ met, source });
    });

    it('the model must have won good/outstanding; missing answers are listed', () => {
      expect(
        gateOf(px({ route: 'same-area', continuedYears: 3, priorAwardLevel: 'none' }), 'AW.PG.PX.1').met,
      ).toBe(false);
      expect(
        gateOf(px({ route: 'same-area', continuedYears: 3, priorAwardLevel: 'outstanding' }), 'AW.PG.PX.1')
          .met,
      ).toBe(true);
      expect(gateOf(px({ priorAwardLevel: undefined }), 'AW.PG.PX.1').missing).toBe(true);
      expect(gateOf(px({}), 'AW.PG.PX.2').missing).toBe(true);
      expect(gateOf(px({ route: 'other-areas' }), 'AW.PG.PX.2').missing).toBe(true);
      expect(gateOf(px({ route: 'other-areas' }), 'AW.PG.PX.3').missing).toBe(true);
      expect(gateOf(px({ route: 'same-area' }), 'AW.PG.PX.2').missing).toBe(true);
      expect(
        gateOf(px({ route: 'same-area', continuedYears: 3, coreMission: false }), 'AW.PG.PX.4').met,
      ).toBe(false);
    });
  });
});

describe('AW.PM PMQA award path (004:1801-2081)', () => {
  const pm40 = {
    type: 'pmqa40',
    agencyKind: true,
    goodStanding: true,
    selfAssessedOn: '2566-06-30',
  } as const;
  const run = (input: Parameters<typeof pmqaAwardPath>[0]) => {
    const r = ok(pmqaAwardPath(input));
    expectCited(r);
    return r;
  };

  it.each([
    [400, true],
    [399.99, false],
    [399.994, false],
    [399.995, true],
  ])('AW.PM.3 stage 1: Category 7 = %s (≥ 400, 004:1873-1877) → %s', (score, met) => {
    expect(gateOf(run({ ...pm40, category7Score: score, overallScore: 420 }), 'AW.PM.3').met).toBe(met);
  });

  it.each([
    [[400, 400, 400, 400, 400, 400, 400], true, 400, 'advance', 3.2],
    [[400, 400, 400, 400, 400, 400, 399.93], false, 399.99, 'basic', 3.2],
    [[491.9, 491.9, 491.9, 491.9, 491.9, 491.9, 491.9], true, 491.9, 'significance', 3.94],
  ])(
    'AW.PM.4 stage 2: mean of 7 %o (≥ 400, 004:1882-1885) → %s; 4.0 scale ÷ 125',
    (scores, met, overall, band, s40) => {
      const r = run({ ...pm40, category7Score: 450, categoryScores: scores });
      expect(gateOf(r, 'AW.PM.4').met).toBe(met);
      expect(r.overall).toBe(overall);
      expect(r.band).toBe(band);
      expect(r.scale40).toBe(s40);
      expect(r.eligible).toBe(met);
    },
  );

  it('the 4.0 scale reproduces the table 004:2080-2081 (491.90 → 3.94, 425.52 → 3.40, 378.51 → 3.03)', () => {
    expect(run({ ...pm40, overallScore: 491.9 }).scale40).toBe(3.94);
    expect(run({ ...pm40, overallScore: 425.52 }).scale40).toBe(3.4);
    expect(run({ ...pm40, overallScore: 378.51 }).scale40).toBe(3.03);
  });

  it.each([
    ['2566-05-01', true],
    ['2023-06-30', true],
    ['2566-04-30', false],
    ['2566-07-01', false],
  ])('AW.PM.5 self-assessment on %s within 1 May – 30 Jun 2566 (004:2047-2050) → %s', (on, met) => {
    expect(gateOf(run({ ...pm40, selfAssessedOn: on }), 'AW.PM.5').met).toBe(met);
  });

  it('missing scores and dates are listed; PMQA 4.0 agency kind and good standing (004:1988-1991)', () => {
    const r = run({ type: 'pmqa40' });
    expect(r.unmet.map((g) => g.rule)).toEqual(['AW.PM.1', 'AW.PM.2', 'AW.PM.3', 'AW.PM.4', 'AW.PM.5']);
    expect(r.unmet.every((g) => g.missing)).toBe(true);
    expect(r.overall).toBeNull();
    expect(gateOf(run({ ...pm40, agencyKind: false }), 'AW.PM.1').met).toBe(false);
  });

  it.each([
    [{ certifiedBasic: true }, true, false],
    [{ certifiedBasic: false, lastYearStage1: 400 }, true, false],
    [{ lastYearStage1: 399.99 }, false, false],
    [{ certifiedBasic: false }, false, true],
    [{}, false, true],
  ])('AW.PM.1 entry: %o → met %s (004:1960)', (entry, met, miss) => {
    const g = gateOf(run({ type: 'outstanding', ...entry }), 'AW.PM.1');
    expect(g).toMatchObject({ met, missing: miss, source: '004:1960' });
  });

  const outstanding = {
    categoryPercents: [41, 41, 41, 41, 41, 41, 41],
    total: 400,
    priorCategoryAwards: [1, 2],
  };
  const byCategory = {
    categoryPercents: [51, 30, 30, 30, 30, 30, 30],
    total: 300,
    applied: [1],
    cat7RelatedPercents: [30],
  };

  it('outstanding: the reasons of rule PA.1, called (004:1948, 004:1970)', () => {
    const r = run({
      type: 'outstanding',
      certifiedBasic: true,
      goodStanding: true,
      selfAssessedOn: '2566-05-15',
      outstanding,
    });
    const pa = ok(pmqaOutstanding(outstanding));
    expect(r.reasons.filter((g) => g.rule.startsWith('AW.PM.6')).map((g) => g.met)).toEqual(
      pa.reasons.map((x) => x.met),
    );
    expect(r.eligible).toBe(true);
    expect(gateOf(run({ type: 'outstanding' }), 'AW.PM.6').missing).toBe(true);
  });

  it('by-category: rule PA.2 with at most 3 categories (004:1972)', () => {
    const four = {
      ...byCategory,
      applied: [1, 2, 3, 4],
      cat7RelatedPercents: [30, 30, 30, 30],
      categoryPercents: [51, 51, 51, 51, 30, 30, 30],
    };
    const r = run({
      type: 'by-category',
      certifiedBasic: true,
      goodStanding: true,
      selfAssessedOn: '2566-05-15',
      byCategory: four,
    });
    expect(gateOf(r, 'AW.PM.7 (PA.2f)')).toMatchObject({ met: false, source: '004:1972' });
    expect(ok(pmqaByCategory(four)).reasons.find((x) => x.rule === 'PA.2f')?.met).toBe(false);
    const three = run({
      type: 'by-category',
      certifiedBasic: true,
      goodStanding: true,
      selfAssessedOn: '2566-05-15',
      byCategory,
    });
    expect(three.eligible).toBe(true);
    expect(three.byCategoryConsidered).toBe(true);
    expect(gateOf(run({ type: 'by-category' }), 'AW.PM.7').missing).toBe(true);
  });

  it('AW.PM.8 an outstanding award that passes cancels the by-category award that year (004:1974)', () => {
    const r = run({
      type: 'by-category',
      certifiedBasic: true,
      goodStanding: true,
      selfAssessedOn: '2566-05-15',
      byCategory,
      outstanding,
    });
    expect(r.byCategoryConsidered).toBe(false);
    expect(gateOf(r, 'AW.PM.8')).toMatchObject({ met: false, source: '004:1974' });
    const fails = run({ type: 'by-category', byCategory, outstanding: { ...outstanding, total: 399 } });
    expect(fails.byCategoryConsidered).toBe(true);
    expect(gateOf(fails, 'AW.PM.8').met).toBe(true);
  });
});

describe('awardReadiness dispatches by branch; bad input → coded errors', () => {
  it('dispatches', () => {
    expect(ok(awardReadiness({ branch: 'public-service', type: 'innovation' })).branch).toBe(
      'public-service',
    );
    expect(ok(awardReadiness({ branch: 'participatory', type: 'network' })).branch).toBe('participatory');
    expect(ok(awardReadiness({ branch: 'pmqa', type: 'pmqa40' })).branch).toBe('pmqa');
  });

  it.each([
    [bad({}), 'branch', 'REQUIRED'],
    [bad(null), 'branch', 'REQUIRED'],
    [bad({ branch: 'sports' }), 'branch', 'INVALID_OPTION'],
    [bad({ branch: 'public-service' }), 'type', 'REQUIRED'],
    [bad({ branch: 'public-service', type: 'best' }), 'type', 'INVALID_OPTION'],
    [
      bad({ branch: 'public-service', type: 'innovation', inUseSince: '2566-02-30' }),
      'inUseSince',
      'INVALID_DATE',
    ],
    [bad({ branch: 'public-service', type: 'innovation', asOf: 'yesterday' }), 'asOf', 'INVALID_DATE'],
    [
      bad({ branch: 'public-service', type: 'innovation', stateAgency: 'yes' }),
      'stateAgency',
      'INVALID_TYPE',
    ],
    [
      bad({
        branch: 'public-service',
        type: 'expansion',
        expansion: { rollout: { units: 10, reached: -1 } },
      }),
      'expansion.rollout.reached',
      'NEGATIVE',
    ],
    [
      bad({
        branch: 'public-service',
        type: 'expansion',
        expansion: { rollout: { units: 'ten', reached: 1 } },
      }),
      'expansion.rollout.units',
      'NOT_A_NUMBER',
    ],
    [
      bad({ branch: 'public-service', type: 'data-integration', dataIntegration: { agencies: 2.5 } }),
      'dataIntegration.agencies',
      'NOT_AN_INTEGER',
    ],
    [
      bad({ branch: 'public-service', type: 'innovation', scores: { problem: 'x' } }),
      'scores.problem',
      'NOT_A_NUMBER',
    ],
    [bad({ branch: 'public-service', type: 'innovation', pack: 'x' }), 'pack', 'INVALID_TYPE'],
    [
      bad({ branch: 'participatory', type: 'engaged-citizen', engagedCitizen: { route: 'self' } }),
      'engagedCitizen.route',
      'INVALID_OPTION',
    ],
    [bad({ branch: 'participatory', type: 'network', startedOn: '31/12/2565' }), 'startedOn', 'INVALID_DATE'],
    [bad({ branch: 'participatory', type: 'network', constants: 5 }), 'constants', 'INVALID_TYPE'],
    [bad({ branch: 'pmqa', type: 'pmqa40', category7Score: 501 }), 'category7Score', 'OUT_OF_RANGE'],
    [bad({ branch: 'pmqa', type: 'pmqa40', categoryScores: [1, 2] }), 'categoryScores', 'INVALID_TYPE'],
    [bad({ branch: 'pmqa', type: 'pmqa40', selfAssessedOn: '2566-13-01' }), 'selfAssessedOn', 'INVALID_DATE'],
    [
      bad({ branch: 'pmqa', type: 'outstanding', outstanding: { total: 400 } }),
      'outstanding.categoryPercents',
      'REQUIRED',
    ],
    [
      bad({ branch: 'pmqa', type: 'by-category', byCategory: { total: 1 } }),
      'byCategory.categoryPercents',
      'REQUIRED',
    ],
    [
      bad({ branch: 'pmqa', type: 'pmqa40', pack: { id: 'x', constants: {} } }),
      'pack.constants.awardYear',
      'INVALID_TYPE',
    ],
  ] as const)('%o → %s %s', (input, path, code) => {
    const e = expectError(awardReadiness(input), path, code);
    expect(e.message.th).not.toContain('ค่าที่กรอก');
  });

  it('messages name the field in Thai and English', () => {
    const [e] = errorsOf(publicServiceReadiness(bad({ type: 'innovation', inUseSince: 'x' })));
    expect(e?.message.th).toContain('วันที่เริ่มนำผลงานไปใช้จริง');
    expect(e?.message.en).toContain('YYYY-MM-DD');
  });

  it('a caller may override a constant (a newer year’s threshold) and the pack id says so', () => {
    const r = ok(
      publicServiceReadiness({
        ...general,
        type: 'expansion',
        expansion: {
          prototypeAwardLevel: 'good',
          prototypeAwardYear: 2561,
          monitoring: true,
          rollout: { units: 10, reached: 7 },
        },
        constants: { publicService: { expansion: { rolloutMinPct: 70 } } },
      }),
    );
    expect(r.pack).toBe('awards@2566+overrides');
    expect(gateOf(r, 'AW.PS.EX.3').met).toBe(true);
    expect(r.explanation[0]?.rule).toBe('PACK');
  });
});

describe('properties (fast-check)', () => {
  it('never throws, and eligible ⇔ every gate met, for any input', () => {
    const anyValue = fc.oneof(
      fc.boolean(),
      fc.integer(),
      fc.string(),
      fc.constant(undefined),
      fc.constant(null),
      fc.double(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('public-service', 'participatory', 'pmqa', 'x'),
        fc.constantFrom(
          'innovation',
          'expansion',
          'facilitation',
          'right-on-target',
          'data-integration',
          'development',
          'open-governance',
          'engaged-citizen',
          'participation-expanded',
          'network',
          'effective-change',
          'pmqa40',
          'outstanding',
          'by-category',
        ),
        fc.dictionary(
          fc.constantFrom(
            'stateAgency',
            'inUseSince',
            'startedOn',
            'asOf',
            'category7Score',
            'overallScore',
            'scores',
            'expansion',
            'selfAssessedOn',
            'previouslyWon',
          ),
          anyValue,
        ),
        (branch, type, rest) => {
          const r = awardReadiness(bad({ branch, type, ...rest }));
          if (r.ok) {
            expect(r.eligible).toBe(r.reasons.every((g) => g.met));
            expect(r.reasons.every((g) => !g.missing || !g.met)).toBe(true);
          } else expect(r.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('AW.PG.2 passes exactly when every self-score is at least half its maximum', () => {
    const dims = awards2566.constants.participatory.types['effective-change'].dimensions;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 4, maxLength: 4 }),
        (hundredths) => {
          const scores = Object.fromEntries(
            dims.map((x, i) => [x.id, ((hundredths[i] as number) * x.max) / 10000]),
          );
          const r = ok(participatoryReadiness({ type: 'effective-change', scores }));
          const expected = dims.every(
            (x) => Math.round((((scores[x.id] as number) * 100) / x.max) * 100) / 100 >= 50,
          );
          expect(gateOf(r, 'AW.PG.2').met).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
