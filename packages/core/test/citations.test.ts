/**
 * Citations (SPEC §0 "Explanations"): every `file:line` a rule pack or an explanation cites must point at seed
 * lines that exist and hold text; a product default cites `SPEC §n` instead. Explanations of random valid
 * input are checked in test/properties.test.ts; here the packs and the SPEC's worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  agencyComposite,
  facilitationEfficiency,
  facilitationValue,
  pmqaByCategory,
  pmqaOutstanding,
  pmqaOverall,
  rulePacks,
  scoreAgency,
  scoreCategory7Kpi,
  scoreCategory7Set,
} from '../src/index.js';
import { citationProblems, expectCitationsResolve, seedsAvailable } from './helpers.js';

describe.skipIf(!seedsAvailable)('citations resolve to seed text', () => {
  it('finds the seeds and refuses blank or missing lines', () => {
    expect(citationProblems('000:83')).toEqual([]);
    expect(citationProblems('000:62-65')).toEqual([
      '000:62-65: line 62 is blank',
      '000:62-65: line 65 is blank',
    ]);
    expect(citationProblems('000:99999')).toEqual(['000:99999: outside the seed']);
    expect(citationProblems('SPEC §2, 001:1197')).toEqual([]);
    expect(citationProblems('9:1')).toHaveLength(1);
  });

  it.each(Object.entries(rulePacks))('pack %s cites seed lines that hold text', (_, pack) => {
    const problems = Object.entries(pack.citations).flatMap(([k, c]) =>
      citationProblems(c).map((p) => `${k}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('every step of the worked examples', () => {
    const results = [
      scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] }),
      scoreCategory7Kpi({ target: 300, actual: 400, history: [300, 450] }),
      scoreCategory7Kpi({
        target: 50,
        actual: 45,
        history: [60, 55],
        direction: 'lower',
        boundaries: 'table',
      }),
      scoreCategory7Set({
        kpis: [
          { dimension: '7.1', name: 'A', target: 375, actual: 400, history: [300, 450] },
          { dimension: '7.1', name: 'a', target: 375, actual: 400, history: [300, 450] },
        ],
      }),
      scoreAgency({
        kpis: [{ id: 'k', weight: 100, actual: 85, targets: { initial: 80, standard: 90, high: 100 } }],
      }),
      agencyComposite({ performance: 80, digital: 70, pmqa: 60 }),
      agencyComposite({ performance: 80, round: '6-month' } as never),
      pmqaOverall({ categoryScores: [400, 400, 400, 400, 400, 400, 470] }),
      pmqaOutstanding({
        categoryPercents: [50, 50, 50, 50, 50, 50, 50],
        total: 420,
        priorCategoryAwards: [1, 2],
      }),
      pmqaByCategory({
        categoryPercents: [60, 30, 30, 30, 30, 30, 40],
        total: 320,
        applied: [1],
        cat7RelatedPercents: [35],
      }),
      facilitationEfficiency({ fees: { before: 100, after: 0 }, eService: { form: true } } as never),
      facilitationValue({
        services: [{ sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 }],
      }),
    ];
    for (const r of results) {
      if (!r.ok) continue; // the shapes above are checked elsewhere; this test is about citations
      expectCitationsResolve(r.explanation);
    }
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(9);
  });
});
