/**
 * The exact decimal every rule computes with (SPEC §0): a value is an integer mantissa `m` and a scale `s`
 * (value = m / 10^s). The mantissa is a plain JS number while it is a safe integer (|m| < 2⁵³), which covers
 * every value a person types and almost every intermediate result, and a BigInt beyond that, so arithmetic
 * stays exact whatever the size and costs no more than integer arithmetic in the common case. Every rule goes
 * through this one layer; there is no second "fast" path anywhere above it.
 *
 * The method names and rounding modes follow big.js (which the project used before): `plus minus times div
 * round cmp eq lt lte gt gte abs toFixed`, rounding modes 0 (towards zero), 1 (half away from zero), 2 (half
 * even), 3 (away from zero), and non-terminating divisions carried to 30 decimals.
 */

/** big.js rounding modes. */
export type RoundingMode = 0 | 1 | 2 | 3;

type Mantissa = number | bigint;
type DecimalLike = Decimal | number | string;

/** Decimals kept by a division that does not terminate (then only ever rounded for display). */
export const DIVISION_PLACES = 30;

const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const POW10N = new Map<number, bigint>();
function pow10n(k: number): bigint {
  let p = POW10N.get(k);
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (POW10N.size < 256) POW10N.set(k, p);
  }
  return p;
}

/** A BigInt mantissa back to a number when it is safe (keeps the common path on numbers). */
function shrink(m: bigint): Mantissa {
  return m >= -9007199254740991n && m <= 9007199254740991n ? Number(m) : m;
}

