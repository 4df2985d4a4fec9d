import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  commonEraYear,
  fiscalYear,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  toBuddhistEraYear,
  type AgencyKpiResult,
  type Boundaries,
  type Category7KpiResult,
  type Direction,
  type KnError,
  type Result,
} from '@khanaen/core';
import { KnElement } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-score-badge.js';
import '@khanaen/widgets/kn-explanation.js';
import '@khanaen/widgets/kn-trend-chart.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text, toNum } from '../shared/props.js';
import { decimalAttribute as decimal } from '@khanaen/widgets';
import { styles } from './kpi-target-calculator.styles.js';

export type CalculatorMode = 'cat7' | 'agency';
export type KpiTargetResult = Result<Category7KpiResult> | Result<AgencyKpiResult>;

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
 *   whole number, the current Thai fiscal year), for the chart.
 * @attr {string} initial-target - agency: initial target (50 points).
 * @attr {string} standard-target - agency: standard target (75 points).
 * @attr {string} high-target - agency: high target (100 points).
 * @attr {string} weight - agency: optional weight (%) for the weighted contribution.
 * @attr {boolean} disabled - Disable editing.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {KpiTargetResult} result - Read-only: the `@khanaen/core` result for the current inputs
 *   (`scoreCategory7Kpi` or `scoreAgencyKpi`), `{ ok: false, errors }` for bad input.
 * @prop {string[]} history - The two previous years' results (numbers are kept as text; anything but a list is
 *   empty).
 *
 * @fires kn-change - Whenever the result changes; `detail: { mode, inputs, result }`.
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

  @state() private _result!: KpiTargetResult;
  /** Fields the user has edited: errors are shown for these (all of them once every field is filled). */
  @state() private touched = new Set<string>();

  private readonly internals: ElementInternals;
  private readonly uid = `kn-ktc-${uid++}`;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The core result for the current inputs. */
  get result(): KpiTargetResult {
    return this._result ?? this.compute();
  }

  /** The inputs as passed to core (numbers as typed). */
  get inputs(): Record<string, unknown> {
    const direction = this.direction || undefined;
    const history = historyText(this.history);
    if (this.mode === 'agency') {
      return {
        actual: this.actual,
        targets: { initial: this.initialTarget, standard: this.standardTarget, high: this.highTarget },
        ...(direction ? { direction } : {}),
        ...(this.weight.trim() !== '' ? { weight: this.weight } : {}),
      };
    }
    return {
      target: this.target,
      actual: this.actual,
      history: [history[0] ?? '', history[1] ?? ''],
      direction: direction ?? 'higher',
      boundaries: this.boundaries,
    };
  }

  private compute(): KpiTargetResult {
    const inputs = this.inputs;
    return this.mode === 'agency'
      ? scoreAgencyKpi(inputs as unknown as Parameters<typeof scoreAgencyKpi>[0])
      : scoreCategory7Kpi(inputs as unknown as Parameters<typeof scoreCategory7Kpi>[0]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A script may set any list (numbers, say) or none: keep text values, as typed.
    const history: unknown = this.history;
    if (!Array.isArray(history) || !history.every((v) => typeof v === 'string'))
      this.history = historyText(history);
    const inputsChanged = [...changed.keys()].some((k) =>
      [
        'mode',
        'target',
        'actual',
        'history',
        'direction',
        'boundaries',
        'initialTarget',
        'standardTarget',
        'highTarget',
        'weight',
      ].includes(k as string),
    );
    if (inputsChanged || this._result === undefined) {
      const before = this._result;
      this._result = this.compute();
      this.internals.setFormValue(
        JSON.stringify({ mode: this.mode, name: this.name, inputs: this.inputs, result: this._result }),
      );
      if (before === undefined || JSON.stringify(before) !== JSON.stringify(this._result))
        this.pendingEvent = true;
    }
  }

  private pendingEvent = false;

  protected override updated(): void {
    if (this.pendingEvent) {
      this.pendingEvent = false;
      this.emitChange<'kn-kpi-target-calculator'>({ mode: this.mode, inputs: this.inputs, result: this._result });
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
    this.touched = new Set();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Errors of the current result for one input path (shown once that field was edited or filled). */
  private errorFor(...paths: string[]): string {
    const r = this._result;
    if (!r || r.ok) return '';
    const e = r.errors.find((x: KnError) => paths.some((p) => x.path === p || x.path.startsWith(`${p}.`)));
    if (!e) return '';
    const shown = paths.some((p) => this.touched.has(p)) || this.allFilled();
    return shown ? this.t(e.message) : '';
  }

  private allFilled(): boolean {
    const values =
      this.mode === 'agency'
        ? [this.actual, this.initialTarget, this.standardTarget, this.highTarget]
        : [this.target, this.actual, this.history[0] ?? '', this.history[1] ?? ''];
    return values.every((v) => String(v).trim() !== '');
  }

  private touch(path: string): void {
    this.touched = new Set([...this.touched, path]);
  }

  private field(
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { unit?: string; hint?: string; errorPaths?: string[] } = {},
  ) {
    return html`<kn-number-field
      .label=${label}
      .value=${value}
      .unit=${options.unit ?? this.unit}
      .hint=${options.hint ?? ''}
      .error=${this.errorFor(...(options.errorPaths ?? [path]))}
      .numerals=${this.numerals}
      ?disabled=${this.disabled}
      data-field=${path}
      @kn-change=${(e: CustomEvent<{ value: string }>) => {
        e.stopPropagation();
        set(e.detail.value);
      }}
      @change=${() => this.touch(path)}
    ></kn-number-field>`;
  }

  /** This year in the Buddhist Era (the `year` attribute may be B.E. or C.E.). */
  private get thisYear(): number {
    const y: unknown = this.year;
    return toBuddhistEraYear(
      typeof y === 'number' && Number.isInteger(y) && y > 0 ? y : fiscalYear(new Date()),
    );
  }

  private renderCommon() {
    const id = this.uid;
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
                .checked=${(this.direction || (this.mode === 'cat7' ? 'higher' : this.inferredDirection())) === d}
                ?disabled=${this.disabled}
                @change=${() => (this.direction = d)}
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

  private inferredDirection(): Direction {
    const r = this._result;
    return r && r.ok ? r.direction : 'higher';
  }

  private renderCat7Inputs() {
    const id = this.uid;
    const y = this.thisYear;
    const setHistory = (i: number) => (v: string) => {
      const next = [this.history[0] ?? '', this.history[1] ?? ''];
      next[i] = v;
      this.history = next;
    };
    return html`
      <div class="grid">
        ${this.field('target', this.t({ th: `ค่าเป้าหมายปี ${y}`, en: `Target ${commonEraYear(y)}` }), this.target, (v) => (this.target = v))}
        ${this.field('actual', this.t({ th: `ผลการดำเนินงานปี ${y}`, en: `Result ${commonEraYear(y)}` }), this.actual, (v) => (this.actual = v))}
        ${this.field(
          'history.0',
          this.t({ th: `ผลการดำเนินงานปี ${y - 2}`, en: `Result ${commonEraYear(y - 2)}` }),
          this.history[0] ?? '',
          setHistory(0),
          {
            errorPaths: ['history.0', 'history'],
          },
        )}
        ${this.field(
          'history.1',
          this.t({ th: `ผลการดำเนินงานปี ${y - 1}`, en: `Result ${commonEraYear(y - 1)}` }),
          this.history[1] ?? '',
          setHistory(1),
          {
            errorPaths: ['history.1', 'history'],
          },
        )}
      </div>
      <fieldset class="choice">
        <legend>
          ${this.t({ th: 'การอ่านเกณฑ์ร้อยละ 5 และ 10', en: 'Reading of the 5 % and 10 % boundaries' })}
        </legend>
        <label
          ><input
            type="radio"
            name="${id}-boundaries"
            .checked=${this.boundaries !== 'table'}
            ?disabled=${this.disabled}
            @change=${() => (this.boundaries = 'text')}
          />
          ${this.t({ th: 'ตามข้อความเกณฑ์ (≤ 5 พื้นฐาน, ≤ 10 ก้าวหน้า) — ค่าเริ่มต้น', en: 'As the criteria text (≤ 5 Basic, ≤ 10 Advance) — default' })}</label
        >
        <label
          ><input
            type="radio"
            name="${id}-boundaries"
            .checked=${this.boundaries === 'table'}
            ?disabled=${this.disabled}
            @change=${() => (this.boundaries = 'table')}
          />
          ${this.t({ th: 'ตามตาราง (< 5 พื้นฐาน, < 10 ก้าวหน้า)', en: 'As the table (< 5 Basic, < 10 Advance)' })}</label
        >
      </fieldset>
    `;
  }

  private renderAgencyInputs() {
    return html`
      <div class="grid">
        ${this.field(
          'targets.initial',
          this.t({ th: 'ค่าเป้าหมายขั้นต้น (50 คะแนน)', en: 'Initial target (50 points)' }),
          this.initialTarget,
          (v) => (this.initialTarget = v),
          {
            errorPaths: ['targets.initial', 'targets'],
          },
        )}
        ${this.field(
          'targets.standard',
          this.t({ th: 'ค่าเป้าหมายมาตรฐาน (75 คะแนน)', en: 'Standard target (75 points)' }),
          this.standardTarget,
          (v) => (this.standardTarget = v),
          {
            errorPaths: ['targets.standard'],
          },
        )}
        ${this.field(
          'targets.high',
          this.t({ th: 'ค่าเป้าหมายขั้นสูง (100 คะแนน)', en: 'High target (100 points)' }),
          this.highTarget,
          (v) => (this.highTarget = v),
          {
            errorPaths: ['targets.high'],
          },
        )}
        ${this.field('actual', this.t({ th: 'ผลการดำเนินงาน', en: 'Result' }), this.actual, (v) => (this.actual = v))}
        ${this.field('weight', this.t({ th: 'น้ำหนัก (ไม่บังคับ)', en: 'Weight (optional)' }), this.weight, (v) => (this.weight = v), { unit: '%' })}
      </div>
    `;
  }

  private renderCat7Result(r: Category7KpiResult) {
    const unit = this.unit ? ` ${this.unit}` : '';
    const y = this.thisYear;
    const bound =
      r.direction === 'higher' ? { th: 'อย่างน้อย', en: 'at least' } : { th: 'ไม่เกิน', en: 'at most' };
    const points = [
      { year: y - 2, value: toNum(this.history[0]) },
      { year: y - 1, value: toNum(this.history[1]) },
      { year: y, value: toNum(this.actual) },
    ];
    return html`
      <dl part="summary" class="summary">
        <div>
          <dt>${this.t({ th: 'ค่าเฉลี่ย 2 ปีก่อนหน้า', en: 'Two-year baseline' })}</dt>
          <dd>${this.num(r.baseline)}${unit}</dd>
        </div>
        <div>
          <dt>${this.t({ th: 'เป้าหมายท้าทาย', en: 'Challenging target' })}</dt>
          <dd class=${r.challenging ? 'yes' : 'no'}>
            ${
              r.challenging
                ? html`<span aria-hidden="true">✓ </span>${this.t({ th: 'ใช่', en: 'Yes' })}`
                : html`<span aria-hidden="true">✗ </span
                    >${this.t({ th: 'ไม่ใช่ — ได้ 0 คะแนน', en: 'No — scores 0' })}`
            }
            <span class="muted"
              >(${this.t({ th: `ค่าเป้าหมายต้อง${r.direction === 'higher' ? 'ไม่ต่ำกว่า' : 'ไม่สูงกว่า'}`, en: `target must be ${bound.en}` })}
              ${this.num(r.minimumTarget)}${unit})</span
            >
          </dd>
        </div>
        <div>
          <dt>${this.t({ th: 'ดีกว่าค่าเป้าหมาย', en: 'Better than target by' })}</dt>
          <dd>${this.pct(r.improvementPct)}</dd>
        </div>
        <div>
          <dt>${this.t({ th: 'ระดับและคะแนน', en: 'Level and score' })}</dt>
          <dd>
            <kn-score-badge
              .score=${r.score}
              .level=${r.level}
              .numerals=${this.numerals}
              max="500"
            ></kn-score-badge>
          </dd>
        </div>
        ${
          r.actualNeeded.advance !== null && r.actualNeeded.significance !== null
            ? html`<div class="wide">
                <dt>${this.t({ th: 'ผลที่ต้องได้ในแต่ละระดับ', en: 'Result needed for each level' })}</dt>
                <dd>
                  <ul class="needed">
                    <li>
                      ${this.levelName('advance')}: ${this.t(bound)}
                      <strong>${this.num(r.actualNeeded.advance)}${unit}</strong>
                    </li>
                    <li>
                      ${this.levelName('significance')}: ${this.t(bound)}
                      <strong>${this.num(r.actualNeeded.significance)}${unit}</strong>
                    </li>
                  </ul>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      <kn-trend-chart
        part="chart"
        .points=${points}
        .target=${toNum(this.target)}
        .unit=${this.unit}
        .label=${this.name || this.t({ th: 'ผลการดำเนินงาน 3 ปี', en: 'Three-year results' })}
        .direction=${r.direction}
        .numerals=${this.numerals}
      ></kn-trend-chart>
      <kn-explanation
        part="explanation"
        .steps=${r.explanation}
        .warnings=${r.warnings}
        .numerals=${this.numerals}
      ></kn-explanation>
    `;
  }

  private renderAgencyResult(r: AgencyKpiResult) {
    return html`
      <dl part="summary" class="summary">
        <div>
          <dt>${this.t({ th: 'คะแนนตัวชี้วัด', en: 'KPI score' })}</dt>
          <dd class="big">${this.num(r.score)} <span class="muted">/ ${this.num(100)}</span></dd>
        </div>
        ${
          r.weighted !== null
            ? html`<div>
                <dt>${this.t({ th: 'คะแนนถ่วงน้ำหนัก', en: 'Weighted contribution' })}</dt>
                <dd>${this.num(r.weighted)}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${this.t({ th: 'ทิศทาง', en: 'Direction' })}</dt>
          <dd>
            ${r.direction === 'higher' ? this.t({ th: 'ค่ายิ่งมากยิ่งดี', en: 'Higher is better' }) : this.t({ th: 'ค่ายิ่งน้อยยิ่งดี', en: 'Lower is better' })}
          </dd>
        </div>
      </dl>
      ${this.renderInterpolation(r)}
      <kn-explanation part="explanation" .steps=${r.explanation} .numerals=${this.numerals}></kn-explanation>
    `;
  }

  /** A small chart of the three targets (50/75/100 points) with the result marked (scores from core). */
  private renderInterpolation(r: AgencyKpiResult): TemplateResult {
    const num = (v: string) => toNum(v) ?? NaN;
    const t = [num(this.initialTarget), num(this.standardTarget), num(this.highTarget)];
    const a = num(this.actual);
    const lo = Math.min(...t, a);
    const hi = Math.max(...t, a);
    const span = hi - lo || 1;
    const W = 320;
    const H = 150;
    const pad = { l: 36, r: 12, t: 12, b: 34 };
    // x runs from worse to better so the line always rises.
    const better = r.direction === 'higher';
    const x = (v: number) => pad.l + ((better ? v - lo : hi - v) / span) * (W - pad.l - pad.r);
    const y = (s: number) => pad.t + (1 - s / 100) * (H - pad.t - pad.b);
    const xs = t.map(x);
    const [x0, x1, x2] = xs as [number, number, number];
    const worstX = pad.l;
    const bestX = W - pad.r;
    const path = `M${worstX},${y(0)} L${x0},${y(0)} L${x0},${y(50)} L${x1},${y(75)} L${x2},${y(100)} L${bestX},${y(100)}`;
    const labels = [
      { x: x0, s: 50, text: this.t({ th: 'ขั้นต้น', en: 'Initial' }), v: t[0] as number },
      { x: x1, s: 75, text: this.t({ th: 'มาตรฐาน', en: 'Standard' }), v: t[1] as number },
      { x: x2, s: 100, text: this.t({ th: 'ขั้นสูง', en: 'High' }), v: t[2] as number },
    ];
    const summary = this.t({
      th: `ค่าเป้าหมายขั้นต้น ${this.num(t[0] as number)} = 50 คะแนน, มาตรฐาน ${this.num(t[1] as number)} = 75 คะแนน, ขั้นสูง ${this.num(t[2] as number)} = 100 คะแนน; ผลการดำเนินงาน ${this.num(a)} ได้ ${this.num(r.score)} คะแนน`,
      en: `Initial target ${this.num(t[0] as number)} = 50 points, standard ${this.num(t[1] as number)} = 75, high ${this.num(t[2] as number)} = 100; the result ${this.num(a)} scores ${this.num(r.score)}.`,
    });
    return html`<figure part="chart" class="interp">
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary}>
        ${[0, 50, 75, 100].map(
          (s) => svg`<line class="grid" x1=${pad.l} x2=${W - pad.r} y1=${y(s)} y2=${y(s)}></line>
            <text class="axis" x=${pad.l - 6} y=${y(s) + 4} text-anchor="end">${this.num(s)}</text>`,
        )}
        <path class="curve" d=${path}></path>
        ${labels.map(
          (l) => svg`<circle class="target" cx=${l.x} cy=${y(l.s)} r="4"></circle>
            <text class="tick" x=${l.x} y=${H - pad.b + 14} text-anchor="middle">${this.num(l.v)}</text>
            <text class="tick-label" x=${l.x} y=${H - pad.b + 28} text-anchor="middle">${l.text}</text>`,
        )}
        <g class="actual">
          <line x1=${x(a)} x2=${x(a)} y1=${pad.t} y2=${H - pad.b}></line>
          <rect
            x=${x(a) - 5}
            y=${y(r.score) - 5}
            width="10"
            height="10"
            transform="rotate(45 ${x(a)} ${y(r.score)})"
          ></rect>
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
    </figure>`;
  }

  private renderErrors(r: KpiTargetResult) {
    if (r.ok) return nothing;
    const fieldPaths =
      this.mode === 'agency'
        ? ['actual', 'targets.initial', 'targets.standard', 'targets.high', 'weight']
        : ['target', 'actual', 'history', 'history.0', 'history.1'];
    const general = r.errors.filter((e) => !fieldPaths.includes(e.path) || e.code === 'TARGETS_NOT_ORDERED');
    const filled = this.allFilled();
    return html`<div class="status" role="status">
      ${
        filled && general.length
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
    const r = this.result;
    return html`
      <div class="calc">
        <h2 class="title">
          ${
            this.mode === 'agency'
              ? this.t({
                  th: 'คำนวณคะแนนตัวชี้วัด (การประเมินส่วนราชการ ปี 2567)',
                  en: 'KPI score (agency evaluation, FY 2567)',
                })
              : this.t({ th: 'คำนวณระดับตัวชี้วัดหมวด 7 (PMQA 4.0)', en: 'Category 7 KPI level (PMQA 4.0)' })
          }
        </h2>
        <div part="form" class="form">
          ${this.renderCommon()}
          ${this.mode === 'agency' ? this.renderAgencyInputs() : this.renderCat7Inputs()}
        </div>
        <p class="visually-hidden" aria-live="polite">${this.announcement(r)}</p>
        <div class="result">
          ${
            r.ok
              ? this.mode === 'agency'
                ? this.renderAgencyResult(r as AgencyKpiResult)
                : this.renderCat7Result(r as Category7KpiResult)
              : this.renderErrors(r)
          }
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
