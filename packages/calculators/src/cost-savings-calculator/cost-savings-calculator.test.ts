import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  facilitationEfficiency,
  facilitationValue,
  type FacilitationValueResult,
  type ServiceSaving,
} from '@khanaen/core';
import type { KnNumberField } from '@khanaen/widgets';
import './kn-cost-savings-calculator.js';
import type { CostSavingsChange, KnCostSavingsCalculator } from './cost-savings-calculator.js';
import { costSavingsCsv, costSavingsCsvRows } from './cost-savings-csv.js';
import * as stories from './cost-savings-calculator.stories.js';
import type { StoryObj } from '@storybook/web-components-vite';

type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
const storiesMeta = stories.default;

const SPEC: ServiceSaving = {
  name: 'ขออนุญาตประกอบกิจการ',
  sheetsReduced: 4,
  feeReduced: 100,
  hoursReduced: 3,
  transactions: 10000,
};

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: KnCostSavingsCalculator, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const field = (el: KnCostSavingsCalculator, path: string) =>
  $<KnNumberField>(el, `kn-number-field[data-field="${path}"]`);
const input = (el: KnCostSavingsCalculator, path: string) =>
  field(el, path).shadowRoot!.querySelector('input')!;

async function settle(el: KnCostSavingsCalculator) {
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelectorAll('*');
  await Promise.all([...inner].map((e) => (e as Partial<KnCostSavingsCalculator>).updateComplete));
}

async function typeInto(el: KnCostSavingsCalculator, path: string, value: string) {
  input(el, path).focus();
  await sendKeys({ type: value });
  await settle(el);
}

function noInlineStyles(el: KnCostSavingsCalculator) {
  expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
}

async function make(tpl = html`<kn-cost-savings-calculator></kn-cost-savings-calculator>`) {
  const el = await fixture<KnCostSavingsCalculator>(tpl);
  await settle(el);
  return el;
}

