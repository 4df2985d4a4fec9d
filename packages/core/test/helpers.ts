/** Shared assertions for the core test suite. */
import { expect } from 'vitest';
import type { ErrorCode, ExplanationStep, KnError, Result } from '../src/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedFiles } from '../src/result.js';

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

/**
 * Every explanation step: non-empty rule, a source that is a seed citation (`file:line`, checked against the
 * seed text by test/citations.test.ts) or a product default (`SPEC §n`), non-empty Thai and English.
 */
export function expectExplained(steps: readonly ExplanationStep[]): void {
  expect(steps.length).toBeGreaterThan(0);
  for (const s of steps) {
    expect(s.rule).toMatch(/\S/);
    expect(s.source).toMatch(/^(\d{3}:\d+|SPEC §\d)/);
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

// ------------------------------------------------------------------------------------------- citations
// The seeds live in the steering repo's shared/ folder beside this checkout (CI lays a copy there too).
const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seedLines = new Map<string, readonly string[]>();

/** The lines of seed `id` (`'000'`), or undefined when the seeds are not beside this checkout. */
export function seedText(id: string): readonly string[] | undefined {
  const entry = seedFiles[id];
  if (!entry || !existsSync(SEEDS_DIR)) return undefined;
  let lines = seedLines.get(id);
  if (!lines) {
    lines = readFileSync(`${SEEDS_DIR}${entry.file}`, 'utf8').split('\n');
    seedLines.set(id, lines);
  }
  return lines;
}

/** Whether the seeds are available to check citations against. */
export const seedsAvailable = existsSync(SEEDS_DIR);

/**
 * Problems with a citation such as `000:83, 001:1196-1197` or `SPEC §2`: every `file:line` must name a known
 * seed, lines inside it, and each named line (both ends of a range) must hold text. `SPEC §n` is a product
 * default and needs no seed line.
 */
export function citationProblems(source: string): string[] {
  const problems: string[] = [];
  for (const part of source.split(',').map((p) => p.trim())) {
    if (/^SPEC §\d/.test(part)) continue;
    const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) {
      problems.push(`"${part}" is not file:line or SPEC §n`);
      continue;
    }
    const [, file = '', a = '0', b] = m;
    const lines = seedText(file);
    if (!lines) {
      problems.push(`${part}: no seed ${file}`);
      continue;
    }
    const from = Number(a);
    const to = b === undefined ? from : Number(b);
    if (from < 1 || to < from || to > lines.length) problems.push(`${part}: outside the seed`);
    else
      for (const n of new Set([from, to]))
        if ((lines[n - 1] ?? '').trim() === '') problems.push(`${part}: line ${n} is blank`);
  }
  return problems;
}

/** Every step's source resolves to seed lines that exist and are not blank (or is a SPEC default). */
export function expectCitationsResolve(steps: readonly ExplanationStep[]): void {
  if (!seedsAvailable) return;
  const problems = steps.flatMap((s) => citationProblems(s.source).map((p) => `${s.rule}: ${p}`));
  expect(problems).toEqual([]);
}
