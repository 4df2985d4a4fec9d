import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { pmqa40Cat7 } from '@khanaen/core';
import {
  agencyComposite,
  packFor,
  scoreAgency,
  scoreCategory7Set,
  type AgencyKpiRow,
  type Category7SetKpiInput,
  type Category7SetResult,
  type Dimension,
} from '@khanaen/core';
import type { KnNumberField } from '@khanaen/widgets';
import type { TemplateResult } from 'lit';
import './kn-kpi-scorecard.js';
import * as storyModule from './kpi-scorecard.stories.js';
import type { KnKpiScorecard, ScorecardChange } from './kpi-scorecard.js';

// ---------------------------------------------------------------- helpers

/** Text of the element and every shadow root inside it. */
function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node instanceof Element && node.shadowRoot ? node.shadowRoot : node);
  return out.replace(/\s+/g, ' ');
}

async function settle(el: KnKpiScorecard): Promise<void> {
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelectorAll('*');
  await Promise.all([...inner].map((e) => (e as Partial<KnKpiScorecard>).updateComplete));
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: KnKpiScorecard, sel: string) =>
  el.shadowRoot!.querySelector<T & Element>(sel) as T;
const $$ = <T extends Element = HTMLElement>(el: KnKpiScorecard, sel: string) =>
  [...el.shadowRoot!.querySelectorAll<T & Element>(sel)] as T[];
const byLabel = (el: KnKpiScorecard, label: string) => $<HTMLInputElement>(el, `[aria-label="${label}"]`);
const dataRows = (el: KnKpiScorecard) =>
  $$<HTMLTableRowElement>(el, 'table.kpis tbody tr:not(.row-problems):not(.empty-slot)');

/** Focuses an input, selects its text and types over it. */
async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

const KEY_PREFIX = 'test.kn-kpi-scorecard.';
let keySeq = 0;
const storageKey = () => `${KEY_PREFIX}${Date.now()}-${keySeq++}`;

afterEach(() => {
  for (const k of Object.keys(localStorage)) if (k.startsWith(KEY_PREFIX)) localStorage.removeItem(k);
});

// Two KPIs, weights 60/40: 62.5 (interpolated) and 90 (lower is better, inferred) → 73.5, standard (basic).
const TWO: AgencyKpiRow[] = [
  {
    id: 'K1',
    name: 'ร้อยละความสำเร็จของการเบิกจ่ายงบประมาณ',
    weight: 60,
    actual: 85,
    targets: { initial: 80, standard: 90, high: 100 },
  },
  {
    id: 'K2',
    name: 'จำนวนเรื่องร้องเรียน',
    weight: 40,
    actual: 12,
    targets: { initial: 20, standard: 15, high: 10 },
  },
];

/** These Category 7 tests use the 2565 group list (`001:1141-1186`); the default pack is newer. */
const PACK_2565 = packFor('pmqa40-cat7', 2565) as typeof pmqa40Cat7;

/** A complete Category 7 set: every KPI reaches Advance (target 100 ≥ baseline 95, result 107 → 7 %). */
function cat7Set(): Category7SetKpiInput[] {
  const dims: Dimension[] = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'];
  return dims.flatMap((dimension) =>
    [1, 2, 3, 4, 5].map((s) => ({
      dimension,
      name: `ตัวชี้วัด ${dimension}-${s}`,
      unit: 'ร้อยละ',
      target: 100,
      actual: 107,
      history: [90, 100],
    })),
  );
}

// ---------------------------------------------------------------- agency mode

