/**
 * @khanaen/calculators — interactive calculators built from @khanaen/widgets and @khanaen/core.
 * Importing this module registers nothing: import `@khanaen/calculators/register.js` (all calculators and
 * the widgets they use) or `@khanaen/calculators/kn-<tag>.js` (one calculator).
 */
export {
  KnKpiTargetCalculator,
  type CalculatorMode,
  type KpiTargetChange,
  type KpiTargetResult,
} from './kpi-target-calculator/kpi-target-calculator.js';
export {
  TargetModel,
  targetCoreScoring,
  type TargetInputs,
  type TargetScoring,
} from './kpi-target-calculator/target-model.js';
export {
  KnCostSavingsCalculator,
  blankService,
  type CostSavingsChange,
  type CostSavingsResult,
  type CostSavingsEfficiency,
  type CostSavingsRubric,
} from './cost-savings-calculator/cost-savings-calculator.js';
export { costSavingsCsv, costSavingsCsvRows } from './cost-savings-calculator/cost-savings-csv.js';
export {
  CostSavingsModel,
  type CostSavingsModelOptions,
  type CostSavingsImport,
  type CostSavingsImportRow,
  type CostSavingsImportProblem,
  type CostSavingsSnapshot,
  type CostSavingsConstants,
} from './cost-savings-calculator/cost-savings-model.js';
export {
  KnKpiScorecard,
  type ScorecardChange,
  type ScorecardResult,
  type ScorecardKpi,
  type CompositeResult,
  type ScorecardMode,
} from './kpi-scorecard/kpi-scorecard.js';
export {
  ScorecardModel,
  coreScoring as scorecardCoreScoring,
  type ScorecardModelOptions,
  type ScorecardScoring,
  type ScorecardDraftStore,
  type ScorecardState,
  type ImportOutcome as ScorecardImportOutcome,
  type ImportProblem as ScorecardImportProblem,
  type RestoreOutcome as ScorecardRestoreOutcome,
  type RowProblems as ScorecardRowProblems,
} from './kpi-scorecard/scorecard-model.js';
export { createDraftStore as createScorecardDraftStore, type ScorecardDraft } from './kpi-scorecard/draft.js';
export { KnAwardReadiness, type AwardReadinessChangeDetail } from './award-readiness/award-readiness.js';
export {
  AwardReadinessModel,
  validateAwardDraft,
  readAwardDraft,
  type AwardReadinessDraft,
  type AwardReadinessOutcome,
  type AwardReadinessModelOptions,
  type AwardDraftStore,
  type LinkedFigures,
} from './award-readiness/award-readiness-model.js';
export {
  questionsFor as awardQuestionsFor,
  type Question as AwardQuestion,
} from './award-readiness/award-questions.js';
