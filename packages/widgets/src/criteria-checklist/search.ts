/** Text search over the criteria: Thai and English, case-insensitive, Thai or Latin digits. */
import { fromThaiDigits } from '@khanaen/core';

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
