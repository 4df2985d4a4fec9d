/**
 * Hostile input, rule by rule: every field of every function that returns a `Result` gets every value of
 * `hostileValues` (blank, -0, Thai digits, NaN, ±Infinity, 10^400, 10,000 digits, a megabyte, markup, wrong
 * JSON shapes, `__proto__` keys, 10,000-deep nesting, 100,000 items…). Each case must not throw and must
 * return `{ ok: true }` with finite numbers only, or `{ ok: false, errors }` with Thai and English messages
 * that neither echo markup nor run to megabytes. Numeric fields must also refuse junk at that field, read
 * `-0` as 0 and Thai digits as the same number in Latin digits.
 * Helpers that do not return a `Result` (formatters, year helpers, lookups) are in `hostile-helpers.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
  agencyComposite,
  agencyEval2567,
  bandScale,
  checklistEstimate,
  classifyOnScale,
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  parseDecimal,
  parseScale,
  pmqa40Award2566,
  pmqa40Band,
  pmqa40Cat7,
  pmqaByCategory,
  pmqaOutstanding,
  pmqaOverall,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  validateScale,
} from '../src/index.js';
import {
  MISSING,
  expectSafeResult,
  hostileValues,
  noThrow,
  pathLabel,
  sameAs,
  withValue,
  type Hostile,
  type Path,
} from './hostile-values.js';

interface Field {
  readonly path: Path;
  /** A decimal field: `required` refuses blanks too; `optional` reads a blank as absent. */
  readonly numeric?: 'required' | 'optional';
  /** Where the error for this field is reported (default: the path without the argument index). */
  readonly errorPath?: string;
  /** Free text (a name, an id) that an ok result may repeat. */
  readonly text?: boolean;
}

interface Table {
  readonly name: string;
  readonly call: (args: unknown[]) => unknown;
  readonly base: readonly unknown[];
  readonly fields: readonly Field[];
}

const call1 =
  (f: (input: never) => unknown) =>
  (args: unknown[]): unknown =>
    f(...(args as [never]));
const callN =
  (f: (...a: never[]) => unknown) =>
  (args: unknown[]): unknown =>
    f(...(args as never[]));

/** `[0, 'kpis', 0, 'target']` → the fields of a one-object rule, written `'kpis.0.target'`. */
const at = (dotted: string, more: Omit<Field, 'path'> = {}): Field => ({
  path: dotted === '' ? [0] : [0, ...dotted.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))],
  ...more,
});
const num = (dotted: string): Field => at(dotted, { numeric: 'required' });
const opt = (dotted: string): Field => at(dotted, { numeric: 'optional' });
const txt = (dotted: string): Field => at(dotted, { text: true });

const clone = <T>(v: T): T => structuredClone(v);

