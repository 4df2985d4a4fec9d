import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ServiceSaving } from '@khanaen/core';
import { KnElement, dismissButton, downloadText, noticeStyles } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-explanation.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text } from '../shared/props.js';
import { styles } from './cost-savings-calculator.styles.js';
import {
  CONSTANT_KEYS,
  CostSavingsModel,
  blankService,
  type CostSavingsConstantKey,
  type CostSavingsEfficiency,
  type CostSavingsResult,
  type CostSavingsRubric,
} from './cost-savings-model.js';
import { DATA_PROBLEM, type CostSavingsView } from './cost-savings-view.js';
import { renderConstants, renderRow } from './cost-savings-services.js';
import { announcement, renderValueResult } from './cost-savings-results.js';
import { renderRubric } from './cost-savings-rubric.js';

export {
  blankService,
  type CostSavingsEfficiency,
  type CostSavingsResult,
  type CostSavingsRubric,
} from './cost-savings-model.js';

/** The detail of the calculator's `kn-change`. */
export interface CostSavingsChange {
  readonly services: readonly ServiceSaving[];
  readonly result: CostSavingsResult;
  readonly efficiency: CostSavingsEfficiency;
}

/**
 * A JSON attribute: blank is "none" (`empty`); otherwise the parsed value, or the text itself when it is not
 * JSON. The model checks the shape (and says when the page's data cannot be used).
 */
const json = (empty: () => unknown) => ({
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return empty();
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
});

/** The pack's constants as text: the properties' defaults. */
const DEFAULTS = new CostSavingsModel().defaults;

let uid = 0;

/**
 * @tag kn-cost-savings-calculator
 * @summary The facilitation award (ยกระดับการอำนวยความสะดวกในการให้บริการ) calculator: the money citizens save
 * per service, Total Value = (A + B + C) × D (rule FV, `004:1360-1365`), summed over the agency, with the rule
 * pack's constants (cost per copied sheet, minimum wage per day ÷ working hours per day) that a user may
 * change, a breakdown chart and CSV export; and the efficiency rubric, items 1–8 plus the Regulatory Guillotine
 * bonus (rule FE, dimension 1) with the assessor's value points (dimension 2) and the total. Every number and
 * every maximum comes from `@khanaen/core` and its rule pack. The state lives in a headless
 * `CostSavingsModel` (the `model` property): this element renders it and forwards input to it.
 *
 * @attr {string} services - JSON array of services, e.g.
 *   `[{"name":"…","sheetsReduced":4,"feeReduced":100,"hoursReduced":3,"transactions":10000}]` (use
 *   `minutesReduced` instead of `hoursReduced` for a time in minutes).
 * @attr {string} rubric - JSON object of the rubric inputs (see the `rubric` property). Services or a rubric
 *   that cannot be used (not JSON, or not a list of objects / an object) show a notice and start blank.
 * @attr {string} baht-per-sheet - Cost of one copied sheet (default: the rule pack's).
 * @attr {string} wage-per-day - Minimum wage, baht per day (default: the rule pack's).
 * @attr {string} hours-per-day - Working hours per day (default: the rule pack's).
 * @attr {boolean} disabled - Disable editing.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {ServiceSaving[]} services - The services: `{ name?, sheetsReduced, feeReduced, hoursReduced | minutesReduced,
 *   transactions }`, numbers or text as typed (Thai digits and thousands separators are fine). At least one row.
 * @prop {FacilitationEfficiencyInput} rubric - The rubric inputs: `{ law: { levels, count }, documents, fees, steps, time
 *   ({ before, after }), renewalByPayment, eService: { form, payment, document }, other, regulatoryGuillotine,
 *   valuePoints }`.
 * @prop {Result<FacilitationValueResult>} result - Read-only: `facilitationValue` of core for the current services and
 *   constants (`{ ok: false, errors }` for bad input).
 * @prop {Result<FacilitationEfficiencyResult>} efficiency - Read-only: `facilitationEfficiency` of core for the rubric.
 * @prop {string} csv - Read-only: the CSV export of the current result (`''` while the input is incomplete).
 * @prop {CostSavingsModel} model - Read-only: the headless model (undo/redo, CSV/JSON import and export).
 * @prop {string} bahtPerSheet - Cost per copied sheet (blank or equal to the pack = the pack's value).
 * @prop {string} wagePerDay - Minimum wage per day.
 * @prop {string} hoursPerDay - Working hours per day.
 *
 * @fires kn-change - Whenever `result` or `efficiency` changes; `detail: CostSavingsChange`
 *   (`{ services, result, efficiency }`).
 *
 * @csspart notice - The notice about services or a rubric from the page that could not be used.
 * @csspart services - The service rows.
 * @csspart constants - The constants panel.
 * @csspart summary - The agency total and the constants used.
 * @csspart table - The per-service results table.
 * @csspart chart - The A/B/C breakdown chart.
 * @csspart rubric - The efficiency rubric.
 * @csspart explanation - The explanations.
 *
 * @cssprop --kn-color-primary - Accent colour (and part A of the chart).
 * @cssprop --kn-chart-a - Fill of part A (copies) in the chart.
 * @cssprop --kn-chart-b - Fill of part B (fee) in the chart.
 * @cssprop --kn-chart-c - Fill of part C (time) in the chart.
 */
