// Hostile input on every attribute, property and text field of the display and input widgets (the
// checklist has its own file). One test per element × input × value; see harness.ts for what each checks.
import { scoreCategory7Kpi } from '@khanaen/core';
import '../../src/number-field/kn-number-field.js';
import '../../src/score-badge/kn-score-badge.js';
import '../../src/explanation/kn-explanation.js';
import '../../src/band-meter/kn-band-meter.js';
import '../../src/trend-chart/kn-trend-chart.js';
import type { KnNumberField } from '../../src/number-field/number-field.js';
import type { KnScoreBadge } from '../../src/score-badge/score-badge.js';
import type { KnExplanation } from '../../src/explanation/explanation.js';
import type { KnBandMeter } from '../../src/band-meter/band-meter.js';
import type { KnTrendChart } from '../../src/trend-chart/trend-chart.js';
import {
  HOSTILE,
  always,
  asText,
  attr,
  hostileSuite,
  leave,
  prop,
  textOf,
  typed,
  unlessBlank,
  type HostileValue,
} from './harness.js';

const example = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
if (!example.ok) throw new Error('the example must score');

const message = { message: true };
/** No message: the value is ignored (a page's setting, or a display element without an error area). */
const quiet = { message: false };
/** Refused with a message, not read as a number. */
const refused = { message: true, number: false };

// ------------------------------------------------------------------------------------ kn-number-field

const nfInput = (el: KnNumberField) => el.shadowRoot!.querySelector('input')!;
const touched = (el: KnNumberField) => leave(nfInput(el));

