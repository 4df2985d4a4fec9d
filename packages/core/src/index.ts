/**
 * @khanaen/core — the scoring engine. Pure functions, no DOM, never throw: every rule returns
 * `{ ok: true, …, explanation }` or `{ ok: false, errors }`. See SPEC.md for the rules.
 *
 * The PMQA 4.0 criteria data is a separate entry, `@khanaen/core/criteria`, so bundles can load it lazily.
 */
export { parseDecimal } from './parse.js';
export type { ParsedDecimal } from './parse.js';
export { formatDecimal } from './decimal.js';
export * from './result.js';
export * from './packs.js';
export * from './i18n.js';
export { schemas } from './schemas.js';
export {
  bandScale,
  classifyOnScale,
  positionOf,
  positionOn,
  scaleOfPack,
  agencyScale,
  category7Scale,
  pmqa40Scale,
  validateScale,
  parseScale,
  type BandScale,
  type ScaleBand,
  type ScalePosition,
  type BuiltInScale,
} from './scales.js';
export { toErrors, type DecimalInput } from './validate.js';

export {
  scoreCategory7Kpi,
  classifyImprovement,
  type Category7KpiInput,
  type Category7KpiResult,
  type Direction,
  type Boundaries,
  type Cat7Level,
} from './rules/cat7.js';
export {
  scoreCategory7Set,
  kpiNameKey,
  findKpiGroup,
  type Category7SetInput,
  type Category7SetKpiInput,
  type Category7SetResult,
  type Category7DimensionResult,
  type Category7SlotResult,
} from './rules/cat7-set.js';
export {
  scoreAgencyKpi,
  scoreAgency,
  agencyLevel,
  agencyComposite,
  agencyRounds,
  agencyWeightTotal,
  type AgencyWeightTotal,
  type AgencyTargets,
  type AgencyKpiInput,
  type AgencyKpiResult,
  type AgencyKpiRow,
  type AgencyInput,
  type AgencyKpiScore,
  type AgencyResult,
  type AgencyCompositeInput,
  type AgencyCompositeResult,
} from './rules/agency.js';
export {
  pmqa40Band,
  pmqaOverall,
  pmqaOutstanding,
  pmqaByCategory,
  type PmqaBandResult,
  type PmqaOverallInput,
  type PmqaOutstandingInput,
  type PmqaByCategoryInput,
  type AwardEligibility,
  type AwardReason,
} from './rules/pmqa.js';
export {
  checklistEstimate,
  ITEM_LEVELS,
  levelsReached,
  type ChecklistInput,
  type ChecklistResult,
  type ChecklistCategory,
} from './rules/checklist.js';
export {
  facilitationEfficiency,
  facilitationValue,
  type LawLevel,
  type BeforeAfter,
  type FacilitationEfficiencyInput,
  type FacilitationEfficiencyResult,
  type EfficiencyItem,
  type FacilitationValueInput,
  type FacilitationValueResult,
  type ServiceSaving,
  type ServiceValue,
} from './rules/facilitation.js';
export { category7Items } from './criteria/category7.js';
export type {
  CriteriaLevel,
  SourcedText,
  CriteriaPrompt,
  CriteriaItem,
  Category7Group,
  Category7SubItem,
  ProcessCategory,
  ResultsCategory,
  Criteria,
} from './criteria/types.js';
export * from './rules/awards/index.js';