const tables: readonly Table[] = [
  {
    name: 'scoreCategory7Kpi',
    call: call1(scoreCategory7Kpi),
    base: [{ target: 375, actual: 400, history: [300, 450], direction: 'higher', boundaries: 'text' }],
    fields: [
      at(''),
      num('target'),
      num('actual'),
      at('history'),
      num('history.0'),
      num('history.1'),
      at('direction'),
      at('boundaries'),
      opt('significancePoints'),
      at('pack'),
      at('constants'),
      at('constants.basicMaxPct'),
      at('constants.points'),
      at('constants.points.advance'),
      at('constants.dimensions'),
    ],
  },
  {
    name: 'scoreCategory7Kpi (own pack)',
    call: call1(scoreCategory7Kpi),
    base: [{ target: 375, actual: 400, history: [300, 450], pack: clone(pmqa40Cat7) }],
    fields: [
      at('pack.id'),
      at('pack.constants'),
      at('pack.constants.advanceMaxPct'),
      at('pack.constants.points'),
    ],
  },
  {
    name: 'scoreCategory7Set',
    call: call1(scoreCategory7Set),
    base: [
      {
        kpis: [
          {
            dimension: '7.1',
            group: 'core-mission',
            name: 'รายได้จากการท่องเที่ยว',
            unit: 'ล้านบาท',
            target: 375,
            actual: 400,
            history: [300, 450],
          },
          {
            dimension: '7.2',
            group: 'satisfaction',
            name: 'ความพึงพอใจของผู้รับบริการ',
            target: 80,
            actual: 85,
            history: [78, 80],
            direction: 'higher',
          },
        ],
        boundaries: 'text',
      },
    ],
    fields: [
      at(''),
      at('kpis'),
      at('kpis.0'),
      at('kpis.0.dimension'),
      txt('kpis.0.group'),
      txt('kpis.0.name'),
      txt('kpis.0.unit'),
      num('kpis.0.target'),
      num('kpis.0.actual'),
      at('kpis.0.history'),
      num('kpis.0.history.1'),
      at('kpis.1.direction'),
      at('boundaries'),
      opt('significancePoints'),
      at('pack'),
      at('constants'),
      at('constants.slotsPerDimension'),
      at('constants.mandatoryGroupMax'),
      at('constants.dimensions'),
    ],
  },
  {
    name: 'scoreAgencyKpi',
    call: call1(scoreAgencyKpi),
    base: [
      { actual: 85, targets: { initial: 80, standard: 90, high: 100 }, weight: 30, direction: 'higher' },
    ],
    fields: [
      at(''),
      num('actual'),
      at('targets'),
      num('targets.initial'),
      num('targets.standard'),
      num('targets.high'),
      at('direction'),
      opt('weight'),
      at('pack'),
      at('constants'),
      at('constants.targetPoints'),
      at('constants.targetPoints.high'),
      at('constants.levels'),
    ],
  },
  {
    name: 'scoreAgencyKpi (own pack)',
    call: call1(scoreAgencyKpi),
    base: [{ actual: 85, targets: { initial: 80, standard: 90, high: 100 }, pack: clone(agencyEval2567) }],
    fields: [
      at('pack.id'),
      at('pack.constants'),
      at('pack.constants.levels'),
      at('pack.constants.levels.0'),
      at('pack.constants.targetPoints.initial'),
    ],
  },
  {
    name: 'scoreAgency',
    call: call1(scoreAgency),
    base: [
      {
        kpis: [
          {
            id: 'K1',
            name: 'ร้อยละของงานที่แล้วเสร็จ',
            weight: 60,
            actual: 85,
            targets: { initial: 80, standard: 90, high: 100 },
          },
          { id: 'K2', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
        ],
      },
    ],
    fields: [
      at(''),
      at('kpis'),
      at('kpis.0'),
      txt('kpis.0.id'),
      txt('kpis.0.name'),
      num('kpis.0.weight'),
      num('kpis.0.actual'),
      at('kpis.0.targets'),
      num('kpis.0.targets.high'),
      num('kpis.1.targets.initial'),
      at('kpis.0.direction'),
      at('pack'),
      at('constants'),
      at('constants.levels'),
      at('constants.levels.0.min'),
      at('constants.weightTotal'),
    ],
  },
  {
    name: 'agencyComposite',
    call: call1(agencyComposite),
    base: [{ performance: 80, digital: 90, pmqa: 70, round: '12-month' }],
    fields: [
      at(''),
      num('performance'),
      opt('digital'),
      opt('pmqa'),
      at('round'),
      at('pack'),
      at('constants'),
      at('constants.composite'),
      at('constants.composite.performance'),
    ],
  },
  {
    name: 'pmqa40Band',
    call: callN(pmqa40Band),
    base: [418, {}],
    fields: [
      { path: [0], numeric: 'required', errorPath: 'score' },
      { path: [1] },
      { path: [1, 'pack'] },
      { path: [1, 'constants'] },
      { path: [1, 'constants', 'bands'] },
      { path: [1, 'constants', 'maxScore'] },
    ],
  },
  {
    name: 'pmqa40Band (own pack)',
    call: callN(pmqa40Band),
    base: [418, { pack: clone(pmqa40Award2566) }],
    fields: [
      { path: [1, 'pack', 'id'] },
      { path: [1, 'pack', 'constants', 'bands'] },
      { path: [1, 'pack', 'constants', 'bands', 2, 'min'] },
      // A band id of the caller's own is its own label, so the explanation repeats it.
      { path: [1, 'pack', 'constants', 'bands', 2, 'id'], text: true },
    ],
  },
  {
    name: 'pmqaOverall',
    call: call1(pmqaOverall),
    base: [{ categoryScores: [420, 410, 400, 380, 390, 405, 430] }],
    fields: [
      at(''),
      at('categoryScores'),
      num('categoryScores.0'),
      num('categoryScores.6'),
      at('pack'),
      at('constants'),
      at('constants.bands'),
    ],
  },
  {
    name: 'pmqaOutstanding',
    call: call1(pmqaOutstanding),
    base: [{ categoryPercents: [45, 50, 60, 42, 48, 55, 70], total: 410, priorCategoryAwards: 2 }],
    fields: [
      at(''),
      at('categoryPercents'),
      num('categoryPercents.3'),
      num('total'),
      // A count or a list of categories: an array is valid here, so it is not a plain decimal field.
      at('priorCategoryAwards'),
      at('pack'),
      at('constants'),
      at('constants.outstanding'),
      at('constants.outstanding.totalMin'),
    ],
  },
  {
    name: 'pmqaOutstanding (award list)',
    call: call1(pmqaOutstanding),
    base: [{ categoryPercents: [45, 50, 60, 42, 48, 55, 70], total: 410, priorCategoryAwards: [1, 3] }],
    fields: [at('priorCategoryAwards.0'), at('priorCategoryAwards.1')],
  },
  {
    name: 'pmqaByCategory',
    call: call1(pmqaByCategory),
    base: [
      {
        categoryPercents: [55, 30, 30, 30, 30, 30, 30],
        total: 320,
        applied: [1, 2],
        cat7RelatedPercents: [35, 40],
      },
    ],
    fields: [
      at(''),
      at('categoryPercents'),
      num('categoryPercents.0'),
      num('total'),
      at('applied'),
      at('applied.0'),
      at('cat7RelatedPercents'),
      num('cat7RelatedPercents.1'),
      at('pack'),
      at('constants'),
      at('constants.byCategory'),
      at('constants.byCategory.maxCategoriesPerYear'),
    ],
  },
  {
    name: 'checklistEstimate',
    call: call1(checklistEstimate),
    base: [
      {
        levels: { '1.1': 'advance', '1.2': 'basic', '6.4': 'significance', '3.3': 'not-assessed' },
        category7Score: 420,
      },
    ],
    fields: [
      at(''),
      at('levels'),
      { path: [0, 'levels', '1.1'] },
      { path: [0, 'levels', '6.4'] },
      opt('category7Score'),
      at('pack'),
      at('constants'),
      at('constants.levelPoints'),
      at('constants.levelPoints.advance'),
      at('constants.items'),
      at('constants.items.1'),
    ],
  },
  {
    name: 'facilitationEfficiency',
    call: call1(facilitationEfficiency),
    base: [
      {
        law: { levels: ['act', 'department'], count: 2 },
        documents: { before: 3, after: 0 },
        fees: { before: 200, after: 50 },
        steps: { before: 10, after: 4 },
        time: { before: 30, after: 20 },
        renewalByPayment: true,
        eService: { form: true, payment: false, document: true },
        other: false,
        regulatoryGuillotine: true,
        valuePoints: 12,
      },
    ],
    fields: [
      at(''),
      at('law'),
      at('law.levels'),
      at('law.levels.0'),
      opt('law.count'),
      at('documents'),
      num('documents.before'),
      num('documents.after'),
      at('fees'),
      num('fees.before'),
      num('fees.after'),
      num('steps.before'),
      num('steps.after'),
      num('time.before'),
      num('time.after'),
      at('renewalByPayment'),
      at('eService'),
      at('eService.form'),
      at('other'),
      at('regulatoryGuillotine'),
      opt('valuePoints'),
      at('pack'),
      at('constants'),
      at('constants.fees'),
      at('constants.fees.all'),
      at('constants.dimension1Max'),
      at('constants.wagePerDay'),
    ],
  },
  {
    name: 'facilitationValue',
    call: call1(facilitationValue),
    base: [
      {
        services: [
          {
            name: 'ขออนุญาตประกอบกิจการ',
            sheetsReduced: 4,
            feeReduced: 100,
            hoursReduced: 3,
            transactions: 10000,
          },
          { sheetsReduced: 1, feeReduced: 0, minutesReduced: 90, transactions: 500 },
        ],
        constants: { wagePerDay: 330 },
      },
    ],
    fields: [
      at(''),
      at('services'),
      at('services.0'),
      txt('services.0.name'),
      num('services.0.sheetsReduced'),
      num('services.0.feeReduced'),
      opt('services.0.hoursReduced'),
      opt('services.1.minutesReduced'),
      num('services.0.transactions'),
      at('constants'),
      opt('constants.wagePerDay'),
      opt('constants.hoursPerDay'),
      opt('constants.bahtPerSheet'),
      at('pack'),
    ],
  },
  {
    name: 'facilitationValue (own pack)',
    call: call1(facilitationValue),
    base: [
      {
        services: [{ sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 }],
        pack: clone(facilitationAward2566),
      },
    ],
    fields: [
      txt('pack.id'),
      at('pack.constants'),
      at('pack.constants.wagePerDay'),
      at('pack.constants.hoursPerDay'),
      at('pack.constants.valueMaxPoints'),
    ],
  },
  {
    name: 'classifyOnScale',
    call: callN(classifyOnScale),
    base: [clone(bandScale('agency')), 82.5],
    fields: [
      { path: [0] },
      { path: [0, 'bands'] },
      { path: [0, 'bands', 1, 'min'] },
      { path: [0, 'bands', 3, 'label'], text: true },
      { path: [0, 'min'] },
      { path: [0, 'max'] },
      { path: [0, 'unit'] },
      { path: [1], numeric: 'required', errorPath: 'value' },
    ],
  },
  {
    name: 'parseScale',
    call: call1(parseScale),
    base: [
      {
        id: 'custom',
        min: 0,
        max: 10,
        bands: [
          { id: 'low', min: 0 },
          { id: 'high', min: 5, label: { th: 'สูง', en: 'High' }, award: true },
        ],
        markers: [{ value: 7, label: { th: 'เป้าหมาย', en: 'Goal' } }],
        unit: { th: 'คะแนน', en: 'points' },
        rule: 'custom',
        source: 'custom',
      },
    ],
    fields: [
      at(''),
      at('min'),
      at('max'),
      at('bands'),
      at('bands.0'),
      at('bands.1.min'),
      txt('bands.1.id'),
      at('bands.1.label'),
      at('markers'),
      at('markers.0.value'),
      at('unit'),
      txt('id'),
      txt('source'),
    ],
  },
  {
    name: 'validateScale',
    call: call1(validateScale),
    base: [clone(bandScale('pmqa40'))],
    fields: [at(''), at('bands'), at('bands.0.min'), at('max')],
  },
  {
    name: 'parseDecimal',
    call: callN(parseDecimal),
    base: ['1,234.5', 'kpis.0.target', { th: 'ค่าเป้าหมาย', en: 'Target' }],
    fields: [
      { path: [0], numeric: 'required', errorPath: 'kpis.0.target' },
      { path: [1] },
      { path: [2] },
      { path: [2, 'th'] },
    ],
  },
];

/** A failure that names the field (or its parent, e.g. `history` for `history.0`). */
function expectRejectedAt(r: unknown, path: string): void {
  const res = r as { ok: boolean; errors?: readonly { path: string }[] };
  expect(res.ok, `refused at ${path}`).toBe(false);
  const paths = (res.errors ?? []).map((e) => e.path);
  expect(
    paths.some((p) => p === path || path.startsWith(`${p}.`)),
    `an error at ${path}; got ${paths.slice(0, 5).join(', ')}`,
  ).toBe(true);
}

interface Row {
  readonly title: string;
  readonly table: Table;
  readonly field: Field;
  readonly hostile: Hostile;
}

describe.each(tables)('$name never throws on hostile input', (table) => {
  const rows: Row[] = table.fields.flatMap((field) =>
    hostileValues.map((hostile) => ({
      title: `${table.name} › ${pathLabel(field.path, table.base.length)} ← ${hostile.label}`,
      table,
      field,
      hostile,
    })),
  );
  it.each(rows)('$title', ({ field, hostile }) => {
    const run = (value: unknown) => noThrow(() => table.call(withValue(table.base, field.path, value)));
    const r = run(hostile.value);
    expectSafeResult(r, { echoesText: field.text === true && typeof hostile.value === 'string' });
    if (!field.numeric) return;
    const errorPath = field.errorPath ?? field.path.slice(1).join('.');
    if (hostile.kind === 'junk' || (hostile.kind === 'blank' && field.numeric === 'required')) {
      expectRejectedAt(r, errorPath);
    } else if (hostile.kind === 'blank') {
      expect(r, 'a blank optional number reads as absent').toEqual(run(MISSING));
    } else {
      expect(r, '-0 reads as 0, Thai digits (and 123n) as 123').toEqual(run(sameAs(hostile.kind)));
    }
  });
});

describe('the valid input of every table is scored (so the hostile cases start from a real result)', () => {
  it.each(tables.filter((t) => !t.name.startsWith('classifyOnScale')))('$name', ({ call, base }) => {
    const r = call([...base]) as { ok: boolean; errors?: unknown };
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    expectSafeResult(r);
  });
  it('classifyOnScale', () => {
    expect(classifyOnScale(bandScale('agency'), 82.5).ok).toBe(true);
  });
});
