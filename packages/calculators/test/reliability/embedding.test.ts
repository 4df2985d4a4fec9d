// Embedding the calculators: removed and re-attached, moved to another document and back, moved into a
// same-origin iframe and back (and first connected there), created un-upgraded with properties and upgraded
// later, and registered twice through the guarded define(). (Elements created before the definitions load at
// all are in upgrade.test.ts.)
import { expect } from '@open-wc/testing';
import type { AgencyKpiRow, Result } from '@khanaen/core';
import { define } from '@khanaen/widgets';
import '../../src/register.js';
import { KnKpiTargetCalculator } from '../../src/kpi-target-calculator/kpi-target-calculator.js';
import { KnKpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import {
  removeKeysExcept,
  settle,
  storageKeys,
  typeInto,
  watchErrors,
  type ErrorWatch,
} from '../../../widgets/test/reliability/harness.js';

const TWO: AgencyKpiRow[] = [
  { id: 'K1', name: 'เบิกจ่าย', weight: 60, actual: 85, targets: { initial: 80, standard: 90, high: 100 } },
  { id: 'K2', name: 'ร้องเรียน', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
];
const SERVICE = { name: 'S', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 };

const strip = (r: Result<object>) => {
  if (!r.ok) return r.errors.map((e) => e.code);
  const { explanation: _e, ...rest } = r as Record<string, unknown>;
  return rest;
};
const numberInput = (el: Element, path: string) =>
  el.shadowRoot!.querySelector(`kn-number-field[data-field="${path}"]`)!.shadowRoot!.querySelector('input')!;

interface Subject {
  readonly tag: string;
  readonly ctor: CustomElementConstructor;
  attrs(): Record<string, string>;
  readonly props: Record<string, unknown>;
  state(el: HTMLElement): unknown;
  /** A user change that changes the result once; returns the state expected afterwards. */
  change(el: HTMLElement, round: number): Promise<unknown>;
}

let keyN = 0;
const SUBJECTS: readonly Subject[] = [
  {
    tag: 'kn-kpi-target-calculator',
    ctor: KnKpiTargetCalculator,
    attrs: () => ({ target: '375', history: '[300,450]' }),
    props: { actual: '๔๐๐' },
    state: (el) => {
      const c = el as KnKpiTargetCalculator;
      return { actual: c.actual, result: strip(c.result), shown: numberInput(c, 'actual').value };
    },
    async change(el, round) {
      typeInto(numberInput(el, 'actual'), String(400 + round));
      const c = el as KnKpiTargetCalculator;
      await settle(c);
      return { actual: String(400 + round), result: strip(c.result), shown: String(400 + round) };
    },
  },
  {
    tag: 'kn-kpi-scorecard',
    ctor: KnKpiScorecard,
    attrs: () => ({ 'storage-key': `kn-reliability-embed-card-${Date.now()}-${keyN++}` }),
    props: { kpis: TWO },
    state: (el) => {
      const c = el as KnKpiScorecard;
      return {
        kpis: c.kpis,
        result: strip(c.result),
        rows: c.shadowRoot!.querySelectorAll('tbody tr').length,
      };
    },
    async change(el, round) {
      const c = el as KnKpiScorecard;
      typeInto(
        c.shadowRoot!.querySelector<HTMLInputElement>('tbody input[data-field="actual"]')!,
        String(80 + round),
      );
      await settle(c);
      expect((c.kpis[0] as AgencyKpiRow).actual).to.equal(String(80 + round));
      return {
        kpis: c.kpis,
        result: strip(c.result),
        rows: c.shadowRoot!.querySelectorAll('tbody tr').length,
      };
    },
  },
  {
    tag: 'kn-cost-savings-calculator',
    ctor: KnCostSavingsCalculator,
    attrs: () => ({ 'wage-per-day': '๓๓๐' }),
    props: { services: [SERVICE] },
    state: (el) => {
      const c = el as KnCostSavingsCalculator;
      return { services: c.services, result: strip(c.result) };
    },
    async change(el, round) {
      const c = el as KnCostSavingsCalculator;
      // Never the starting 4 sheets: the result must change.
      typeInto(numberInput(c, 'services.0.sheetsReduced'), String(10 + round));
      await settle(c);
      expect(c.services[0]!.sheetsReduced).to.equal(String(10 + round));
      return { services: c.services, result: strip(c.result) };
    },
  },
];

function make(s: Subject, doc: Document = document): HTMLElement {
  const el = doc.createElement(s.tag);
  for (const [k, v] of Object.entries(s.attrs())) el.setAttribute(k, v);
  Object.assign(el, s.props);
  return el;
}

function expectAlive(el: HTMLElement): void {
  expect(el.shadowRoot!.childElementCount, 'rendered').to.be.greaterThan(0);
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  expect(style.display, ':host display (custom elements are inline without their styles)').to.not.equal(
    'inline',
  );
  expect(style.getPropertyValue('--_kn-font-size').trim(), 'host tokens').to.not.equal('');
  const inner = el.shadowRoot!.querySelector('kn-number-field');
  if (inner) expect(el.ownerDocument.defaultView!.getComputedStyle(inner).display).to.equal('block');
}

async function expectOneChange(s: Subject, el: HTMLElement, round: number): Promise<void> {
  let events = 0;
  const count = () => events++;
  el.addEventListener('kn-change', count);
  try {
    const expected = await s.change(el, round);
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
  const el = make(s);
  host.append(el);
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
      host.append(document.adoptNode(el));
      await settle(el);
      expect(s.state(el)).to.deep.equal(before);
      expectAlive(el);
      await expectOneChange(s, el, 3);
    });

    it('moved into a same-origin iframe and back: renders, styled, and works in both', async () => {
      const el = await mount(s);
      const before = s.state(el);
      const frame = document.createElement('iframe');
      host.append(frame);
      frame.contentDocument!.body.append(el);
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
      const el = make(s);
      frame.contentDocument!.body.append(el);
      await settle(el);
      expectAlive(el);
      await expectOneChange(s, el, 6);
    });

    it('created where it is not upgraded (another document), given properties, then adopted: keeps them', async () => {
      const el = make(s, document.implementation.createHTMLDocument('other'));
      expect(el instanceof s.ctor).to.equal(false);
      host.append(document.adoptNode(el));
      const reference = await mount(s);
      await settle(el);
      expect(el instanceof s.ctor).to.equal(true);
      expect(s.state(el)).to.deep.equal(s.state(reference));
      await expectOneChange(s, el, 7);
    });

    it('customElements.upgrade() on a detached element keeps properties set before', async () => {
      const el = make(s, document.implementation.createHTMLDocument('x'));
      document.adoptNode(el);
      customElements.upgrade(el);
      expect(el instanceof s.ctor).to.equal(true);
      host.append(el);
      const reference = await mount(s);
      await settle(el);
      expect(s.state(el)).to.deep.equal(s.state(reference));
    });

    it('from a <template>: a clone upgrades at once with its attributes', async () => {
      const template = document.createElement('template');
      template.innerHTML = `<${s.tag} lang="en" numerals="thai"></${s.tag}>`;
      const clone = document.importNode(template.content, true).firstElementChild as HTMLElement;
      expect(clone instanceof s.ctor).to.equal(true);
      Object.assign(clone, s.props);
      host.append(clone);
      await settle(clone);
      expect(clone.shadowRoot!.textContent).to.match(/[๐-๙]/);
      expect(clone.shadowRoot!.textContent).to.match(/[A-Za-z]{3}/);
    });

    it('the guarded define() can be called again for the tag, with the same or another class', () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        expect(() => define(s.tag, s.ctor)).not.to.throw();
        expect(define(s.tag, class extends HTMLElement {})).to.equal(s.ctor);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(s.tag)).to.equal(s.ctor);
      expect(warnings).to.deep.equal([]);
    });
  });
}
