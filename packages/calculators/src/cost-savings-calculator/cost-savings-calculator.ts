import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  type BeforeAfter,
  type Bilingual,
  type DecimalInput,
  type EfficiencyItem,
  type FacilitationEfficiencyInput,
  type FacilitationEfficiencyResult,
  type FacilitationValueInput,
  type FacilitationValueResult,
  type KnError,
  type LawLevel,
  type Result,
  type ServiceSaving,
} from '@khanaen/core';
import { KnElement, dismissButton, downloadText, noticeStyles } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-explanation.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text, toNum } from '../shared/props.js';
import { styles } from './cost-savings-calculator.styles.js';
import { costSavingsCsv } from './cost-savings-csv.js';
import { PART_LABEL, renderBreakdownChart, serviceLabel, type ChartFormat } from './cost-savings-chart.js';

export type CostSavingsResult = Result<FacilitationValueResult>;
export type CostSavingsEfficiency = Result<FacilitationEfficiencyResult>;
/** The rubric inputs of rule FE (items 1–9 and the assessor's value points), as passed to core. */
export type CostSavingsRubric = FacilitationEfficiencyInput;
type Constants = NonNullable<FacilitationValueInput['constants']>;

export interface CostSavingsChange {
  readonly services: readonly ServiceSaving[];
  readonly result: CostSavingsResult;
  readonly efficiency: CostSavingsEfficiency;
}

type Pair = 'documents' | 'fees' | 'steps' | 'time';
type ItemKey = keyof FacilitationEfficiencyResult['items'];
type ConstantKey = 'bahtPerSheet' | 'wagePerDay' | 'hoursPerDay';
type RowField = 'sheetsReduced' | 'feeReduced' | 'transactions';

const PACK = facilitationAward2566;
const CONSTANT_KEYS: readonly ConstantKey[] = ['bahtPerSheet', 'wagePerDay', 'hoursPerDay'];
/** The pack's defaults, as text for the fields (0.5, 328, 8). */
const DEFAULTS: Record<ConstantKey, string> = {
  bahtPerSheet: String(PACK.constants.bahtPerSheet),
  wagePerDay: String(PACK.constants.wagePerDay),
  hoursPerDay: String(PACK.constants.hoursPerDay),
};
/** The maximum of each rubric item, as core reports it for an empty rubric. */
const EMPTY_EFFICIENCY = facilitationEfficiency({});
const ITEM_MAX: Record<ItemKey, number> | null = EMPTY_EFFICIENCY.ok
  ? (Object.fromEntries(
      Object.entries(EMPTY_EFFICIENCY.items).map(([k, v]) => [k, (v as EfficiencyItem).max]),
    ) as Record<ItemKey, number>)
  : null;
const RUBRIC_GROUPS = ['law', 'documents', 'fees', 'steps', 'time', 'valuePoints'] as const;

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A new, empty service row (time in hours). */
export function blankService(): ServiceSaving {
  return { name: '', sheetsReduced: '', feeReduced: '', hoursReduced: '', transactions: '' };
}

/** Which key holds a row's time: `minutesReduced` when the row is in minutes (and has no hours), else `hoursReduced`. */
function timeKey(s: ServiceSaving): 'hoursReduced' | 'minutesReduced' {
  return 'minutesReduced' in s && s.minutesReduced !== undefined && blank(s.hoursReduced)
    ? 'minutesReduced'
    : 'hoursReduced';
}

function isBlankRow(s: ServiceSaving): boolean {
  return [s.name, s.sheetsReduced, s.feeReduced, s.hoursReduced, s.minutesReduced, s.transactions].every(
    blank,
  );
}

