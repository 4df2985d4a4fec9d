// Hostile input on every attribute, property and text field of the three calculators (their kn-number-field
// inputs included, typed into inside the shadow DOM). One test per element × input × value; the checks are
// those of the shared reliability harness of @khanaen/widgets.
import {
  agencyComposite,
  facilitationEfficiency,
  facilitationValue,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  type AgencyKpiRow,
  type Category7SetKpiInput,
  type Result,
} from '@khanaen/core';
import '../../src/register.js';
import type { KnKpiTargetCalculator } from '../../src/kpi-target-calculator/kpi-target-calculator.js';
import type { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import type { KnKpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import {
  BAD_JSON,
  HOSTILE,
  always,
  asText,
  attr,
  hostileSuite,
  prop,
  removeKeysExcept,
  storageKeys,
  textOf,
  typed,
  unlessBlank,
  type InputSpec,
  type Outcome,
} from '#test-utils';

const message: Outcome = { message: true };
const quiet: Outcome = { message: false };
/** Refused with a message, not read as a number. */
const refused: Outcome = { message: true, number: false };

/** A result as compared in these tests: the numbers when it scores, else the error codes and paths. */
function summary(r: Result<object> | null | undefined): unknown {
  if (!r) return null;
  if (!r.ok) return r.errors.map((e) => `${e.path}:${e.code}`);
  const { explanation: _e, warnings: _w, ...rest } = r as Record<string, unknown>;
  return rest;
}

/** The inner input of the kn-number-field for `path`. */
function numberInput(el: HTMLElement, path: string): HTMLInputElement {
  const field = el.shadowRoot!.querySelector(`kn-number-field[data-field="${path}"]`);
  if (!field) throw new Error(`no field ${path}`);
  return field.shadowRoot!.querySelector('input')!;
}

// ------------------------------------------------------------------------------------ kn-kpi-target-calculator

type Target = KnKpiTargetCalculator;
const CAT7 = { target: '375', actual: '400', history: '[300,450]' };
const targetMessages = (el: Target) => textOf(el, '.status, kn-number-field [part=error]');
const cat7Summary = (el: Target) => summary(el.result);
const cat7With = (patch: Record<string, unknown>) =>
  summary(scoreCategory7Kpi({ target: '375', actual: '400', history: ['300', '450'], ...patch }));

hostileSuite<Target>({
  tag: 'kn-kpi-target-calculator',
  attrs: () => CAT7,
  messages: targetMessages,
  inputs: [
    attr('target', 'number', {
      read: cat7Summary,
      reference: (n) => cat7With({ target: String(n) }),
      // A blank field: "fill in every field"; a zero target: core's "must not be 0".
      expect: { blank: message, zero: refused },
    }),
    attr('actual', 'number', {
      read: cat7Summary,
      reference: (n) => cat7With({ actual: String(n) }),
      expect: { blank: message },
    }),
    attr('history', 'json', {
      // `[1,2]` is a valid history here.
      expect: (v) => (v.value === '[1,2]' ? quiet : message),
    }),
    attr('history', 'number', {
      name: 'a year inside history',
      before: (el, v) => el.setAttribute('history', JSON.stringify([v, 450])),
      read: cat7Summary,
      reference: (n) => cat7With({ history: [String(n), '450'] }),
      expect: { blank: message },
    }),
    attr('direction', 'enum', { values: HOSTILE, expect: unlessBlank(message) }),
    attr('boundaries', 'enum', { values: HOSTILE, expect: unlessBlank(message) }),
    attr('mode', 'enum'),
    attr('year', 'number', {
      read: (el) => el.year,
      // A bad year is ignored (the current fiscal year is used): nothing to tell the user.
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('name', 'text'),
    attr('unit', 'text'),
    attr('disabled', 'flag'),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    typed(
      'the KPI name field',
      'text',
      (el) => el.shadowRoot!.querySelector<HTMLInputElement>('.text-field input')!,
      {
        keeps: (el) => el.name,
      },
    ),
    typed(
      'the unit field',
      'text',
      (el) => el.shadowRoot!.querySelector<HTMLInputElement>('.text-field.unit input')!,
      { keeps: (el) => el.unit },
    ),
    ...(['target', 'actual', 'history.0', 'history.1'] as const).map((path): InputSpec<Target> =>
      typed(`the ${path} field`, 'number', (el) => numberInput(el, path), {
        keeps: (el) =>
          path.startsWith('history') ? el.history[Number(path.slice(-1))] : el[path as 'target'],
        read: cat7Summary,
        reference: (n) =>
          path === 'history.0'
            ? cat7With({ history: [String(n), '450'] })
            : path === 'history.1'
              ? cat7With({ history: ['300', String(n)] })
              : cat7With({ [path]: String(n) }),
        expect: { blank: message, zero: path === 'target' ? refused : {} },
      }),
    ),
    prop('history', 'struct'),
    prop('target', 'struct'),
    prop('year', 'struct'),
  ],
});

const AGENCY = {
  mode: 'agency',
  actual: '85',
  'initial-target': '80',
  'standard-target': '90',
  'high-target': '100',
  weight: '20',
};
const agencyWith = (patch: Record<string, unknown>) => {
  const base = { actual: '85', targets: { initial: '80', standard: '90', high: '100' }, weight: '20' };
  const { targets, ...rest } = patch as { targets?: Record<string, string> };
  return summary(scoreAgencyKpi({ ...base, ...rest, targets: { ...base.targets, ...targets } }));
};

hostileSuite<Target>({
  tag: 'kn-kpi-target-calculator',
  attrs: () => AGENCY,
  messages: targetMessages,
  inputs: [
    attr('actual', 'number', {
      name: 'attribute actual (agency mode)',
      read: cat7Summary,
      reference: (n) => agencyWith({ actual: String(n) }),
      expect: { blank: message },
    }),
    ...(['initial', 'standard', 'high'] as const).map((t) =>
      attr<Target>(`${t}-target`, 'number', {
        read: cat7Summary,
        reference: (n) => agencyWith({ targets: { [t]: String(n) } }),
        // Targets out of order (0 or 123 in place of 90 among 80/90/100) are core's error, with a message.
        expect: {
          blank: message,
          zero: t === 'initial' ? {} : refused,
          'thai-digits': t === 'high' ? {} : refused,
        },
      }),
    ),
    attr('weight', 'number', {
      read: cat7Summary,
      reference: (n) => agencyWith({ weight: String(n) }),
      expect: { huge: message, 'thai-digits': refused },
    }),
    ...(['targets.initial', 'targets.standard', 'targets.high', 'actual', 'weight'] as const).map(
      (path): InputSpec<Target> =>
        typed(`the ${path} field (agency mode)`, 'number', (el) => numberInput(el, path), {
          // The weight is optional (blank is fine).
          expect: (v) =>
            v.kind === 'zero' ||
            v.kind === 'thai-digits' ||
            v.kind === 'huge' ||
            (v.kind === 'blank' && path === 'weight')
              ? {}
              : message,
        }),
    ),
  ],
});

// ------------------------------------------------------------------------------------ kn-cost-savings-calculator

type Savings = KnCostSavingsCalculator;
const SERVICE = { name: 'S', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 };
const savingsMessages = (el: Savings) => textOf(el, '.status, kn-number-field [part=error], [part=notice]');
const totalOf = (el: Savings) => summary(el.result);
const totalWith = (patch: Record<string, unknown>) =>
  summary(facilitationValue({ services: [{ ...SERVICE, ...patch }] }));
const notice = (el: Savings) => textOf(el, '[part=notice]');

hostileSuite<Savings>({
  tag: 'kn-cost-savings-calculator',
  attrs: () => ({ services: JSON.stringify([SERVICE]) }),
  messages: savingsMessages,
  inputs: [
    attr('services', 'json', {
      messages: notice,
      // Blank or an empty list means "no services yet" (one blank row), not a mistake.
      expect: (v) => (v.kind === 'blank' || v.value === '[]' ? quiet : message),
    }),
    ...(['sheetsReduced', 'feeReduced', 'hoursReduced', 'transactions'] as const).map((field) =>
      attr<Savings>('services', 'number', {
        name: `${field} inside the services attribute`,
        before: (el, v) => el.setAttribute('services', JSON.stringify([{ ...SERVICE, [field]: v }])),
        read: totalOf,
        reference: (n) => totalWith({ [field]: String(n) }),
        expect: { blank: message },
      }),
    ),
    attr('services', 'text', {
      name: 'a service name inside the services attribute',
      before: (el, v) => el.setAttribute('services', JSON.stringify([{ ...SERVICE, name: v }])),
    }),
    attr('rubric', 'json', {
      messages: notice,
      // `{"a":1}` is an object (its unknown key is ignored by core).
      expect: (v) => (v.kind === 'blank' || v.value === '{"a":1}' ? quiet : message),
    }),
    ...(['documents', 'fees', 'steps', 'time'] as const).map((pair) =>
      attr<Savings>('rubric', 'number', {
        name: `${pair}.before inside the rubric attribute`,
        before: (el, v) => el.setAttribute('rubric', JSON.stringify({ [pair]: { before: v, after: 1 } })),
        read: (el) => summary(el.efficiency),
        reference: (n) => summary(facilitationEfficiency({ [pair]: { before: String(n), after: 1 } })),
        expect: { blank: message, huge: {} },
      }),
    ),
    attr('rubric', 'number', {
      name: 'valuePoints inside the rubric attribute',
      before: (el, v) => el.setAttribute('rubric', JSON.stringify({ valuePoints: v })),
      read: (el) => summary(el.efficiency),
      reference: (n) => summary(facilitationEfficiency({ valuePoints: String(n) })),
      // 0–15 points: 123 and 10^9999 are out of range.
      expect: { 'thai-digits': message, huge: message },
    }),
    ...(['baht-per-sheet', 'wage-per-day', 'hours-per-day'] as const).map((name) =>
      attr<Savings>(name, 'number', {
        read: totalOf,
        reference: (n) =>
          summary(
            facilitationValue({
              services: [SERVICE],
              constants: {
                [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]: String(n),
              },
            }),
          ),
        // Zero hours a day cannot be divided by: core's error.
        expect: { zero: name === 'hours-per-day' ? refused : {}, huge: message },
      }),
    ),
    attr('disabled', 'flag'),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    typed(
      'the service name field',
      'text',
      (el) => el.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="services.0.name"]')!,
      { keeps: (el) => el.services[0]?.name },
    ),
    ...(
      [
        'services.0.sheetsReduced',
        'services.0.feeReduced',
        'services.0.hoursReduced',
        'services.0.transactions',
        'constants.bahtPerSheet',
        'constants.wagePerDay',
        'constants.hoursPerDay',
        'documents.before',
        'law.count',
        'valuePoints',
      ] as const
    ).map((path): InputSpec<Savings> =>
      typed(`the ${path} field`, 'number', (el) => numberInput(el, path), {
        expect: (v) =>
          v.kind === 'blank'
            ? path.startsWith('services')
              ? message
              : {}
            : v.kind === 'zero'
              ? path === 'constants.hoursPerDay'
                ? message
                : {}
              : v.kind === 'thai-digits'
                ? path === 'valuePoints'
                  ? message
                  : {}
                : v.kind === 'huge'
                  ? {}
                  : message,
      }),
    ),
    prop('services', 'struct', {
      messages: notice,
      // No services at all is not a mistake; anything that is not a list of objects is.
      expect: (v) =>
        v.value === null || v.value === undefined || (Array.isArray(v.value) && v.value.length !== 2)
          ? {}
          : Array.isArray(v.value) && v.value.every((x) => typeof x === 'object')
            ? {}
            : message,
    }),
    prop('rubric', 'struct', {
      messages: notice,
      expect: (v) =>
        v.value === null || v.value === undefined || (typeof v.value === 'object' && !Array.isArray(v.value))
          ? {}
          : message,
    }),
  ],
});

// ------------------------------------------------------------------------------------ kn-kpi-scorecard

type Card = KnKpiScorecard;
const TWO: AgencyKpiRow[] = [
  { id: 'K1', name: 'เบิกจ่าย', weight: 60, actual: 85, targets: { initial: 80, standard: 90, high: 100 } },
  { id: 'K2', name: 'ร้องเรียน', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
];
const cardMessages = (el: Card) =>
  textOf(
    el,
    '[part=notice], .error-summary, .row-problems, .status, .weights.bad, .empty, .composite-hint, kn-number-field [part=error]',
  );
let keysBefore = new Set<string>();
const withTwo = (el: Card) => {
  el.kpis = TWO;
};
/** Sets the attribute `name` to the value, on a scorecard with the two KPIs. */
const withTwoAnd = (name: string) => (el: Card, v: unknown) => {
  withTwo(el);
  el.setAttribute(name, asText(v));
};
const cell = (el: Card, field: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`tbody input[data-field="${field}"]`)!;
const agencyTwoWith = (field: string, value: unknown) => {
  const first: Record<string, unknown> = { ...TWO[0]!, targets: { ...TWO[0]!.targets } };
  if (['initial', 'standard', 'high'].includes(field))
    (first.targets as Record<string, unknown>)[field] = value;
  else first[field] = value;
  return summary(scoreAgency({ kpis: [first as unknown as AgencyKpiRow, TWO[1]!] }));
};

hostileSuite<Card>({
  tag: 'kn-kpi-scorecard',
  setup: () => {
    keysBefore = storageKeys();
  },
  cleanup: () => removeKeysExcept(keysBefore),
  messages: cardMessages,
  inputs: [
    ...(['digital', 'pmqa'] as const).map((name) =>
      attr<Card>(name, 'number', {
        before: (el, v) => {
          withTwo(el);
          el.setAttribute(name === 'digital' ? 'pmqa' : 'digital', '80');
          el.setAttribute(name, asText(v));
        },
        read: (el) => summary(el.composite),
        reference: (n) =>
          summary(
            agencyComposite({
              performance: 73.5,
              digital: name === 'digital' ? String(n) : '80',
              pmqa: name === 'pmqa' ? String(n) : '80',
            }),
          ),
        // Blank: "enter both scores"; 123 and 10^9999 are outside 0–100.
        expect: { blank: message, 'thai-digits': message, huge: message },
      }),
    ),
    attr('mode', 'enum', { before: withTwoAnd('mode') }),
    attr('storage-key', 'enum', {
      values: HOSTILE,
      before: withTwoAnd('storage-key'),
    }),
    attr('page-size', 'number', {
      before: withTwoAnd('page-size'),
      read: (el) => el.pageSize,
      // A page's setting: a bad one falls back to 50 rows, without a message.
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('numerals', 'enum', { before: withTwoAnd('numerals') }),
    attr('lang', 'enum', { before: withTwoAnd('lang') }),
    {
      name: 'the child <script type="application/json">',
      kind: 'json',
      values: [...HOSTILE, ...BAD_JSON],
      before: (el, v) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = asText(v);
        el.append(script);
      },
      // Not JSON or not a list: a notice; a list of non-objects: the rows' errors; an empty list: "no KPIs yet".
      expect: always(message),
    },
    prop('kpis', 'struct', { expect: always(message) }),
    ...(['id', 'name'] as const).map((field) =>
      prop<Card>('kpis', 'text', {
        name: `${field} of a KPI in the kpis property`,
        after: (el, v) => {
          el.kpis = [{ ...TWO[0]!, [field]: v }, TWO[1]!];
        },
        literal: (el) => cell(el, field).value,
        // A KPI without an id is an error (blank); any text is a fine name or id.
        expect: (v) =>
          v.kind === 'blank' && field === 'id' ? message : v.kind === 'blank' ? {} : { literal: true },
      }),
    ),
    ...(['weight', 'initial', 'standard', 'high', 'actual'] as const).map((field) =>
      prop<Card>('kpis', 'number', {
        name: `${field} of a KPI in the kpis property`,
        after: (el, v) => {
          const first = { ...TWO[0]!, targets: { ...TWO[0]!.targets } } as Record<string, unknown>;
          if (field === 'weight' || field === 'actual') first[field] = v;
          else (first.targets as Record<string, unknown>)[field] = v;
          el.kpis = [first, TWO[1]!];
        },
        read: (el) => summary(el.result),
        reference: (n) => agencyTwoWith(field, String(n)),
        // Weights must total 100, targets must be ordered: 0 or 123 in place of 60/80/90/100 is core's error.
        expect: { blank: message, zero: field === 'actual' ? {} : { number: true, message: true } },
      }),
    ),
    ...(['id', 'name', 'weight', 'initial', 'standard', 'high', 'actual'] as const).map(
      (field): InputSpec<Card> =>
        typed(
          `the ${field} cell of row 1`,
          field === 'id' || field === 'name' ? 'text' : 'number',
          (el) => cell(el, field),
          {
            before: withTwo,
            // Kept as typed (a blank name is left out of `kpis`, so the cell shows what was kept).
            keeps: (el) => {
              const k = el.kpis[0] as AgencyKpiRow;
              return field === 'name'
                ? cell(el, field).value
                : field === 'id' || field === 'weight' || field === 'actual'
                  ? k[field]
                  : k.targets[field];
            },
            literal: (el) => cell(el, field).value,
            read: (el) => summary(el.result),
            reference: (n) => agencyTwoWith(field, String(n)),
            expect:
              field === 'id' || field === 'name'
                ? (v) => (v.kind === 'blank' && field === 'id' ? message : {})
                : { blank: message, zero: field === 'actual' ? {} : { number: true, message: true } },
          },
        ),
    ),
    ...(['digital', 'pmqa'] as const).map((name): InputSpec<Card> =>
      typed(
        `the ${name} field`,
        'number',
        (el) => el.shadowRoot!.querySelector(`kn-number-field.${name}`)!.shadowRoot!.querySelector('input')!,
        {
          before: withTwo,
          keeps: (el) => el[name],
          expect: { blank: message, 'thai-digits': message, huge: message, zero: {} },
        },
      ),
    ),
  ],
});

const CAT7_ROW: Category7SetKpiInput = {
  dimension: '7.1',
  name: 'KPI A',
  unit: '%',
  target: 100,
  actual: 107,
  history: [90, 100],
};
const cat7Cell = (el: Card, field: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`tbody input[data-field="${field}"]`)!;

hostileSuite<Card>({
  tag: 'kn-kpi-scorecard',
  attrs: () => ({ mode: 'cat7' }),
  setup: (el) => {
    el.kpis = [CAT7_ROW];
  },
  messages: cardMessages,
  inputs: [
    ...(['dimension', 'group'] as const).map((field) =>
      prop<Card>('kpis', 'enum', {
        name: `${field} of a KPI in the kpis property (cat7 mode)`,
        values: HOSTILE,
        after: (el, v) => {
          el.kpis = [{ ...CAT7_ROW, [field]: v }];
        },
        // An unknown dimension is an error; a blank group is allowed, any other unknown group is an error.
        expect: (v) => (field === 'group' && v.kind === 'blank' ? {} : message),
      }),
    ),
    ...(['name', 'unit', 'target', 'actual', 'y2', 'y1'] as const).map((field): InputSpec<Card> =>
      typed(
        `the ${field} cell (cat7 mode)`,
        field === 'name' || field === 'unit' ? 'text' : 'number',
        (el) => cat7Cell(el, field),
        {
          literal: (el) => cat7Cell(el, field).value,
          expect:
            field === 'name' || field === 'unit'
              ? (v) => (v.kind === 'blank' && field === 'name' ? message : {})
              : (v) =>
                  v.kind === 'zero' || v.kind === 'thai-digits' || v.kind === 'huge'
                    ? field === 'target' && v.kind === 'zero'
                      ? message
                      : {}
                    : message,
        },
      ),
    ),
  ],
});