describe('kn-cost-savings-calculator: value for money (rule FV)', () => {
  it('computes the SPEC example set through the services property and equals core', async () => {
    const el = await make();
    el.services = [SPEC];
    await settle(el);
    expect(el.result).to.deep.equal(facilitationValue({ services: [SPEC] }));
    const r = el.result as FacilitationValueResult & { ok: true };
    expect(r.total).to.equal(2250000);
    expect(r.services[0]).to.include({ A: 2, B: 100, C: 123, perTransaction: 225, D: 10000 });
    const t = text(el);
    expect(t).to.contain('2,250,000 บาท');
    expect(t).to.contain('41 บาทต่อชั่วโมง');
    expect($(el, '[data-constants-used]').textContent).to.contain('facilitation-award@2566');
    expect($(el, '[data-constants-used]').textContent).not.to.contain('+overrides');
    expect($(el, '[data-live]').textContent).to.contain('2,250,000 บาท');
    expect($(el, 'table').textContent).to.contain('ขออนุญาตประกอบกิจการ');
    const svg = $(el, 'figure svg[role=img]');
    expect(svg.getAttribute('aria-label')).to.contain('A');
    expect(
      el.shadowRoot!.querySelectorAll('svg rect.seg-a, svg rect.seg-b, svg rect.seg-c').length,
    ).to.be.greaterThan(3);
    expect($(el, 'figcaption').textContent).to.contain('2,250,000');
    noInlineStyles(el);
    await expect(el).to.be.accessible();
  });

  it('accepts the services attribute as JSON', async () => {
    const el = await make(
      html`<kn-cost-savings-calculator
        services='[{"sheetsReduced":4,"feeReduced":100,"hoursReduced":3,"transactions":10000}]'
      ></kn-cost-savings-calculator>`,
    );
    expect(el.result.ok && el.result.total).to.equal(2250000);
  });

  it('computes the SPEC example typed by the user, with Thai digits, and fires kn-change', async () => {
    const el = await make();
    expect(el.result.ok).to.equal(false);
    // A blank calculator does not scream.
    expect(field(el, 'services.0.transactions').error).to.equal('');
    expect(text(el)).to.contain('กรอกข้อมูลงานบริการให้ครบ');
    await typeInto(el, 'services.0.sheetsReduced', '4');
    await typeInto(el, 'services.0.feeReduced', '100');
    await typeInto(el, 'services.0.hoursReduced', '3');
    let detail: CostSavingsChange | undefined;
    el.addEventListener('kn-change', (e) => (detail = (e as CustomEvent<CostSavingsChange>).detail));
    await typeInto(el, 'services.0.transactions', '๑๐,๐๐๐');
    if (!detail) throw new Error('no kn-change');
    expect(el.services[0]!.transactions).to.equal('๑๐,๐๐๐');
    expect(el.result).to.deep.equal(facilitationValue({ services: el.services }));
    expect(el.result.ok && el.result.total).to.equal(2250000);
    expect(detail.result).to.deep.equal(el.result);
    expect(detail.services).to.equal(el.services);
    expect(detail.efficiency).to.deep.equal(facilitationEfficiency({}));
    expect(text(el)).to.contain('2,250,000 บาท');
    noInlineStyles(el);
  });

  it('passes minutes to core as minutesReduced: 180 minutes = 3 hours', async () => {
    const el = await make();
    const spec = { sheetsReduced: 4, feeReduced: 100, minutesReduced: 180, transactions: 10000 };
    el.services = [spec];
    await settle(el);
    expect(el.result).to.deep.equal(facilitationValue({ services: [spec] }));
    expect(el.result.ok && el.result.services[0]!.hours).to.equal(3);
    expect(el.result.ok && el.result.total).to.equal(2250000);
    expect($<HTMLSelectElement>(el, 'select[data-field="services.0.unit"]').value).to.equal('minutesReduced');
    expect(field(el, 'services.0.minutesReduced').unit).to.equal('นาที');
    // The unit choice moves the typed value between the keys; it never converts it.
    el.services = [{ sheetsReduced: 0, feeReduced: 0, hoursReduced: '90', transactions: 2 }];
    await settle(el);
    const select = $<HTMLSelectElement>(el, 'select[data-field="services.0.unit"]');
    select.value = 'minutesReduced';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.services[0]).to.deep.equal({
      sheetsReduced: 0,
      feeReduced: 0,
      minutesReduced: '90',
      transactions: 2,
    });
    expect(el.result.ok && el.result.services[0]!.hours).to.equal(1.5);
    expect(field(el, 'services.0.minutesReduced').value).to.equal('90');
  });

  it('uses changed constants (wage 330 → 41.25 baht/hour), says "+overrides", and resets to the 2566 defaults', async () => {
    const el = await make(html`<kn-cost-savings-calculator wage-per-day="330"></kn-cost-savings-calculator>`);
    el.services = [SPEC];
    await settle(el);
    expect(el.result).to.deep.equal(
      facilitationValue({ services: [SPEC], constants: { wagePerDay: '330' } }),
    );
    expect(el.result.ok && el.result.constants.hourlyWage).to.equal(41.25);
    expect(el.result.ok && el.result.pack).to.equal('facilitation-award@2566+overrides');
    expect(el.result.ok && el.result.total).to.equal(2257500);
    const used = $(el, '[data-constants-used]').textContent!.replace(/\s+/g, ' ');
    expect(used).to.contain('41.25 บาทต่อชั่วโมง');
    expect(used).to.contain('330 บาทต่อวัน');
    expect(used).to.contain('facilitation-award@2566+overrides');
    expect($(el, '[data-hourly]').textContent).to.contain('41.25');
    await expect(el).to.be.accessible();

    const reset = $<HTMLButtonElement>(el, 'button.reset');
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.wagePerDay).to.equal('328');
    expect(el.result).to.deep.equal(facilitationValue({ services: [SPEC] }));
    expect(el.result.ok && el.result.constants.hourlyWage).to.equal(41);
    expect($(el, '[data-constants-used]').textContent).not.to.contain('+overrides');

    // Typing the same value as the pack is not an override.
    input(el, 'constants.hoursPerDay').select();
    await sendKeys({ type: '8' });
    await settle(el);
    expect(el.result.ok && el.result.pack).to.equal('facilitation-award@2566');
    input(el, 'constants.hoursPerDay').select();
    await sendKeys({ type: '0' });
    await settle(el);
    expect(el.result.ok).to.equal(false);
    expect(field(el, 'constants.hoursPerDay').error).to.contain('ต้องมากกว่า 0');
    expect(text(el)).to.contain('แก้ไขค่าคงที่');
    noInlineStyles(el);
  });

  it('shows bad input at the field of its path (services.2.transactions), nothing else', async () => {
    const el = await make();
    el.services = [SPEC, SPEC, { ...SPEC, transactions: '1.5' }];
    await settle(el);
    expect(el.result.ok).to.equal(false);
    expect(!el.result.ok && el.result.errors.map((e) => e.path)).to.deep.equal(['services.2.transactions']);
    expect(field(el, 'services.2.transactions').error).to.contain('งานบริการที่ 3');
    expect(field(el, 'services.2.transactions').error).to.contain('จำนวนเต็ม');
    expect(field(el, 'services.1.transactions').error).to.equal('');
    expect(field(el, 'services.2.feeReduced').error).to.equal('');
    el.services = [{ ...SPEC, feeReduced: 'abc' }];
    await settle(el);
    expect(field(el, 'services.0.feeReduced').error).to.contain('ต้องเป็นตัวเลข');
    el.services = [{ ...SPEC, hoursReduced: '' }];
    await settle(el);
    expect(!el.result.ok && el.result.errors[0]!.path).to.equal('services.0.hoursReduced');
    expect(field(el, 'services.0.hoursReduced').error).to.contain('กรุณากรอก');
    expect(text(el)).to.contain('แก้ไขหรือกรอกข้อมูล');
    noInlineStyles(el);
    await expect(el).to.be.accessible();
  });

  it('adds and removes rows by keyboard; a new blank row shows no errors until touched', async () => {
    const el = await make();
    el.services = [SPEC];
    await settle(el);
    const removeFirst = $<HTMLButtonElement>(el, 'button[data-remove="0"]');
    expect(removeFirst.disabled).to.equal(true);
    $<HTMLButtonElement>(el, 'button.add').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.services.length).to.equal(2);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('services.1.name');
    expect(field(el, 'services.1.transactions').label).to.equal('จำนวนธุรกรรม งานบริการที่ 2');
    expect($(el, 'input[data-field="services.1.name"]').closest('label')!.textContent).to.contain(
      'ชื่องานบริการ งานบริการที่ 2',
    );
    expect(field(el, 'services.1.transactions').error).to.equal('');
    expect(field(el, 'services.0.transactions').error).to.equal('');
    expect(el.result.ok).to.equal(false);
    await expect(el).to.be.accessible();

    // Touching the row (typing then leaving a field) shows its errors.
    await sendKeys({ type: 'คัดสำเนาทะเบียน' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(field(el, 'services.1.transactions').error).to.contain('กรุณากรอก');

    const remove = $<HTMLButtonElement>(el, 'button[data-remove="1"]');
    expect(remove.textContent).to.contain('ลบ งานบริการที่ 2');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.services.length).to.equal(1);
    expect(el.result).to.deep.equal(facilitationValue({ services: [SPEC] }));
    expect(el.shadowRoot!.activeElement?.classList.contains('add')).to.equal(true);
    noInlineStyles(el);
  });

  it('keeps at least one row', async () => {
    const el = await make();
    el.services = [];
    await settle(el);
    expect(el.services.length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('fieldset.service').length).to.equal(1);
  });
});