function isFilledRow(s: ServiceSaving): boolean {
  return [s.sheetsReduced, s.feeReduced, s[timeKey(s)], s.transactions].every((v) => !blank(v));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A JSON attribute: blank is "none" (`empty`); otherwise the parsed value, or the text itself when it is not
 * JSON. The element checks the shape (and says when the page's data cannot be used).
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

/** What the page gave that could not be used, shown in a notice (in the element's language). */
const DATA_PROBLEM: Record<'services' | 'rubric', Bilingual> = {
  services: {
    th: 'ข้อมูลงานบริการ (services) ที่หน้าเว็บให้มาไม่ถูกต้อง ต้องเป็นรายการ JSON ของงานบริการ ส่วนที่อ่านไม่ได้จึงเป็นแถวว่าง',
    en: 'The services given by the page are not valid: they must be a JSON list of services. What could not be read was left blank.',
  },
  rubric: {
    th: 'ข้อมูลเกณฑ์ประสิทธิภาพ (rubric) ที่หน้าเว็บให้มาไม่ถูกต้อง ต้องเป็นออบเจ็กต์ JSON จึงเริ่มจากแบบประเมินว่าง',
    en: 'The rubric given by the page is not valid: it must be a JSON object. The rubric starts empty.',
  },
};

const ROW_LABEL: Record<'name' | RowField | 'time' | 'unit' | 'remove', Bilingual> = {
  name: { th: 'ชื่องานบริการ', en: 'Service name' },
  sheetsReduced: {
    th: 'จำนวนสำเนาเอกสารที่ลดลง ต่อคน ต่อครั้ง',
    en: 'Sheets no longer copied per person per visit',
  },
  feeReduced: { th: 'ค่าธรรมเนียมที่ลดลง ต่อคน ต่อครั้ง', en: 'Fee reduced per person per visit' },
  time: { th: 'ระยะเวลาที่ลดลง ต่อคน ต่อครั้ง', en: 'Time saved per person per visit' },
  unit: { th: 'หน่วยของระยะเวลา', en: 'Time unit' },
  transactions: { th: 'จำนวนธุรกรรม', en: 'Number of transactions' },
  remove: { th: 'ลบ', en: 'Remove' },
};

const LAW_LEVELS: readonly { id: LawLevel; label: Bilingual }[] = [
  { id: 'act', label: { th: 'พระราชบัญญัติ/พระราชกฤษฎีกา', en: 'Act or Royal Decree' } },
  { id: 'ministerial', label: { th: 'กฎกระทรวง/ประกาศ', en: 'Ministerial regulation or notification' } },
  {
    id: 'department',
    label: { th: 'ประกาศ/ระเบียบ/ข้อบังคับกรม', en: 'Department notification, regulation or rule' },
  },
];

let uid = 0;
let nextKey = 0;

/**
 * @tag kn-cost-savings-calculator
 * @summary The facilitation award (ยกระดับการอำนวยความสะดวกในการให้บริการ) calculator: the money citizens save
 * per service, Total Value = (A + B + C) × D (rule FV, `004:1360-1365`), summed over the agency, with its
 * constants (0.5 baht per sheet, 328 baht/day ÷ 8 hours = 41 baht/hour in 2566) that a user may change, a
 * breakdown chart and CSV export; and the efficiency rubric, items 1–8 plus the Regulatory Guillotine bonus
 * (rule FE, dimension 1 of 85) with the assessor's value points (0–15) and the total of 100. Every number
 * comes from `@khanaen/core`.
 *
 * @attr {string} services - JSON array of services, e.g.
 *   `[{"name":"…","sheetsReduced":4,"feeReduced":100,"hoursReduced":3,"transactions":10000}]` (use
 *   `minutesReduced` instead of `hoursReduced` for a time in minutes).
 * @attr {string} rubric - JSON object of the rubric inputs (see the `rubric` property). Services or a rubric
 *   that cannot be used (not JSON, or not a list of objects / an object) show a notice and start blank.
 * @attr {string} baht-per-sheet - Cost of one copied sheet (default from the pack: 0.5).
 * @attr {string} wage-per-day - Minimum wage, baht per day (default 328).
 * @attr {string} hours-per-day - Working hours per day (default 8).
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
 * @prop {string} bahtPerSheet - Cost per copied sheet (blank or equal to the pack = the pack's value).
 * @prop {string} wagePerDay - Minimum wage per day.
 * @prop {string} hoursPerDay - Working hours per day.
 *
 * @fires kn-change - Whenever `result` or `efficiency` changes; `detail: { services, result, efficiency }`.
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

  @property({ converter: json(() => []) }) services: readonly ServiceSaving[] = [blankService()];
  @property({ converter: json(() => ({})) }) rubric: CostSavingsRubric = {};
  @property({ attribute: 'baht-per-sheet', converter: text }) bahtPerSheet = DEFAULTS.bahtPerSheet;
  @property({ attribute: 'wage-per-day', converter: text }) wagePerDay = DEFAULTS.wagePerDay;
  @property({ attribute: 'hours-per-day', converter: text }) hoursPerDay = DEFAULTS.hoursPerDay;
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private _result!: CostSavingsResult;
  @state() private _efficiency!: CostSavingsEfficiency;
  /** Core's answer for the constants alone (so the hourly wage shows even while a row is incomplete). */
  @state() private _constants!: CostSavingsResult;
  /** Rows (by key) whose errors are shown: edited by the user, or given non-blank from outside. */
  @state() private touchedRows = new Set<number>();
  /** Rubric groups whose errors are shown. */
  @state() private touchedRubric = new Set<string>();
  @state() private rowStatus = '';
  /** Data from the page (attribute or property) that could not be used. */
  @state() private dataProblems: ReadonlySet<'services' | 'rubric'> = new Set();

  private keys: number[] = [];
  private ownServices: readonly ServiceSaving[] | null = null;
  private ownRubric: CostSavingsRubric | null = null;
  private lastJson = '';
  private pendingEvent = false;
  private readonly uid = `kn-csc-${uid++}`;

  /** The core `facilitationValue` result for the current services and constants. */
  get result(): CostSavingsResult {
    return this._result ?? this.computeValue();
  }

  /** The core `facilitationEfficiency` result for the rubric. */
  get efficiency(): CostSavingsEfficiency {
    return this._efficiency ?? facilitationEfficiency(this.rubric);
  }

  /** The CSV text of the current result (`''` while the input is incomplete or wrong). */
  get csv(): string {
    const r = this.result;
    return r.ok ? costSavingsCsv(r, this.locale) : '';
  }

  /** Restores the 2566 constants of the rule pack. */
  resetConstants(): void {
    this.bahtPerSheet = DEFAULTS.bahtPerSheet;
    this.wagePerDay = DEFAULTS.wagePerDay;
    this.hoursPerDay = DEFAULTS.hoursPerDay;
  }

  /** Constants that differ from the pack (blank or equal values are not overrides). */
  private get overrides(): Constants | undefined {
    const out: Record<string, string> = {};
    for (const key of CONSTANT_KEYS) {
      const value = this[key];
      if (blank(value)) continue;
      const n = toNum(value);
      if (n !== null && n === toNum(DEFAULTS[key])) continue;
      out[key] = value;
    }
    return Object.keys(out).length > 0 ? (out as Constants) : undefined;
  }

  private computeValue(): CostSavingsResult {
    const constants = this.overrides;
    return facilitationValue(
      constants ? { services: this.services, constants } : { services: this.services },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('services') && this.services !== this.ownServices) {
      // Set from outside: keep every row (at least one); show the errors of the rows that hold something.
      const given: unknown = this.services;
      const list: unknown[] = Array.isArray(given) ? given : [];
      const usable = (given === null || given === undefined || Array.isArray(given)) && list.every(isRecord);
      this.noteProblem('services', !usable);
      if (list.length === 0) this.services = [blankService()];
      else if (!list.every(isRecord)) {
        this.services = list.map((s) => (isRecord(s) ? (s as unknown as ServiceSaving) : blankService()));
      }
      this.ownServices = this.services;
      this.keys = this.services.map(() => nextKey++);
      this.touchedRows = new Set(this.keys.filter((_, i) => !isBlankRow(this.services[i] as ServiceSaving)));
    }
    if (changed.has('rubric') && this.rubric !== this.ownRubric) {
      const given: unknown = this.rubric;
      this.noteProblem('rubric', given !== null && given !== undefined && !isRecord(given));
      if (!isRecord(given)) this.rubric = {};
      this.ownRubric = this.rubric;
      // Set from outside: its errors are shown at once (an empty rubric has none to show).
      this.touchedRubric = new Set(Object.keys(this.rubric).length > 0 ? RUBRIC_GROUPS : []);
    }
    const valueInputs = ['services', 'bahtPerSheet', 'wagePerDay', 'hoursPerDay'].some((k) =>
      changed.has(k as keyof KnCostSavingsCalculator),
    );
    if (valueInputs || this._result === undefined) {
      this._result = this.computeValue();
      const constants = this.overrides;
      this._constants = facilitationValue(constants ? { services: [], constants } : { services: [] });
    }
    if (changed.has('rubric') || this._efficiency === undefined)
      this._efficiency = facilitationEfficiency(this.rubric);
    const json = JSON.stringify([this._result, this._efficiency]);
    if (json !== this.lastJson) {
      this.lastJson = json;
      this.pendingEvent = true;
    }
  }

  protected override updated(): void {
    if (this.pendingEvent) {
      this.pendingEvent = false;
      this.emitChange<'kn-cost-savings-calculator'>({
        services: this.services,
        result: this._result,
        efficiency: this._efficiency,
      });
    }
  }

  private noteProblem(what: 'services' | 'rubric', bad: boolean): void {
    if (bad === this.dataProblems.has(what)) return;
    const next = new Set(this.dataProblems);
    if (bad) next.add(what);
    else next.delete(what);
    this.dataProblems = next;
  }

  // ---------------------------------------------------------------------------------------------
  // Edits

  private setServices(next: readonly ServiceSaving[]): void {
    this.ownServices = next;
    this.services = next;
  }

  private editRow(i: number, patch: Partial<Record<keyof ServiceSaving, DecimalInput | string>>): void {
    this.setServices(this.services.map((s, j) => (j === i ? ({ ...s, ...patch } as ServiceSaving) : s)));
  }

  private setUnit(i: number, unit: 'hoursReduced' | 'minutesReduced'): void {
    const s = this.services[i];
    if (!s) return;
    const value = s[timeKey(s)] ?? '';
    const { hoursReduced: _h, minutesReduced: _m, ...rest } = s;
    this.setServices(
      this.services.map((row, j) => (j === i ? ({ ...rest, [unit]: value } as ServiceSaving) : row)),
    );
    this.touchRow(this.keys[i]);
  }

  private touchRow(key: number | undefined): void {
    if (key === undefined || this.touchedRows.has(key)) return;
    this.touchedRows = new Set([...this.touchedRows, key]);
  }

  private async addRow(): Promise<void> {
    this.keys = [...this.keys, nextKey++];
    this.setServices([...this.services, blankService()]);
    const n = this.services.length;
    this.rowStatus = this.t({ th: `เพิ่มงานบริการที่ ${n} แล้ว`, en: `Service ${n} added` });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>(`input[data-field="services.${n - 1}.name"]`)?.focus();
  }

  private async removeRow(i: number): Promise<void> {
    if (this.services.length <= 1) return;
    this.keys = this.keys.filter((_, j) => j !== i);
    this.setServices(this.services.filter((_, j) => j !== i));
    this.rowStatus = this.t({ th: `ลบงานบริการที่ ${i + 1} แล้ว`, en: `Service ${i + 1} removed` });
    await this.updateComplete;
    const next = Math.min(i, this.services.length - 1);
    const target =
      this.shadowRoot?.querySelector<HTMLElement>(`button[data-remove="${next}"]:not([disabled])`) ??
      this.shadowRoot?.querySelector<HTMLElement>('button.add');
    target?.focus();
  }

  private setRubric(next: CostSavingsRubric, group?: string): void {
    this.ownRubric = next;
    this.rubric = next;
    if (group) this.touchRubric(group);
  }

  private touchRubric(group: string): void {
    if (!this.touchedRubric.has(group)) this.touchedRubric = new Set([...this.touchedRubric, group]);
  }

  private setPair(key: Pair, side: keyof BeforeAfter, value: string): void {
    const current = this.rubric[key] ?? { before: '', after: '' };
    const pair = { ...current, [side]: value };
    const next: Record<string, unknown> = { ...this.rubric };
    // Both sides blank: the item is not given (0 points), as if the field had never been touched.
    if (blank(pair.before) && blank(pair.after)) delete next[key];
    else next[key] = pair;
    this.setRubric(next as CostSavingsRubric);
  }

  private toggleLaw(level: LawLevel, on: boolean): void {
    const levels = new Set(this.rubric.law?.levels ?? []);
    if (on) levels.add(level);
    else levels.delete(level);
    const order = LAW_LEVELS.map((l) => l.id).filter((l) => levels.has(l));
    this.setRubric({ ...this.rubric, law: { ...this.rubric.law, levels: order } });
  }

  private setFlag(key: 'renewalByPayment' | 'other' | 'regulatoryGuillotine', on: boolean): void {
    this.setRubric({ ...this.rubric, [key]: on });
  }

  private setEService(key: 'form' | 'payment' | 'document', on: boolean): void {
    this.setRubric({ ...this.rubric, eService: { ...this.rubric.eService, [key]: on } });
  }

  private setText(path: 'law.count' | 'valuePoints', value: string): void {
    const next: Record<string, unknown> = { ...this.rubric };
    if (path === 'valuePoints') {
      if (blank(value)) delete next.valuePoints;
      else next.valuePoints = value;
    } else {
      next.law = { ...this.rubric.law, count: value };
    }
    this.setRubric(next as CostSavingsRubric);
  }

  private downloadCsv(): void {
    const csv = this.csv;
    if (csv) downloadText('cost-savings.csv', csv, 'text/csv;charset=utf-8');
  }

  private print(): void {
    window.print();
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  private firstError(r: Result<object>, paths: readonly string[]): KnError | undefined {
    return r.ok ? undefined : r.errors.find((e) => paths.includes(e.path));
  }

  private rowShown(i: number): boolean {
    const key = this.keys[i];
    const s = this.services[i];
    return (key !== undefined && this.touchedRows.has(key)) || (s !== undefined && isFilledRow(s));
  }

  private rowError(i: number, ...fields: string[]): string {
    if (!this.rowShown(i)) return '';
    const e = this.firstError(
      this._result,
      fields.map((f) => `services.${i}.${f}`),
    );
    return e ? this.t(e.message) : '';
  }

  private rubricShown(group: string): boolean {
    if (this.touchedRubric.has(group)) return true;
    if (group === 'valuePoints') return !blank(this.rubric.valuePoints);
    if (group === 'law') return !blank(this.rubric.law?.count);
    const pair = this.rubric[group as Pair];
    return !!pair && !blank(pair.before) && !blank(pair.after);
  }

  private rubricError(path: string): string {
    const group = path.split('.')[0] ?? '';
    if (!this.rubricShown(group)) return '';
    const e = this.firstError(this._efficiency, [path]);
    return e ? this.t(e.message) : '';
  }

  private constantError(key: ConstantKey): string {
    const e = this.firstError(this._constants, [`constants.${key}`, `pack.constants.${key}`]);
    return e ? this.t(e.message) : '';
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private get fmt(): ChartFormat {
    return { t: (b) => this.t(b), num: (v) => this.num(v), baht: (v) => this.baht(v) };
  }

  private numberField(o: {
    path: string;
    label: string;
    value: unknown;
    unit?: string;
    hint?: string;
    error: string;
    integer?: boolean;
    min?: number;
    max?: number;
    placeholder?: string;
    set: (v: string) => void;
    touch?: () => void;
  }): TemplateResult {
    return html`<kn-number-field
      data-field=${o.path}
      .label=${o.label}
      .value=${str(o.value)}
      .unit=${o.unit ?? ''}
      .hint=${o.hint ?? ''}
      .error=${o.error}
      .placeholder=${o.placeholder ?? ''}
      .min=${o.min ?? null}
      .max=${o.max ?? null}
      ?integer=${o.integer ?? false}
      .numerals=${this.numerals}
      ?disabled=${this.disabled}
      @kn-change=${(e: CustomEvent<{ value: string }>) => {
        e.stopPropagation();
        o.set(e.detail.value);
      }}
      @change=${() => o.touch?.()}
    ></kn-number-field>`;
  }

  private renderRow(s: ServiceSaving, i: number): TemplateResult {
    const n = i + 1;
    const L = (b: Bilingual) => this.t({ th: `${b.th} งานบริการที่ ${n}`, en: `${b.en}, service ${n}` });
    const key = this.keys[i];
    const touch = () => this.touchRow(key);
    const unit = timeKey(s);
    const r = this._result;
    const sv = r.ok ? r.services[i] : undefined;
    const name = str(s.name).trim();
    return html`<fieldset class="service" data-row=${i}>
      <legend>${this.t({ th: `งานบริการที่ ${n}`, en: `Service ${n}` })}${name ? `: ${name}` : ''}</legend>
      <div class="service-grid">
        <label class="text-field">
          <span>${L(ROW_LABEL.name)}</span>
          <input
            type="text"
            data-field="services.${i}.name"
            .value=${live(str(s.name))}
            ?disabled=${this.disabled}
            @input=${(e: Event) => this.editRow(i, { name: (e.target as HTMLInputElement).value })}
            @change=${touch}
          />
        </label>
        ${this.numberField({
          path: `services.${i}.sheetsReduced`,
          label: L(ROW_LABEL.sheetsReduced),
          value: s.sheetsReduced,
          unit: this.t({ th: 'แผ่น', en: 'sheets' }),
          error: this.rowError(i, 'sheetsReduced'),
          min: 0,
          set: (v) => this.editRow(i, { sheetsReduced: v }),
          touch,
        })}
        ${this.numberField({
          path: `services.${i}.feeReduced`,
          label: L(ROW_LABEL.feeReduced),
          value: s.feeReduced,
          unit: this.t({ th: 'บาท', en: 'baht' }),
          error: this.rowError(i, 'feeReduced'),
          min: 0,
          set: (v) => this.editRow(i, { feeReduced: v }),
          touch,
        })}
        <div class="time">
          ${this.numberField({
            path: `services.${i}.${unit}`,
            label: L(ROW_LABEL.time),
            value: s[unit],
            unit:
              unit === 'minutesReduced'
                ? this.t({ th: 'นาที', en: 'minutes' })
                : this.t({ th: 'ชั่วโมง', en: 'hours' }),
            error: this.rowError(i, 'hoursReduced', 'minutesReduced'),
            min: 0,
            set: (v) => this.editRow(i, { [unit]: v }),
            touch,
          })}
          <label>
            <span>${L(ROW_LABEL.unit)}</span>
            <select
              data-field="services.${i}.unit"
              ?disabled=${this.disabled}
              @change=${(e: Event) => this.setUnit(i, (e.target as HTMLSelectElement).value as 'hoursReduced' | 'minutesReduced')}
            >
              <option value="hoursReduced" ?selected=${unit === 'hoursReduced'}>
                ${this.t({ th: 'ชั่วโมง', en: 'hours' })}
              </option>
              <option value="minutesReduced" ?selected=${unit === 'minutesReduced'}>
                ${this.t({ th: 'นาที', en: 'minutes' })}
              </option>
            </select>
          </label>
        </div>
        ${this.numberField({
          path: `services.${i}.transactions`,
          label: L(ROW_LABEL.transactions),
          value: s.transactions,
          unit: this.t({ th: 'ครั้ง', en: 'times' }),
          error: this.rowError(i, 'transactions'),
          integer: true,
          min: 0,
          set: (v) => this.editRow(i, { transactions: v }),
          touch,
        })}
      </div>
      <div class="row-foot">
        <span class="row-sum" data-row-sum=${i}>
          ${
            sv
              ? this.t({
                  th: `A ${this.num(sv.A)} + B ${this.num(sv.B)} + C ${this.num(sv.C)} = ${this.baht(sv.perTransaction)} ต่อครั้ง; × ${this.num(sv.D)} ครั้ง = ${this.baht(sv.total)}`,
                  en: `A ${this.num(sv.A)} + B ${this.num(sv.B)} + C ${this.num(sv.C)} = ${this.baht(sv.perTransaction)} per transaction; × ${this.num(sv.D)} = ${this.baht(sv.total)}`,
                })
              : nothing
          }
        </span>
        <span class="row-actions">
          <button
            type="button"
            data-remove=${i}
            ?disabled=${this.disabled || this.services.length <= 1}
            @click=${() => this.removeRow(i)}
          >
            ${L(ROW_LABEL.remove)}
          </button>
        </span>
      </div>
    </fieldset>`;
  }

  private renderConstants(): TemplateResult {
    const c = this._constants;
    const baht = this.t({ th: 'บาท', en: 'baht' });
    const field = (key: ConstantKey, label: Bilingual, unit: Bilingual) =>
      this.numberField({
        path: `constants.${key}`,
        label: this.t(label),
        value: this[key],
        unit: this.t(unit),
        hint: this.t({ th: `ค่าปี 2566: ${DEFAULTS[key]}`, en: `2566 value: ${DEFAULTS[key]}` }),
        placeholder: this.digits(DEFAULTS[key]),
        error: this.constantError(key),
        min: 0,
        set: (v) => (this[key] = v),
      });
    return html`<fieldset part="constants" class="constants">
      <legend>${this.t({ th: 'ค่าคงที่ที่ใช้คำนวณ', en: 'Constants' })}</legend>
      <div class="grid">
        ${field('bahtPerSheet', { th: 'ค่าสำเนาเอกสารต่อแผ่น', en: 'Cost per copied sheet' }, { th: 'บาท', en: 'baht' })}
        ${field('wagePerDay', { th: 'ค่าแรงขั้นต่ำต่อวัน', en: 'Minimum wage per day' }, { th: 'บาท', en: 'baht' })}
        ${field('hoursPerDay', { th: 'ชั่วโมงทำงานต่อวัน', en: 'Working hours per day' }, { th: 'ชั่วโมง', en: 'hours' })}
      </div>
      <p class="used" data-hourly>
        ${
          c.ok
            ? html`${this.t({ th: 'ค่าแรงต่อชั่วโมง', en: 'Hourly wage' })}: ${this.num(c.constants.wagePerDay)} ÷
                ${this.num(c.constants.hoursPerDay)} =
                <strong>${this.num(c.constants.hourlyWage)} ${baht}</strong>
                (${this.t({ th: 'ชุดเกณฑ์', en: 'rule pack' })} <code>${c.pack}</code>)`
            : this.t({ th: 'แก้ไขค่าคงที่ที่มีเครื่องหมาย ⚠', en: 'Correct the constants marked ⚠' })
        }
      </p>
      <div class="actions">
        <button type="button" class="reset" ?disabled=${this.disabled} @click=${() => this.resetConstants()}>
          ${this.t({ th: 'คืนค่าเริ่มต้นปี 2566', en: 'Reset to 2566 defaults' })}
        </button>
      </div>
    </fieldset>`;
  }

  private renderConstantsUsed(r: FacilitationValueResult): TemplateResult {
    const c = r.constants;
    return html`<p class="constants-used" data-constants-used>
      ${this.t({
        th: `ค่าคงที่ที่ใช้: ค่าสำเนา ${this.num(c.bahtPerSheet)} บาทต่อแผ่น; ค่าแรงขั้นต่ำ ${this.num(c.wagePerDay)} บาทต่อวัน ÷ ${this.num(c.hoursPerDay)} ชั่วโมง = ${this.num(c.hourlyWage)} บาทต่อชั่วโมง; ชุดเกณฑ์`,
        en: `Constants used: ${this.num(c.bahtPerSheet)} baht per sheet; minimum wage ${this.num(c.wagePerDay)} baht/day ÷ ${this.num(c.hoursPerDay)} hours = ${this.num(c.hourlyWage)} baht/hour; rule pack`,
      })}
      <code>${r.pack}</code>${
        r.pack.endsWith('+overrides')
          ? html` (${this.t({ th: 'ผู้ใช้ปรับค่าคงที่', en: 'constants changed by the user' })})`
          : nothing
      }
    </p>`;
  }

  private renderTable(r: FacilitationValueResult): TemplateResult {
    const f = this.fmt;
    // A scrollable region at narrow widths: focusable and named, so keyboard users can scroll it.
    return html`<div
      class="table-wrap"
      role="region"
      tabindex="0"
      aria-label=${this.t({ th: 'ตารางค่าใช้จ่ายที่ประหยัดได้', en: 'Savings table' })}
    >
      <table part="table">
        <caption>
          ${this.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ แยกตามงานบริการ (บาท)', en: 'Savings per service (baht)' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t({ th: 'งานบริการ', en: 'Service' })}</th>
            <th scope="col">${this.t(PART_LABEL.A)}</th>
            <th scope="col">${this.t(PART_LABEL.B)}</th>
            <th scope="col">${this.t(PART_LABEL.C)}</th>
            <th scope="col">${this.t({ th: 'A+B+C ต่อครั้ง', en: 'A+B+C per transaction' })}</th>
            <th scope="col">${this.t({ th: 'D จำนวนธุรกรรม', en: 'D transactions' })}</th>
            <th scope="col">${this.t({ th: 'Total Value', en: 'Total value' })}</th>
          </tr>
        </thead>
        <tbody>
          ${r.services.map(
            (s, i) =>
              html`<tr>
                <th scope="row">${serviceLabel(s.name, i, f)}</th>
                <td>${this.num(s.A)}</td>
                <td>${this.num(s.B)}</td>
                <td>${this.num(s.C)}</td>
                <td>${this.num(s.perTransaction)}</td>
                <td>${this.num(s.D)}</td>
                <td>${this.num(s.total)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="6">${this.t({ th: 'รวมทั้งหน่วยงาน', en: 'Agency total' })}</th>
            <td>${this.num(r.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private renderValueResult(): TemplateResult {
    const r = this._result;
    if (!r.ok) {
      const mapped =
        /^(services\.\d+\.(name|sheetsReduced|feeReduced|hoursReduced|minutesReduced|transactions)|(pack\.)?constants\.\w+)$/;
      const general = r.errors.filter((e) => !mapped.test(e.path));
      const anyShown = this.services.some((_, i) => this.rowShown(i));
      const badConstants = r.errors.some((e) => /constants\./.test(e.path));
      return html`<div class="status" role="status">
        ${
          general.length && anyShown
            ? html`<ul class="errors">
                ${general.map((e) => html`<li><span aria-hidden="true">⚠ </span>${this.t(e.message)}</li>`)}
              </ul>`
            : nothing
        }
        <p class="muted">
          ${
            badConstants
              ? this.t({
                  th: 'แก้ไขค่าคงที่ที่มีเครื่องหมาย ⚠ เพื่อดูผล',
                  en: 'Correct the constants marked ⚠ to see the result.',
                })
              : anyShown
                ? this.t({
                    th: 'แก้ไขหรือกรอกข้อมูลที่มีเครื่องหมาย ⚠ ให้ครบเพื่อดูผล',
                    en: 'Complete or correct the fields marked ⚠ to see the result.',
                  })
                : this.t({ th: 'กรอกข้อมูลงานบริการให้ครบเพื่อดูผล', en: 'Fill in the services to see the result.' })
          }
        </p>
      </div>`;
    }
    return html`
      <dl part="summary" class="summary">
        <div class="wide">
          <dt>
            ${this.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ทั้งหน่วยงาน (Total Value)', en: 'Agency total saved for citizens (Total Value)' })}
          </dt>
          <dd class="big" data-total>${this.baht(r.total)}</dd>
        </div>
      </dl>
      ${this.renderConstantsUsed(r)} ${this.renderTable(r)}
      ${renderBreakdownChart(r, `${this.uid}-pat`, this.fmt)}
      <kn-explanation part="explanation" .steps=${r.explanation} .numerals=${this.numerals}></kn-explanation>
      <div class="actions">
        <button type="button" class="csv" @click=${() => this.downloadCsv()}>
          ${this.t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
        </button>
        <button type="button" class="print" @click=${() => this.print()}>พิมพ์ / Print</button>
      </div>
    `;
  }

  private points(item: ItemKey): TemplateResult {
    const e = this._efficiency;
    const max = e.ok ? e.items[item].max : (ITEM_MAX?.[item] ?? 0);
    const pts = e.ok ? this.num(e.items[item].points) : '–';
    const pct = e.ok ? e.items[item].reductionPct : null;
    return html`<span class="points" data-points=${item}
      >${pct !== null ? html`${this.t({ th: `ลดลง${this.pct(pct)}`, en: `−${this.pct(pct)}` })} · ` : nothing}${pts}
      / ${this.num(max)} ${this.t({ th: 'คะแนน', en: 'points' })}</span
    >`;
  }

  private item(no: number, key: ItemKey, title: Bilingual, body: TemplateResult): TemplateResult {
    return html`<fieldset class="item" data-item=${key}>
      <legend><span>${this.digits(String(no))}. ${this.t(title)}</span> ${this.points(key)}</legend>
      ${body}
    </fieldset>`;
  }

  private check(
    checked: boolean,
    label: string,
    onChange: (on: boolean) => void,
    field: string,
  ): TemplateResult {
    return html`<label
      ><input
        type="checkbox"
        data-field=${field}
        .checked=${live(checked)}
        ?disabled=${this.disabled}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      ${label}</label
    >`;
  }

  private pair(key: Pair, label: Bilingual, unit: Bilingual): TemplateResult {
    const v = this.rubric[key];
    const side = (s: keyof BeforeAfter, when: Bilingual) =>
      this.numberField({
        path: `${key}.${s}`,
        label: this.t({ th: `${label.th} ${when.th}`, en: `${label.en} ${when.en}` }),
        value: v?.[s],
        unit: this.t(unit),
        error: this.rubricError(`${key}.${s}`),
        min: 0,
        set: (x) => this.setPair(key, s, x),
        touch: () => this.touchRubric(key),
      });
    return html`<div class="pair">
      ${side('before', { th: 'ก่อนปรับปรุง', en: 'before' })} ${side('after', { th: 'หลังปรับปรุง', en: 'after' })}
    </div>`;
  }

  private renderRubric(): TemplateResult {
    const rb = this.rubric;
    const c = PACK.constants;
    const e = this._efficiency;
    const levels = new Set(rb.law?.levels ?? []);
    const es = rb.eService ?? {};
    const pts = (n: number) => this.t({ th: `${n} คะแนน`, en: `${n} points` });
    return html`<div part="rubric" class="rubric">
      ${this.item(
        1,
        'law',
        { th: 'การแก้ไขกฎหมาย กฎ', en: 'Laws and rules amended' },
        html`<fieldset class="checks">
            <legend class="muted">
              ${this.t({ th: 'ลำดับชั้นของกฎหมายที่ยกเลิก/แก้ไข', en: 'Levels of law repealed or amended' })}
            </legend>
            ${LAW_LEVELS.map((l) =>
              this.check(
                levels.has(l.id),
                `${this.t(l.label)} (${pts(c.law[l.id])})`,
                (on) => this.toggleLaw(l.id, on),
                `law.levels.${l.id}`,
              ),
            )}
          </fieldset>
          <div class="pair">
            ${this.numberField({
              path: 'law.count',
              label: this.t({ th: 'จำนวนกฎหมายที่แก้ไข', en: 'Number of instruments amended' }),
              value: rb.law?.count,
              unit: this.t({ th: 'ฉบับ', en: 'instruments' }),
              error: this.rubricError('law.count'),
              integer: true,
              min: 0,
              set: (v) => this.setText('law.count', v),
              touch: () => this.touchRubric('law'),
            })}
          </div>`,
      )}
      ${this.item(
        2,
        'documents',
        {
          th: 'การยกเลิก/ลดสำเนาเอกสารที่ทางราชการออกให้จากประชาชน',
          en: 'Government-issued document copies cancelled or reduced',
        },
        this.pair(
          'documents',
          { th: 'จำนวนสำเนาเอกสาร', en: 'Document copies' },
          { th: 'รายการ', en: 'items' },
        ),
      )}
      ${this.item(
        3,
        'fees',
        { th: 'การยกเลิก/ลดค่าธรรมเนียม', en: 'Fees cancelled or reduced' },
        this.pair('fees', { th: 'ค่าธรรมเนียม', en: 'Fee' }, { th: 'บาท', en: 'baht' }),
      )}
      ${this.item(
        4,
        'steps',
        { th: 'การลดขั้นตอนการให้บริการ', en: 'Service steps reduced' },
        this.pair('steps', { th: 'จำนวนขั้นตอน', en: 'Steps' }, { th: 'ขั้นตอน', en: 'steps' }),
      )}
      ${this.item(
        5,
        'time',
        { th: 'การลดระยะเวลาการให้บริการ', en: 'Service time reduced' },
        html`${this.pair('time', { th: 'ระยะเวลาให้บริการ', en: 'Service time' }, { th: '', en: '' })}
          <p class="note">
            ${this.t({ th: 'ใช้หน่วยเดียวกันทั้งก่อนและหลังปรับปรุง (เช่น วัน หรือ ชั่วโมง)', en: 'Use the same unit before and after (e.g. days or hours).' })}
          </p>`,
      )}
      ${this.item(
        6,
        'renewal',
        {
          th: 'การชำระค่าธรรมเนียมการต่ออายุใบอนุญาต แทนการยื่นคำขอต่ออายุใบอนุญาต',
          en: 'Renewal fee paid instead of a renewal application',
        },
        html`<div class="checks">
          ${this.check(
            !!rb.renewalByPayment,
            this.t({
              th: 'มีการดำเนินการ และมีหลักฐานกระบวนการ (Pre audit หรือ Post audit)',
              en: 'Done, with evidence of the process (pre- or post-audit)',
            }),
            (on) => this.setFlag('renewalByPayment', on),
            'renewalByPayment',
          )}
        </div>`,
      )}
      ${this.item(
        7,
        'eService',
        { th: 'การพัฒนารูปแบบการให้บริการแบบอิเล็กทรอนิกส์', en: 'Electronic services' },
        html`<div class="checks">
          ${this.check(!!es.form, this.t({ th: `ยื่นคำขอด้วย e-Form (${pts(c.eService.form)})`, en: `Apply by e-Form (${pts(c.eService.form)})` }), (on) => this.setEService('form', on), 'eService.form')}
          ${this.check(!!es.payment, this.t({ th: `ชำระเงินด้วย e-Payment (${pts(c.eService.payment)})`, en: `Pay by e-Payment (${pts(c.eService.payment)})` }), (on) => this.setEService('payment', on), 'eService.payment')}
          ${this.check(
            !!es.document,
            this.t({
              th: `รับเอกสาร/ใบอนุญาตด้วย e-Document (${pts(c.eService.document)})`,
              en: `Receive the document or licence as an e-Document (${pts(c.eService.document)})`,
            }),
            (on) => this.setEService('document', on),
            'eService.document',
          )}
        </div>`,
      )}
      ${this.item(
        8,
        'other',
        { th: 'อื่น ๆ', en: 'Other' },
        html`<div class="checks">
          ${this.check(
            !!rb.other,
            this.t({
              th: 'มีวิธีการปรับปรุงงานบริการโดยวิธีอื่นนอกเหนือจากที่กำหนดไว้อย่างโดดเด่น',
              en: 'Another outstanding way of improving the service',
            }),
            (on) => this.setFlag('other', on),
            'other',
          )}
        </div>`,
      )}
      <fieldset class="item" data-item="guillotine">
        <legend>
          <span
            >${this.digits('9')}.
            ${this.t({ th: 'การดำเนินการตามข้อเสนอ Regulatory Guillotine', en: 'Regulatory Guillotine proposals implemented' })}</span
          >
          <span class="points" data-points="bonus"
            >+${e.ok ? this.num(e.bonus) : '–'} / ${this.num(c.guillotineBonus)}
            ${this.t({ th: 'คะแนนพิเศษ', en: 'bonus points' })}</span
          >
        </legend>
        <div class="checks">
          ${this.check(
            !!rb.regulatoryGuillotine,
            this.t({ th: 'ดำเนินการและมีเอกสารหลักฐานสนับสนุน', en: 'Done, with supporting evidence' }),
            (on) => this.setFlag('regulatoryGuillotine', on),
            'regulatoryGuillotine',
          )}
        </div>
      </fieldset>
      ${this.renderRubricErrors()} ${this.renderScores()}
    </div>`;
  }

  private renderRubricErrors(): TemplateResult | typeof nothing {
    const e = this._efficiency;
    if (e.ok) return nothing;
    const shown = e.errors.filter((x) => this.rubricShown(x.path.split('.')[0] ?? ''));
    return html`<div class="status" role="status">
      ${
        shown.length
          ? html`<ul class="errors">
              ${shown.map((x) => html`<li><span aria-hidden="true">⚠ </span>${this.t(x.message)}</li>`)}
            </ul>`
          : html`<p class="muted">
              ${this.t({ th: 'กรอกข้อมูลก่อนและหลังปรับปรุงให้ครบ', en: 'Fill in both the before and the after values.' })}
            </p>`
      }
    </div>`;
  }

  private renderScores(): TemplateResult {
    const e = this._efficiency;
    const v = this._result;
    const dash = '–';
    const maxValue = PACK.constants.valueMaxPoints;
    return html`
      <dl class="summary" data-scores>
        <div>
          <dt>${this.t({ th: 'รายการที่ 1–8', en: 'Items 1–8' })}</dt>
          <dd data-subtotal>${e.ok ? this.num(e.subtotal) : dash}</dd>
        </div>
        <div>
          <dt>${this.t({ th: 'คะแนนพิเศษ (ข้อ 9)', en: 'Bonus (item 9)' })}</dt>
          <dd>${e.ok ? this.num(e.bonus) : dash}</dd>
        </div>
        <div>
          <dt>
            ${this.t({ th: `มิติที่ 1 ประสิทธิภาพ (ไม่เกิน ${PACK.constants.dimension1Max})`, en: `Dimension 1, efficiency (at most ${PACK.constants.dimension1Max})` })}
          </dt>
          <dd class="big" data-dimension1>
            ${e.ok ? this.num(e.dimension1) : dash}
            <span class="muted">/ ${this.num(e.ok ? e.max : PACK.constants.dimension1Max)}</span>
          </dd>
        </div>
      </dl>
      <div class="pair">
        ${this.numberField({
          path: 'valuePoints',
          label: this.t({
            th: `มิติที่ 2 ความคุ้มค่า: คะแนนที่ผู้ตรวจประเมินให้ (0–${maxValue})`,
            en: `Dimension 2, value for money: points awarded by the assessor (0–${maxValue})`,
          }),
          value: this.rubric.valuePoints,
          unit: this.t({ th: 'คะแนน', en: 'points' }),
          hint: this.t({
            th: 'เกณฑ์ไม่ได้กำหนดการแปลงจำนวนเงินเป็นคะแนน ผู้ตรวจประเมินเป็นผู้ให้คะแนน',
            en: 'The criteria give no conversion from baht to points; the assessor awards them.',
          }),
          error: this.rubricError('valuePoints'),
          min: 0,
          max: maxValue,
          set: (x) => this.setText('valuePoints', x),
          touch: () => this.touchRubric('valuePoints'),
        })}
      </div>
      ${
        v.ok
          ? html`<p class="note">
              ${this.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ (ใช้ประกอบการให้คะแนน)', en: 'Savings for citizens (for the assessor)' })}:
              ${this.baht(v.total)}
            </p>`
          : nothing
      }
      <dl class="summary">
        <div class="wide">
          <dt>${this.t({ th: 'คะแนนรวม (เต็ม 100)', en: 'Total (of 100)' })}</dt>
          <dd class="big" data-total-points>
            ${
              e.ok && e.total !== null
                ? html`${this.num(e.total)} <span class="muted">/ ${this.num(100)}</span>`
                : html`<span class="muted"
                    >${
                      e.ok
                        ? this.t({
                            th: 'กรอกคะแนนมิติที่ 2 เพื่อดูคะแนนรวม',
                            en: 'Enter the dimension 2 points to see the total',
                          })
                        : dash
                    }</span
                  >`
            }
          </dd>
        </div>
      </dl>
      ${e.ok ? html`<kn-explanation part="explanation" .steps=${e.explanation} .warnings=${e.warnings} .numerals=${this.numerals}></kn-explanation>` : nothing}
    `;
  }

  private announcement(): string {
    const r = this._result;
    if (!r.ok) return '';
    return this.t({
      th: `ค่าใช้จ่ายที่ประชาชนประหยัดได้ทั้งหน่วยงาน ${this.baht(r.total)}`,
      en: `Agency total saved for citizens: ${this.baht(r.total)}`,
    });
  }

  override render() {
    const id = this.uid;
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
        ${[...this.dataProblems].map(
          (what) =>
            html`<div part="notice" class="notice error data-problem" role="alert">
              <p>${this.t(DATA_PROBLEM[what])}</p>
              ${dismissButton(this.t.bind(this), () => this.noteProblem(what, false))}
            </div>`,
        )}
        <div part="services" class="services">
          ${repeat(
            this.services,
            (_, i) => this.keys[i] ?? `i${i}`,
            (s, i) => this.renderRow(s, i),
          )}
        </div>
        <div class="actions">
          <button type="button" class="add" ?disabled=${this.disabled} @click=${() => this.addRow()}>
            <span aria-hidden="true">+ </span>${this.t({ th: 'เพิ่มงานบริการ', en: 'Add a service' })}
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite">${this.rowStatus}</p>
        ${this.renderConstants()}
        <div class="result">
          <h3>${this.t({ th: 'ผลการคำนวณความคุ้มค่า', en: 'Value-for-money result' })}</h3>
          ${this.renderValueResult()}
        </div>
        <p class="visually-hidden" aria-live="polite" data-live>${this.announcement()}</p>
        <div class="result">
          <h3>
            ${this.t({ th: `มิติที่ 1 ประสิทธิภาพ (${PACK.constants.dimension1Max} คะแนน) และคะแนนรวม`, en: `Dimension 1, efficiency (${PACK.constants.dimension1Max} points), and the total` })}
          </h3>
          ${this.renderRubric()}
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
