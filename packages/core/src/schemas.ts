/**
 * The zod/mini schema of every rule's input. Each rule validates with these itself; they are exported so
 * forms can validate field by field. Decimal fields accept numbers or numeric strings (Thai digits,
 * thousands separators); their custom issues carry `params.code` (`REQUIRED`, `NOT_A_NUMBER`, …).
 * Use `toErrors(issues, input)` to turn issues into Khanaen's Thai/English errors.
 */
import { category7KpiSchema } from './rules/cat7.js';
import { category7SetSchema } from './rules/cat7-set.js';
import { agencyCompositeSchema, agencyKpiSchema, agencySchema } from './rules/agency.js';
import {
  pmqaBandSchema,
  pmqaByCategorySchema,
  pmqaOutstandingSchema,
  pmqaOverallSchema,
} from './rules/pmqa.js';
import { checklistSchema } from './rules/checklist.js';
import { facilitationEfficiencySchema, facilitationValueSchema } from './rules/facilitation.js';

export const schemas = {
  category7Kpi: category7KpiSchema,
  category7Set: category7SetSchema,
  agencyKpi: agencyKpiSchema,
  agency: agencySchema,
  agencyComposite: agencyCompositeSchema,
  pmqaBand: pmqaBandSchema,
  pmqaOverall: pmqaOverallSchema,
  pmqaOutstanding: pmqaOutstandingSchema,
  pmqaByCategory: pmqaByCategorySchema,
  checklist: checklistSchema,
  facilitationEfficiency: facilitationEfficiencySchema,
  facilitationValue: facilitationValueSchema,
} as const;
