import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { scoreAgencyKpi, scoreCategory7Kpi } from '@khanaen/core';
import type { KnNumberField } from '@khanaen/widgets';
import './kn-kpi-target-calculator.js';
import type { KnKpiTargetCalculator, KpiTargetChange } from './kpi-target-calculator.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const field = (el: KnKpiTargetCalculator, path: string) =>
  el.shadowRoot!.querySelector<KnNumberField>(`kn-number-field[data-field="${path}"]`)!;

async function settle(el: KnKpiTargetCalculator) {
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelectorAll('*');
  await Promise.all([...inner].map((e) => (e as Partial<KnKpiTargetCalculator>).updateComplete));
}

describe('kn-kpi-target-calculator (cat7)', () => {
  it('scores the worked example (001:1188-1199) and equals core', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator
        name="รายได้จากการท่องเที่ยว"
        unit="ล้านบาท"
        year="2564"
        target="375"
        actual="400"
        history="[300,450]"
      ></kn-kpi-target-calculator>`,
    );
    await settle(el);
    expect(el.result).to.deep.equal(
      scoreCategory7Kpi({
        target: '375',
        actual: '400',
        history: ['300', '450'],
        direction: 'higher',
        boundaries: 'text',
      }),
    );
    const t = text(el);
    expect(t).to.contain('ค่าเฉลี่ย 2 ปีก่อนหน้า');
    expect(t).to.contain('375 ล้านบาท');
    expect(t).to.contain('ร้อยละ 6.67');
    expect(text(el.shadowRoot!.querySelector('kn-score-badge')!)).to.contain('ระดับก้าวหน้า');
    expect(t).to.contain('393.77');
    const chart = el.shadowRoot!.querySelector('kn-trend-chart')!;
    expect(chart.points?.map((p) => p.year)).to.deep.equal([2562, 2563, 2564]);
    await expect(el).to.be.accessible();
  });

  it('shows "not challenging" with 0 points when the target is below the baseline', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator
        lang="en"
        target="300"
        actual="400"
        history="[300,450]"
      ></kn-kpi-target-calculator>`,
    );
    await settle(el);
    expect(el.result.ok && 'level' in el.result && el.result.level).to.equal('none');
    expect(text(el)).to.contain('No — scores 0');
  });

  it('typing into a field updates the result, reflects to the attribute and fires kn-change', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator target="100" actual="" history="[90,100]"></kn-kpi-target-calculator>`,
    );
    await settle(el);
    const input = field(el, 'actual').shadowRoot!.querySelector('input')!;
    input.focus();
    const changed = oneEvent(el, 'kn-change');
    await sendKeys({ type: '๑๑๐' });
    await settle(el);
    const { detail } = (await changed) as CustomEvent<KpiTargetChange>;
    expect(detail.mode).to.equal('cat7');
    expect(el.getAttribute('actual')).to.equal('๑๑๐');
    expect(el.result.ok && 'level' in el.result && el.result.level).to.equal('advance');
    el.boundaries = 'table';
    await settle(el);
    expect(el.result.ok && 'level' in el.result && el.result.level).to.equal('significance');
    expect(el.getAttribute('boundaries')).to.equal('table');
  });

  it('bad input: localised message next to the field, result is the core failure, nothing throws', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator target="0" actual="5" history="[1,2]"></kn-kpi-target-calculator>`,
    );
    await settle(el);
    expect(el.result.ok).to.equal(false);
    expect(!el.result.ok && el.result.errors[0]?.code).to.equal('TARGET_ZERO');
    expect(field(el, 'target').error).to.contain('ค่าเป้าหมายต้องไม่เป็น 0');
    el.target = 'abc';
    await settle(el);
    expect(!el.result.ok && el.result.errors[0]?.code).to.equal('NOT_A_NUMBER');
    expect(el.getAttribute('target')).to.equal('abc');
    await expect(el).to.be.accessible();
  });

  it('history attribute accepts JSON and keeps odd text; the property reflects back', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator history='["1,200", 1300]'></kn-kpi-target-calculator>`,
    );
    expect(el.history).to.deep.equal(['1,200', '1300']);
    el.history = ['300', '450'];
    await el.updateComplete;
    expect(el.getAttribute('history')).to.equal('[300,450]');
  });

  it('is form-associated: its form value is JSON of inputs and result; reset restores the attributes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <kn-kpi-target-calculator
          name="kpi1"
          target="375"
          actual="400"
          history="[300,450]"
        ></kn-kpi-target-calculator>
      </form>`,
    );
    const el = form.querySelector('kn-kpi-target-calculator')!;
    await settle(el);
    const value = JSON.parse(String(new FormData(form).get('kpi1')));
    expect(value.inputs.target).to.equal('375');
    expect(value.result.score).to.equal(400);
    el.actual = '500';
    await el.updateComplete;
    form.reset();
    await settle(el);
    expect(el.actual).to.equal('400');
  });
});

describe('kn-kpi-target-calculator (Category 7 year and order)', () => {
  it('reads the fields in time order and scores with the pack of its year', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator
        year="2565"
        target="375"
        actual="400"
        history="[300,450]"
      ></kn-kpi-target-calculator>`,
    );
    await settle(el);
    const order = [...el.shadowRoot!.querySelectorAll('kn-number-field')].map((f) => f.dataset.field);
    expect(order).to.deep.equal(['history.0', 'history.1', 'target', 'actual']);
    expect(el.result.ok && el.result.pack).to.equal('pmqa40-cat7@2565');
    el.year = 2566;
    await settle(el);
    expect(el.result.ok && el.result.pack).to.equal('pmqa40-cat7@2566');
    // A keystroke's kn-change is the calculator's own: the number field's event stays inside.
    const details: unknown[] = [];
    el.addEventListener('kn-change', (e) => details.push(e.detail));
    const input = field(el, 'actual').shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '4' });
    await settle(el);
    expect(details).to.have.length(1);
    expect(details[0]).to.have.keys(['mode', 'inputs', 'result']);
  });
});

describe('kn-kpi-target-calculator (agency)', () => {
  it('interpolates between the targets and shows the weighted contribution', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator
        mode="agency"
        lang="en"
        initial-target="80"
        standard-target="90"
        high-target="100"
        actual="85"
        weight="30"
      ></kn-kpi-target-calculator>`,
    );
    await settle(el);
    expect(el.result).to.deep.equal(
      scoreAgencyKpi({ actual: '85', targets: { initial: '80', standard: '90', high: '100' }, weight: '30' }),
    );
    const t = text(el);
    expect(t).to.contain('62.5');
    expect(t).to.contain('18.75');
    expect(el.shadowRoot!.querySelector('svg[role=img]')!.getAttribute('aria-label')).to.contain(
      'scores 62.5',
    );
    await expect(el).to.be.accessible();
  });

  it('infers lower-is-better and rejects unordered targets', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator
        mode="agency"
        initial-target="20"
        standard-target="15"
        high-target="10"
        actual="17"
      ></kn-kpi-target-calculator>`,
    );
    await settle(el);
    expect(el.result.ok && el.result.score).to.equal(65);
    el.standardTarget = '25';
    await settle(el);
    expect(!el.result.ok && el.result.errors[0]?.code).to.equal('TARGETS_NOT_ORDERED');
    expect(text(el)).to.contain('ต้องเรียง');
  });
});
