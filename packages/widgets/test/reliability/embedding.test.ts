// Embedding: every widget removed and re-attached, moved to another document and back, moved into a
// same-origin iframe and back, created un-upgraded (in a template or another document) and upgraded later,
// and registered twice through the guarded define(): the suite shared with the calculators
// (embedding-suite.ts), plus what is particular to some widgets. (Elements created before their definition is
// loaded at all are in upgrade.test.ts, which must import nothing up front.)
import { expect, waitUntil } from '@open-wc/testing';
import { bandScale, classifyOnScale, scoreCategory7Kpi } from '@khanaen/core';
import '../../src/register.js';
import { define } from '../../src/define.js';
import { KnNumberField } from '../../src/number-field/number-field.js';
import { KnScoreBadge } from '../../src/score-badge/score-badge.js';
import { KnExplanation } from '../../src/explanation/explanation.js';
import { KnBandMeter } from '../../src/band-meter/band-meter.js';
import { KnTrendChart } from '../../src/trend-chart/trend-chart.js';
import { KnCriteriaChecklist } from '../../src/criteria-checklist/criteria-checklist.js';
import { settle, squash, textOf, typeInto } from './harness.js';
import { describeEmbedding, withHost, type Subject } from './embedding-suite.js';

const example = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
if (!example.ok) throw new Error('the example must score');

let keyN = 0;
const SUBJECTS: readonly Subject[] = [
  {
    tag: 'kn-number-field',
    ctor: KnNumberField,
    make: () => Object.assign(document.createElement('kn-number-field'), { label: 'KPI', value: '๑,๒๓๔' }),
    props: ['label', 'value'],
    // Its input keeps the text as typed: it writes no digits of its own.
    showsDigits: false,
    state: (el) => [(el as KnNumberField).value, (el as KnNumberField).valueAsNumber],
    async change(el, round) {
      typeInto(el.shadowRoot!.querySelector('input')!, `${round}`);
      return [`${round}`, round];
    },
  },
  {
    tag: 'kn-score-badge',
    ctor: KnScoreBadge,
    make: () => Object.assign(document.createElement('kn-score-badge'), { score: 418, scale: 'pmqa40' }),
    props: ['score', 'scale'],
    state: (el) => squash(el.shadowRoot!.textContent ?? ''),
  },
  {
    tag: 'kn-explanation',
    ctor: KnExplanation,
    make: () =>
      Object.assign(document.createElement('kn-explanation'), {
        steps: example.explanation,
        warnings: example.warnings,
        open: true,
      }),
    props: ['steps', 'warnings', 'open'],
    state: (el) => (el as KnExplanation).text,
  },
  {
    tag: 'kn-band-meter',
    ctor: KnBandMeter,
    make: () => Object.assign(document.createElement('kn-band-meter'), { value: '๓๐๐' }),
    props: ['value'],
    state: (el) => {
      const r = (el as KnBandMeter).result;
      return r && r.ok ? r.value : null;
    },
    async change(el, round) {
      el.setAttribute('value', String(300 + round));
      return 300 + round;
    },
  },
  {
    tag: 'kn-trend-chart',
    ctor: KnTrendChart,
    make: () =>
      Object.assign(document.createElement('kn-trend-chart'), {
        points: [
          { year: 2565, value: 300 },
          { year: 2566, value: 450 },
        ],
        target: 375,
      }),
    props: ['points', 'target'],
    state: (el) => (el as KnTrendChart).summary,
  },
  {
    tag: 'kn-criteria-checklist',
    ctor: KnCriteriaChecklist,
    make: () => {
      const el = document.createElement('kn-criteria-checklist');
      el.setAttribute('category', '1');
      el.setAttribute('storage-key', `kn-reliability-embed-${Date.now()}-${keyN++}`);
      el.value = { levels: { '1.1': 'advance' }, prompts: { '1.1.1': { notes: 'คงไว้', links: [] } } };
      return el;
    },
    props: ['value'],
    async ready(el) {
      await waitUntil(() => el.shadowRoot?.querySelector('[part=toolbar]'), 'criteria', { timeout: 8000 });
    },
    // The value, and what the element computes from it (a value that only shadows the accessor shows here).
    state: (el) => {
      const c = el as KnCriteriaChecklist;
      return { ...c.value, assessed: c.result.ok ? c.result.categories[0]!.assessed : null };
    },
    async change(el, round) {
      const level = round % 2 === 0 ? 'basic' : 'significance';
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="level-1-2"][value="${level}"]`)!.click();
      return {
        levels: { '1.1': 'advance', '1.2': level },
        prompts: { '1.1.1': { notes: 'คงไว้', links: [] } },
        assessed: 2,
      };
    },
  },
];

describeEmbedding(SUBJECTS, define);

describe('kn-band-meter: following another element after re-attach', () => {
  const host = withHost();
  it('follows once per source change, before and after being moved', async () => {
    const source = document.createElement('div');
    source.id = `src-${Date.now()}`;
    const meter = Object.assign(document.createElement('kn-band-meter'), { for: source.id }) as KnBandMeter;
    host().append(source, meter);
    await settle(meter);
    let events = 0;
    meter.addEventListener('kn-change', () => events++);
    const send = (score: number) =>
      source.dispatchEvent(
        new CustomEvent('kn-change', {
          // A core result (here a position on the PMQA 4.0 scale), passed through as is.
          detail: { result: classifyOnScale(bandScale('pmqa40'), String(score)) },
          bubbles: true,
          composed: true,
        }),
      );
    send(310);
    await settle(meter);
    meter.remove();
    host().append(meter);
    await settle(meter);
    send(320);
    await settle(meter);
    expect(events).to.equal(2);
    expect(meter.result?.ok && meter.result.value).to.equal(320);
    expect(textOf(meter, '[part=value]')).to.contain('320');
  });
});

describe('kn-trend-chart: re-attached charts still follow their width', () => {
  const host = withHost();
  it('observes its size again after re-attach', async () => {
    const chart = Object.assign(document.createElement('kn-trend-chart'), {
      points: [
        { year: 2565, value: 1 },
        { year: 2566, value: 2 },
      ],
    }) as KnTrendChart;
    host().style.width = '600px';
    host().append(chart);
    await settle(chart);
    chart.remove();
    host().style.width = '300px';
    host().append(chart);
    const viewBox = () => chart.shadowRoot!.querySelector('svg')!.getAttribute('viewBox');
    await waitUntil(() => viewBox()?.startsWith('0 0 300 '), 'the chart takes the new width', {
      timeout: 3000,
    });
  });
});

describe('an iframe holding widgets is removed', () => {
  const host = withHost();
  it('no error reaches the page (the chart is observed from its own window)', async () => {
    const frame = document.createElement('iframe');
    host().append(frame);
    const chart = Object.assign(document.createElement('kn-trend-chart'), {
      points: [
        { year: 2565, value: 1 },
        { year: 2566, value: 2 },
      ],
    });
    frame.contentDocument!.body.append(chart, document.createElement('kn-band-meter'));
    await settle(chart);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    frame.remove();
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    // The afterEach hook checks that nothing was reported.
  });
});
