import { parseDecimal } from '@khanaen/core';

/**
 * Attribute converter for a number a page writes (a limit, a score): read by core's `parseDecimal`, so Thai
 * digits and thousands separators work (`"๑,๒๓๔"` → 1234). Blank, not a number, or too large to be a finite
 * number gives `null`, which the elements treat as "not set".
 */
export const decimalAttribute = {
  fromAttribute(value: string | null): number | null {
    if (value === null || value.trim() === '') return null;
    const r = parseDecimal(value);
    return r.ok && Number.isFinite(r.value) ? r.value : null;
  },
};
