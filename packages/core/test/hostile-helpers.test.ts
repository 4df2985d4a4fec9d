/**
 * Hostile input for the public functions that do not return a `Result`: formatters (a string; `''` for what
 * is not a number or a date), year helpers (a number; `NaN` for what is not a finite number, as `fiscalYear`
 * documents), lookups, builders, the zod schemas and the criteria entry. Same values as `hostile.test.ts`,
 * on every argument and option; each case must not throw and must return its documented shape, never
 * `"NaN"` text or a non-finite number where a real answer exists.
 * The last blocks pin the behaviour of very long inputs (thousands to 100,000 rows stay fast) and list, as
 * the bugs it found in the rule files, now fixed.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  agencyEval2567,
  agencyLevel,
  agencyRounds,
  agencyWeightTotal,
  bandScale,
  buddhistYear,
  checklistEstimate,
  cite,
  classifyImprovement,
  classifyOnScale,
  commonEraYear,
  error,
  facilitationValue,
  fail,
  fieldLabel,
  findKpiGroup,
  fiscalYear,
  formatBaht,
  formatDate,
  formatDecimal,
  formatNumber,
  formatPercent,
  formatYear,
  fromThaiDigits,
  kpiNameKey,
  levelLabel,
  pmqa40Cat7,
  pmqaByCategory,
  pmqaOverall,
  resolvePack,
  schemas,
  scoreAgency,
  scoreCategory7Set,
  toBuddhistEraYear,
  toCommonEraYear,
  toErrors,
  toLang,
  toThaiDigits,
  type ErrorCode,
} from '../src/index.js';
import { criteriaItems, criteriaPrompts, processCategories } from '../src/criteria/index.js';
import {
  MISSING,
  expectErrors,
  expectFiniteNumbers,
  expectMessage,
  expectSafeResult,
  hostileValues,
  noThrow,
  pathLabel,
  sameAs,
  withValue,
  type Hostile,
  type Path,
} from './hostile-values.js';

interface Context {
  readonly hostile: Hostile;
  readonly path: Path;
  /** The same call with another value at the same place. */
  readonly run: (value: unknown) => unknown;
}

interface Table {
  readonly name: string;
  readonly call: (args: unknown[]) => unknown;
  readonly base: readonly unknown[];
  readonly paths: readonly Path[];
  /** What the result must look like (the call already did not throw). */
  readonly check: (out: unknown, ctx: Context) => void;
}

const callN =
  (f: (...a: never[]) => unknown) =>
  (args: unknown[]): unknown =>
    f(...(args as never[]));

