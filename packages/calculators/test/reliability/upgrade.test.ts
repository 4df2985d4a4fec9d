// Calculators written into the page (or created by a script) before the Khanaen script has loaded:
// attributes and properties set on them then must survive the upgrade. Nothing is registered up front: the
// definitions arrive through a dynamic import of the register module, after the elements exist.
import { expect } from '@open-wc/testing';
import { facilitationValue, scoreAgency, scoreCategory7Kpi, type AgencyKpiRow } from '@khanaen/core';
import { beforeDefinitions, deepText, settle, type Setup } from '#test-utils';

const TWO: AgencyKpiRow[] = [
  { id: 'K1', name: 'เบิกจ่าย', weight: 60, actual: 85, targets: { initial: 80, standard: 90, high: 100 } },
  { id: 'K2', name: 'ร้องเรียน', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
];
const SERVICE = { name: 'S', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 };

const TAGS = ['kn-kpi-target-calculator', 'kn-kpi-scorecard', 'kn-cost-savings-calculator'] as const;
type Tag = (typeof TAGS)[number];
const SETUP: Record<Tag, Setup> = {
  'kn-kpi-target-calculator': {
    attrs: { target: '375', history: '[300,450]', year: '๒๕๖๗' },
    props: { actual: '๔๐๐', unit: 'ล้านบาท' },
  },
  'kn-kpi-scorecard': { attrs: { 'page-size': '๑' }, props: { kpis: TWO, digital: '80', pmqa: '90' } },
  'kn-cost-savings-calculator': { attrs: { 'wage-per-day': '330' }, props: { services: [SERVICE] } },
};

const { host, connected, detached, errors } = beforeDefinitions(
  TAGS,
  SETUP,
  () => import('../../src/register.js'),
);

/** What each calculator should show for SETUP. */
function expectSetUp(tag: Tag, el: HTMLElement): void {
  const any = el as unknown as Record<string, unknown> & { result: unknown };
  expect(el instanceof customElements.get(tag)!, `${tag} upgraded`).to.equal(true);
  for (const [k, v] of Object.entries(SETUP[tag].props)) {
    // The scorecard gives its KPIs back as typed text (85 → "85").
    if (k === 'kpis')
      expect(JSON.stringify(any[k]), `${tag}.${k}`).to.equal(JSON.stringify(v).replace(/:(\d+)/g, ':"$1"'));
    else expect(any[k], `${tag}.${k}`).to.deep.equal(v);
  }
  const text = deepText(el);
  if (tag === 'kn-kpi-target-calculator') {
    expect(any.result).to.deep.equal(
      scoreCategory7Kpi({
        target: '375',
        actual: '๔๐๐',
        history: ['300', '450'],
        direction: 'higher',
        boundaries: 'text',
      }),
    );
    expect(any.year).to.equal(2567);
    expect(text).to.contain('ผลการดำเนินงานปี 2567');
  }
  if (tag === 'kn-kpi-scorecard') {
    expect(any.result).to.deep.equal(scoreAgency({ kpis: TWO }));
    expect((any.composite as { ok: boolean }).ok).to.equal(true);
    expect(any.pageSize).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length, 'one row per page').to.equal(1);
  }
  if (tag === 'kn-cost-savings-calculator') {
    expect(any.result).to.deep.equal(
      facilitationValue({ services: [SERVICE], constants: { wagePerDay: '330' } }),
    );
  }
}

describe('calculators created before their definition is loaded', () => {
  for (const tag of TAGS) {
    it(`${tag} in the page: upgraded with the attributes and properties set before`, () => {
      expectSetUp(tag, connected[tag]);
    });

    it(`${tag} detached: upgraded when connected later, with what was set before`, async () => {
      host.append(detached[tag]);
      await settle(detached[tag]);
      expectSetUp(tag, detached[tag]);
    });
  }

  it('nothing was reported as an error', () => {
    expect(errors.errors).to.deep.equal([]);
  });
});