export class KnCostSavingsCalculator extends KnElement {
  static override styles = [...KnElement.styles, calculatorStyles, noticeStyles, styles];

  /** The headless model this element renders. */
  readonly model = new CostSavingsModel();

  @property({ converter: json(() => []) }) services: readonly ServiceSaving[] = [blankService()];
  @property({ converter: json(() => ({})) }) rubric: CostSavingsRubric = {};
  @property({ attribute: 'baht-per-sheet', converter: text }) bahtPerSheet = DEFAULTS.bahtPerSheet;
  @property({ attribute: 'wage-per-day', converter: text }) wagePerDay = DEFAULTS.wagePerDay;
  @property({ attribute: 'hours-per-day', converter: text }) hoursPerDay = DEFAULTS.hoursPerDay;
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private rowStatus = '';

  private lastResult: CostSavingsResult | undefined;
  private lastEfficiency: CostSavingsEfficiency | undefined;
  private readonly uid = `kn-csc-${uid++}`;

  constructor() {
    super();
    // The model changed (user input, undo, import): show its state through the public properties.
    this.model.subscribe((m) => {
      this.services = m.services;
      this.rubric = m.rubric;
      for (const key of CONSTANT_KEYS) this[key] = m.constants[key];
      this.requestUpdate();
    });
  }

  /** The core `facilitationValue` result for the current services and constants. */
  get result(): CostSavingsResult {
    return this.model.result;
  }

  /** The core `facilitationEfficiency` result for the rubric. */
  get efficiency(): CostSavingsEfficiency {
    return this.model.efficiency;
  }

  /** The CSV text of the current result (`''` while the input is incomplete or wrong). */
  get csv(): string {
    return this.model.toCsv(this.locale);
  }

  /** Restores the constants of the rule pack. */
  resetConstants(): void {
    this.model.resetConstants();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Values the page set (attribute or property) go to the model, which normalises them.
    // Read them all first: each load makes the model notify, which writes its state back to the properties.
    const m = this.model;
    const services = changed.has('services') && this.services !== m.services ? [this.services] : [];
    const rubric = changed.has('rubric') && this.rubric !== m.rubric ? [this.rubric] : [];
    const constants: Partial<Record<CostSavingsConstantKey, string>> = {};
    for (const key of CONSTANT_KEYS) if (this[key] !== m.constants[key]) constants[key] = this[key];
    for (const s of services) m.loadServices(s);
    for (const r of rubric) m.loadRubric(r);
    if (Object.keys(constants).length > 0) m.loadConstants(constants);
  }

  protected override updated(): void {
    const { result, efficiency } = this.model;
    if (result === this.lastResult && efficiency === this.lastEfficiency) return;
    this.lastResult = result;
    this.lastEfficiency = efficiency;
    this.emitChange<'kn-cost-savings-calculator'>({ services: this.services, result, efficiency });
  }

  private async addRow(): Promise<void> {
    this.model.addRow();
    const n = this.model.services.length;
    this.rowStatus = this.t({ th: `เพิ่มงานบริการที่ ${n} แล้ว`, en: `Service ${n} added` });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>(`input[data-field="services.${n - 1}.name"]`)?.focus();
  }

