// Embedding: every widget removed and re-attached, moved to another document and back, moved into a
// same-origin iframe and back, created un-upgraded (in a template or another document) and upgraded later,
// and registered twice through the guarded define(). (Elements created before their definition is loaded at
// all are in upgrade.test.ts, which must import nothing up front.)
import { expect, waitUntil } from '@open-wc/testing';
import { scoreCategory7Kpi } from '@khanaen/core';
import '../../src/register.js';
import { define } from '../../src/define.js';
import { KnNumberField } from '../../src/number-field/number-field.js';
import { KnScoreBadge } from '../../src/score-badge/score-badge.js';
import { KnExplanation } from '../../src/explanation/explanation.js';
import { KnBandMeter } from '../../src/band-meter/band-meter.js';
import { KnTrendChart } from '../../src/trend-chart/trend-chart.js';
import { KnCriteriaChecklist } from '../../src/criteria-checklist/criteria-checklist.js';
import {
  removeKeysExcept,
  settle,
  squash,
  storageKeys,
  textOf,
  typeInto,
  watchErrors,
  type ErrorWatch,
} from './harness.js';

const example = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
if (!example.ok) throw new Error('the example must score');

/** One widget: how to make it, its state, and a user change that fires exactly one kn-change (if any). */
interface Subject {
  readonly tag: string;
  readonly ctor: CustomElementConstructor;
  make(): HTMLElement;
  ready?(el: HTMLElement): Promise<void>;
  /** What must survive every move. */
  state(el: HTMLElement): unknown;
  /** A user change; returns the state expected afterwards. */
  change?(el: HTMLElement, round: number): Promise<unknown>;
}

