/**
 * Entry of the classic-script bundle `khanaen.iife.js`: registers every element. A classic script cannot
 * split code, so the PMQA 4.0 criteria data (used only by the checklist) is kept out of it and loaded on
 * demand from `khanaen-criteria.js` next to this script.
 */
import { KnCriteriaChecklist } from '@khanaen/widgets';

export { VERSION, define } from '@khanaen/widgets';
import './register.js';

const script = typeof document !== 'undefined' ? document.currentScript : null;
const src = script instanceof HTMLScriptElement ? script.src : '';
if (src)
  KnCriteriaChecklist.loadCriteria = () =>
    import(/* @vite-ignore */ new URL('khanaen-criteria.js', src).href);
