/**
 * The award readiness rule family (`awards@2566`): rules AW.PS (Public Service Award), AW.PG (Participatory
 * Governance Award) and AW.PM (PMQA award path). See docs/award-defaults.md.
 */
import * as z from 'zod/mini';
import { error, fail, type Result } from '../../result.js';
import type { AwardReadinessResult } from './common.js';
import { participatoryReadiness, type ParticipatoryInput } from './participatory.js';
import { pmqaAwardPath, type PmqaPathInput, type PmqaPathResult } from './pmqa-path.js';
import { publicServiceReadiness, type PublicServiceInput } from './public-service.js';

export { awards2566 } from './pack.js';
export type {
  AwardsConstants,
  AwardDimensionSpec,
  AwardTypeSpec,
  DateWindow,
  PublicServiceType,
  ParticipatoryType,
  PmqaAwardType,
} from './pack.js';
export type { AwardGate, AwardDimension, AwardReadinessResult, CalendarDate } from './common.js';
export { parseAwardDate } from './common.js';
export {
  publicServiceReadiness,
  PUBLIC_SERVICE_TYPES,
  type PublicServiceInput,
  type OnlineShare,
} from './public-service.js';
export { participatoryReadiness, PARTICIPATORY_TYPES, type ParticipatoryInput } from './participatory.js';
export { pmqaAwardPath, PMQA_AWARD_TYPES, type PmqaPathInput, type PmqaPathResult } from './pmqa-path.js';

export type AwardBranch = 'public-service' | 'participatory' | 'pmqa';
export const AWARD_BRANCHES: readonly AwardBranch[] = ['public-service', 'participatory', 'pmqa'];

/** Input of `awardReadiness`: one branch's input with its `branch`. */
export type AwardReadinessInput =
  | ({ readonly branch: 'public-service' } & PublicServiceInput)
  | ({ readonly branch: 'participatory' } & ParticipatoryInput)
  | ({ readonly branch: 'pmqa' } & PmqaPathInput);

const branchSchema = z.object({ branch: z.enum(AWARD_BRANCHES as [AwardBranch, ...AwardBranch[]]) });

/** Readiness for any award branch (rules AW.PS, AW.PG, AW.PM). Never throws. */
export function awardReadiness(input: AwardReadinessInput): Result<AwardReadinessResult | PmqaPathResult> {
  const b = branchSchema.safeParse(input);
  if (!b.success) {
    const branch: unknown =
      input !== null && typeof input === 'object' ? (input as { branch?: unknown }).branch : undefined;
    return fail([
      branch === undefined || branch === null || branch === ''
        ? error('branch', 'REQUIRED', {}, { th: 'สาขารางวัล', en: 'Award branch' })
        : error(
            'branch',
            'INVALID_OPTION',
            { options: AWARD_BRANCHES.join(', ') },
            { th: 'สาขารางวัล', en: 'Award branch' },
          ),
    ]);
  }
  const { branch, ...rest } = input;
  if (branch === 'public-service') return publicServiceReadiness(rest as PublicServiceInput);
  if (branch === 'participatory') return participatoryReadiness(rest as ParticipatoryInput);
  return pmqaAwardPath(rest as PmqaPathInput);
}