const LEAK = /NaN|Infinity|undefined|\[object/;
const isFirst = (ctx: Context) => ctx.path.length === 1 && ctx.path[0] === 0;
const value = (ctx: Context) => (ctx.hostile.value === MISSING ? undefined : ctx.hostile.value);

/** A formatter of numbers: `''` for anything that is not a number, the same text for ๑๒๓ as for 123. */
function checkNumberText(out: unknown, ctx: Context): void {
  expect(typeof out).toBe('string');
  expect(out as string).not.toMatch(LEAK);
  if (!isFirst(ctx)) return;
  const { kind } = ctx.hostile;
  if (kind === 'junk' || kind === 'blank') expect(out).toBe('');
  else expect(out).toBe(ctx.run(sameAs(kind)));
  if (kind === 'zero') expect(out as string).not.toMatch(/^[-−]/);
}

/** A year helper: a number; finite for a finite number, `NaN` (documented) for anything else. */
function checkYearNumber(out: unknown, ctx: Context): void {
  expect(typeof out).toBe('number');
  const v = value(ctx);
  if (typeof v === 'number' && Number.isFinite(v)) expect(Number.isFinite(out)).toBe(true);
  else expect(out).toBeNaN();
}

const formatOptions = { lang: 'th', digits: 'thai', minimumFractionDigits: 1, maximumFractionDigits: 2 };
const optionPaths: readonly Path[] = [
  [0],
  [1],
  [1, 'lang'],
  [1, 'digits'],
  [1, 'minimumFractionDigits'],
  [1, 'maximumFractionDigits'],
];

const tables: readonly Table[] = [
  {
    name: 'formatNumber',
    call: callN(formatNumber),
    base: [1234.5, formatOptions],
    paths: optionPaths,
    check: checkNumberText,
  },
  {
    name: 'formatPercent',
    call: callN(formatPercent),
    base: [6.67, formatOptions],
    paths: optionPaths,
    check: checkNumberText,
  },
  {
    name: 'formatBaht',
    call: callN(formatBaht),
    base: [2250000.5, { lang: 'en' }],
    paths: optionPaths,
    check: checkNumberText,
  },
  {
    name: 'formatDecimal',
    call: callN(formatDecimal),
    base: [1234.567, 2],
    paths: [[0], [1]],
    check: checkNumberText,
  },
  {
    name: 'formatYear',
    call: callN(formatYear),
    base: [2024, { lang: 'th', prefix: true }],
    paths: [[0], [1], [1, 'lang'], [1, 'prefix'], [1, 'digits']],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      expect(out as string).not.toMatch(LEAK);
      const v = value(ctx);
      // Takes a JS number only (a year from a date or a form's number input): anything else gives ''.
      if (isFirst(ctx) && (typeof v !== 'number' || !Number.isFinite(v))) expect(out).toBe('');
      if (isFirst(ctx) && typeof v === 'number' && ctx.hostile.kind === 'zero') expect(out).toBe(ctx.run(0));
    },
  },
  {
    name: 'formatDate',
    call: callN(formatDate),
    base: [new Date('2023-10-01T00:00:00Z'), { lang: 'th', style: 'medium', digits: 'latin' }],
    paths: [[0], [1], [1, 'lang'], [1, 'style'], [1, 'digits']],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      expect(out as string).not.toMatch(/NaN|Invalid|undefined/);
      const v = value(ctx);
      if (isFirst(ctx) && !(v instanceof Date && !Number.isNaN(v.getTime()))) expect(out).toBe('');
      if (!isFirst(ctx)) expect(out).not.toBe('');
    },
  },
  {
    name: 'toThaiDigits',
    call: callN(toThaiDigits),
    base: ['2567'],
    paths: [[0]],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      const v = value(ctx);
      if (typeof v === 'number') expect(out as string).not.toMatch(LEAK);
      if (typeof v !== 'string' && typeof v !== 'number') expect(out).toBe('');
      if (typeof v === 'string') expect(out).toBe(v.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'.charAt(Number(d))));
    },
  },
  {
    name: 'fromThaiDigits',
    call: callN(fromThaiDigits),
    base: ['๒๕๖๗'],
    paths: [[0]],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      const v = value(ctx);
      if (typeof v !== 'string') expect(out).toBe('');
      if (v === '๑๒๓') expect(out).toBe('123');
    },
  },
  { name: 'buddhistYear', call: callN(buddhistYear), base: [2024], paths: [[0]], check: checkYearNumber },
  { name: 'commonEraYear', call: callN(commonEraYear), base: [2567], paths: [[0]], check: checkYearNumber },
  {
    name: 'toCommonEraYear',
    call: callN(toCommonEraYear),
    base: [2564],
    paths: [[0]],
    check: checkYearNumber,
  },
  {
    name: 'toBuddhistEraYear',
    call: callN(toBuddhistEraYear),
    base: [2021],
    paths: [[0]],
    check: checkYearNumber,
  },
  {
    name: 'fiscalYear',
    call: callN(fiscalYear),
    base: [new Date('2023-10-01T00:00:00Z')],
    paths: [[0]],
    check: (out, ctx) => {
      expect(typeof out).toBe('number');
      const v = value(ctx);
      // Documented: `NaN` for an invalid date (or anything that is not a Date).
      if (v instanceof Date && !Number.isNaN(v.getTime())) expect(out).toBe(2567);
      else expect(out).toBeNaN();
    },
  },
  {
    name: 'levelLabel',
    call: callN(levelLabel),
    base: ['advance', 'th'],
    paths: [[0], [1]],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      const v = value(ctx);
      // Documented: an unknown id (a caller's own band) is its own label; anything but a string gives ''.
      if (isFirst(ctx) && typeof v !== 'string') expect(out).toBe('');
      if (isFirst(ctx) && typeof v === 'string') expect(out).toBe(v);
      if (!isFirst(ctx)) expect(['ระดับก้าวหน้า', 'Advance']).toContain(out);
    },
  },
  {
    name: 'toLang',
    call: callN(toLang),
    base: ['th-TH'],
    paths: [[0]],
    check: (out) => expect(['th', 'en']).toContain(out),
  },
  {
    name: 'kpiNameKey',
    call: callN(kpiNameKey),
    base: ['  รายได้ จากการท่องเที่ยว '],
    paths: [[0]],
    check: (out, ctx) => {
      expect(typeof out).toBe('string');
      if (typeof value(ctx) !== 'string') expect(out).toBe('');
    },
  },
  {
    name: 'findKpiGroup',
    call: callN(findKpiGroup),
    base: [pmqa40Cat7.constants, '7.1', 'core-mission'],
    paths: [[1], [2]],
    check: (out) => {
      if (out !== undefined) expect(typeof (out as { id?: unknown }).id).toBe('string');
    },
  },
  {
    name: 'bandScale',
    call: callN(bandScale),
    base: ['agency'],
    paths: [[0]],
    check: (out, ctx) => {
      const scale = out as { id: string; bands: unknown[] };
      expect(Array.isArray(scale.bands)).toBe(true);
      // Documented by its fallback: an unknown id gives the PMQA 4.0 scale.
      expect(scale.id).toBe(['agency', 'cat7'].includes(value(ctx) as string) ? value(ctx) : 'pmqa40');
      expectFiniteNumbers(scale);
    },
  },
  {
    name: 'agencyLevel',
    call: callN(agencyLevel),
    base: [82.5],
    paths: [[0], [1], [1, 'constants'], [1, 'constants', 'levels'], [1, 'constants', 'levels', 0, 'min']],
    check: (out, ctx) => {
      expect([null, 'quality', 'standard-high', 'standard-basic', 'needs-improvement']).toContain(out);
      if (!isFirst(ctx)) return;
      const { kind } = ctx.hostile;
      if (kind === 'junk' || kind === 'blank') expect(out).toBeNull();
      else expect(out).toBe(ctx.run(sameAs(kind)));
    },
  },
  {
    name: 'agencyRounds',
    call: callN(agencyRounds),
    base: [2567, agencyEval2567],
    paths: [[0], [1], [1, 'constants'], [1, 'constants', 'rounds'], [1, 'constants', 'rounds', 'sixMonth']],
    check: (out, ctx) => {
      const r = out as Record<'sixMonth' | 'twelveMonth', { start: unknown; end: unknown }>;
      const dates = [r.sixMonth.start, r.sixMonth.end, r.twelveMonth.start, r.twelveMonth.end];
      for (const d of dates) expect(typeof d).toBe('string');
      // Documented: a year that is not a whole number gives `NaN` years ("NaN-10-01"; 1e300 gives
      // "1e+300-10-01"), a contract of src/rules/agency.ts, owned elsewhere; a pack without valid rounds falls
      // back to agency-eval@2567.
      if (!isFirst(ctx) || Number.isSafeInteger(value(ctx))) {
        for (const d of dates) expect(d).toMatch(/^-?\d+-\d\d-\d\d$/);
      }
    },
  },
  {
    name: 'agencyWeightTotal',
    call: callN(agencyWeightTotal),
    base: [[{ weight: 60 }, { weight: '๔๐' }]],
    paths: [[0], [0, 0], [0, 0, 'weight'], [0, 1, 'weight']],
    check: (out, ctx) => {
      const r = out as { sum: number; invalid: number[]; error: unknown };
      expectFiniteNumbers(r);
      expect(Array.isArray(r.invalid)).toBe(true);
      if (r.error !== null) expectErrors([r.error]);
      if (ctx.path.length !== 3 || ctx.path[1] !== 0) return;
      const { kind } = ctx.hostile;
      if (kind === 'junk' || kind === 'blank') expect(r.invalid).toContain(0);
      else expect(r).toEqual(ctx.run(sameAs(kind)));
    },
  },
  {
    name: 'resolvePack',
    call: callN(resolvePack),
    base: [pmqa40Cat7, { constants: { basicMaxPct: 4 } }],
    paths: [[1], [1, 'constants'], [1, 'constants', 'basicMaxPct'], [1, 'constants', 'points']],
    check: (out) => {
      // Resolving does not validate (each rule checks the pack it gets with `checkPack`): the result is a
      // pack with a text id, whatever the overrides.
      expect(typeof (out as { id?: unknown }).id).toBe('string');
    },
  },
  {
    // A caller's own pack (an object) without overrides is passed through as it is; anything else that is
    // not an object is ignored and the fallback applies.
    name: 'resolvePack (caller pack)',
    call: callN(resolvePack),
    base: [pmqa40Cat7, { pack: pmqa40Cat7 }],
    paths: [[1, 'pack']],
    check: (out, ctx) => {
      const pack = ctx.hostile.value;
      if (typeof pack === 'object' && pack !== null && !Array.isArray(pack)) expect(out).toBe(pack);
      else expect(out).toEqual(pmqa40Cat7);
    },
  },
  {
    name: 'toErrors',
    call: callN(toErrors),
    base: [
      [
        { code: 'custom', path: ['target'], message: 'x', params: { code: 'NOT_A_NUMBER' } },
        { code: 'invalid_value', path: ['direction'], message: 'x', values: ['higher', 'lower'] },
        { code: 'too_big', origin: 'array', path: ['kpis'], maximum: 3, message: 'x' },
      ],
      { target: 'x', direction: 'up', kpis: [1, 2, 3, 4] },
    ],
    paths: [
      [0],
      [0, 0],
      [0, 0, 'path'],
      [0, 0, 'path', 0],
      [0, 0, 'code'],
      [0, 0, 'params'],
      [0, 1, 'values'],
      [1],
    ],
    check: (out) => {
      // Builds an error for each issue it can read (none for issues that are not zod issues).
      expectErrors(out, { allowEmpty: true });
    },
  },
  ...(
    [
      ['OUT_OF_RANGE', { min: 0, max: 100 }, 'min'],
      ['DUPLICATE_ID', { id: 'K1' }, 'id'],
      ['UNKNOWN_ITEM', { item: '9.9' }, 'item'],
      ['WEIGHTS_NOT_100', { sum: '99.5' }, 'sum'],
      ['INVALID_OPTION', { options: 'higher, lower' }, 'options'],
      ['TOO_MANY', { max: 7 }, 'max'],
    ] as const
  ).map(([code, values, key]): Table => ({
    name: `error (${code})`,
    call: callN(error),
    base: ['kpis.1.id', code, values, { th: 'รหัส', en: 'Id' }],
    paths: [[0], [1], [2], [2, key], [3]],
    check: (out) => {
      // A builder: it repeats the values it is given (so no check for "NaN" text), but always bilingual,
      // short, and without markup.
      const e = out as { path: unknown; code: unknown; message: unknown };
      expect(typeof e.path).toBe('string');
      expectMessage(e.message, code, true);
    },
  })),
  {
    name: 'fieldLabel',
    call: callN(fieldLabel),
    base: ['kpis.2.targets.high'],
    paths: [[0]],
    check: (out) => expectMessage(out, 'label', true),
  },
  {
    name: 'fail',
    call: callN(fail),
    base: [[error('target', 'REQUIRED')]],
    paths: [[0], [0, 0]],
    // A builder that passes the errors through (rules only ever give it errors made by `error`).
    check: (out) => {
      expect((out as { ok?: unknown }).ok).toBe(false);
      expect(out).toHaveProperty('errors');
    },
  },
  {
    name: 'cite',
    call: callN(cite),
    base: ['001', '1196-1197'],
    paths: [[0], [1]],
    check: (out) => expect(typeof out).toBe('string'),
  },
  ...(
    [
      ['processCategories', processCategories, 6],
      ['criteriaItems', criteriaItems, 24],
      ['criteriaPrompts', criteriaPrompts, 94],
    ] as const
  ).map(([name, f, n]): Table => ({
    name: `${name} (criteria entry; takes no arguments)`,
    call: callN(f),
    base: [undefined],
    paths: [[0]],
    check: (out) => expect((out as unknown[]).length).toBe(n),
  })),
];