hostileSuite<KnNumberField>({
  tag: 'kn-number-field',
  attrs: () => ({ label: 'KPI' }),
  messages: (el) => textOf(el, '[part=error]'),
  inputs: [
    attr('value', 'number', {
      after: touched,
      read: (el) => el.valueAsNumber,
      keeps: (el) => el.value,
      // A huge number is a number (core reads it exactly); it must not break the field.
      expect: { huge: {} },
    }),
    typed('the input', 'number', nfInput, {
      read: (el) => el.valueAsNumber,
      keeps: (el) => el.value,
    }),
    prop('value', 'number', {
      after: (el, v) => {
        el.value = v as string;
        touched(el);
      },
      read: (el) => el.valueAsNumber,
      keeps: (el) => el.value,
    }),
    prop('value', 'struct', {
      name: 'property value (wrong types)',
      after: (el, v) => {
        (el as unknown as { value: unknown }).value = v;
        touched(el);
      },
    }),
    attr('label', 'text'),
    attr('hint', 'text'),
    attr('unit', 'text'),
    attr('placeholder', 'text', { literal: (el) => nfInput(el).placeholder }),
    attr('name', 'text', { literal: (el) => el.name }),
    attr('error', 'text', { expect: unlessBlank({ literal: true }) }),
    // Limits set by the page: a bad one is ignored (nothing to tell the user), Thai digits are read.
    attr('min', 'number', {
      read: (el) => el.min,
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('max', 'number', {
      read: (el) => el.max,
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('step', 'number', {
      read: (el) => el.step,
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('integer', 'flag'),
    attr('required', 'flag', { after: touched, expect: always(message) }),
    attr('disabled', 'flag'),
    attr('readonly', 'flag'),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
  ],
});

// ------------------------------------------------------------------------------------ kn-score-badge

hostileSuite<KnScoreBadge>({
  tag: 'kn-score-badge',
  attrs: () => ({ scale: 'pmqa40' }),
  // A display element: its only words are the level label and "estimate".
  messages: (el) => textOf(el, '.label, .estimate'),
  inputs: [
    attr('score', 'number', {
      read: (el) => el.score,
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('level', 'text'),
    attr('scale', 'enum', { values: HOSTILE }),
    attr('max', 'number', {
      before: (el, v) => {
        el.setAttribute('score', '418');
        el.setAttribute('max', asText(v));
      },
      read: (el) => el.max,
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('estimate', 'flag', { expect: always(message) }),
    attr('size', 'enum'),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    prop('score', 'struct'),
    prop('level', 'struct'),
    prop('max', 'struct'),
    // A core result is read only through core's positionOf: anything else shows no score.
    prop('result', 'struct'),
  ],
});

// ------------------------------------------------------------------------------------ kn-explanation

/** One step whose every text is `v`. */
const stepOf = (v: unknown) => [
  { text: { th: asText(v), en: asText(v) }, rule: asText(v), source: asText(v), values: {} },
];

hostileSuite<KnExplanation>({
  tag: 'kn-explanation',
  attrs: () => ({ open: '' }),
  setup: (el) => {
    el.steps = example.explanation;
    el.warnings = example.warnings;
  },
  messages: (el) => textOf(el, 'summary'),
  inputs: [
    attr('heading', 'text', {
      literal: (el) => textOf(el, 'summary'),
      expect: (v: HostileValue) => (v.kind === 'blank' ? message : { ...message, literal: true }),
    }),
    attr('open', 'flag', { expect: always(message) }),
    attr('numerals', 'enum', { expect: always(message) }),
    attr('lang', 'enum'),
    prop('steps', 'struct'),
    prop('warnings', 'struct'),
    prop('steps', 'text', {
      name: 'step texts',
      after: (el, v) => {
        el.steps = stepOf(v);
      },
      expect: unlessBlank({ literal: true, message: true }),
    }),
    prop('warnings', 'text', {
      name: 'warning texts',
      after: (el, v) => {
        el.warnings = [{ code: 'X', message: { th: asText(v), en: asText(v) } }];
      },
    }),
  ],
});

// ------------------------------------------------------------------------------------ kn-band-meter

const bandMessages = (el: KnBandMeter) => textOf(el, '[part=error], .value.empty, .legend-compare');
const bandRead = (el: KnBandMeter) => {
  const r = el.result;
  return r && r.ok ? r.value : null;
};

hostileSuite<KnBandMeter>({
  tag: 'kn-band-meter',
  messages: bandMessages,
  inputs: [
    // Empty or not a number: "no score yet"; outside the scale: core's error.
    attr('value', 'number', { read: bandRead, expect: { blank: message, huge: message } }),
    attr('compare', 'number', {
      before: (el, v) => {
        el.setAttribute('value', '300');
        el.setAttribute('compare', asText(v));
      },
      expect: { huge: message },
    }),
    attr('scale', 'enum', {
      values: HOSTILE,
      before: (el, v) => {
        el.setAttribute('value', '300');
        el.setAttribute('scale', asText(v));
      },
      expect: always(message),
    }),
    attr('bands', 'json', { expect: { blank: message } }),
    attr('value-label', 'text', {
      before: (el, v) => {
        el.setAttribute('value', '300');
        el.setAttribute('compare', '200');
        el.setAttribute('value-label', asText(v));
      },
    }),
    attr('compare-label', 'text', {
      before: (el, v) => {
        el.setAttribute('value', '300');
        el.setAttribute('compare', '200');
        el.setAttribute('compare-label', asText(v));
      },
    }),
    attr('label', 'text'),
    attr('for', 'enum', { values: HOSTILE }),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    prop('bands', 'struct', {
      expect: (v) => (v.value === null || v.value === undefined ? {} : message),
    }),
    prop('value', 'struct', { expect: (v) => (typeof v.value === 'number' ? {} : message) }),
    prop('compare', 'struct', {
      after: (el, v) => {
        el.value = 300;
        (el as unknown as { compare: unknown }).compare = v;
      },
    }),
    // A core result is read only through core's positionOf: anything else shows no score.
    prop('result', 'struct'),
  ],
});

// ------------------------------------------------------------------------------------ kn-trend-chart

const POINTS = JSON.stringify([
  { year: 2565, value: 300 },
  { year: 2566, value: 450 },
]);
const firstValueCell = (el: KnTrendChart) => el.shadowRoot!.querySelector('tbody td')?.textContent?.trim();
const firstYearCell = (el: KnTrendChart) => el.shadowRoot!.querySelector('tbody th')?.textContent?.trim();

hostileSuite<KnTrendChart>({
  tag: 'kn-trend-chart',
  messages: (el) => textOf(el, '[part=message]'),
  inputs: [
    attr('points', 'json', { expect: { blank: message } }),
    attr('points', 'number', {
      name: 'a value inside points',
      before: (el, v) =>
        el.setAttribute(
          'points',
          JSON.stringify([
            { year: 2565, value: v },
            { year: 2566, value: 2 },
          ]),
        ),
      read: firstValueCell,
      reference: (n) => String(n),
      // A number too large to draw is refused like any other bad value.
      expect: { huge: message },
    }),
    attr('points', 'number', {
      name: 'a year inside points',
      before: (el, v) =>
        el.setAttribute(
          'points',
          JSON.stringify([
            { year: v, value: 1 },
            { year: 2566, value: 2 },
          ]),
        ),
      read: firstYearCell,
      // Year 123 CE is 666 BE in Thai.
      reference: (n, el) => String(el.getAttribute('lang') === 'th' ? n + 543 : n),
      expect: { blank: message, zero: refused, huge: message },
    }),
    attr('target', 'number', {
      before: (el, v) => {
        el.setAttribute('points', POINTS);
        el.setAttribute('target', asText(v));
      },
      read: (el) => el.target,
      // A target that is not a number is left out (documented); the chart still shows.
      expect: { 'not-a-number': quiet, long: quiet, markup: quiet },
    }),
    attr('unit', 'text', {
      before: (el, v) => {
        el.setAttribute('points', POINTS);
        el.setAttribute('unit', asText(v));
      },
    }),
    attr('label', 'text', {
      before: (el, v) => {
        el.setAttribute('points', POINTS);
        el.setAttribute('label', asText(v));
      },
    }),
    attr('direction', 'enum', {
      before: (el, v) => {
        el.setAttribute('points', POINTS);
        el.setAttribute('direction', asText(v));
      },
    }),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    prop('points', 'struct', { expect: always(message) }),
    prop('target', 'struct', {
      after: (el, v) => {
        el.points = JSON.parse(POINTS);
        (el as unknown as { target: unknown }).target = v;
      },
    }),
  ],
});
