/**
 * Exact decimal arithmetic (SPEC §0). Every rule parses its inputs into `Big` values, computes with them, and
 * only converts to a JS number after rounding half-up to 2 decimals, so binary floating point never decides a
 * boundary: `(105 - 100) / 100 * 100` is exactly `5`, not `5.000000000000001`.
 */
import Big from 'big.js';

// A private constructor so our settings never leak into (or depend on) a host page's own big.js.
const D = Big();
/** Precision of non-terminating divisions (only ever rounded to 2 places afterwards). */
D.DP = 30;
/** big.js `roundHalfUp`: ties round away from zero, as `ROUND()` does in a spreadsheet. */
D.RM = 1;
D.NE = -40;
D.PE = 40;

export type Decimal = Big;

export const ROUND_HALF_UP = 1 as const;
export const ROUND_UP = 3 as const;
export const ROUND_DOWN = 0 as const;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Replaces Thai digits ๐–๙ with 0–9 (anything but a string gives `''`). */
export function fromThaiDigits(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** Replaces 0–9 with Thai digits ๐–๙ (a number is written out first; anything else gives `''`). */
export function toThaiDigits(text: string | number): string {
  if (typeof text !== 'string' && typeof text !== 'number') return '';
  return String(text).replace(/[0-9]/g, (d) => THAI_DIGITS.charAt(Number(d)));
}

// Optional sign, then either plain digits or correctly grouped thousands, then optional fraction.
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * Parses a user's number: a finite JS number, or a string with optional surrounding spaces, thousands
 * separators (`"1,234.50"`), Thai digits (`"๓๗๕"`), a leading `+`, `-` or `−` (U+2212).
 * Returns `undefined` when the value is not a number.
 */
export function toDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new D(value) : undefined;
  if (typeof value === 'bigint') return new D(value.toString());
  if (typeof value !== 'string') return undefined;
  const text = fromThaiDigits(value.trim()).replace(/\u2212/g, '-');
  if (!NUMBER_RE.test(text)) return undefined;
  return new D(text.replace(/,/g, '').replace(/^\+/, ''));
}

/** A decimal from trusted code (constants, literals). */
export function dec(value: number | string): Decimal {
  return new D(value);
}

export const ZERO = new D(0);
export const HUNDRED = new D(100);

/** Rounds half-up (away from zero on ties) to `dp` decimals, SPEC §0. */
export function round(value: Decimal, dp = 2): Decimal {
  return value.round(dp, ROUND_HALF_UP);
}

/** Rounds towards +∞ (`'up'`) or −∞ (`'down'`) at `dp` decimals. */
export function roundToward(value: Decimal, direction: 'up' | 'down', dp = 2): Decimal {
  const positive = value.gte(0);
  const awayFromZero = (direction === 'up') === positive;
  return value.round(dp, awayFromZero ? ROUND_UP : ROUND_DOWN);
}

/** Rounds half-up to 2 decimals and converts to a JS number (the form every public result uses; never `-0`). */
export function toNumber2(value: Decimal): number {
  return Number(round(value).toFixed(2)) || 0;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export function mean(values: readonly Decimal[]): Decimal {
  return values.length === 0 ? ZERO : sum(values).div(values.length);
}

/** Any value as message text; a value JavaScript cannot convert (e.g. `{ toString: 0 }`) gives `''`. */
export function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** A big.js value from another copy of the library (formatted through its text). */
function isBigLike(value: unknown): value is { toString(): string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { round?: unknown }).round === 'function'
  );
}

/**
 * Formats a decimal for explanation text: thousands separators, at most `dp` decimals (trailing zeros
 * dropped), a real minus sign. Deterministic (no `Intl`), so explanations read the same everywhere.
 */
export function formatDecimal(value: Decimal | number, dp = 2): string {
  const d = value instanceof D ? value : toDecimal(isBigLike(value) ? value.toString() : value);
  if (!d) return '';
  const places = Number.isInteger(dp) && dp >= 0 && dp <= 20 ? dp : 2;
  const fixed = round(d, places).toFixed(places);
  const negative = fixed.startsWith('-');
  const [int = '0', frac = ''] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac.replace(/0+$/, '');
  const text = trimmed ? `${grouped}.${trimmed}` : grouped;
  return negative && text !== '0' ? `−${text}` : text;
}