interface Row {
  readonly title: string;
  readonly path: Path;
  readonly hostile: Hostile;
}

describe.each(tables)('$name never throws on hostile input', (table) => {
  const rows: Row[] = table.paths.flatMap((path) =>
    hostileValues.map((hostile) => ({
      title: `${table.name} › ${pathLabel(path, table.base.length)} ← ${hostile.label}`,
      path,
      hostile,
    })),
  );
  it.each(rows)('$title', ({ path, hostile }) => {
    const run = (v: unknown) => noThrow(() => table.call(withValue(table.base, path, v)));
    table.check(run(hostile.value), { hostile, path, run });
  });
});

describe('the zod schemas never throw, and toErrors turns their issues into bilingual errors', () => {
  const rows = Object.entries(schemas).flatMap(([name, schema]) =>
    hostileValues.map((hostile) => ({
      title: `schemas.${name}.safeParse ← ${hostile.label}`,
      schema,
      hostile,
    })),
  );
  it.each(rows)('$title', ({ schema, hostile }) => {
    const input = hostile.value === MISSING ? undefined : hostile.value;
    const parsed = noThrow(() => (schema as z.ZodMiniType).safeParse(input));
    // pmqaBand is a bare decimal: Thai digits and -0 are valid there; every object schema refuses these.
    if (!parsed.success) expectErrors(noThrow(() => toErrors(parsed.error.issues, input)));
  });
});

