import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fiscalYear, toBuddhistEraYear, type Boundaries, type Direction } from '@khanaen/core';
import { KnElement, decimalAttribute as decimal } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-score-badge.js';
import '@khanaen/widgets/kn-explanation.js';
import '@khanaen/widgets/kn-trend-chart.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text } from '../shared/props.js';
import { TargetModel, type CalculatorMode, type KpiTargetResult, type TargetInputs } from './target-model.js';
import {
  agencyInputs,
  agencyResult,
  category7Inputs,
  category7Result,
  type TargetView,
} from './target-view.js';
import { styles } from './kpi-target-calculator.styles.js';

export type { CalculatorMode, KpiTargetResult } from './target-model.js';

export interface KpiTargetChange {
  readonly mode: CalculatorMode;
  readonly inputs: Record<string, unknown>;
  readonly result: KpiTargetResult;
}

/** A history as text values, whatever a script set (numbers written out; anything but a list is empty). */
function historyText(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''));
}

/** `history` as an attribute: a JSON array (`[300,450]`), or values separated by commas/spaces. */
const historyConverter = {
  fromAttribute(value: string | null): string[] {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map((v) => (v === null || v === undefined ? '' : String(v)));
    } catch {
      /* not JSON: split below */
    }
    return value.split(/[;\s]+/).filter(Boolean);
  },
  toAttribute(value: unknown): string | null {
    const list = historyText(value);
    if (list.every((v) => v.trim() === '')) return null;
    // Plain numbers stay numbers (`[300,450]`); anything else is kept as typed, so nothing is lost.
    return JSON.stringify(list.map((v) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v)));
  },
};

let uid = 0;

/**
 * @tag kn-kpi-target-calculator
 * @summary One KPI, scored by the official rules: a PMQA 4.0 Category 7 KPI (`mode="cat7"`, rule C7 —
 * challenging target, improvement %, level and score, the result needed for each higher level, a 3-year
 * trend) or an agency-evaluation KPI (`mode="agency"`, rule AE.1 — score from the three targets by linear
 * interpolation, weighted contribution). Every number comes from `@khanaen/core`.
 *
 * @attr {'cat7'|'agency'} mode - Which rule (default `cat7`).
 * @attr {string} name - KPI name (also the form entry name).
 * @attr {string} unit - Unit shown with values (e.g. "ล้านบาท").
 * @attr {string} target - cat7: this year's target.
 * @attr {string} actual - This year's result.
 * @attr {string} history - cat7: JSON array of the two previous years' results, e.g. `[300,450]`.
 * @attr {'higher'|'lower'} direction - Higher is better (default) or lower is better. In agency mode, when
 *   absent it is inferred from the target order.
 * @attr {'text'|'table'} boundaries - cat7: how to read the 5 % / 10 % boundaries (default `text`).
 * @attr {number} year - cat7: this year (B.E. or C.E., Thai digits read; default, and for a year that is not a
 *   whole number, the current Thai fiscal year), for the chart; its Buddhist-era year also chooses core's
 *   Category 7 rule pack (`packFor`; a year before the first pack uses core's default).
 * @attr {string} initial-target - agency: initial target (its points are the pack's, shown in the label).
 * @attr {string} standard-target - agency: standard target.
 * @attr {string} high-target - agency: high target.
 * @attr {string} weight - agency: optional weight (%) for the weighted contribution.
 * @attr {boolean} disabled - Disable editing.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {KpiTargetResult} result - Read-only: the `@khanaen/core` result for the current inputs
 *   (`scoreCategory7Kpi` or `scoreAgencyKpi`), `{ ok: false, errors }` for bad input.
 * @prop {string[]} history - The two previous years' results (numbers are kept as text; anything but a list is
 *   empty).
 * @prop {TargetModel} model - Read-only: the headless model (inputs, result, errors per field, undo).
 *
 * @fires kn-change - Whenever the result changes; `detail: KpiTargetChange` (`{ mode, inputs, result }`).
 *
 * @csspart form - The inputs.
 * @csspart summary - The result summary.
 * @csspart chart - The trend or interpolation chart.
 * @csspart explanation - The explanation.
 *
 * @cssprop --kn-color-primary - Accent colour.
 */
export class KnKpiTargetCalculator extends KnElement {
  static formAssociated = true;
  static override styles = [...KnElement.styles, calculatorStyles, styles];