describe('kn-kpi-scorecard (agency)', () => {
  it('renders from the kpis property; result equals core; total, level and band meter', async () => {
    const el = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard .kpis=${TWO}></kn-kpi-scorecard>`);
    await settle(el);
    expect(dataRows(el)).to.have.length(2);
    expect(el.result).to.deep.equal(scoreAgency({ kpis: TWO }));
    expect(el.result.ok && 'total' in el.result && el.result.total).to.equal(73.5);
    expect(el.composite).to.equal(null);
    const t = deepText(el);
    expect(t).to.contain('73.5');
    expect(t).to.contain('ระดับมาตรฐานขั้นต้น');
    expect(t).to.contain('น้ำหนักรวม 100');
    expect($(el, 'kn-band-meter[scale="agency"]')).to.not.equal(null);
    // Per-KPI score bars with the number as text.
    expect(dataRows(el)[0]!.querySelector('td.score')!.textContent).to.contain('62.5');
    expect(dataRows(el)[1]!.querySelector('td.score')!.textContent).to.contain('90');
    expect(byLabel(el, 'น้ำหนัก ตัวชี้วัดที่ 2').value).to.equal('40');
    expect(byLabel(el, 'น้ำหนัก ตัวชี้วัดที่ 2').getAttribute('inputmode')).to.equal('decimal');
    await expect(el).to.be.accessible();
  });

  it('renders from a child JSON script', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard lang="en">
        <script type="application/json">
          [
            {
              "id": "A",
              "weight": "70",
              "actual": "95",
              "targets": { "initial": "80", "standard": "90", "high": "100" }
            },
            {
              "id": "B",
              "name": "Complaints",
              "weight": 30,
              "actual": 8,
              "targets": { "initial": 20, "standard": 15, "high": 10 }
            }
          ]
        </script>
      </kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(dataRows(el)).to.have.length(2);
    expect(el.kpis.map((k) => (k as AgencyKpiRow).id)).to.deep.equal(['A', 'B']);
    expect(el.result).to.deep.equal(
      scoreAgency({
        kpis: [
          { id: 'A', weight: '70', actual: '95', targets: { initial: '80', standard: '90', high: '100' } },
          {
            id: 'B',
            name: 'Complaints',
            weight: 30,
            actual: 8,
            targets: { initial: 20, standard: 15, high: 10 },
          },
        ],
      }),
    );
    // 87.5 × 0.7 + 100 × 0.3 = 91.25 → Quality
    expect(deepText(el)).to.contain('91.25');
    expect(deepText(el)).to.contain('Quality');
  });

  it('shows the weight-total message until the weights are exactly 100, then the total and level', async () => {
    const kpis = [TWO[0]!, { ...TWO[1]!, weight: 30 }];
    const el = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard .kpis=${kpis}></kn-kpi-scorecard>`);
    await settle(el);
    expect(el.result.ok).to.equal(false);
    expect(!el.result.ok && el.result.errors.map((e) => e.code)).to.deep.equal(['WEIGHTS_NOT_100']);
    expect($(el, '.weights.bad').textContent).to.contain('น้ำหนักรวมได้ 90');
    expect($(el, '.live-total').textContent).to.contain('น้ำหนักรวมได้ 90');
    // Per-KPI scores are still shown (each KPI scored alone by core).
    expect(dataRows(el)[0]!.querySelector('td.score')!.textContent).to.contain('62.5');
    const events: ScorecardChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ScorecardChange>).detail));
    await typeInto(byLabel(el, 'น้ำหนัก ตัวชี้วัดที่ 2'), '40');
    await settle(el);
    // One event per change of the result: "4" (weights 64), then "40" (weights 100).
    expect(events).to.have.length(2);
    const detail = events[1]!;
    expect(detail.mode).to.equal('agency');
    expect(detail.result.ok).to.equal(true);
    expect(detail.composite).to.equal(null);
    expect(el.result).to.deep.equal(scoreAgency({ kpis: el.kpis as AgencyKpiRow[] }));
    expect($(el, '.weights.ok').textContent).to.contain('100');
    expect($(el, '.total').textContent).to.contain('73.5');
    expect(deepText($(el, 'kn-score-badge.level'))).to.contain('ระดับมาตรฐานขั้นต้น');
    expect($(el, '.live-total').textContent).to.contain('ระดับมาตรฐานขั้นต้น');
  });

  it('adds, edits, reorders and removes rows with the keyboard; a blank new row stays quiet', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard lang="en" .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    $<HTMLButtonElement>(el, 'button.add').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(dataRows(el)).to.have.length(3);
    const active = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(active.getAttribute('aria-label')).to.equal('ID, KPI 3');
    // The blank row does not make the table scream: no row errors, no error summary, weights still reported.
    expect($$(el, 'tr.row-problems')).to.have.length(0);
    expect($(el, '.error-summary')).to.equal(null);
    expect($(el, '.weights').textContent).to.contain('100');
    expect($(el, '.status').textContent).to.contain('Complete the new KPI row');

    await sendKeys({ type: 'K3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Digital services' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '0' });
    for (const v of ['1', '2', '3', '2']) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: v });
    }
    await sendKeys({ press: 'Tab' }); // direction
    await settle(el);
    expect(el.result.ok).to.equal(true);
    expect(el.kpis[2]).to.deep.equal({
      id: 'K3',
      name: 'Digital services',
      weight: '0',
      actual: '2',
      targets: { initial: '1', standard: '2', high: '3' },
    });
    expect(dataRows(el)[2]!.querySelector('td.score')!.textContent).to.contain('75');

    // Move the new row up with the keyboard; focus stays on its button.
    const up = $<HTMLButtonElement>(el, 'button[aria-label="Move up KPI 3"]');
    up.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.kpis.map((k) => (k as AgencyKpiRow).id)).to.deep.equal(['K1', 'K3', 'K2']);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.equal(
      'Move up KPI 2',
    );
    expect($(el, '.live-action').textContent).to.contain('position 2');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.kpis.map((k) => (k as AgencyKpiRow).id)).to.deep.equal(['K3', 'K1', 'K2']);
    // At the top "move up" is disabled: focus moved to "move down".
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.equal(
      'Move down KPI 1',
    );

    // Remove it.
    $<HTMLButtonElement>(el, 'button[aria-label="Remove KPI 1"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.kpis.map((k) => (k as AgencyKpiRow).id)).to.deep.equal(['K1', 'K2']);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Remove KPI 1');
    expect(el.result).to.deep.equal(scoreAgency({ kpis: TWO }));
  });

  it('shows row and column errors once a row was touched, in the language of the element', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard
        lang="en"
        .kpis=${[...TWO, { id: 'K3', weight: 'x', actual: 1, targets: { initial: 3, standard: 2, high: 1 }, direction: 'higher' }]}
      ></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(!el.result.ok && el.result.errors.map((e) => e.path)).to.include('kpis.2.weight');
    expect(byLabel(el, 'Weight, KPI 3').getAttribute('aria-invalid')).to.equal('true');
    const problems = $(el, 'tr.row-problems').textContent!;
    expect(problems).to.contain('Weight must be a number');
    // Problems the whole set hides (its schema errors stop it early) come from the row scored alone.
    expect(problems).to.contain('must strictly increase');
    expect($(el, '.error-summary').textContent).to.contain('KPI 3: Weight must be a number');
    await expect(el).to.be.accessible();
  });

  it('computes the 70/30 composite with agencyComposite when digital and pmqa are given', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard digital="80" pmqa="70" .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(el.composite).to.deep.equal(agencyComposite({ performance: 73.5, digital: '80', pmqa: '70' }));
    expect(el.composite?.ok && el.composite.total).to.equal(74.45);
    expect(deepText($(el, '.composite-result'))).to.contain('74.45');
    // Editing a component through its field updates the composite and fires kn-change.
    const field = $(el, 'kn-number-field.pmqa');
    const input = field.shadowRoot!.querySelector('input')!;
    const events: ScorecardChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ScorecardChange>).detail));
    await typeInto(input, '100');
    await settle(el);
    const detail = events[events.length - 1]!;
    expect(detail.composite).to.deep.equal(
      agencyComposite({ performance: 73.5, digital: '80', pmqa: '100' }),
    );
    expect(el.getAttribute('pmqa')).to.equal('100');
    const changed = oneEvent(el, 'kn-change');
    el.digital = '150';
    const bad = (await changed) as CustomEvent<ScorecardChange>;
    expect(bad.detail.composite?.ok).to.equal(false);
    await settle(el);
    expect(el.composite?.ok).to.equal(false);
    expect($<KnNumberField>(el, 'kn-number-field.digital').error).to.contain('0 ถึง 100');
    el.digital = '';
    await settle(el);
    expect(el.composite).to.equal(null);
  });

  it('renders 605 generated KPIs: one page of rows and the total from core', async () => {
    const kpis = Array.from({ length: 605 }, (_, i) => ({
      id: `D${String(i + 1).padStart(3, '0')}`,
      name: `ตัวชี้วัดระดับกรม ${i + 1}`,
      weight: i < 600 ? '0.1' : '8',
      actual: String(80 + (i % 25)),
      targets: { initial: '80', standard: '90', high: '100' },
    }));
    const el = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard .kpis=${kpis}></kn-kpi-scorecard>`);
    await settle(el);
    expect(dataRows(el)).to.have.length(50);
    expect($$(el, 'table.kpis input')).to.have.length(50 * 7);
    expect($$(el, 'kn-number-field')).to.have.length(2);
    expect(el.result.ok).to.equal(true);
    const total = el.result.ok && 'total' in el.result ? el.result.total : NaN;
    expect(total).to.equal((scoreAgency({ kpis }) as { total: number }).total);
    expect($(el, '.total').textContent).to.contain(String(total));
    expect($(el, 'caption').textContent).to.contain('605');
    // Page 2, then the last rows by keyboard.
    $<HTMLButtonElement>(el, 'button[aria-label="หน้า 2"]').click();
    await settle(el);
    expect(byLabel(el, 'รหัส ตัวชี้วัดที่ 51').value).to.equal('D051');
    // An edit on a large set is debounced, and the result still follows.
    await typeInto(byLabel(el, 'น้ำหนัก ตัวชี้วัดที่ 51'), '0.2');
    expect(el.result.ok).to.equal(false);
    await settle(el);
    expect($(el, '.weights.bad').textContent).to.contain('100.1');
  });
});

// ---------------------------------------------------------------- cat7 mode

describe('kn-kpi-scorecard (cat7)', () => {
  it('passes the stage-1 gate at exactly 400 and equals core', async () => {
    const kpis = cat7Set();
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" year="2565" .kpis=${kpis}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(el.result).to.deep.equal(scoreCategory7Set({ kpis, pack: PACK_2565 }));
    const r = el.result as Category7SetResult & { ok: true };
    expect(r.score).to.equal(400);
    expect(r.passesStage1).to.equal(true);
    expect($(el, '.gate').textContent).to.contain('ผ่าน');
    expect($(el, '.gate').classList.contains('yes')).to.equal(true);
    expect($(el, 'kn-band-meter[scale="cat7"]')).to.not.equal(null);
    expect($$(el, 'div.dimension')).to.have.length(6);
    expect(dataRows(el)).to.have.length(30);
    expect(deepText(el)).to.contain('ด้านพันธกิจ');
    await expect(el).to.be.accessible();
  });

  it('flags a duplicate KPI across dimensions (score 0) and warns about a missing mandatory group', async () => {
    const kpis = cat7Set();
    kpis[0] = { ...kpis[0]!, group: 'core-mission', name: 'ความพึงพอใจของผู้รับบริการ' };
    kpis[5] = { ...kpis[5]!, group: 'ความพึงพอใจ', name: ' ความพึงพอใจของ ผู้รับบริการ', unit: 'คะแนน' };
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" year="2565" lang="en" .kpis=${kpis}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(el.result).to.deep.equal(scoreCategory7Set({ kpis, pack: PACK_2565 }));
    const r = el.result as Category7SetResult & { ok: true };
    const slot = r.dimensions['7.2'].kpis[0]!;
    expect(slot.score).to.equal(0);
    expect(slot.duplicateOf).to.deep.equal({ index: 0, dimension: '7.1', slot: 1 });
    expect(r.passesStage1).to.equal(false);
    const dupRow = $$(el, 'tr.duplicate');
    expect(dupRow).to.have.length(1);
    expect(dupRow[0]!.textContent).to.contain('Repeats 7.1 slot 1');
    expect(dupRow[0]!.querySelector('td.score')!.textContent).to.contain('0');
    expect($(el, 'tr.row-problems').textContent).to.contain('repeats the KPI in dimension 7.1');
    expect($(el, '.warnings li[data-code="MANDATORY_GROUP_MISSING"]').textContent).to.contain(
      'mandatory group',
    );
    // The group given by its Thai label is selected by id; mandatory groups are marked with *.
    const group = byLabel(el, 'KPI group, 7.2 slot 1') as unknown as HTMLSelectElement;
    expect(group.value).to.equal('satisfaction');
    expect([...group.options].find((o) => o.value === 'satisfaction')!.textContent).to.contain('* ');
    expect($(el, '.gate').textContent).to.contain('Does not pass');
    await expect(el).to.be.accessible();
  });

  it('edits, adds and reorders within a dimension', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" lang="en"></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(el.result.ok).to.equal(true);
    expect($$(el, 'tr.empty-slot')).to.have.length(30);
    $<HTMLButtonElement>(el, 'button.add[data-dimension="7.3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.equal(
      'KPI group, 7.3 slot 1',
    );
    expect($(el, '.error-summary')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Training hours' });
    for (const v of ['hours', '100', '107', '90', '100']) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: v });
    }
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.result.ok).to.equal(true);
    expect(el.kpis).to.deep.equal([
      {
        dimension: '7.3',
        name: 'Training hours',
        unit: 'hours',
        target: '100',
        actual: '107',
        history: ['90', '100'],
      },
    ]);
    const r = el.result as Category7SetResult & { ok: true };
    expect(r.dimensions['7.3'].score).to.equal(80);
    el.addKpi('7.3');
    await settle(el);
    await typeInto(byLabel(el, 'KPI name, 7.3 slot 2'), 'Second');
    $<HTMLButtonElement>(el, 'button[aria-label="Move up 7.3 slot 2"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.kpis.map((k) => (k as Category7SetKpiInput).name)).to.deep.equal(['Second', 'Training hours']);
  });
});

// ---------------------------------------------------------------- CSV

describe('kn-kpi-scorecard CSV', () => {
  it('round-trips agency rows and neutralises formula-like cells', async () => {
    const kpis: AgencyKpiRow[] = [
      {
        id: 'K1',
        name: '=HYPERLINK("http://x","คลิก")',
        weight: 60,
        actual: 85,
        targets: { initial: 80, standard: 90, high: 100 },
      },
      {
        id: 'K2',
        name: '+ร้อยละ, "ผู้รับบริการ"',
        weight: 40,
        actual: 12,
        targets: { initial: 20, standard: 15, high: 10 },
        direction: 'lower',
      },
    ];
    const el = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard .kpis=${kpis}></kn-kpi-scorecard>`);
    const csv = el.exportCsv();
    expect(csv.startsWith('\uFEFFid,name,weight,initial,standard,high,actual,direction\r\n')).to.equal(true);
    expect(csv).to.contain(`"'=HYPERLINK(""http://x"",""คลิก"")"`);
    expect(csv).to.contain(`"'+ร้อยละ, ""ผู้รับบริการ"""`);
    const other = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard></kn-kpi-scorecard>`);
    expect(other.importCsv(csv)).to.equal(true);
    await settle(other);
    expect(other.kpis).to.deep.equal(el.kpis);
    expect(other.result).to.deep.equal(el.result);
    expect($(other, '.import-done').textContent).to.contain('นำเข้าแล้ว 2 ตัวชี้วัด');
    // Undo brings the previous (empty) rows back.
    $<HTMLButtonElement>(other, 'button.undo-import').click();
    await settle(other);
    expect(other.kpis).to.deep.equal([]);
  });

  it('round-trips a Category 7 set; the group column may be an id or a Thai label', async () => {
    const kpis = cat7Set().slice(0, 6);
    kpis[0] = { ...kpis[0]!, group: 'core-mission' };
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" year="2565" .kpis=${kpis}></kn-kpi-scorecard>`,
    );
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[0]).to.equal(
      '\uFEFFdimension,group,name,unit,target,actual,year_minus_2,year_minus_1,direction',
    );
    const other = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" year="2565"></kn-kpi-scorecard>`,
    );
    expect(other.importCsv(csv.replace('core-mission', 'ตัววัดตามภารกิจหลัก'))).to.equal(true);
    expect(other.kpis).to.deep.equal(el.kpis);
    expect(other.result).to.deep.equal(el.result);
  });

  it('reports every row/column problem of a bad file and changes nothing', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard lang="en" .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    const before = el.kpis;
    const result = el.result;
    const bad = [
      'id,name,weight,initial,standard,high,actual,direction',
      'A1,ok,50,80,90,100,85,',
      'A2,bad weight,abc,80,90,100,85,',
      'A3,bad direction,50,80,90,100,85,sideways',
      'A4,short,10,1,2',
    ].join('\r\n');
    // Through the file input, as a user would.
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const dt = new DataTransfer();
    dt.items.add(new File([bad], 'scorecard.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    // Reading the file is asynchronous: wait for the report (not for a fixed time; the machine may be busy).
    await waitUntil(() => el.shadowRoot!.querySelector('.import-problems'), 'the import report', {
      timeout: 5000,
    });
    await settle(el);
    const report = $(el, '.import-problems');
    expect(report).to.not.equal(null);
    const items = [...report.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(3);
    expect(items[0]).to.match(/^Row 3, column weight: Weight must be a number/);
    expect(items[1]).to.match(/^Row 4, column direction: Direction must be one of: higher, lower/);
    expect(items[2]).to.equal('Row 5: 5 column(s), expected 8.');
    expect(el.kpis).to.deep.equal(before);
    expect(el.result).to.deep.equal(result);
    await expect(el).to.be.accessible();

    // Thai messages and a bad header.
    el.lang = 'th';
    expect(el.importCsv('id,name,weight\r\nA,b,1')).to.equal(false);
    await settle(el);
    expect($(el, '.import-problems').textContent).to.contain(
      'แถว 1: ไม่พบคอลัมน์ initial, standard, high, actual, direction',
    );
    expect(el.importCsv('id,name,weight,initial,standard,high,actual,direction\r\nA,b,x,1,2,3,4,')).to.equal(
      false,
    );
    await settle(el);
    expect($(el, '.import-problems').textContent).to.contain('แถว 2 คอลัมน์ weight: น้ำหนักต้องเป็นตัวเลข');
    expect(el.kpis).to.deep.equal(before);
  });
  it('reports Category 7 problems (dimension, group, history) by row and column', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" lang="en"></kn-kpi-scorecard>`,
    );
    const bad = [
      'dimension,group,name,unit,target,actual,year_minus_2,year_minus_1,direction',
      '7.1,core-mission,Good,%,100,107,90,100,',
      '7.9,,Bad dimension,%,100,107,90,100,',
      '7.2,no-such-group,Bad group,%,100,107,90,100,',
      '7.3,,No history,%,100,107,,,higher',
    ].join('\n');
    expect(el.importCsv(bad)).to.equal(false);
    await settle(el);
    const items = [...$(el, '.import-problems').querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items[0]).to.match(/^Row 3, column dimension: /);
    expect(items[1]).to.equal(
      'Row 4, column group: group “no-such-group” is not a KPI group of dimension 7.2.',
    );
    expect(items[2]).to.match(
      /^Row 5, columns year_minus_2, year_minus_1: Enter the results of the two previous years/,
    );
    expect(items).to.have.length(3);
    expect(el.kpis).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- drafts

describe('kn-kpi-scorecard drafts', () => {
  it('restores the draft on reload with the same storage-key, and can discard it', async () => {
    const key = storageKey();
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard storage-key=${key} .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect(localStorage.getItem(key)).to.equal(null); // nothing saved until the user changes something
    await typeInto(byLabel(el, 'ผลการดำเนินงาน ตัวชี้วัดที่ 1'), '95');
    await settle(el);
    el.remove(); // disconnect writes the pending draft
    const saved = JSON.parse(localStorage.getItem(key)!);
    expect(saved.schema).to.equal('khanaen.scorecard');
    expect(saved.version).to.equal(1);
    expect(typeof saved.savedAt).to.equal('string');
    expect(saved.mode).to.equal('agency');
    expect(saved.kpis[0].actual).to.equal('95');
    expect(saved).to.not.have.property('data');

    const again = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard storage-key=${key} .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(again);
    expect((again.kpis[0] as AgencyKpiRow).actual).to.equal('95');
    expect($(again, '.restored').textContent).to.contain('กู้คืนร่างที่บันทึกไว้เมื่อ');
    await expect(again).to.be.accessible();
    $<HTMLButtonElement>(again, 'button.discard-draft').click();
    await settle(again);
    expect((again.kpis[0] as AgencyKpiRow).actual).to.equal('85');
    expect(localStorage.getItem(key)).to.equal(null);
    expect($(again, '.restored')).to.equal(null);
  });

  it('sets a corrupt draft aside with a visible notice and starts from the page data', async () => {
    const key = storageKey();
    localStorage.setItem(key, '{"schema":"khanaen.scorecard","version":1,"mode":"agency","kpis":"oops"}');
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard storage-key=${key} .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    const notice = $(el, '.set-aside');
    expect(notice.textContent).to.contain('ร่างที่บันทึกไว้เสียหรืออ่านไม่ได้');
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${key}.corrupt-`));
    expect(aside).to.be.a('string');
    expect(notice.querySelector('code')!.textContent).to.equal(aside);
    expect(localStorage.getItem(aside!)).to.contain('oops');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(el.kpis).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('sets aside a draft from a newer version', async () => {
    const key = storageKey();
    const raw = JSON.stringify({ schema: 'khanaen.scorecard', version: 2, mode: 'agency', kpis: [] });
    localStorage.setItem(key, raw);
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard storage-key=${key} .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect($(el, '.set-aside')).to.not.equal(null);
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${key}.corrupt-`));
    expect(localStorage.getItem(aside!)).to.equal(raw);
    expect(el.kpis).to.have.length(2);
    expect($(el, '.restored')).to.equal(null);
  });

  it('keeps working in memory, with a notice, when storage throws', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await fixture<KnKpiScorecard>(
        html`<kn-kpi-scorecard lang="en" storage-key=${storageKey()} .kpis=${TWO}></kn-kpi-scorecard>`,
      );
      await settle(el);
      expect($(el, '.storage-unavailable').textContent).to.contain('kept in memory only');
      await typeInto(byLabel(el, 'Result, KPI 1'), '95');
      el.flush();
      await settle(el);
      expect((el.kpis[0] as AgencyKpiRow).actual).to.equal('95');
      expect(el.result.ok).to.equal(true);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

// ---------------------------------------------------------------- misc

describe('kn-kpi-scorecard (misc)', () => {
  it('an empty scorecard is calm and accessible', async () => {
    const el = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard lang="en"></kn-kpi-scorecard>`);
    await settle(el);
    expect(el.result.ok).to.equal(false);
    expect(!el.result.ok && el.result.errors[0]?.code).to.equal('EMPTY');
    expect($(el, '.error-summary')).to.equal(null);
    expect(deepText(el)).to.contain('No KPIs yet');
    await expect(el).to.be.accessible();
  });

  it('uses Thai digits with numerals="thai"', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard numerals="thai" .kpis=${TWO}></kn-kpi-scorecard>`,
    );
    await settle(el);
    expect($(el, '.total').textContent).to.contain('๗๓.๕');
    expect(byLabel(el, 'น้ำหนัก ตัวชี้วัดที่ ๒')).to.not.equal(null);
  });
});

// ---------------------------------------------------------------- stories

describe('kn-kpi-scorecard stories', () => {
  const { default: meta, ...stories } = storyModule;
  for (const [name, story] of Object.entries(stories)) {
    it(`story ${name} renders and passes axe`, async () => {
      const args = { ...meta.args, ...story.args };
      const render = (story.render ?? meta.render) as (a: typeof args) => TemplateResult;
      const wrapper = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
      const el = wrapper.querySelector('kn-kpi-scorecard')!;
      await settle(el);
      expect(el.shadowRoot!.textContent).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }
});
