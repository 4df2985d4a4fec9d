/** The headless award readiness model (Node): state → core input → core result; links; drafts; receipt. */
import { describe, expect, it, vi } from 'vitest';
import { awardReadiness, type AwardReadinessInput } from '@khanaen/core';
import {
  AwardReadinessModel,
  readAwardDraft,
  validateAwardDraft,
  type AwardDraftStore,
  type AwardReadinessDraft,
} from './award-readiness-model.js';

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

function memoryStore(initial?: unknown): AwardDraftStore & { saved: AwardReadinessDraft[]; cleared: number } {
  const s = {
    saved: [] as AwardReadinessDraft[],
    cleared: 0,
    load: () =>
      initial === undefined
        ? ({ status: 'empty' } as const)
        : validateAwardDraft(initial)
          ? ({ status: 'loaded', data: validateAwardDraft(initial) as AwardReadinessDraft } as const)
          : ({ status: 'set-aside', problems: [{ th: 'เสีย', en: 'broken' }] } as const),
    save: (d: AwardReadinessDraft) => {
      s.saved.push(d);
      return true;
    },
    clear: () => {
      s.cleared += 1;
    },
  };
  return s;
}

describe('AwardReadinessModel', () => {
  it('starts on the Public Service innovation type; branch change picks the branch’s first type', () => {
    const m = new AwardReadinessModel();
    expect([m.branch, m.type]).toEqual(['public-service', 'innovation']);
    m.setBranch('participatory');
    expect(m.type).toBe('open-governance');
    m.setType('nope');
    expect(m.type).toBe('open-governance');
    m.setType('network');
    expect(m.type).toBe('network');
    expect(m.typeLabel().en).toBe('Collaborative Network Governance');
    expect(new AwardReadinessModel({ branch: 'pmqa', type: 'by-category' }).typeLabel().th).toBe('รายหมวด');
  });

  it('builds core’s input from the answers and asks core (the result equals core’s)', () => {
    const m = new AwardReadinessModel({ branch: 'public-service', type: 'expansion' });
    m.answer('stateAgency', true);
    m.answer('inUseSince', '2565-01-01');
    m.answer('expansion.rollout.units', '10');
    m.answer('expansion.rollout.reached', '๘');
    m.setScore('management', '30');
    m.answer('dataIntegration.agencies', '3'); // not a question of this type: ignored
    expect(m.input).toEqual({
      branch: 'public-service',
      type: 'expansion',
      stateAgency: true,
      inUseSince: '2565-01-01',
      expansion: { rollout: { units: '10', reached: '๘' } },
      scores: { management: '30' },
    });
    expect(m.result).toEqual(awardReadiness(m.input));
    const g = ok(m.result).reasons.find((x) => x.rule === 'AW.PS.EX.3');
    expect(g?.met).toBe(true);
  });

  it('re-asks core only when the input changes; notifies subscribers', () => {
    const evaluate = vi.fn((i: AwardReadinessInput) => awardReadiness(i));
    const m = new AwardReadinessModel({ evaluate });
    const seen = vi.fn();
    const stop = m.subscribe(seen);
    void m.result;
    void m.result;
    expect(evaluate).toHaveBeenCalledTimes(1);
    m.answer('stateAgency', true);
    m.answer('stateAgency', true);
    expect(seen).toHaveBeenCalledTimes(1);
    void m.result;
    expect(evaluate).toHaveBeenCalledTimes(2);
    stop();
    m.answer('stateAgency', false);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('hides questions whose condition fails and leaves their answers out of the input', () => {
    const m = new AwardReadinessModel({ branch: 'public-service', type: 'data-integration' });
    expect(m.questions.some((q) => q.path === 'dataIntegration.formalOrder')).toBe(false);
    m.answer('dataIntegration.formalOrder', true);
    expect(JSON.stringify(m.input)).not.toContain('formalOrder');
    m.answer('dataIntegration.route', 'on-behalf');
    expect(m.questions.some((q) => q.path === 'dataIntegration.formalOrder')).toBe(true);
    expect(m.input).toMatchObject({ dataIntegration: { route: 'on-behalf', formalOrder: true } });
  });

  it('takes the facilitation dimensions from a linked cost-savings calculator', () => {
    const m = new AwardReadinessModel({ branch: 'public-service', type: 'facilitation' });
    expect(
      m.link({
        services: [],
        result: { ok: true, total: 2250000 },
        efficiency: { ok: true, dimension1: 45, valuePoints: 12 },
      }),
    ).toBe(true);
    expect(m.linked).toMatchObject({ efficiency: 45, value: 12, valueBaht: 2250000 });
    m.setScore('efficiency', '80'); // typed, but the linked figure wins
    expect(m.input).toMatchObject({ scores: { efficiency: 45, value: 12 } });
    expect(ok(m.result).total).toBe(57);
    m.link({ services: [], result: { ok: false }, efficiency: { ok: false } });
    expect(m.linked.efficiency).toBeNull();
    expect(m.input).toMatchObject({ scores: { efficiency: '80' } });
    expect(m.link(null)).toBe(false);
    expect(m.link({ something: 1 })).toBe(false);
    m.unlink();
    expect(m.linked.valueBaht).toBeNull();
  });

  it('takes the Category 7 set score and the checklist estimate for the PMQA path', () => {
    const m = new AwardReadinessModel({ branch: 'pmqa', type: 'pmqa40' });
    expect(m.link({ mode: 'cat7', kpis: [], result: { ok: true, score: 412.5, passesStage1: true } })).toBe(
      true,
    );
    expect(m.link({ value: {}, result: { ok: true, estimate: true, overall: 405 } })).toBe(true);
    m.answer('category7Score', '100');
    expect(m.input).toMatchObject({ category7Score: 412.5, overallScore: 405 });
    const r = ok(m.result) as unknown as {
      overall: number;
      scale40: number;
      reasons: { rule: string; met: boolean }[];
    };
    expect(r.reasons.find((g) => g.rule === 'AW.PM.3')?.met).toBe(true);
    expect(r.scale40).toBe(3.24);
    expect(m.link({ mode: 'cat7', kpis: [], result: { ok: false, errors: [] } })).toBe(true);
    expect(m.linked.category7).toBeNull();
  });

  it('PA.2 inputs go to core only when complete; related Category 7 percentages follow the applied categories', () => {
    const m = new AwardReadinessModel({ branch: 'pmqa', type: 'by-category' });
    [51, 30, 30, 30, 30, 52, 30].forEach((p, i) => m.answer(`byCategory.categoryPercents.${i}`, String(p)));
    m.answer('byCategory.total', '320');
    m.answer('byCategory.applied', ['6', '1']);
    expect(m.input).not.toHaveProperty('byCategory');
    m.answer('byCategory.related.1', '31');
    m.answer('byCategory.related.6', '35');
    expect(m.input).toMatchObject({
      byCategory: { applied: [1, 6], cat7RelatedPercents: ['31', '35'], total: '320' },
    });
    const r = ok(m.result);
    expect(r.reasons.filter((g) => g.rule.startsWith('AW.PM.7')).every((g) => g.met)).toBe(true);
    m.answer('byCategory.related.6', 'x');
    expect(m.errorFor('byCategory.related.6')?.code).toBe('NOT_A_NUMBER');
    expect(m.errorFor('byCategory.total')).toBeNull();
  });

  it('reports core’s errors by field', () => {
    const m = new AwardReadinessModel();
    m.answer('inUseSince', '2566-02-30');
    expect(m.errorFor('inUseSince')?.code).toBe('INVALID_DATE');
    m.setBranch('participatory');
    m.setScore('capacity', '11');
    expect(m.errorFor('scores.capacity')?.code).toBe('OUT_OF_RANGE');
    expect(m.dateWords('2566-02-14', 'th')).toBe('14 ก.พ. 2566');
    expect(m.dateWords('2023-02-14', 'en')).toBe('14 Feb 2023');
    expect(m.dateWords('x', 'th')).toBeNull();
  });

  it('saves a draft on every change and restores it; a bad draft is set aside, not loaded', () => {
    const store = memoryStore();
    const m = new AwardReadinessModel();
    expect(m.attachStore(store)).toBe('empty');
    m.setBranch('participatory');
    m.answer('startedOn', '2564-06-01');
    m.setScore('capacity', '6');
    m.setAsOf('2566-03-01');
    expect(store.saved.at(-1)).toEqual({
      branch: 'participatory',
      type: 'open-governance',
      asOf: '2566-03-01',
      answers: { startedOn: '2564-06-01' },
      scores: { capacity: '6' },
    });
    const again = new AwardReadinessModel();
    expect(again.attachStore(memoryStore(store.saved.at(-1)))).toBe('restored');
    expect(again.draft).toEqual(store.saved.at(-1));
    const broken = new AwardReadinessModel();
    expect(broken.attachStore(memoryStore({ branch: 'sports', type: 'x', answers: {}, scores: {} }))).toBe(
      'set-aside',
    );
    expect(broken.draftProblems[0]?.en).toBe('broken');
    expect(broken.branch).toBe('public-service');
    m.discardDraft();
    expect(store.cleared).toBe(1);
    expect(m.answers).toEqual({});
    expect(m.attachStore(null)).toBe('off');
  });

  it.each([
    [null],
    [{ branch: 'pmqa', type: 'innovation', answers: {}, scores: {} }],
    [{ branch: 'pmqa', type: 'pmqa40', answers: { a: {} }, scores: {} }],
    [{ branch: 'pmqa', type: 'pmqa40', answers: {}, scores: { a: true } }],
    [{ branch: 'pmqa', type: 'pmqa40', asOf: 5, answers: {}, scores: {} }],
    [{ branch: 'pmqa', type: 'pmqa40', answers: [], scores: {} }],
  ])('refuses a draft of the wrong shape: %o', (d) => {
    expect(validateAwardDraft(d)).toBeNull();
    expect(new AwardReadinessModel().restore(d)).toBe(false);
  });

  it('writes a receipt with the verdict, every gate and its source', () => {
    const m = new AwardReadinessModel({ branch: 'participatory', type: 'engaged-citizen' });
    m.setScore('role', '30');
    m.setScore('results', '20');
    const th = m.receipt('th');
    expect(th).toContain('ยังไม่พร้อม');
    expect(th).toContain('[004:1761]');
    expect(th).toContain('รวม: 50 / 100');
    expect(m.receipt('en')).toContain('Result: not yet');
    m.answer('startedOn', 'bad');
    expect(m.receipt('en')).toContain('Some answers are not valid');
  });
});

describe('readAwardDraft (the DraftStore reader)', () => {
  const draft = { branch: 'pmqa', type: 'pmqa40', asOf: '', answers: { goodStanding: true }, scores: {} };
  it('reads a current draft, refuses another schema, a newer version and a wrong shape', () => {
    expect(readAwardDraft({ schema: 'khanaen.award-readiness', version: 1, ...draft })).toEqual({
      ok: true,
      data: draft,
    });
    expect(readAwardDraft({ schema: 'khanaen.checklist', version: 1, ...draft }).ok).toBe(false);
    expect(readAwardDraft(null).ok).toBe(false);
    expect(readAwardDraft({ schema: 'khanaen.award-readiness', version: 2, ...draft })).toEqual({
      ok: false,
      newer: true,
    });
    expect(readAwardDraft({ schema: 'khanaen.award-readiness', version: 0, ...draft }).ok).toBe(false);
    expect(readAwardDraft({ schema: 'khanaen.award-readiness', version: 1, ...draft, branch: 'x' }).ok).toBe(
      false,
    );
  });
});
