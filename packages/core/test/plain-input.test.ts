/**
 * `scoreAgency` and `scoreCategory7Set` skip the schema for input that certainly passes it
 * (src/rules/agency.ts `plainAgency`, src/rules/cat7-set.ts `plainSet`). The shortcut must return exactly
 * what the schema returns, and never accept what the schema refuses.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { agencySchema, plainAgency } from '../src/rules/agency.js';
import { category7SetSchema, plainSet } from '../src/rules/cat7-set.js';

vi.setConfig({ testTimeout: 120_000 });

const goodNumber = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100),
  fc.constantFrom('80', ' 90 ', '๑๐๐', '1,234.5', '0.165', '+3'),
);
const badNumber = fc.oneof(
  fc.integer({ min: -1000, max: -1 }),
  fc.constantFrom(
    '-5',
    '',
    '  ',
    'x',
    '1e3',
    '−2',
    Number.NaN,
    Infinity,
    null,
    undefined,
    [],
    {},
    '1'.repeat(30),
  ),
);
const numberish = fc.oneof({ arbitrary: goodNumber, weight: 12 }, { arbitrary: badNumber, weight: 1 });
const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(' K1 ', '', '  ', 'ตัวชี้วัด'));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const agencyRow = fc.record(
  {
    id: fc.oneof(
      { arbitrary: fc.constantFrom('K1', ' K2 ', 'ก'), weight: 8 },
      { arbitrary: text, weight: 1 },
      { arbitrary: fc.constant(5 as unknown as string), weight: 1 },
    ),
    name: fc.oneof(text, fc.constant(null), fc.constant(undefined)),
    weight: numberish,
    actual: numberish,
    targets: fc.oneof(
      { arbitrary: fc.record({ initial: numberish, standard: numberish, high: numberish }), weight: 8 },
      {
        arbitrary: fc.record({
          initial: numberish,
          standard: numberish,
          high: numberish,
          extra: fc.constant(1),
        }),
        weight: 2,
      },
      { arbitrary: fc.constantFrom(null, [], 'x'), weight: 1 },
    ),
    direction: maybe(fc.constantFrom('higher', 'lower', 'higher', 'lower', 'up')),
    extra: maybe(fc.constant('ignored')),
  },
  { requiredKeys: ['id', 'weight', 'actual', 'targets'] },
);

const cat7Row = fc.record(
  {
    dimension: fc.constantFrom('7.1', '7.2', '7.6', '7.7', 7.1),
    name: fc.oneof(text, fc.constant(null)),
    group: fc.oneof(text, fc.constant(null), fc.constant(undefined), fc.constant(3)),
    unit: fc.oneof(text, fc.constant(null), fc.constant(undefined)),
    target: numberish,
    actual: numberish,
    history: fc.oneof(fc.tuple(numberish, numberish), fc.tuple(numberish), fc.constant('x')),
    direction: maybe(fc.constantFrom('higher', 'lower', 'up')),
  },
  { requiredKeys: ['dimension', 'name', 'target', 'actual', 'history'] },
);

let accepted = 0;

function same(
  plain: unknown,
  schema: { safeParse(x: unknown): { success: boolean; data?: unknown } },
  x: unknown,
) {
  const r = schema.safeParse(x);
  if (plain !== undefined) {
    accepted += 1;
    expect(r.success, 'the shortcut accepted what the schema refuses').toBe(true);
    expect(plain).toEqual(r.data);
  }
}

describe('schema shortcuts return what the schema returns', () => {
  it('agency sets', () => {
    accepted = 0;
    fc.assert(
      fc.property(
        fc.array(agencyRow, { maxLength: 6 }),
        maybe(fc.constant({ weightTotal: 100 })),
        (kpis, constants) => {
          const input = { kpis, ...(constants ? { constants } : {}) };
          same(plainAgency(input), agencySchema, input);
        },
      ),
      { numRuns: 3000 },
    );
    expect(accepted, 'inputs that took the shortcut').toBeGreaterThan(100);
  });

  it('agency sets of valid rows take the shortcut', () => {
    const input = {
      kpis: [
        { id: ' K1 ', weight: '100', actual: '๘๕', targets: { initial: 80, standard: '90', high: 100 } },
      ],
    };
    expect(plainAgency(input)).toBeDefined();
    same(plainAgency(input), agencySchema, input);
  });

  it('Category 7 sets', () => {
    accepted = 0;
    fc.assert(
      fc.property(
        fc.array(cat7Row, { maxLength: 6 }),
        maybe(fc.constantFrom('text', 'table', 'x')),
        (kpis, boundaries) => {
          const input = { kpis, ...(boundaries ? { boundaries } : {}) };
          same(plainSet(input), category7SetSchema, input);
        },
      ),
      { numRuns: 3000 },
    );
    expect(accepted, 'inputs that took the shortcut').toBeGreaterThan(100);
  });

  it('Category 7 sets of plain numbers take the shortcut', () => {
    const input = {
      kpis: [{ dimension: '7.1', name: ' A ', target: 375, actual: 400, history: [300, 450] }],
    };
    expect(plainSet(input)).toBeDefined();
    same(plainSet(input), category7SetSchema, input);
  });
});