/** `m × 10^k`, exact. */
function scaleUp(m: Mantissa, k: number): Mantissa {
  if (k === 0) return m;
  if (typeof m === 'number' && k < 16) {
    const r = m * (POW10[k] as number);
    if (Number.isSafeInteger(r)) return r;
  }
  return BigInt(m) * pow10n(k);
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export class Decimal {
  /** Integer mantissa (a safe-integer number, else a BigInt). */
  readonly m: Mantissa;
  /** Decimal places: value = m / 10^s (s ≥ 0). */
  readonly s: number;

  constructor(m: Mantissa, s = 0) {
    this.m = typeof m === 'number' ? m + 0 : m; // never −0
    this.s = s;
  }

  /**
   * Reads decimal text (`-12.50`, `1e-7`) or a finite JS number (through its shortest text, so `0.1` is exactly
   * 0.1). Returns undefined for anything else. Trailing zeros of the fraction are dropped.
   */
  static parse(value: number | string): Decimal | undefined {
    if (typeof value === 'number') {
      if (Number.isSafeInteger(value)) return new Decimal(value, 0);
      if (!Number.isFinite(value)) return undefined;
      value = String(value);
    }
    const match = NUMBER_TEXT.exec(value);
    if (!match) return undefined;
    const [, sign = '', int = '', frac = '', exp] = match;
    if (int === '' && frac === '') return undefined;
    const fraction = frac.replace(/0+$/, '');
    let digits = (int + fraction).replace(/^0+/, '');
    let s = fraction.length - (exp ? Number(exp) : 0);
    if (!Number.isSafeInteger(s) || Math.abs(s) > 10000) return undefined;
    if (s < 0) {
      digits = digits === '' ? '' : digits + '0'.repeat(-s);
      s = 0;
    }
    if (digits === '') return new Decimal(0, 0);
    const m: Mantissa = digits.length <= 15 ? Number(digits) : shrink(BigInt(digits));
    return sign === '-' ? new Decimal(m, s).neg() : new Decimal(m, s);
  }

  /** A value from a number, text or Decimal; throws on anything else (trusted callers only). */
  static from(value: DecimalLike): Decimal {
    if (value instanceof Decimal) return value;
    const d = Decimal.parse(value);
    if (!d) throw new TypeError(`Not a decimal: ${String(value)}`);
    return d;
  }

  /** Digits before the decimal point (0 for |x| < 1) and significant digits after it, for size limits. */
  get digitCounts(): { readonly integer: number; readonly fraction: number } {
    const text = (this.m < 0 ? -this.m : this.m).toString();
    let fraction = this.s;
    let end = text.length;
    while (fraction > 0 && end > 0 && text.charCodeAt(end - 1) === 48) {
      end -= 1;
      fraction -= 1;
    }
    return { integer: Math.max(0, text.length - this.s), fraction: this.m === 0 ? 0 : fraction };
  }

  plus(other: DecimalLike): Decimal {
    return add(this, Decimal.from(other), false);
  }

  minus(other: DecimalLike): Decimal {
    return add(this, Decimal.from(other), true);
  }

  times(other: DecimalLike): Decimal {
    const o = Decimal.from(other);
    if (typeof this.m === 'number' && typeof o.m === 'number') {
      const r = this.m * o.m;
      if (Number.isSafeInteger(r)) return new Decimal(r, this.s + o.s);
    }
    return new Decimal(shrink(BigInt(this.m) * BigInt(o.m)), this.s + o.s);
  }

  /**
   * `this / other`: exact when the quotient terminates within 30 decimals, else rounded half away from zero at
   * 30 decimals. Throws on division by zero (every rule checks its divisors first).
   */
  div(other: DecimalLike): Decimal {
    const o = Decimal.from(other);
    if (o.m === 0) throw new RangeError('Division by zero');
    if (typeof this.m === 'number' && typeof o.m === 'number' && this.m % o.m === 0) {
      // An integer quotient of the mantissas: a / b = (ma / mb) × 10^(sb − sa).
      const q = this.m / o.m;
      const s = this.s - o.s;
      return s >= 0 ? new Decimal(q, s) : new Decimal(scaleUp(q, -s), 0);
    }
    return divideTo(this, o, DIVISION_PLACES, 1);
  }

  /** Rounds to `dp` decimals (default 0) with a big.js rounding mode (default 1, half away from zero). */
  round(dp = 0, mode: RoundingMode = 1): Decimal {
    if (this.s <= dp) return this;
    const k = this.s - dp;
    const m = this.m;
    if (typeof m === 'number' && k < 16) {
      const p = POW10[k] as number;
      const r = m % p;
      const q = (m - r) / p;
      return new Decimal(q + roundingStep(q, Math.abs(r) * 2 - p, r !== 0, m < 0, mode), dp);
    }
    const p = pow10n(k);
    const big = BigInt(m);
    const r = big % p;
    const q = big / p;
    const twice = (r < 0n ? -r : r) * 2n;
    const cmpHalf = twice === p ? 0 : twice > p ? 1 : -1;
    const step = roundingStep(Number(q % 2n), cmpHalf, r !== 0n, big < 0n, mode);
    return new Decimal(shrink(q + BigInt(step)), dp);
  }

  /** −1, 0 or 1. */
  cmp(other: DecimalLike): -1 | 0 | 1 {
    const o = Decimal.from(other);
    const s = Math.max(this.s, o.s);
    const a = scaleUp(this.m, s - this.s);
    const b = scaleUp(o.m, s - o.s);
    // Comparing a number with a BigInt is exact in JavaScript.
    return a > b ? 1 : a < b ? -1 : 0;
  }

  eq(other: DecimalLike): boolean {
    return this.cmp(other) === 0;
  }
  lt(other: DecimalLike): boolean {
    return this.cmp(other) < 0;
  }
  lte(other: DecimalLike): boolean {
    return this.cmp(other) <= 0;
  }
  gt(other: DecimalLike): boolean {
    return this.cmp(other) > 0;
  }
  gte(other: DecimalLike): boolean {
    return this.cmp(other) >= 0;
  }

  abs(): Decimal {
    return this.m < 0 ? this.neg() : this;
  }

  neg(): Decimal {
    return new Decimal(typeof this.m === 'number' ? -this.m : shrink(-this.m), this.s);
  }

  /** Text with exactly `dp` decimals (rounded half away from zero), no exponent; without `dp`, `toString()`. */
  toFixed(dp?: number): string {
    if (dp === undefined) return this.toString();
    const r = this.round(dp, 1);
    return write(r.m, r.s, dp);
  }

  /** Shortest exact text, no exponent (e.g. `87.125`, `-0.5`, `1200`). */
  toString(): string {
    let m = this.m;
    let s = this.s;
    if (typeof m === 'number') {
      while (s > 0 && m % 10 === 0) {
        m /= 10;
        s -= 1;
      }
    } else {
      while (s > 0 && m % 10n === 0n) {
        m /= 10n;
        s -= 1;
      }
    }
    return write(m, s, s);
  }

  /** The nearest JS number. */
  toNumber(): number {
    return Number(this.toString()) || 0;
  }

  valueOf(): string {
    return this.toString();
  }

  toJSON(): string {
    return this.toString();
  }
}

function add(a: Decimal, b: Decimal, subtract: boolean): Decimal {
  const s = Math.max(a.s, b.s);
  const am = scaleUp(a.m, s - a.s);
  const bm = scaleUp(b.m, s - b.s);
  if (typeof am === 'number' && typeof bm === 'number') {
    const r = subtract ? am - bm : am + bm;
    if (Number.isSafeInteger(r)) return new Decimal(r, s);
  }
  const r = subtract ? BigInt(am) - BigInt(bm) : BigInt(am) + BigInt(bm);
  return new Decimal(shrink(r), s);
}

/**
 * The step (−1, 0 or +1) to add to a truncated quotient `q` for a rounding mode. `half` compares twice the
 * remainder with the divisor (< 0 below half, 0 exactly half, > 0 above); `inexact` whether anything was cut;
 * `negative` the sign of the value. For mode 2, `q` is only read for its parity.
 */
function roundingStep(
  q: number,
  half: number,
  inexact: boolean,
  negative: boolean,
  mode: RoundingMode,
): number {
  if (!inexact) return 0;
  const away = negative ? -1 : 1;
  if (mode === 0) return 0;
  if (mode === 3) return away;
  if (half > 0) return away;
  if (half < 0) return 0;
  return mode === 1 || q % 2 !== 0 ? away : 0;
}

/** `a / b` rounded at `dp` decimals with `mode`, in BigInt (trailing zeros dropped). */
function divideTo(a: Decimal, b: Decimal, dp: number, mode: RoundingMode): Decimal {
  // a / b = (ma × 10^sb) / (mb × 10^sa); scaled by 10^dp for dp decimals.
  let num = BigInt(a.m) * pow10n(b.s + dp);
  let den = BigInt(b.m) * pow10n(a.s);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  const twice = (r < 0n ? -r : r) * 2n;
  const half = twice === den ? 0 : twice > den ? 1 : -1;
  let m = q + BigInt(roundingStep(Number(q % 2n), half, r !== 0n, num < 0n, mode));
  let s = dp;
  if (r === 0n) {
    while (s > 0 && m % 10n === 0n) {
      m /= 10n;
      s -= 1;
    }
  }
  return new Decimal(shrink(m), s);
}

function write(m: Mantissa, s: number, dp: number): string {
  const negative = m < 0;
  let digits = (negative ? -m : m).toString();
  if (digits.length <= s) digits = '0'.repeat(s - digits.length + 1) + digits;
  const int = digits.slice(0, digits.length - s);
  let frac = digits.slice(digits.length - s);
  if (dp > s) frac += '0'.repeat(dp - s);
  const text = frac === '' ? int : `${int}.${frac}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
