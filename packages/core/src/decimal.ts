/**
 * Exact decimal arithmetic (SPEC §0). Every rule parses its inputs into `Decimal` values (`decimal-number.ts`), computes with them, and
 * only converts to a JS number after rounding half-up to 2 decimals, so binary floating point never decides a
 * boundary: `(105 - 100) / 100 * 100` is exactly `5`, not `5.000000000000001`.
 */
import { Decimal } from './decimal-number.js';

export { Decimal };

export const ROUND_HALF_UP = 1 as const;
export const ROUND_UP = 3 as const;
export const ROUND_DOWN = 0 as const;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Replaces Thai digits ๐–๙ with 0–9 (anything but a string gives `''`). */
export function fromThaiDigits(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** Replaces 0–9 with Thai digits ๐–๙ (a finite number is written out first; anything else gives `''`). */
export function toThaiDigits(text: string | number): string {
  if (typeof text === 'number' ? !Number.isFinite(text) : typeof text !== 'string') return '';
  return String(text).replace(/[0-9]/g, (d) => THAI_DIGITS.charAt(Number(d)));
}

// Optional sign (`−` is U+2212), then either plain digits or correctly grouped thousands, then optional
// fraction; digits are Latin or Thai.
const NUMBER_RE = /^[+\-−]?(?:[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+|[\d๐-๙]+)(?:\.[\d๐-๙]+)?$|^[+\-−]?\.[\d๐-๙]+$/;

/**
 * The most digits a user's number may have before and after the decimal point (leading and trailing zeros
 * aside). Beyond them a value is no longer something a person types, results could not be shown as finite
 * JS numbers (10^400), and exact arithmetic on thousands of digits would take seconds.
 */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_FRACTION_DIGITS = 40;
/** Longer number text is refused before it is read (a pasted megabyte of digits must not cost seconds). */
const MAX_TEXT_LENGTH = 100;

const TOO_MANY_DIGITS = 'too-many-digits';

function read(value: unknown): Decimal | typeof TOO_MANY_DIGITS | undefined {
  let d: Decimal | undefined;
  if (typeof value === 'number') {
    d = Decimal.parse(value);
  } else if (typeof value === 'bigint') {
    d = Decimal.parse(value.toString());
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (!NUMBER_RE.test(text)) return undefined;
    if (text.length > MAX_TEXT_LENGTH) return TOO_MANY_DIGITS;
    d = Decimal.parse(
      fromThaiDigits(text)
        .replace(/,/g, '')
        .replace(/^\+/, '')
        .replace(/^\u2212/, '-'),
    );
  }
  if (!d) return undefined;
  const { integer, fraction } = d.digitCounts;
  return integer <= MAX_INTEGER_DIGITS && fraction <= MAX_FRACTION_DIGITS ? d : TOO_MANY_DIGITS;
}

/**
 * Parses a user's number: a finite JS number, or a string with optional surrounding spaces, thousands
 * separators (`"1,234.50"`), Thai digits (`"๓๗๕"`), a leading `+`, `-` or `−` (U+2212).
 * Returns `undefined` when the value is not a number, or has more digits than `MAX_INTEGER_DIGITS` before
 * the decimal point or `MAX_FRACTION_DIGITS` after it, or is number text over 100 characters long (see
 * `hasTooManyDigits`).
 */
export function toDecimal(value: unknown): Decimal | undefined {
  const d = read(value);
  return typeof d === 'object' ? d : undefined;
}

/** Whether `value` is a well-formed number that `toDecimal` refuses for its size (e.g. a 10,000-digit string). */
export function hasTooManyDigits(value: unknown): boolean {
  return read(value) === TOO_MANY_DIGITS;
}

/** A decimal from trusted code (constants, literals). */
export function dec(value: number | string): Decimal {
  return Decimal.from(value);
}

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

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
  const d = value instanceof Decimal ? value : toDecimal(isBigLike(value) ? value.toString() : value);
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
