/**
 * `@khanaen/core/criteria` — the PMQA 4.0 criteria (seed 001, B.E. 2565 revision) as typed data:
 * 7 categories, 24 process items with their level descriptors and guidance, 94 numbered evidence prompts,
 * and the Category 7 sub-items with their KPI groups. Thai is verbatim; English is Khanaen's own.
 * A separate entry so pages load it only when a checklist is shown.
 */
import { criteria } from './data.js';
import type { CriteriaItem, CriteriaPrompt, ProcessCategory } from './types.js';

export { criteria };
export { category7Items } from './category7.js';
export type * from './types.js';

/** The six process categories (1–6). */
export function processCategories(): readonly ProcessCategory[] {
  return criteria.categories.slice(0, 6) as readonly ProcessCategory[];
}

/** Every process item (1.1–6.4), in order. */
export function criteriaItems(): readonly CriteriaItem[] {
  return processCategories().flatMap((c) => c.items);
}

/** Every numbered prompt (1.1.1 …), in order. */
export function criteriaPrompts(): readonly CriteriaPrompt[] {
  return criteriaItems().flatMap((i) => i.prompts);
}