describe('messages never echo markup or megabytes, and stay readable', () => {
  it('a duplicate id made of markup is neutralised; a megabyte id is cut', () => {
    const targets = { initial: 1, standard: 2, high: 3 };
    const html = '<img src=x onerror=alert(1)>';
    const r = scoreAgency({
      kpis: [
        { id: html, weight: 50, actual: 2, targets },
        { id: html, weight: 50, actual: 2, targets },
      ],
    });
    expectSafeResult(r);
    const dup = !r.ok && r.errors.find((e) => e.code === 'DUPLICATE_ID');
    expect(dup && dup.message.en).toBe(
      'KPI 2: The id “‹img src=x onerror=alert(1)›” is used more than once; ids must be unique.',
    );
    expect(dup && dup.values?.id).toBe(html); // the raw value stays available to code
    const long = 'ก'.repeat(1 << 20);
    const e = error('kpis.1.id', 'DUPLICATE_ID', { id: long });
    expect(e.message.th.length).toBeLessThan(200);
    expect(e.message.th).toContain('ก'.repeat(98) + '…');
  });

  it('an unknown checklist item made of markup is neutralised', () => {
    const r = checklistEstimate({ levels: { '<script>alert(1)</script>': 'basic' } as never });
    expectSafeResult(r);
    expect(!r.ok && r.errors[0]?.message.en).toBe(
      '“‹script›alert(1)‹/script›” is not an item of the criteria (items are 1.1–6.4).',
    );
  });

  it('whitespace runs collapse, and a cut never splits a surrogate pair', () => {
    expect(error('', 'UNKNOWN_ITEM', { item: 'a\n\n\tb' }).message.en).toContain('“a b”');
    const emoji = error('', 'UNKNOWN_ITEM', { item: `${'x'.repeat(98)}😀tail` }).message.en;
    expect(emoji).toContain(`“${'x'.repeat(98)}…”`);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const fits = error('', 'UNKNOWN_ITEM', { item: `${'x'.repeat(97)}😀tail` }).message.en;
    expect(fits).toContain(`“${'x'.repeat(97)}😀…”`);
  });

  it('a label that is not a Thai/English pair falls back to the field name', () => {
    for (const label of [null, 'ชื่อ', { th: 1, en: 'x' }, { th: 'x' }]) {
      expect(error('target', 'REQUIRED', {}, label as never).message).toEqual({
        th: 'กรุณากรอกค่าเป้าหมาย',
        en: 'Target is required.',
      });
    }
  });
});

