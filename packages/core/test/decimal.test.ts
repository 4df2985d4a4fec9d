/** SPEC §0 conventions: exact decimals, rounding, parsing what users type, results and error messages. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  cite,
  error,
  fail,
  fieldLabel,
  formatDecimal,
  parseDecimal,
  schemas,
  seedFiles,
  toErrors,
  type ErrorCode,
} from '../src/index.js';
import { bad, expectError, ok } from './helpers.js';

describe('parseDecimal: what users type', () => {
  it.each([
    { input: 1234.5, value: 1234.5, text: '1234.5', rounded: 1234.5 },
    { input: '1,234.50', value: 1234.5, text: '1234.5', rounded: 1234.5 },
    { input: '1,234,567.891', value: 1234567.891, text: '1234567.891', rounded: 1234567.89 },
    { input: ' ๓๗๕ ', value: 375, text: '375', rounded: 375 },
    { input: '๑,๒๓๔.๕', value: 1234.5, text: '1234.5', rounded: 1234.5 },
    { input: '−12', value: -12, text: '-12', rounded: -12 },
    { input: '-0.005', value: -0.005, text: '-0.005', rounded: -0.01 },
    { input: '+5', value: 5, text: '5', rounded: 5 },
    { input: '.5', value: 0.5, text: '0.5', rounded: 0.5 },
    { input: '2.675', value: 2.675, text: '2.675', rounded: 2.68 }, // half-up on the decimal, not the float 2.67499…
    { input: '0012', value: 12, text: '12', rounded: 12 },
    { input: 0, value: 0, text: '0', rounded: 0 },
    { input: 10n, value: 10, text: '10', rounded: 10 },
  ])('$input → $value', ({ input, value, text, rounded }) => {
    const r = ok(parseDecimal(input));
    expect(r.value).toBe(value);
    expect(r.text).toBe(text);
    expect(r.rounded).toBe(rounded);
  });

  it.each([
    { input: '', code: 'REQUIRED' },
    { input: '   ', code: 'REQUIRED' },
    { input: null, code: 'REQUIRED' },
    { input: undefined, code: 'REQUIRED' },
    { input: '1,2,3', code: 'NOT_A_NUMBER' },
    { input: '12,34', code: 'NOT_A_NUMBER' },
    { input: '1,2345', code: 'NOT_A_NUMBER' },
    { input: '12abc', code: 'NOT_A_NUMBER' },
    { input: 'abc', code: 'NOT_A_NUMBER' },
    { input: '1e3', code: 'NOT_A_NUMBER' },
    { input: '5.', code: 'NOT_A_NUMBER' },
    { input: '1 000', code: 'NOT_A_NUMBER' },
    { input: '--1', code: 'NOT_A_NUMBER' },
    { input: '−', code: 'NOT_A_NUMBER' },
    { input: '١٢', code: 'NOT_A_NUMBER' },
    { input: Number.NaN, code: 'NOT_A_NUMBER' },
    { input: Number.POSITIVE_INFINITY, code: 'NOT_A_NUMBER' },
    { input: Number.NEGATIVE_INFINITY, code: 'NOT_A_NUMBER' },
    { input: true, code: 'NOT_A_NUMBER' },
    { input: [5], code: 'NOT_A_NUMBER' },
    { input: { value: 5 }, code: 'NOT_A_NUMBER' },
  ])('$input → $code', ({ input, code }) => {
    expectError(parseDecimal(input, 'target'), 'target', code as ErrorCode);
  });

  it('names the field in both languages', () => {
    const r = parseDecimal('x', 'kpis.2.weight');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.message.th).toBe('ตัวชี้วัดที่ 3: น้ำหนักต้องเป็นตัวเลข (ใช้เลขไทยหรือเครื่องหมายจุลภาคคั่นหลักพันได้)');
      expect(r.errors[0]?.message.en).toBe(
        'KPI 3: Weight must be a number (Thai digits and thousands separators are fine).',
      );
    }
    expectError(parseDecimal('', bad(7)), '', 'REQUIRED');
  });
});

describe('formatDecimal: explanation numbers', () => {
  it.each([
    { value: 1234567.891, dp: undefined, text: '1,234,567.89' },
    { value: 2250000, dp: undefined, text: '2,250,000' },
    { value: 6.666666, dp: undefined, text: '6.67' },
    { value: 6.5, dp: undefined, text: '6.5' },
    { value: -11.111, dp: undefined, text: '−11.11' },
    { value: -0.001, dp: undefined, text: '0' },
    { value: 0.0167, dp: 4, text: '0.0167' },
    { value: 2.5, dp: 0, text: '3' },
    { value: 1.005, dp: undefined, text: '1.01' },
    { value: 1.5, dp: -1, text: '1.5' },
  ])('formatDecimal($value, $dp) → $text', ({ value, dp, text }) => {
    expect(formatDecimal(value, dp)).toBe(text);
  });

  it('returns "" for anything that is not a number', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', null, undefined, {}])
      expect(formatDecimal(bad(v))).toBe('');
  });

  it('formats a big.js value of another copy of the library through its text', () => {
    const foreign = { round: () => foreign, toString: () => '1234.5' };
    expect(formatDecimal(bad(foreign))).toBe('1,234.5');
  });
});

describe('results and error messages', () => {
  it('fieldLabel finds the owning field of a path', () => {
    expect(fieldLabel('kpis.2.targets.high')).toEqual({ th: 'ค่าเป้าหมายขั้นสูง', en: 'High target' });
    expect(fieldLabel('kpis.2')).toEqual({ th: 'ตัวชี้วัด', en: 'KPIs' });
    expect(fieldLabel('history.1')).toEqual({ th: 'ผลการดำเนินงานปีที่แล้ว', en: "Last year's result" });
    expect(fieldLabel('levels.constructor')).toEqual({ th: 'ค่าที่กรอก', en: 'Value' }); // not Object.prototype.constructor
    expect(fieldLabel('constructor')).toEqual({ th: 'ค่าที่กรอก', en: 'Value' });
    expect(fieldLabel('')).toEqual({ th: 'ค่าที่กรอก', en: 'Value' });
    expect(fieldLabel(bad(null))).toEqual({ th: 'ค่าที่กรอก', en: 'Value' });
  });

  it.each<[ErrorCode, Record<string, unknown>]>([
    ['REQUIRED', {}],
    ['NOT_A_NUMBER', {}],
    ['INVALID_TYPE', {}],
    ['INVALID_OPTION', { options: 'a, b' }],
    ['INVALID_OPTION', {}],
    ['HISTORY_REQUIRED', {}],
    ['TARGET_ZERO', {}],
    ['TARGETS_NOT_ORDERED', {}],
    ['WEIGHTS_NOT_100', { sum: '99.5' }],
    ['OUT_OF_RANGE', { min: 0, max: 100 }],
    ['NEGATIVE', {}],
    ['NOT_POSITIVE', {}],
    ['NOT_AN_INTEGER', {}],
    ['EMPTY', {}],
    ['DUPLICATE_ID', { id: 'k1' }],
    ['UNKNOWN_ITEM', { item: '9.9' }],
    ['TOO_MANY', { max: 7 }],
    ['BEFORE_ZERO', {}],
    ['UNKNOWN_KEY', { key: 'documets' }],
    ['NOTHING_ANSWERED', {}],
  ])('%s has a Thai and an English message', (code, values) => {
    const e = error('services.0.feeReduced', code, values);
    expect(e.code).toBe(code);
    expect(e.path).toBe('services.0.feeReduced');
    expect(e.message.th.startsWith('งานบริการที่ 1: ')).toBe(true);
    expect(e.message.en.startsWith('Service 1: ')).toBe(true);
    expect(e.message.th.length).toBeGreaterThan('งานบริการที่ 1: '.length);
    expect(e.message.en).not.toContain('undefined');
    expect(e.values).toEqual(Object.keys(values).length ? values : undefined);
  });

  it('fail wraps errors; cite writes file:line; every cited seed is described', () => {
    expect(fail([error('x', 'REQUIRED')])).toEqual({ ok: false, errors: [error('x', 'REQUIRED')] });
    expect(cite('001', '1196-1197')).toBe('001:1196-1197');
    expect(Object.keys(seedFiles)).toEqual(['000', '001', '003', '004']);
    for (const s of Object.values(seedFiles)) {
      expect(s.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(s.title.th).not.toBe('');
      expect(s.title.en).not.toBe('');
    }
    expect(error(bad(undefined), 'REQUIRED').path).toBe('');
  });

  it('never throws on odd values: unknown codes, values that are not an object or cannot be written', () => {
    expect(error('x', bad('BOGUS')).message.en).toBe('Value has the wrong form.');
    expect(error('x', 'REQUIRED', bad(null)).message.en).toBe('Value is required.');
    expect(error('kpis', 'WEIGHTS_NOT_100', { sum: { toString: 0 } }).message.en).toBe(
      'The weights add up to ; they must total exactly 100.',
    );
  });
});

describe('schemas and toErrors (for forms)', () => {
  it('validates field by field with the same codes', () => {
    const r = schemas.category7Kpi.safeParse({ target: 'x', actual: 1, history: [1] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(
        toErrors(r.error.issues, { target: 'x', actual: 1, history: [1] }).map((e) => [e.path, e.code]),
      ).toEqual([
        ['target', 'NOT_A_NUMBER'],
        ['history', 'HISTORY_REQUIRED'],
      ]);
    }
    expect(schemas.pmqaBand.safeParse('๔๐๐').success).toBe(true);
    expect(Object.keys(schemas)).toHaveLength(12);
  });

  it('maps plain zod issues too', () => {
    const number = z.number().check(z.gte(1), z.lte(6));
    const small = number.safeParse(0);
    const big = number.safeParse(9);
    if (small.success || big.success) throw new Error('expected failures');
    expect(toErrors(small.error.issues, 0)).toEqual([error('', 'OUT_OF_RANGE', { min: 1, max: '' })]);
    expect(toErrors(big.error.issues, 9)[0]?.code).toBe('OUT_OF_RANGE');
    const list = z.array(z.number()).check(z.maxLength(2)).safeParse([1, 2, 3]);
    if (list.success) throw new Error('expected a failure');
    expect(toErrors(list.error.issues, [1, 2, 3])).toEqual([error('', 'TOO_MANY', { max: 2 })]);
    const list3 = z.array(z.number()).check(z.minLength(3)).safeParse([1]);
    if (list3.success) throw new Error('expected a failure');
    expect(toErrors(list3.error.issues, [1])[0]?.code).toBe('INVALID_TYPE');
    const custom = z
      .number()
      .check(z.refine(() => false))
      .safeParse(1);
    if (custom.success) throw new Error('expected a failure');
    expect(toErrors(custom.error.issues, 1)[0]?.code).toBe('INVALID_TYPE');
    expect(
      toErrors([{ code: 'invalid_value', path: ['x'], values: bad(null), message: '', input: 1 }], {
        x: 1,
      })[0]?.code,
    ).toBe('INVALID_OPTION');
  });

  it('reads the value at a path that runs through a non-object as missing', () => {
    const issue = {
      code: 'invalid_type',
      path: ['a', 'b'],
      expected: 'number',
      message: '',
      input: undefined,
    } as const;
    expect(toErrors(bad([issue]), { a: 5 })).toEqual([error('a.b', 'REQUIRED')]);
  });

  it('ignores what is not a list of issues', () => {
    expect(toErrors(bad(undefined), {})).toEqual([]);
    expect(toErrors(bad([null, 5, { path: 'x' }]), {})).toEqual([]);
  });
});