  @property({ reflect: true }) mode: CalculatorMode = 'cat7';
  @property({ reflect: true, converter: text }) name = '';
  @property({ reflect: true, converter: text }) unit = '';
  @property({ reflect: true, converter: text }) target = '';
  @property({ reflect: true, converter: text }) actual = '';
  @property({ reflect: true, converter: historyConverter }) history: string[] = [];
  @property({ reflect: true, converter: text }) direction: Direction | '' = '';
  @property({ reflect: true }) boundaries: Boundaries = 'text';
  @property({ reflect: true, converter: decimal }) year: number | null = null;
  @property({ attribute: 'initial-target', reflect: true, converter: text }) initialTarget = '';
  @property({ attribute: 'standard-target', reflect: true, converter: text }) standardTarget = '';
  @property({ attribute: 'high-target', reflect: true, converter: text }) highTarget = '';
  @property({ reflect: true, converter: text }) weight = '';
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Re-renders when the model changes (touched fields, an undo). */
  @state() private revision = 0;

  /** The headless model this element renders. */
  readonly model = new TargetModel();
  private readonly internals: ElementInternals;
  private readonly uid = `kn-ktc-${uid++}`;
  /** The result's JSON when `kn-change` was last sent (`null`: never). */
  private sent: string | null = null;
  /** The inputs part of the form value last set. */
  private formInputs = '';
  private pendingEvent = false;
  private beYear = 0;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.model.subscribe(() => (this.revision += 1));
  }

  /** The core result for the current inputs. */
  get result(): KpiTargetResult {
    this.push();
    return this.model.result;
  }

  /** The inputs as passed to core (numbers as typed). */
  get inputs(): Record<string, unknown> {
    this.push();
    return this.model.coreInput;
  }

  /** The element's properties into the model (a no-op when nothing changed). */
  private push(): boolean {
    const y: unknown = this.year;
    const given = typeof y === 'number' && Number.isInteger(y) && y > 0 ? y : null;
    return this.model.update({
      mode: this.mode,
      target: this.target,
      actual: this.actual,
      history: historyText(this.history),
      direction: this.direction,
      boundaries: this.boundaries,
      initialTarget: this.initialTarget,
      standardTarget: this.standardTarget,
      highTarget: this.highTarget,
      weight: this.weight,
      year: given === null ? null : toBuddhistEraYear(given),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A script may set any list (numbers, say) or none: keep text values, as typed.
    const history: unknown = this.history;
    if (!Array.isArray(history) || !history.every((v) => typeof v === 'string'))
      this.history = historyText(history);
    if (changed.has('year') || this.beYear === 0) {
      const y: unknown = this.year;
      this.beYear = toBuddhistEraYear(
        typeof y === 'number' && Number.isInteger(y) && y > 0 ? y : fiscalYear(new Date()),
      );
    }
    this.push();
    const json = this.model.resultJson;
    const inputs = JSON.stringify({ mode: this.mode, name: this.name, inputs: this.model.coreInput });
    if (json !== this.sent || inputs !== this.formInputs) {
      this.internals.setFormValue(`${inputs.slice(0, -1)},"result":${json}}`);
      this.formInputs = inputs;
    }
    if (json !== this.sent) {
      this.sent = json;
      this.pendingEvent = true;
    }
  }

  protected override updated(): void {
    if (this.pendingEvent) {
      this.pendingEvent = false;
      this.emitChange<'kn-kpi-target-calculator'>({
        mode: this.mode,
        inputs: this.model.coreInput,
        result: this.model.result,
      });
    }
  }

  /** The attribute values the element started with, restored by a form reset. */
  private defaults: Record<string, string | null> | null = null;
  private static readonly INPUT_ATTRS = [
    'target',
    'actual',
    'history',
    'direction',
    'boundaries',
    'initial-target',
    'standard-target',
    'high-target',
    'weight',
    'name',
    'unit',
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaults ??= Object.fromEntries(
      KnKpiTargetCalculator.INPUT_ATTRS.map((a) => [a, this.getAttribute(a)]),
    );
  }

  formResetCallback(): void {
    for (const [attr, value] of Object.entries(this.defaults ?? {})) {
      if (value === null) this.removeAttribute(attr);
      else this.setAttribute(attr, value);
    }
    this.model.resetTouched();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** A user's edit: into the model first (one undo step per field), then the reflected property. */
  private edit(patch: Partial<TargetInputs>): void {
    this.model.update(patch, { user: true });
    Object.assign(this, patch);
  }

  /** What the render helpers read and call. */
  private get view(): TargetView {
    return {
      model: this.model,
      uid: this.uid,
      numerals: this.numerals,
      disabled: this.disabled,
      name: this.name,
      unit: this.unit,
      thisYear: this.beYear,
      t: (x) => this.t(x),
      num: (x, places) => this.num(x, places === undefined ? {} : { maximumFractionDigits: places }),
      pct: (x) => this.pct(x),
      levelName: (x) => this.levelName(x),
      field: (path, label, value, set, options = {}) => {
        const error = this.model.fieldError(...(options.errorPaths ?? [path]));
        return html`<kn-number-field
          .label=${label}
          .value=${value}
          .unit=${options.unit ?? this.unit}
          .error=${error ? this.t(error) : ''}
          .numerals=${this.numerals}
          ?disabled=${this.disabled}
          data-field=${path}
          @kn-change=${(e: CustomEvent<{ value: string }>) => set(e.detail.value)}
          @change=${() => this.model.touch(path)}
        ></kn-number-field>`;
      },
      set: (patch) => this.edit(patch),
      setAgency: (key, value) => this.edit({ [key]: value }),
    };
  }

  private renderCommon() {
    const id = this.uid;
    const direction = this.model.direction;
    return html`
      <div class="row">
        <label class="text-field">
          <span>${this.t({ th: 'ชื่อตัวชี้วัด', en: 'KPI name' })}</span>
          <input
            type="text"
            .value=${this.name}
            ?disabled=${this.disabled}
            @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="text-field unit">
          <span>${this.t({ th: 'หน่วย', en: 'Unit' })}</span>
          <input
            type="text"
            .value=${this.unit}
            ?disabled=${this.disabled}
            @input=${(e: Event) => (this.unit = (e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      <fieldset class="choice">
        <legend>${this.t({ th: 'ทิศทางของตัวชี้วัด', en: 'Direction' })}</legend>
        ${(['higher', 'lower'] as const).map(
          (d) =>
            html`<label
              ><input
                type="radio"
                name="${id}-direction"
                .checked=${direction === d}
                ?disabled=${this.disabled}
                @change=${() => this.edit({ direction: d })}
              />
              ${
                d === 'higher'
                  ? this.t({ th: 'ค่ายิ่งมากยิ่งดี', en: 'Higher is better' })
                  : this.t({ th: 'ค่ายิ่งน้อยยิ่งดี', en: 'Lower is better' })
              }</label
            >`,
        )}
      </fieldset>
    `;
  }

  private renderErrors() {
    const general = this.model.generalErrors();
    return html`<div class="status" role="status">
      ${
        this.model.allFilled() && general.length
          ? html`<ul class="errors">
              ${general.map((e) => html`<li><span aria-hidden="true">⚠ </span>${this.t(e.message)}</li>`)}
            </ul>`
          : html`<p class="muted">
              ${this.t({ th: 'กรอกข้อมูลให้ครบเพื่อดูผลคะแนน', en: 'Fill in every field to see the score.' })}
            </p>`
      }
    </div>`;
  }

  /** A short sentence for screen readers whenever the result changes. */
  private announcement(r: KpiTargetResult): string {
    if (!r.ok) return '';
    if ('level' in r)
      return `${this.levelName(r.level)} ${this.num(r.score)} ${this.t({ th: 'คะแนน', en: 'points' })}`;
    return `${this.num(r.score)} ${this.t({ th: 'คะแนน', en: 'points' })}`;
  }

  override render() {
    const r = this.model.result;
    const agency = this.mode === 'agency';
    const v = this.view;
    return html`
      <div class="calc">
        <h2 class="title">
          ${
            agency
              ? this.t({
                  th: `คำนวณคะแนนตัวชี้วัด (การประเมินส่วนราชการ ปี ${this.model.agencyPack.year})`,
                  en: `KPI score (agency evaluation, FY ${this.model.agencyPack.year})`,
                })
              : this.t({ th: 'คำนวณระดับตัวชี้วัดหมวด 7 (PMQA 4.0)', en: 'Category 7 KPI level (PMQA 4.0)' })
          }
        </h2>
        <div part="form" class="form">
          ${this.renderCommon()} ${agency ? agencyInputs(v) : category7Inputs(v)}
        </div>
        <p class="visually-hidden" aria-live="polite">${this.announcement(r)}</p>
        <div class="result">
          ${r.ok ? ('level' in r ? category7Result(v, r) : agencyResult(v, r)) : this.renderErrors()}
        </div>
      </div>
    `;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-kpi-target-calculator': KpiTargetChange;
  }
}
