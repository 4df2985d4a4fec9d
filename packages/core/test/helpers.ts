/** Shared assertions for the core test suite. */
import { expect } from 'vitest';
import type { ErrorCode, ExplanationStep, KnError, Result } from '../src/index.js';

/** Passes a deliberately ill-typed value to a typed function (bad-input tests). */
export const bad = <T = never>(value: unknown): T => value as T;

/** Asserts `r` is ok and returns it narrowed. */
export function ok<T extends object>(r: Result<T>): { readonly ok: true } & T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r;
}

/** Asserts `r` failed and returns its errors (each with a path, a code and both messages). */
export function errorsOf<T extends object>(r: Result<T>): readonly KnError[] {
  if (r.ok) throw new Error(`expected errors, got ok: ${JSON.stringify(r)}`);
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.message.th.trim()).not.toBe('');
    expect(e.message.en.trim()).not.toBe('');
    expect(e.message.th).not.toMatch(/undefined|\[object/);
    expect(e.message.en).not.toMatch(/undefined|\[object/);
  }
  return r.errors;
}

/** Asserts `r` failed with `code` at `path` (among possibly other errors) and returns that error. */
export function expectError<T extends object>(r: Result<T>, path: string, code: ErrorCode): KnError {
  const errors = errorsOf(r);
  const found = errors.find((e) => e.path === path && e.code === code);
  if (!found)
    throw new Error(
      `expected ${code} at "${path}", got ${JSON.stringify(errors.map((e) => [e.path, e.code]))}`,
    );
  return found;
}

/** Every explanation step: non-empty rule, a `file:line` source, non-empty Thai and English. */
export function expectExplained(steps: readonly ExplanationStep[]): void {
  expect(steps.length).toBeGreaterThan(0);
  for (const s of steps) {
    expect(s.rule).toMatch(/\S/);
    expect(s.source).toMatch(/^\d{3}:\d+/);
    expect(s.text.th.trim()).not.toBe('');
    expect(s.text.en.trim()).not.toBe('');
    expect(s.text.th).not.toMatch(/undefined|NaN|\[object/);
    expect(s.text.en).not.toMatch(/undefined|NaN|\[object/);
    expect(typeof s.values).toBe('object');
  }
}

/** The step of `rule` (the first one). */
export function stepOf(steps: readonly ExplanationStep[], rule: string): ExplanationStep {
  const s = steps.find((x) => x.rule === rule);
  if (!s) throw new Error(`no step ${rule} in ${steps.map((x) => x.rule).join(', ')}`);
  return s;
}

/** All numbers anywhere inside `value` (objects and arrays walked), with their paths. */
export function numbersIn(value: unknown, path = ''): { path: string; n: number }[] {
  if (typeof value === 'number') return [{ path, n: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}.${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Whether `n` is a finite number with at most 2 decimals (and not -0). */
export function isTwoDecimals(n: number): boolean {
  if (!Number.isFinite(n) || Object.is(n, -0)) return false;
  return Number(n.toFixed(2)) === n;
}
