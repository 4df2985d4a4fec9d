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

// Numbers a page writes (a year, a page size) use `decimalAttribute` of @khanaen/widgets: one converter for
// every Khanaen element.
