import { hasTooManyDigits, round, toDecimal } from './decimal.js';
import { error, fail, type Bilingual, type Result } from './result.js';

export interface ParsedDecimal {
  /** The value as a JS number (exact for values a user types; use `text` to keep every digit). */
  readonly value: number;
  /** Canonical decimal text, e.g. `"1234.5"`. */
  readonly text: string;
  /** Rounded half-up to 2 decimals, as every result shows it. */
  readonly rounded: number;
}

/**
 * Parses what a user typed: `1234.5`, `"1,234.50"`, `" ๓๗๕ "`, `"−12"`. Never throws:
 * `{ ok: false, errors: [{ code: 'REQUIRED' | 'NOT_A_NUMBER' | 'TOO_MANY_DIGITS', … }] }` for blank or
 * non-numeric input, or a number with more digits than a person types (over 15 before the point or 40 after);
 * `label` names the field in the message (default: from `path`).
 */
export function parseDecimal(value: unknown, path = '', label?: Bilingual): Result<ParsedDecimal> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return fail([error(path, 'REQUIRED', {}, label)]);
  }
  const d = toDecimal(value);
  if (!d) return fail([error(path, hasTooManyDigits(value) ? 'TOO_MANY_DIGITS' : 'NOT_A_NUMBER', {}, label)]);
  return { ok: true, value: Number(d.toString()), text: d.toString(), rounded: Number(round(d).toFixed(2)) };
}