let keyN = 0;
const SUBJECTS: readonly Subject[] = [
  {
    tag: 'kn-number-field',
    ctor: KnNumberField,
    make: () => Object.assign(document.createElement('kn-number-field'), { label: 'KPI', value: '๑,๒๓๔' }),
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
    state: (el) => (el as KnExplanation).text,
  },
  {
    tag: 'kn-band-meter',
    ctor: KnBandMeter,
    make: () => Object.assign(document.createElement('kn-band-meter'), { value: '๓๐๐' }),
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

/** The element renders and its own styles apply, in whatever window it now is (styles survive the moves). */
function expectAlive(el: HTMLElement): void {
  expect(el.shadowRoot!.childElementCount, 'rendered').to.be.greaterThan(0);
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  expect(style.display, ':host display (custom elements are inline without their styles)').to.not.equal(
    'inline',
  );
  expect(style.getPropertyValue('--_kn-font-size').trim(), 'host tokens').to.not.equal('');
}

/** Makes one user change and checks that exactly one kn-change arrives and the state follows. */
async function expectOneChange(s: Subject, el: HTMLElement, round: number): Promise<void> {
  if (!s.change) return;
  let events = 0;
  const count = () => events++;
  el.addEventListener('kn-change', count);
  try {
    const expected = await s.change(el, round);
    await settle(el);
    await new Promise((r) => setTimeout(r, 20));
    expect(events, 'kn-change events for one change').to.equal(1);
    expect(s.state(el)).to.deep.equal(expected);
  } finally {
    el.removeEventListener('kn-change', count);
  }
}

let watch: ErrorWatch;
let keep = new Set<string>();
let host: HTMLDivElement;
beforeEach(() => {
  keep = storageKeys();
  watch = watchErrors();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  watch.stop();
  removeKeysExcept(keep);
  expect(watch.errors, 'errors').to.deep.equal([]);
});

async function mount(s: Subject): Promise<HTMLElement> {
  const el = s.make();
  host.append(el);
  await settle(el);
  await s.ready?.(el);
  await settle(el);
  return el;
}

for (const s of SUBJECTS) {
  describe(`${s.tag}: embedding`, () => {
    it('removed and re-attached: keeps its state; one kn-change per change afterwards', async () => {
      const el = await mount(s);
      const before = s.state(el);
      for (let i = 0; i < 3; i++) {
        el.remove();
        await settle(el);
        host.append(el);
        await settle(el);
      }
      expect(s.state(el)).to.deep.equal(before);
      expectAlive(el);
      await expectOneChange(s, el, 1);
      await expectOneChange(s, el, 2);
    });

    it('moved to another document (adoptNode) and back: keeps its state, styles and events', async () => {
      const el = await mount(s);
      const before = s.state(el);
      const other = document.implementation.createHTMLDocument('other');
      other.body.append(other.adoptNode(el));
      await settle(el);
      expect(el.ownerDocument).to.equal(other);
      expect(s.state(el)).to.deep.equal(before);
      host.append(document.adoptNode(el));
      await settle(el);
      expect(s.state(el)).to.deep.equal(before);
      expectAlive(el);
      await expectOneChange(s, el, 3);
    });

    it('moved into a same-origin iframe and back: renders and works in both', async () => {
      const el = await mount(s);
      const before = s.state(el);
      const frame = document.createElement('iframe');
      host.append(frame);
      const doc = frame.contentDocument!;
      doc.body.append(el);
      await settle(el);
      expect(s.state(el)).to.deep.equal(before);
      expectAlive(el);
      await expectOneChange(s, el, 4);
      const after = s.state(el);
      host.append(el);
      await settle(el);
      expect(s.state(el)).to.deep.equal(after);
      expectAlive(el);
      await expectOneChange(s, el, 5);
    });

    it('first connected inside a same-origin iframe: renders with its styles and works', async () => {
      const frame = document.createElement('iframe');
      host.append(frame);
      const el = s.make();
      frame.contentDocument!.body.append(el);
      await settle(el);
      await s.ready?.(el);
      await settle(el);
      expectAlive(el);
      await expectOneChange(s, el, 7);
      host.append(el);
      await settle(el);
      expectAlive(el);
    });

    it('created in another document (not upgraded), given properties, then adopted: upgrades with them', async () => {
      const other = document.implementation.createHTMLDocument('other');
      const made = s.make();
      // The same element, created where no definition applies, with the same attributes and properties.
      const el = other.createElement(s.tag);
      for (const a of made.getAttributeNames()) el.setAttribute(a, made.getAttribute(a)!);
      copyOwnProperties(made, el, s.ctor);
      expect(el instanceof s.ctor, 'not upgraded yet').to.equal(false);
      host.append(document.adoptNode(el));
      await settle(el);
      await s.ready?.(el);
      await settle(el);
      expect(el instanceof s.ctor, 'upgraded').to.equal(true);
      host.append(made);
      await settle(made);
      await s.ready?.(made);
      await settle(made);
      expect(s.state(el)).to.deep.equal(s.state(made));
      await expectOneChange(s, el, 6);
    });

    it('from a <template>: a clone upgrades with its attributes; the original keeps properties set before', async () => {
      const template = document.createElement('template');
      template.innerHTML = `<${s.tag} lang="en" numerals="thai"></${s.tag}>`;
      const clone = document.importNode(template.content, true).firstElementChild as HTMLElement;
      expect(clone instanceof s.ctor, 'a clone is upgraded at once').to.equal(true);
      expect(clone.getAttribute('numerals')).to.equal('thai');
      const original = template.content.firstElementChild as HTMLElement;
      expect(original instanceof s.ctor, 'template content is inert').to.equal(false);
      const made = s.make();
      copyOwnProperties(made, original, s.ctor);
      for (const a of made.getAttributeNames()) original.setAttribute(a, made.getAttribute(a)!);
      made.setAttribute('lang', 'en');
      host.append(document.adoptNode(original));
      host.append(made);
      await settle(original);
      await s.ready?.(original);
      await s.ready?.(made);
      await settle(original);
      expect(original instanceof s.ctor).to.equal(true);
      expect((original as KnNumberField).numerals).to.equal('thai');
      made.setAttribute('numerals', 'thai');
      await settle(made);
      expect(s.state(original)).to.deep.equal(s.state(made));
    });

    it('customElements.upgrade() on a detached element keeps properties set before', async () => {
      const el = document.implementation.createHTMLDocument('x').createElement(s.tag);
      const made = s.make();
      copyOwnProperties(made, el, s.ctor);
      for (const a of made.getAttributeNames()) el.setAttribute(a, made.getAttribute(a)!);
      document.adoptNode(el);
      customElements.upgrade(el);
      expect(el instanceof s.ctor).to.equal(true);
      host.append(el, made);
      await settle(el);
      await s.ready?.(el);
      await s.ready?.(made);
      await settle(el);
      expect(s.state(el)).to.deep.equal(s.state(made));
    });

    it('the guarded define() can be called again for the tag, with the same or another class', () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        expect(() => define(s.tag, s.ctor)).not.to.throw();
        expect(define(s.tag, s.ctor)).to.equal(s.ctor);
        expect(define(s.tag, class extends HTMLElement {})).to.equal(s.ctor);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(s.tag)).to.equal(s.ctor);
      expect(warnings, 'no warning for the same version').to.deep.equal([]);
    });
  });
}

