// The agency intranet page: imports the packages from npm (as an agency's own build would) and wires the
// widgets so data is entered once.
import '@khanaen/calculators/register.js';
import type { KnCriteriaChecklist } from '@khanaen/widgets';
import { setupLangToggle } from './lang.js';
import './site.css';

setupLangToggle(document.querySelector<HTMLButtonElement>('#lang-toggle'));

// The Category 7 score of the KPI set feeds the self-assessment estimate (rule CL takes it as category 7).
const cat7 = document.querySelector('#cat7-scorecard');
const checklist = document.querySelector<KnCriteriaChecklist>('#checklist');
cat7?.addEventListener('kn-change', (e) => {
  const result = (e as CustomEvent<{ result?: { ok: boolean; score?: number } }>).detail.result;
  if (checklist && result?.ok && typeof result.score === 'number') checklist.category7Score = result.score;
});
