// Embedding the calculators: removed and re-attached, moved to another document and back, moved into a
// same-origin iframe and back (and first connected there), created un-upgraded with properties and upgraded
// later (in another document or a <template>), and registered twice through the guarded define(): the suite
// shared with the widgets (embedding-suite.ts). (Elements created before the definitions load at all are in
// upgrade.test.ts.)
import { expect } from '@open-wc/testing';
import type { AgencyKpiRow, Result } from '@khanaen/core';
import { define } from '@khanaen/widgets';
import '../../src/register.js';
import { KnKpiTargetCalculator } from '../../src/kpi-target-calculator/kpi-target-calculator.js';
import { KnKpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import { create, describeEmbedding, settle, typeInto, type Subject } from '#test-utils';

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

let keyN = 0;
const SUBJECTS: readonly Subject[] = [
  {
    tag: 'kn-kpi-target-calculator',
    ctor: KnKpiTargetCalculator,
    make: () =>
      create('kn-kpi-target-calculator', {
        attrs: { target: '375', history: '[300,450]' },
        props: { actual: '๔๐๐' },
      }),
    props: ['actual'],
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
    make: () =>
      create('kn-kpi-scorecard', {
        attrs: { 'storage-key': `kn-reliability-embed-card-${Date.now()}-${keyN++}` },
        props: { kpis: TWO },
      }),
    props: ['kpis'],
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
    make: () =>
      create('kn-cost-savings-calculator', {
        attrs: { 'wage-per-day': '๓๓๐' },
        props: { services: [SERVICE] },
      }),
    props: ['services'],
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

describeEmbedding(SUBJECTS, define);
