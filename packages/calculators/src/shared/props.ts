import { parseDecimal } from '@khanaen/core';

/** The number a text holds, or `null` (blank or not a number). Parsing only: no rule is applied here. */
export function toNum(text: string | number | null | undefined): number | null {
  const p = parseDecimal(text);
  return p.ok ? p.value : null;
}

/** Attribute converter for text inputs: an empty string removes the attribute instead of reflecting `attr=""`. */
export const text = {
  fromAttribute: (v: string | null): string => v ?? '',
  toAttribute: (v: string): string | null => (v === '' ? null : v),
};

/**
 * Attribute converter for a number a page writes (a year, a page size): read like a typed number (Thai
 * digits, separators); blank, not a number or not finite gives `null`, which the elements treat as "not set".
 */
export const decimal = {
  fromAttribute(v: string | null): number | null {
    const n = toNum(v);
    return n !== null && Number.isFinite(n) ? n : null;
  },
  toAttribute: (v: unknown): string | null =>
    typeof v === 'number' && Number.isFinite(v) ? String(v) : null,
};