describe('numbers with too many digits (TOO_MANY_DIGITS) and the edge of the limits', () => {
  const code = (v: unknown): ErrorCode | 'ok' => {
    const r = pmqaOverall({ categoryScores: [v, 1, 1, 1, 1, 1, 1] as never });
    return r.ok ? 'ok' : (r.errors[0]?.code as ErrorCode);
  };
  it.each([
    ['a plain score', '๔๒๐', 'ok'],
    ['999,999,999,999,999.99 (15 digits)', '999,999,999,999,999.99', 'OUT_OF_RANGE'],
    ['1,000,000,000,000,000 (16 digits)', '1,000,000,000,000,000', 'TOO_MANY_DIGITS'],
    ['1e15 as a number', 1e15, 'TOO_MANY_DIGITS'],
    ['40 decimals', `1.${'0'.repeat(39)}1`, 'ok'],
    ['41 decimals', `1.${'0'.repeat(40)}1`, 'TOO_MANY_DIGITS'],
    ['float noise 5.551115123125783e-17', 5.551115123125783e-17, 'ok'],
    ['trailing zeros do not count', `1.${'0'.repeat(60)}`, 'ok'],
    ['leading zeros do not count', `${'0'.repeat(60)}7`, 'ok'],
    ['number text over 100 characters', `${'0'.repeat(100)}7`, 'TOO_MANY_DIGITS'],
    ['−10^16 (U+2212)', `−1${'0'.repeat(16)}`, 'TOO_MANY_DIGITS'],
    ['not a number stays NOT_A_NUMBER', `${'9'.repeat(200)}x`, 'NOT_A_NUMBER'],
  ])('%s', (_label, v, expected) => {
    expect(code(v)).toBe(expected);
  });

  it('the message says what the limits are, in both languages', () => {
    const r = scoreAgency({
      kpis: [
        { id: 'K1', weight: '9'.repeat(10_000), actual: 1, targets: { initial: 1, standard: 2, high: 3 } },
      ],
    });
    const e = !r.ok && r.errors.find((x) => x.code === 'TOO_MANY_DIGITS');
    expect(e && e.path).toBe('kpis.0.weight');
    expect(e && e.message).toEqual({
      th: 'ตัวชี้วัดที่ 1: น้ำหนักมีจำนวนหลักมากเกินไป (ไม่เกิน 15 หลักก่อนจุดทศนิยม และ 40 หลักหลังจุดทศนิยม)',
      en: 'KPI 1: Weight has too many digits (at most 15 before the decimal point and 40 after it).',
    });
  });

  it('the largest allowed values still give finite results everywhere', () => {
    const max = '999,999,999,999,999.99';
    const tiny = `0.${'0'.repeat(39)}1`;
    const r = facilitationValue({
      services: [{ sheetsReduced: max, feeReduced: max, hoursReduced: max, transactions: '999999999999999' }],
      constants: { wagePerDay: max, hoursPerDay: tiny, bahtPerSheet: max },
    });
    expectSafeResult(r);
    expect(r.ok).toBe(true);
  });

  it('formatters: a year or a value past the limits formats as empty text, never "พ.ศ. " alone', () => {
    expect(formatYear(1e16, { prefix: true })).toBe('');
    expect(formatNumber('1' + '0'.repeat(400))).toBe('');
    expect(formatBaht(1e300)).toBe('');
    expect(formatPercent('9'.repeat(10_000), { lang: 'en' })).toBe('');
    expect(formatNumber('๑๒๓')).toBe(formatNumber(123));
    expect(formatBaht('0.5', { lang: 'en' })).toBe('฿0.50');
    expect(formatDate(new Date('2023-10-01T00:00:00Z'), { style: 'bogus' as never })).toBe(
      formatDate(new Date('2023-10-01T00:00:00Z'), { style: 'medium' }),
    );
    expect(formatPercent(5, null as never)).toBe('ร้อยละ 5');
    expect(formatBaht(5, null as never)).toBe('5 บาท');
    expect(formatYear(2024, null as never)).toBe('2567');
  });
});