describe('kn-cost-savings-calculator: efficiency rubric (rule FE)', () => {
  it('shows the points of each item and dimension 1, equal to core', async () => {
    const el = await make();
    const rubric = {
      law: { levels: ['act', 'department'] as ('act' | 'department')[], count: 1 },
      documents: { before: 3, after: 1 },
      fees: { before: 200, after: 100 },
      steps: { before: 10, after: 4 },
      time: { before: 10, after: 8 },
      eService: { form: true, payment: true },
    };
    el.rubric = rubric;
    await settle(el);
    expect(el.efficiency).to.deep.equal(facilitationEfficiency(rubric));
    const pts = (k: string) => $(el, `[data-points="${k}"]`).textContent!.replace(/\s+/g, ' ').trim();
    expect(pts('law')).to.contain('10 / 15');
    expect(pts('documents')).to.contain('5 / 5');
    expect(pts('fees')).to.contain('10 / 15');
    expect(pts('fees')).to.contain('ร้อยละ 50');
    expect(pts('steps')).to.contain('10 / 10');
    expect(pts('time')).to.contain('5 / 10');
    expect(pts('renewal')).to.contain('0 / 10');
    expect(pts('eService')).to.contain('10 / 15');
    expect(pts('other')).to.contain('0 / 5');
    expect($(el, '[data-dimension1]').textContent).to.contain('50');
    expect($(el, '[data-dimension1]').textContent).to.contain('/ 85');
    expect($<HTMLInputElement>(el, 'input[data-field="law.levels.act"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[data-field="law.levels.ministerial"]').checked).to.equal(false);
    expect(text(el)).to.contain('กรอกคะแนนมิติที่ 2 เพื่อดูคะแนนรวม');
    noInlineStyles(el);
    await expect(el).to.be.accessible();
  });

  it('caps dimension 1 at 85 with the Regulatory Guillotine bonus; value points 0–15 make the total', async () => {
    const el = await make();
    el.rubric = {
      law: { levels: ['act', 'ministerial', 'department'], count: 2 },
      documents: { before: 4, after: 0 },
      fees: { before: 100, after: 0 },
      steps: { before: 10, after: 5 },
      time: { before: 10, after: 5 },
      renewalByPayment: true,
      eService: { form: true, payment: true, document: true },
      other: true,
    };
    await settle(el);
    expect(el.efficiency.ok && el.efficiency.dimension1).to.equal(85);
    // Item 9 ticked by keyboard: the bonus is shown but dimension 1 stays at 85.
    const rg = $<HTMLInputElement>(el, 'input[data-field="regulatoryGuillotine"]');
    rg.focus();
    const changed = oneEvent(el, 'kn-change');
    await sendKeys({ press: 'Space' });
    const { detail } = (await changed) as CustomEvent<CostSavingsChange>;
    await settle(el);
    expect(el.rubric.regulatoryGuillotine).to.equal(true);
    expect(detail.efficiency).to.deep.equal(facilitationEfficiency(el.rubric));
    expect(el.efficiency.ok && el.efficiency.subtotal).to.equal(85);
    expect(el.efficiency.ok && el.efficiency.bonus).to.equal(5);
    expect(el.efficiency.ok && el.efficiency.dimension1).to.equal(85);
    expect($(el, '[data-points="bonus"]').textContent).to.contain('+5 / 5');
    expect($(el, '[data-dimension1]').textContent!.replace(/\s+/g, ' ')).to.contain('85 / 85');

    expect(field(el, 'valuePoints').hint).to.equal(
      'เกณฑ์ไม่ได้กำหนดการแปลงจำนวนเงินเป็นคะแนน ผู้ตรวจประเมินเป็นผู้ให้คะแนน',
    );
    await typeInto(el, 'valuePoints', '15');
    expect(el.efficiency).to.deep.equal(facilitationEfficiency(el.rubric));
    expect(el.efficiency.ok && el.efficiency.total).to.equal(100);
    expect($(el, '[data-total-points]').textContent!.replace(/\s+/g, ' ')).to.contain('100 / 100');
    await expect(el).to.be.accessible();

    input(el, 'valuePoints').select();
    await sendKeys({ type: '16' });
    await settle(el);
    expect(el.efficiency.ok).to.equal(false);
    expect(!el.efficiency.ok && el.efficiency.errors[0]!.path).to.equal('valuePoints');
    expect(field(el, 'valuePoints').error).to.contain('ระหว่าง 0 ถึง 15');

    input(el, 'valuePoints').select();
    await sendKeys({ type: '0' });
    await settle(el);
    expect(el.efficiency.ok && el.efficiency.total).to.equal(85);
    noInlineStyles(el);
  });

  it('reports rubric errors at their field (steps.before = 0) only once both values are given', async () => {
    const el = await make();
    await typeInto(el, 'steps.before', '0');
    // Only "before" typed: no scream yet, but the result is the core failure.
    expect(el.efficiency).to.deep.equal(facilitationEfficiency({ steps: { before: '0', after: '' } }));
    expect(field(el, 'steps.after').error).to.equal('');
    await typeInto(el, 'steps.after', '0');
    expect(!el.efficiency.ok && el.efficiency.errors[0]!.code).to.equal('BEFORE_ZERO');
    expect(field(el, 'steps.before').error).to.contain('ต้องมากกว่า 0');
    expect($(el, '[data-points="steps"]').textContent).to.contain('–');
    await expect(el).to.be.accessible();
    // Clearing both values removes the item again.
    input(el, 'steps.before').select();
    await sendKeys({ press: 'Backspace' });
    input(el, 'steps.after').select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(el.rubric).to.deep.equal({});
    // Core refuses an unanswered rubric (SPEC §6: never a silent 0), and there is nothing to correct.
    expect(!el.efficiency.ok && el.efficiency.errors[0]!.code).to.equal('NOTHING_ANSWERED');
    expect(field(el, 'steps.before').error).to.equal('');
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).not.to.contain('ตอบอย่างน้อย 1 ข้อ');
    expect(text).not.to.contain('กรอกข้อมูลก่อนและหลังปรับปรุงให้ครบ');
  });
});

