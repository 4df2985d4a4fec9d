/**
 * @khanaen/widgets — design tokens and display/input elements. Importing this module registers nothing:
 * import `@khanaen/widgets/register.js` (all elements) or `@khanaen/widgets/kn-<tag>.js` (one element).
 */
export { define, VERSION } from './define.js';
export { KnElement, resolveLang } from './base/kn-element.js';
export { KN_CHANGE, knChange, type KnChangeEvent, type KnChangeTag } from './events/kn-change.js';
export { tokens, tokensCss, hostStyles, FONT_STACK, type Token } from './styles/tokens.js';
export { KnNumberField, type NumberFieldChange } from './number-field/number-field.js';
export { KnScoreBadge } from './score-badge/score-badge.js';
export { KnExplanation } from './explanation/explanation.js';
export { KnBandMeter, type BandMeterChange } from './band-meter/band-meter.js';
export { KnTrendChart, type TrendPoint } from './trend-chart/trend-chart.js';
export {
  KnCriteriaChecklist,
  type ChecklistChange,
  type CriteriaData,
  type CriteriaLoader,
} from './criteria-checklist/criteria-checklist.js';
export {
  ChecklistModel,
  type ChecklistModelOptions,
  type ChecklistModelChange,
  type ChecklistChangeKind,
  type ChecklistImport,
  type SaveState,
  type SetAsideDraft,
} from './criteria-checklist/checklist-model.js';
export type { ChecklistValue, ChecklistDraft, PromptDraft } from './criteria-checklist/storage.js';
export { toCsv, parseCsv, csvCell, unneutralise } from './shared/csv.js';
export { decimalAttribute } from './shared/convert.js';
export {
  DraftStore,
  createDraftStore,
  readDocument,
  parseDocumentText,
  toDraftDocument,
  type CreateDraftStoreOptions,
  type DraftFormat,
  type DraftCheck,
  type DocumentRead,
  type DraftEnvelope,
  type DraftLoad,
  type DraftRead,
  type DraftStoreOptions,
} from './shared/draft-store.js';
export { downloadText, readFileText } from './shared/download.js';
export { styleProps } from './shared/style-props.js';
export { noticeStyles } from './styles/notice.js';
export {
  dismissButton,
  setAsideNotice,
  storageUnavailableNotice,
  importProblemsNotice,
  type Translate,
} from './shared/notices.js';
