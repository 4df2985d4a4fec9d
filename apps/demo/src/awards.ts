// "พร้อมสมัครรางวัลหรือยัง?": a sample agency checks two award types. The answers below are sample data,
// given once (a saved draft of the visitor's own answers wins over them).
import '@khanaen/calculators/register.js';
import type { KnAwardReadiness } from '@khanaen/calculators';
import { setupLangToggle } from './lang.js';
import './site.css';

setupLangToggle(document.querySelector<HTMLButtonElement>('#lang-toggle'));

const samples: Record<string, unknown> = {
  'ready-facilitation': {
    branch: 'public-service',
    type: 'facilitation',
    asOf: '',
    answers: {
      stateAgency: true,
      oneTypeOnly: true,
      previouslyWon: false,
      inUseSince: '2564-10-01',
      verifiableResults: true,
      'facilitation.agencyWide': true,
      'facilitation.resultsFrom': '2563-10-01',
      'facilitation.resultsTo': '2566-01-31',
    },
    scores: {},
  },
  'ready-participation': {
    branch: 'participatory',
    type: 'effective-change',
    asOf: '',
    answers: {
      startedOn: '2565-06-01',
      'effectiveChange.policyOrProject': true,
      'effectiveChange.coreMission': true,
      'effectiveChange.collaboration': true,
      'effectiveChange.missionImpact': true,
      'effectiveChange.priorModelExpansion': false,
    },
    scores: { capacity: '4', process: '25', results: '30', sustainability: '4.5' },
  },
};

for (const [id, sample] of Object.entries(samples)) {
  const el = document.getElementById(id) as KnAwardReadiness | null;
  if (!el) continue;
  void customElements.whenDefined('kn-award-readiness').then(async () => {
    await el.updateComplete;
    if (el.model.draftStatus !== 'restored') el.model.restore(sample, true);
  });
}
