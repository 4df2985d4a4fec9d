/**
 * Schema building blocks (zod/mini, to keep the browser cost small) and the mapping of schema issues onto
 * Khanaen's stable error shape `{ path, code, message: { th, en } }` (SPEC §0).
 */
import * as z from 'zod/mini';
import { hasTooManyDigits, toDecimal, toText, type Decimal } from './decimal.js';
import { packsOf, resolvePack, type PackOptions, type RulePack } from './packs.js';
import { error, type ErrorCode, type KnError } from './result.js';

/** What a user may type for a number: a JS number or a numeric string (Thai digits, thousands separators). */
export type DecimalInput = number | string;

interface DecimalRules {
  /** Reject values below 0 (`NEGATIVE`). */
  readonly nonNegative?: boolean;
  /** Reject values ≤ 0 (`NOT_POSITIVE`). */
  readonly positive?: boolean;
  /** Reject fractions (`NOT_AN_INTEGER`). */
  readonly integer?: boolean;
  /** Inclusive range (`OUT_OF_RANGE`). */
  readonly range?: readonly [number, number];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

type Issue = {
  code: 'custom';
  input: unknown;
  params: { code: ErrorCode; values?: object };
  message: string;
};

function issue(input: unknown, code: ErrorCode, values?: object): Issue {
  return { code: 'custom', input, params: values ? { code, values } : { code }, message: code };
}

/**
 * A required decimal field. Blank → `REQUIRED`; not numeric → `NOT_A_NUMBER`; more digits than a person
 * types (e.g. 10^400) → `TOO_MANY_DIGITS`; then the given rules.
 */
export function decimal(rules: DecimalRules = {}) {
  return z.custom<DecimalInput>().check((ctx) => {
    const value: unknown = ctx.value;
    if (isBlank(value)) {
      ctx.issues.push(issue(value, 'REQUIRED'));
      return;
    }
    const d = toDecimal(value);
    if (!d) {
      ctx.issues.push(issue(value, hasTooManyDigits(value) ? 'TOO_MANY_DIGITS' : 'NOT_A_NUMBER'));
      return;
    }
    if (rules.positive && d.lte(0)) ctx.issues.push(issue(value, 'NOT_POSITIVE'));
    else if (rules.nonNegative && d.lt(0)) ctx.issues.push(issue(value, 'NEGATIVE'));
    if (rules.integer && !d.round(0).eq(d)) ctx.issues.push(issue(value, 'NOT_AN_INTEGER'));
    if (rules.range && (d.lt(rules.range[0]) || d.gt(rules.range[1]))) {
      ctx.issues.push(issue(value, 'OUT_OF_RANGE', { min: rules.range[0], max: rules.range[1] }));
    }
  });
}

/**
 * A whole JS number in an inclusive range (e.g. a category number 1–6); outside it → `OUT_OF_RANGE` with both
 * bounds in the message.
 */
export function wholeNumberIn(min: number, max: number) {
  return z.number().check(z.int(), (ctx) => {
    if (ctx.value < min || ctx.value > max) ctx.issues.push(issue(ctx.value, 'OUT_OF_RANGE', { min, max }));
  });
}

/** An optional decimal field: absent or blank means "not given". */
export function optionalDecimal(rules: DecimalRules = {}) {
  return z.optional(
    z.custom<DecimalInput | undefined>().check((ctx) => {
      if (isBlank(ctx.value)) return;
      const inner = decimal(rules).safeParse(ctx.value);
      if (!inner.success) for (const i of inner.error.issues) ctx.issues.push(i as unknown as Issue);
    }),
  );
}

/** A decimal that the schema has already validated. */
export function d(value: DecimalInput): Decimal {
  return toDecimal(value) as Decimal;
}

/** A decimal that may be absent or blank. */
export function dOpt(value: DecimalInput | undefined | null): Decimal | undefined {
  return isBlank(value) ? undefined : toDecimal(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    // A key that is not a property key would be converted with its own toString, which may throw.
    if (v === null || typeof v !== 'object' || !['string', 'number', 'symbol'].includes(typeof key))
      return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Maps zod issues to Khanaen errors (one per path and code, in input order). */
export function toErrors(issues: readonly z.core.$ZodIssue[], input: unknown): KnError[] {
  const out: KnError[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(issues)) return out;
  for (const iss of issues as readonly z.core.$ZodIssue[]) {
    if (iss === null || typeof iss !== 'object' || !Array.isArray(iss.path)) continue;
    const path = iss.path.map(toText).join('.');
    const value = valueAt(input, iss.path);
    let code: ErrorCode;
    let values: Record<string, unknown> = {};
    const underHistory = path === 'history' || path.startsWith('history.') || /\.history(\.|$)/.test(path);
    if (iss.code === 'unrecognized_keys') {
      // One error per key nobody reads (a misspelt field would otherwise be a silent 0).
      for (const k of Array.isArray(iss.keys) ? iss.keys : []) {
        const at = path ? `${path}.${toText(k)}` : toText(k);
        if (seen.has(`${at}|UNKNOWN_KEY`)) continue;
        seen.add(`${at}|UNKNOWN_KEY`);
        out.push(error(at, 'UNKNOWN_KEY', { key: toText(k) }));
      }
      continue;
    }
    if (iss.code === 'custom') {
      const params = (iss as { params?: { code?: ErrorCode; values?: Record<string, unknown> } }).params;
      code = params?.code ?? 'INVALID_TYPE';
      values = params?.values ?? {};
    } else if (isBlank(value)) {
      // Includes a blank name or id failing its minimum length: that is a missing value, not a range.
      code = 'REQUIRED';
    } else if (iss.code === 'invalid_value') {
      code = 'INVALID_OPTION';
      values = { options: Array.isArray(iss.values) ? iss.values.map(toText).join(', ') : '' };
    } else if (iss.code === 'too_small' || iss.code === 'too_big') {
      if (iss.origin === 'array' && iss.code === 'too_small' && Number(iss.minimum) <= 1) code = 'EMPTY';
      else if (iss.origin === 'array' && iss.code === 'too_big' && !underHistory) {
        code = 'TOO_MANY';
        values = { max: Number(iss.maximum) };
      } else if (iss.origin === 'array') code = underHistory ? 'HISTORY_REQUIRED' : 'INVALID_TYPE';
      else {
        code = 'OUT_OF_RANGE';
        values = {
          min: (iss as { minimum?: unknown }).minimum ?? '',
          max: (iss as { maximum?: unknown }).maximum ?? '',
        };
      }
    } else {
      code = 'INVALID_TYPE';
    }
    if (underHistory && code === 'REQUIRED') code = 'HISTORY_REQUIRED';
    const key = `${code === 'HISTORY_REQUIRED' ? 'history' : path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error(code === 'HISTORY_REQUIRED' ? path.replace(/\.\d+$/, '') : path, code, values));
  }
  return out;
}

/** Parses `input` with `schema`; on failure, the Khanaen errors. */
export function check<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: KnError[] } {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: toErrors(r.error.issues, input) };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Constants typed `number | string` (decimals a user may type, e.g. a newer minimum wage). */
const DECIMAL_CONSTANTS = new Set(['bahtPerSheet', 'wagePerDay', 'hoursPerDay']);

/**
 * Where `value` does not have the shape of `reference` (a built-in pack's constants): numbers must be finite
 * numbers within the digits a user's number may have (so no result overflows to `Infinity`; decimal constants
 * such as `wagePerDay` may also be numeric strings), booleans booleans, strings
 * strings, arrays non-empty arrays whose items have the shape of the reference's first item, objects objects
 * with every key of the reference. Returns the dot path of the first mismatch, or `null`.
 */
function shapeMismatch(value: unknown, reference: unknown, path: string, key = ''): string | null {
  // The built-in pack (or an untouched part of it) needs no checking, and this keeps rule sets fast.
  if (value === reference) return null;
  if (DECIMAL_CONSTANTS.has(key)) return toDecimal(value) ? null : path;
  if (typeof reference === 'number') return typeof value === 'number' && toDecimal(value) ? null : path;
  if (typeof reference === 'string') return typeof value === 'string' ? null : path;
  if (typeof reference === 'boolean') return typeof value === 'boolean' ? null : path;
  if (Array.isArray(reference)) {
    if (!Array.isArray(value) || value.length === 0) return path;
    for (let i = 0; i < value.length; i += 1) {
      const m = shapeMismatch(value[i], reference[0], `${path}.${i}`);
      if (m !== null) return m;
    }
    return null;
  }
  if (!isPlainObject(value)) return path;
  for (const [k, ref] of Object.entries(reference as Record<string, unknown>)) {
    const m = shapeMismatch(value[k], ref, `${path}.${k}`, k);
    if (m !== null) return m;
  }
  return null;
}

/**
 * Like `resolvePack`, but checks the caller's `pack` and `constants` first. `pack` may be a built-in pack's id
 * (`'pmqa40-cat7@2565'`) of the rule's family, or a pack object with a string `id` and constants shaped like
 * `fallback`'s; overridden constants must keep that shape. On a problem, the dot path of the offending value
 * and the error to report (`INVALID_OPTION` with the family's pack ids for an unknown id, else
 * `INVALID_TYPE`), so rules never throw.
 */
export function checkPack<C>(
  fallback: RulePack<C>,
  options: unknown,
):
  | { readonly ok: true; readonly pack: RulePack<C> }
  | { readonly ok: false; readonly path: string; readonly error: KnError } {
  const bad = (path: string) => ({ ok: false as const, path, error: error(path, 'INVALID_TYPE') });
  const o: Record<string, unknown> = isPlainObject(options) ? { ...options } : {};
  if (typeof o.pack === 'string') {
    const found = builtInPack(fallback.family, o.pack);
    if (!found) {
      const options = packsOf(fallback.family)
        .map((p) => p.id)
        .join(', ');
      return { ok: false, path: 'pack', error: error('pack', 'INVALID_OPTION', { options }) };
    }
    o.pack = found;
  } else if (o.pack !== undefined) {
    const p = o.pack;
    if (!isPlainObject(p) || typeof p.id !== 'string') return bad('pack');
    const m = shapeMismatch(p.constants, fallback.constants, 'pack.constants');
    if (m !== null) return bad(m);
  }
  if (o.constants !== undefined && !isPlainObject(o.constants)) return bad('constants');
  const pack = resolvePack(fallback, o as PackOptions<C>);
  if (pack === fallback || (o.constants === undefined && pack === o.pack && isBuiltIn(pack))) {
    return { ok: true, pack }; // a built-in pack, untouched: nothing to check
  }
  const m = shapeMismatch(pack.constants, fallback.constants, 'constants');
  return m === null ? { ok: true, pack } : bad(m);
}

function builtInPack<C>(family: string, id: string): RulePack<C> | undefined {
  return packsOf(family).find((p) => p.id === id) as RulePack<C> | undefined;
}

function isBuiltIn(pack: RulePack<unknown>): boolean {
  return packsOf(pack.family).includes(pack);
}