  private async removeRow(i: number): Promise<void> {
    if (!this.model.removeRow(i)) return;
    this.rowStatus = this.t({ th: `ลบงานบริการที่ ${i + 1} แล้ว`, en: `Service ${i + 1} removed` });
    await this.updateComplete;
    const next = Math.min(i, this.model.services.length - 1);
    const target =
      this.shadowRoot?.querySelector<HTMLElement>(`button[data-remove="${next}"]:not([disabled])`) ??
      this.shadowRoot?.querySelector<HTMLElement>('button.add');
    target?.focus();
  }

  private downloadCsv(): void {
    const csv = this.csv;
    if (csv) downloadText('cost-savings.csv', csv, 'text/csv;charset=utf-8');
  }

  /** The element as its render helpers see it. */
  private get view(): CostSavingsView {
    return {
      model: this.model,
      uid: this.uid,
      disabled: this.disabled,
      numerals: this.numerals,
      t: (b) => this.t(b),
      num: (v) => this.num(v),
      baht: (v) => this.baht(v),
      pct: (v) => this.pct(v),
      digits: (s) => this.digits(s),
      addRow: () => void this.addRow(),
      removeRow: (i) => void this.removeRow(i),
      downloadCsv: () => this.downloadCsv(),
      print: () => window.print(),
    };
  }

  override render() {
    const id = this.uid;
    const v = this.view;
    const m = this.model;
    const dimension1Max = m.pack.constants.dimension1Max;
    return html`
      <section class="calc" aria-labelledby="${id}-h">
        <h2 id="${id}-h" class="title">
          ${this.t({
            th: 'คำนวณความคุ้มค่าและคะแนน: ยกระดับการอำนวยความสะดวกในการให้บริการ',
            en: 'Value for money and points: improved facilitation of services',
          })}
        </h2>
        <h3>
          ${this.t({ th: 'มิติที่ 2 ความคุ้มค่า: ค่าใช้จ่ายที่ประชาชนประหยัดได้', en: 'Dimension 2, value for money: what citizens save' })}
        </h3>
        <p class="note">
          ${this.t({
            th: 'Total Value = (A + B + C) × D; A = จำนวนแผ่น × ค่าสำเนาต่อแผ่น, B = ค่าธรรมเนียมที่ลดลง, C = ชั่วโมงที่ลดลง × ค่าแรงต่อชั่วโมง, D = จำนวนธุรกรรม',
            en: 'Total Value = (A + B + C) × D; A = sheets × cost per sheet, B = fee reduced, C = hours saved × hourly wage, D = transactions',
          })}
        </p>
        ${[...m.problems].map(
          (what) =>
            html`<div part="notice" class="notice error data-problem" role="alert">
              <p>${this.t(DATA_PROBLEM[what])}</p>
              ${dismissButton(this.t.bind(this), () => m.dismissProblem(what))}
            </div>`,
        )}
        <div part="services" class="services">
          ${repeat(
            m.services,
            (_, i) => m.keys[i] ?? `i${i}`,
            (s, i) => renderRow(v, s, i),
          )}
        </div>
        <div class="actions">
          <button type="button" class="add" ?disabled=${this.disabled} @click=${() => this.addRow()}>
            <span aria-hidden="true">+ </span>${this.t({ th: 'เพิ่มงานบริการ', en: 'Add a service' })}
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite">${this.rowStatus}</p>
        ${renderConstants(v)}
        <div class="result">
          <h3>${this.t({ th: 'ผลการคำนวณความคุ้มค่า', en: 'Value-for-money result' })}</h3>
          ${renderValueResult(v)}
        </div>
        <p class="visually-hidden" aria-live="polite" data-live>${announcement(v)}</p>
        <div class="result">
          <h3>
            ${this.t({ th: `มิติที่ 1 ประสิทธิภาพ (${dimension1Max} คะแนน) และคะแนนรวม`, en: `Dimension 1, efficiency (${dimension1Max} points), and the total` })}
          </h3>
          ${renderRubric(v)}
        </div>
      </section>
    `;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-cost-savings-calculator': CostSavingsChange;
  }
}