describe('very long inputs stay fast', () => {
  const targets = { initial: 80, standard: 90, high: 100 };
  it('scoreAgency: 2,000 KPIs (weights 0.05 each)', () => {
    const kpis = Array.from({ length: 2_000 }, (_, i) => ({
      id: `K${i}`,
      weight: '0.05',
      actual: 85,
      targets,
    }));
    const t = performance.now();
    const r = scoreAgency({ kpis });
    expect(performance.now() - t).toBeLessThan(3000);
    expectSafeResult(r);
    // 62.5 × 0.05 % = 0.03125, shown 0.03; the total re-adds the 2,000 shown values (SPEC §0): 60.
    expect(r.ok && r.kpis[0]?.weighted).toBe(0.03);
    expect(r.ok && r.total).toBe(60);
  });

  it('scoreAgency: 100,000 rows of junk give one error per row, not a crash', () => {
    const r = scoreAgency({ kpis: Array.from({ length: 100_000 }, () => 'x') as never });
    expectSafeResult(r);
    expect(!r.ok && r.errors.length).toBe(100_000);
  });

  it('scoreCategory7Set: 1,000 KPIs (duplicates, overflowing dimensions)', () => {
    const kpis = Array.from({ length: 1_000 }, (_, i) => ({
      dimension: `7.${(i % 6) + 1}` as '7.1',
      name: `KPI ${i % 50}`,
      target: 375,
      actual: 400,
      history: [300, 450],
    }));
    const t = performance.now();
    const r = scoreCategory7Set({ kpis });
    expect(performance.now() - t).toBeLessThan(3000);
    expectSafeResult(r);
    expect(r.ok).toBe(true);
  });

  it('facilitationValue: 2,000 services', () => {
    const services = Array.from({ length: 2_000 }, () => ({
      sheetsReduced: 4,
      feeReduced: 100,
      hoursReduced: 3,
      transactions: 10,
    }));
    const r = facilitationValue({ services });
    expectSafeResult(r);
    // (4 × 0.5 + 100 + 3 × 41) × 10 transactions, 2,000 times.
    expect(r.ok && r.total).toBe(4_500_000);
  });

  it('pmqaByCategory: 100,000 applied categories and percentages are refused by size, quickly', () => {
    const r = pmqaByCategory({
      categoryPercents: Array.from({ length: 100_000 }, () => 50),
      total: 320,
      applied: Array.from({ length: 100_000 }, () => 1),
      cat7RelatedPercents: Array.from({ length: 100_000 }, () => 35),
    });
    expectSafeResult(r);
    expect(r.ok).toBe(false);
  });

  it('agencyWeightTotal: 100,000 rows', () => {
    const r = agencyWeightTotal(Array.from({ length: 100_000 }, () => ({ weight: '0.001' })));
    expect(r).toMatchObject({ sum: 100, invalid: [], error: null });
  });

  it('checklistEstimate: 20,000 unknown items give bilingual errors', () => {
    const levels = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`x${i}`, 'basic']));
    const r = checklistEstimate({ levels: levels as never });
    expectSafeResult(r);
    expect(!r.ok && r.errors.length).toBe(20_000);
  });
});