/**
 * Copies the properties `s.make()` set (as own values of an upgraded element they live in Lit's storage, so
 * they are read through the public accessors) onto a not-yet-upgraded element, as a page's script would.
 */
function copyOwnProperties(from: HTMLElement, to: HTMLElement, ctor: CustomElementConstructor): void {
  const names: Record<string, readonly string[]> = {
    'kn-number-field': ['label', 'value'],
    'kn-score-badge': ['score', 'scale'],
    'kn-explanation': ['steps', 'warnings', 'open'],
    'kn-band-meter': ['value'],
    'kn-trend-chart': ['points', 'target'],
    'kn-criteria-checklist': ['value'],
  };
  const tag = [...Object.entries(names)].find(([t]) => customElements.get(t) === ctor)?.[0] ?? '';
  for (const name of names[tag] ?? []) {
    (to as unknown as Record<string, unknown>)[name] = (from as unknown as Record<string, unknown>)[name];
  }
}

describe('kn-band-meter: following another element after re-attach', () => {
  it('follows once per source change, before and after being moved', async () => {
    const source = document.createElement('div');
    source.id = `src-${Date.now()}`;
    const meter = Object.assign(document.createElement('kn-band-meter'), { for: source.id }) as KnBandMeter;
    host.append(source, meter);
    await settle(meter);
    let events = 0;
    meter.addEventListener('kn-change', () => events++);
    const send = (score: number) =>
      source.dispatchEvent(
        new CustomEvent('kn-change', {
          detail: { result: { ok: true, score } },
          bubbles: true,
          composed: true,
        }),
      );
    send(310);
    await settle(meter);
    meter.remove();
    host.append(meter);
    await settle(meter);
    send(320);
    await settle(meter);
    expect(events).to.equal(2);
    expect(meter.value).to.equal(320);
    expect(textOf(meter, '[part=value]')).to.contain('320');
  });
});

describe('kn-trend-chart: re-attached charts still follow their width', () => {
  it('observes its size again after re-attach', async () => {
    const chart = Object.assign(document.createElement('kn-trend-chart'), {
      points: [
        { year: 2565, value: 1 },
        { year: 2566, value: 2 },
      ],
    }) as KnTrendChart;
    host.style.width = '600px';
    host.append(chart);
    await settle(chart);
    chart.remove();
    host.style.width = '300px';
    host.append(chart);
    const viewBox = () => chart.shadowRoot!.querySelector('svg')!.getAttribute('viewBox');
    await waitUntil(() => viewBox()?.startsWith('0 0 300 '), 'the chart takes the new width', {
      timeout: 3000,
    });
  });
});

describe('an iframe holding widgets is removed', () => {
  it('no error reaches the page (the chart is observed from its own window)', async () => {
    const frame = document.createElement('iframe');
    host.append(frame);
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
