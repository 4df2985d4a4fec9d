import { define } from '../define.js';
import { KnCriteriaChecklist } from './criteria-checklist.js';

define('kn-criteria-checklist', KnCriteriaChecklist);

export { KnCriteriaChecklist };
export type { ChecklistChange, CriteriaData, CriteriaLoader } from './criteria-checklist.js';
export type { ChecklistValue, ChecklistDraft, PromptDraft } from './storage.js';

declare global {
  interface HTMLElementTagNameMap {
    'kn-criteria-checklist': KnCriteriaChecklist;
  }
}