describe('kn-cost-savings-calculator: export, print, language', () => {
  it('builds a neutralised CSV with one row per service, the agency total and the constants', async () => {
    const services: ServiceSaving[] = [
      { name: "=cmd|' /C calc'!A0", sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 },
      {
        name: 'คัดสำเนาทะเบียน, ฉบับย่อ',
        sheetsReduced: 2,
        feeReduced: 0,
        minutesReduced: 30,
        transactions: 500,
      },
    ];
    const r = facilitationValue({ services });
    if (!r.ok) throw new Error('expected ok');
    const csv = costSavingsCsv(r);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length).to.equal(5);
    expect(lines[1]).to.equal("'=cmd|' /C calc'!A0,3,2,100,123,225,10000,2250000");
    expect(lines[2]).to.equal('"คัดสำเนาทะเบียน, ฉบับย่อ",0.5,1,0,20.5,21.5,500,10750');
    expect(lines[3]).to.equal('รวมทั้งหน่วยงาน,,,,,,,2260750');
    expect(lines[4]).to.contain('facilitation-award@2566');
    expect(lines[4]).to.contain(',328,');
    expect(lines[4]!.endsWith(',41')).to.equal(true);
    expect(costSavingsCsvRows(r, 'en')[0]![0]).to.equal('Service');

    const el = await make();
    el.services = services;
    await settle(el);
    expect(el.csv).to.equal(csv);
    expect($<HTMLButtonElement>(el, 'button.csv').textContent).to.contain('CSV');
  });

  it('has a print button that calls window.print()', async () => {
    const el = await make();
    el.services = [SPEC];
    await settle(el);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      const button = $<HTMLButtonElement>(el, 'button.print');
      expect(button.textContent).to.contain('พิมพ์ / Print');
      button.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('renders in English', async () => {
    const el = await make(html`<kn-cost-savings-calculator lang="en"></kn-cost-savings-calculator>`);
    el.services = [
      SPEC,
      {
        name: 'Copy of a registration',
        sheetsReduced: 2,
        feeReduced: 20,
        minutesReduced: 30,
        transactions: 1200,
      },
    ];
    await settle(el);
    const t = text(el);
    expect(t).to.contain('Agency total');
    expect(t).to.contain('฿2,250,000');
    expect(t).to.contain('baht/hour');
    expect(field(el, 'services.1.transactions').label).to.equal('Number of transactions, service 2');
    expect($(el, '[data-live]').textContent).to.contain('Agency total saved for citizens');
    noInlineStyles(el);
    await expect(el).to.be.accessible();
  });

  it('writes Thai digits with numerals="thai"', async () => {
    const el = await make(html`<kn-cost-savings-calculator numerals="thai"></kn-cost-savings-calculator>`);
    el.services = [SPEC];
    el.rubric = { eService: { form: true } };
    await settle(el);
    const t = text(el);
    expect(t).to.contain('๒,๒๕๐,๐๐๐ บาท');
    expect(t).to.contain('๔๑ บาทต่อชั่วโมง');
    expect(field(el, 'services.0.transactions').label).to.equal('จำนวนธุรกรรม งานบริการที่ ๑');
    expect($(el, '[data-points="eService"]').textContent!.replace(/\s+/g, ' ')).to.contain('๕ / ๑๕');
    noInlineStyles(el);
    await expect(el).to.be.accessible();
  });
});

describe('kn-cost-savings-calculator: stories', () => {
  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default' || typeof story !== 'object' || story === null) continue;
    it(`story ${name} renders and passes axe`, async () => {
      const s = story as StoryObj<Args>;
      const args = { ...storiesMeta.args, ...s.args } as Args;
      const render = (s.render ?? storiesMeta.render)!;
      const wrapper = await fixture<HTMLElement>(html`<div>${render(args, {} as never)}</div>`);
      const el = wrapper.querySelector('kn-cost-savings-calculator')!;
      await settle(el);
      noInlineStyles(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('kn-cost-savings-calculator: typed kn-change and the headless model', () => {
  it('the page hears only the calculator’s kn-change (the number fields’ own stay inside)', async () => {
    const el = await make();
    const heard: Event[] = [];
    const hear = (e: Event) => heard.push(e);
    el.addEventListener('kn-change', hear);
    document.addEventListener('kn-change', hear);
    try {
      await typeInto(el, 'services.0.sheetsReduced', '4');
      await typeInto(el, 'constants.wagePerDay', '0');
    } finally {
      document.removeEventListener('kn-change', hear);
    }
    expect(heard.length).to.be.greaterThan(0);
    for (const e of heard) {
      expect(e.target).to.equal(el);
      expect((e as CustomEvent<CostSavingsChange>).detail).to.have.keys(['services', 'result', 'efficiency']);
    }
  });

  it('renders what the model holds after undo and an import', async () => {
    const el = await make();
    el.services = [SPEC];
    await settle(el);
    await typeInto(el, 'services.0.transactions', '0');
    expect(el.result.ok && el.result.total).to.equal(22500000);
    el.model.undo();
    await settle(el);
    expect(el.services[0]).to.equal(SPEC);
    expect(input(el, 'services.0.transactions').value).to.equal('10000');
    const report = el.model.importCsv(
      'name,sheetsReduced,feeReduced,hoursReduced,transactions\r\nก,4,100,3,10000\r\nข,1,0,0,2',
    );
    expect(report.ok).to.equal(true);
    await settle(el);
    expect(el.services.length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('fieldset.service').length).to.equal(2);
    expect(el.result).to.deep.equal(facilitationValue({ services: el.services }));
  });
});
