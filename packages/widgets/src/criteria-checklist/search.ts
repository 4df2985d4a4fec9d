/** Text search over the criteria: Thai and English, case-insensitive, Thai or Latin digits. */
import { fromThaiDigits, type Bilingual } from '@khanaen/core';
import type { CriteriaItem, CriteriaPrompt } from '@khanaen/core/criteria';
import type { PromptDraft } from './storage.js';

/**
 * Normalises text for matching: NFC, Thai digits → Latin, lower case, the decomposed sara am (ํา) → ำ,
 * runs of whitespace → one space.
 */
export function normaliseForSearch(text: string): string {
  return fromThaiDigits(text.normalize('NFC'))
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The terms of a query (split on whitespace, normalised); empty when the query is blank. */
export function queryTerms(query: string): string[] {
  const q = normaliseForSearch(query);
  return q === '' ? [] : q.split(' ');
}

/** `true` when `haystack` (already normalised) contains every term. */
export function matchesAll(haystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => haystack.includes(t));
}

/** The parts of the criteria data the index reads (`@khanaen/core/criteria`). */
interface IndexedCategory {
  readonly id: number;
  readonly title: Bilingual;
  readonly items: readonly CriteriaItem[];
}

/** The text a prompt's notes and links add to the search. */
const ownText = (d: PromptDraft | undefined): string =>
  d ? normaliseForSearch(`${d.notes} ${d.links.join(' ')}`) : '';

/**
 * The search text of every item and prompt of the criteria, built once; items and prompts also match on the
 * user's own notes and links (given at each query).
 */
export class CriteriaIndex {
  private readonly items = new Map<string, string>();
  private readonly prompts = new Map<string, string>();
  /** Every prompt id of the criteria. */
  readonly promptIds: ReadonlySet<string>;

  constructor(categories: readonly IndexedCategory[]) {
    const ids = new Set<string>();
    for (const cat of categories) {
      const catText = [`${cat.id}`, cat.title.th, cat.title.en].join(' ');
      for (const item of cat.items) {
        const levels = Object.values(item.levels).flatMap((l) => [l.th, l.en]);
        const own = [catText, item.id, item.title.th, item.title.en, ...levels];
        for (const p of item.prompts) {
          ids.add(p.id);
          const text = [p.id, p.th, p.en, p.tag ?? '', ...p.details.flatMap((d) => [d.th, d.en])];
          this.prompts.set(p.id, normaliseForSearch(text.join(' ')));
        }
        this.items.set(item.id, normaliseForSearch(own.join(' ')));
      }
    }
    this.promptIds = ids;
  }

  /** `true` when the prompt (its text, notes or links) contains every term; `false` for no terms. */
  promptMatches(
    p: CriteriaPrompt,
    terms: readonly string[],
    prompts: Readonly<Record<string, PromptDraft>>,
  ): boolean {
    if (terms.length === 0) return false;
    return matchesAll(`${this.prompts.get(p.id) ?? ''} ${ownText(prompts[p.id])}`, terms);
  }

  /** `true` when the item and its prompts together contain every term; `true` for no terms. */
  itemMatches(
    item: CriteriaItem,
    terms: readonly string[],
    prompts: Readonly<Record<string, PromptDraft>>,
  ): boolean {
    if (terms.length === 0) return true;
    const own = this.items.get(item.id) ?? '';
    if (matchesAll(own, terms)) return true;
    // Terms may be spread over the item's own text and its prompts.
    const all = item.prompts.map((p) => `${this.prompts.get(p.id) ?? ''} ${ownText(prompts[p.id])}`);
    return matchesAll(`${own} ${all.join(' ')}`, terms);
  }
}