describe('no prototype pollution from __proto__ / constructor keys', () => {
  it('rules and pack overrides leave Object.prototype alone', () => {
    const payload = '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}';
    scoreAgency(JSON.parse(`{"kpis": [], "constants": ${payload}}`) as never);
    resolvePack(pmqa40Cat7, JSON.parse(`{"constants": ${payload}}`) as never);
    checklistEstimate(JSON.parse(`{"levels": ${payload}}`) as never);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Bugs this suite found in the rules (agency weights, packs, Category 7 sets, scales), now fixed.

describe('bugs found by this suite in the rules, fixed', () => {
  it('agencyWeightTotal(kpis, pack) throws on a pack that is not a rule pack (src/rules/agency.ts)', () => {
    for (const pack of [null, {}, 'x', { constants: { weightTotal: Number.NaN } }]) {
      const r = agencyWeightTotal([{ weight: 100 }], pack as never);
      expect(r.sum).toBe(100);
    }
  });

  it('resolvePack(fallback, { constants }) throws on a fallback that is not a pack (src/packs.ts)', () => {
    for (const fallback of [null, undefined]) {
      expect(() => resolvePack(fallback as never, { constants: { basicMaxPct: 4 } } as never)).not.toThrow();
    }
  });

  it('findKpiGroup(constants, …) throws on constants without dimensions (src/rules/cat7-set.ts)', () => {
    for (const c of [null, {}, 'x']) expect(findKpiGroup(c as never, '7.1', 'core-mission')).toBeUndefined();
  });

  it('classifyImprovement throws unless given core’s private big.js value (src/rules/cat7.ts)', () => {
    expect(classifyImprovement(6.67 as never, 'text', pmqa40Cat7.constants)).toBe('advance');
  });

  it('scoreCategory7Set warnings repeat a KPI name or group raw: markup, megabytes (src/rules/cat7-set.ts)', () => {
    const base = { target: 1, actual: 1, history: [1, 1] };
    const r = scoreCategory7Set({
      kpis: [
        { ...base, dimension: '7.1', group: '<script>alert(1)</script>', name: 'x'.repeat(1 << 20) },
        { ...base, dimension: '7.2', name: 'x'.repeat(1 << 20) },
      ],
    });
    for (const w of r.ok ? r.warnings : []) expectMessage(w.message, w.code);
  });

  it('resolvePack spreads a text pack into one key per character with overrides (src/packs.ts)', () => {
    const r = resolvePack(pmqa40Cat7, { pack: 'x'.repeat(1000), constants: { basicMaxPct: 4 } } as never);
    expect(Object.keys(r).length).toBeLessThan(20);
  });

  it('parseScale labels a band id such as "constructor" with an Object.prototype member (src/scales.ts)', () => {
    const r = classifyOnScale({ min: 0, max: 10, bands: [{ id: 'constructor', min: 0 }] } as never, 2);
    expectSafeResult(r);
  });
});
