import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatYear, parseDecimal, toCommonEraYear, type Bilingual } from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { styles } from './trend-chart.styles.js';

/** One yearly value. `year` ≥ 2400 is read as Buddhist Era (2564), otherwise Common Era (2021). */
export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
}

/** A point after reading: Common-Era year, value or `null` (a gap). */
interface ReadPoint {
  readonly ce: number;
  readonly value: number | null;
}

type ReadResult =
  | { readonly ok: true; readonly points: readonly ReadPoint[] }
  | {
      readonly ok: false;
      readonly problem: 'invalid' | 'few' | 'many' | 'duplicate';
      readonly year?: number;
    };

const MIN_POINTS = 2;
const MAX_POINTS = 5;
const HEIGHT = 220;
const PAD_TOP = 34;
const PAD_BOTTOM = 40;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value: a finite number, or text core reads as one (Thai digits too); `null` for none, `undefined` if bad. */
function readNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const r = parseDecimal(v);
    return r.ok && Number.isFinite(r.value) ? r.value : undefined;
  }
  return undefined;
}

/** Checks and normalises `points`: 2–5 entries, whole years (BE or CE), numbers or `null`; sorted by year. */
function readPoints(input: unknown): ReadResult {
  let v = input;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return { ok: false, problem: 'invalid' };
    }
  }
  if (v === null || v === undefined) return { ok: false, problem: 'few' };
  if (!Array.isArray(v)) return { ok: false, problem: 'invalid' };
  const points: ReadPoint[] = [];
  for (const p of v as unknown[]) {
    if (!isRecord(p)) return { ok: false, problem: 'invalid' };
    const year = typeof p.year === 'string' ? readNumber(p.year) : p.year;
    const value = readNumber(p.value);
    if (typeof year !== 'number' || !Number.isInteger(year) || year <= 0 || value === undefined) {
      return { ok: false, problem: 'invalid' };
    }
    const ce = toCommonEraYear(year);
    if (points.some((q) => q.ce === ce)) return { ok: false, problem: 'duplicate', year: ce };
    points.push({ ce, value });
  }
  if (points.length < MIN_POINTS) return { ok: false, problem: 'few' };
  if (points.length > MAX_POINTS) return { ok: false, problem: 'many' };
  return { ok: true, points: points.sort((a, b) => a.ce - b.ce) };
}

const pointsConverter = {
  fromAttribute: (v: string | null): unknown => {
    if (v === null) return null;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
};

const numberConverter = {
  fromAttribute: (v: string | null): number | null => {
    if (v === null || v.trim() === '') return null;
    const r = parseDecimal(v);
    return r.ok ? r.value : NaN;
  },
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * @tag kn-trend-chart
 * @summary A small, accessible line chart of 2–5 yearly values with an optional dashed target line. Years
 * show in the Buddhist Era in Thai and the Common Era in English; every point is labelled with its value; the
 * latest year has its own marker shape; a sentence and a data table give the same information as text.
 *
 * @attr {string} points - JSON array of `{ "year": number, "value": number | null }` (2–5 entries; a year
 *   ≥ 2400 is Buddhist Era, otherwise Common Era; `null` leaves a gap).
 * @attr {number} target - Target value, drawn as a dashed line labelled "ค่าเป้าหมาย 375" / "Target 375".
 * @attr {string} unit - Unit of the values (e.g. "ล้านบาท").
 * @attr {string} label - Name of the chart (caption, accessible name, table caption).
 * @attr {'higher'|'lower'} direction - Which way is better; only changes the wording of the summary.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {TrendPoint[]} points - The yearly values.
 * @prop {string} summary - Read-only: the text alternative of the chart in the current language.
 *
 * @csspart caption - The visible caption.
 * @csspart svg - The chart.
 * @csspart line - A line segment (gaps split the line).
 * @csspart point - A point marker (the last year's is a diamond).
 * @csspart target - The target line and its label.
 * @csspart details - The disclosure holding the data table.
 * @csspart table - The data table.
 * @csspart message - The message shown instead of a chart for unusable input.
 *
 * @cssprop --kn-color-primary - Line and points.
 * @cssprop --kn-color-text-muted - Target line, axis and gaps.
 * @cssprop --kn-font-size - Base size.
 */
export class KnTrendChart extends KnElement {
  static override styles = [...KnElement.styles, styles];

  @property({ converter: pointsConverter }) points: readonly TrendPoint[] | null = null;
  @property({ converter: numberConverter }) target: number | null = null;
  @property() unit = '';
  @property() label = '';
  @property() direction: 'higher' | 'lower' | '' = '';

  /** Width of the chart in CSS pixels, so the SVG text keeps its size at any width. */
  @state() private width = 480;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  /** The window the chart is observed from: its own document's (the page's, or an iframe's). */
  private view: Window = window;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.view.cancelAnimationFrame(this.frame);
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    this.observe();
  }

  private observe(): void {
    // Observed from the window of the chart's own document: an observer of the page watching a chart inside an
    // iframe reports "ResizeObserver loop completed with undelivered notifications" to the page once the
    // iframe goes away.
    const view = this.ownerDocument.defaultView ?? window;
    if (typeof view.ResizeObserver === 'undefined' || this.observer) return;
    this.view = view;
    this.observer = new view.ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      view.cancelAnimationFrame(this.frame);
      this.frame = view.requestAnimationFrame(() => {
        if (w > 0) this.width = Math.max(200, Math.round(w));
      });
    });
    this.observer.observe(this);
  }

  private get read(): ReadResult {
    return readPoints(this.points);
  }

  private get targetValue(): number | null {
    return typeof this.target === 'number' && Number.isFinite(this.target) ? this.target : null;
  }

  private year(ce: number): string {
    return formatYear(ce, this.formatOptions);
  }

  private name(count: number): string {
    if (this.label)
      return this.locale === 'th'
        ? `${this.label} ${this.digits(String(count))} ปี`
        : `${this.label}, ${count} years`;
    return this.t({ th: `ผลการดำเนินงาน ${count} ปี`, en: `Results over ${count} years` });
  }

  /** The chart as one sentence, e.g. "ผลการดำเนินงาน 3 ปี: 2562 300, 2563 450, 2564 400 ล้านบาท; ค่าเป้าหมาย 375". */
  get summary(): string {
    const r = this.read;
    if (!r.ok) return this.problemText(r);
    const lastValue = r.points.reduce((last, p, i) => (p.value !== null ? i : last), -1);
    const items = r.points.map((p, i) => {
      const v = p.value === null ? this.t({ th: 'ไม่มีข้อมูล', en: 'no data' }) : this.num(p.value);
      return `${this.year(p.ce)} ${v}${i === lastValue && this.unit ? ` ${this.unit}` : ''}`;
    });
    const parts = [`${this.name(r.points.length)}: ${items.join(', ')}`];
    const target = this.targetValue;
    if (target !== null) parts.push(`${this.t({ th: 'ค่าเป้าหมาย', en: 'target' })} ${this.num(target)}`);
    if (this.direction === 'higher') parts.push(this.t({ th: 'ค่ายิ่งมากยิ่งดี', en: 'higher is better' }));
    if (this.direction === 'lower') parts.push(this.t({ th: 'ค่ายิ่งน้อยยิ่งดี', en: 'lower is better' }));
    return parts.join('; ');
  }

  private problemText(r: Extract<ReadResult, { ok: false }>): string {
    const texts: Record<typeof r.problem, Bilingual> = {
      invalid: {
        th: 'ข้อมูลแผนภูมิไม่ถูกต้อง: ต้องเป็นรายการของปีและค่า เช่น [{"year": 2566, "value": 300}]',
        en: 'The chart data is not valid: it must be a list of years and values, e.g. [{"year": 2023, "value": 300}].',
      },
      few: {
        th: `ต้องมีข้อมูลอย่างน้อย ${MIN_POINTS} ปีจึงจะแสดงแผนภูมิได้`,
        en: `At least ${MIN_POINTS} years of data are needed to draw the chart.`,
      },
      many: {
        th: `แผนภูมินี้แสดงข้อมูลได้ไม่เกิน ${MAX_POINTS} ปี`,
        en: `This chart shows at most ${MAX_POINTS} years.`,
      },
      duplicate: { th: 'มีปีซ้ำกันในข้อมูล', en: 'A year appears more than once in the data.' },
    };
    const year = r.year !== undefined ? `: ${this.year(r.year)}` : '';
    return this.t(texts[r.problem]) + year;
  }

  private renderChart(points: readonly ReadPoint[]) {
    const W = this.width;
    const n = points.length;
    const target = this.targetValue;
    const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
    const domain = target === null ? values : [...values, target];
    let lo = domain.length ? Math.min(...domain) : 0;
    let hi = domain.length ? Math.max(...domain) : 1;
    if (hi === lo) {
      const d = Math.abs(hi) * 0.1 || 1;
      lo -= d;
      hi += d;
    }
    const pad = (hi - lo) * 0.12;
    lo -= pad;
    hi += pad;
    const plotBottom = HEIGHT - PAD_BOTTOM;
    const x = (i: number) => round1((W * (i + 0.5)) / n);
    const y = (v: number) => round1(PAD_TOP + ((hi - v) / (hi - lo)) * (plotBottom - PAD_TOP));

    // Line segments between consecutive known values; a null splits the line.
    const segments: string[] = [];
    let current: string[] = [];
    points.forEach((p, i) => {
      if (p.value === null) {
        if (current.length > 1) segments.push(current.join(' '));
        current = [];
      } else {
        current.push(`${current.length ? 'L' : 'M'}${x(i)} ${y(p.value)}`);
      }
    });
    if (current.length > 1) segments.push(current.join(' '));

    const last = n - 1;
    const lastKnown = [...points].reverse().find((p) => p.value !== null);
    const ty = target === null ? 0 : y(target);
    // The target label goes on the side of the line away from the latest value.
    const labelBelow = target !== null && lastKnown?.value != null && lastKnown.value >= target;

    return svg`
      <line class="axis" x1="0" x2=${W} y1=${plotBottom + 6} y2=${plotBottom + 6}></line>
      ${
        target !== null
          ? svg`<g part="target" class="target">
              <line x1="0" x2=${W} y1=${ty} y2=${ty}></line>
              <text class="target-label" x=${W - 4} y=${labelBelow ? ty + 16 : ty - 6} text-anchor="end">${this.t(
                {
                  th: 'ค่าเป้าหมาย',
                  en: 'Target',
                },
              )} ${this.num(target)}</text>
            </g>`
          : nothing
      }
      ${segments.map((d) => svg`<path part="line" class="line" d=${d}></path>`)}
      ${points.map((p, i) => {
        const cx = x(i);
        if (p.value === null) {
          return svg`<text class="gap" x=${cx} y=${plotBottom - 4} text-anchor="middle">–</text>`;
        }
        const cy = y(p.value);
        const marker =
          i === last
            ? svg`<path part="point" class="point last" d=${`M${cx} ${cy - 8} L${cx + 8} ${cy} L${cx} ${cy + 8} L${cx - 8} ${cy} Z`}></path>`
            : svg`<circle part="point" class="point" cx=${cx} cy=${cy} r="5"></circle>`;
        return svg`${marker}<text class="value-label ${i === last ? 'last' : ''}" x=${cx} y=${cy - 12} text-anchor="middle">${this.num(p.value)}</text>`;
      })}
      ${points.map(
        (p, i) =>
          svg`<text class="year ${i === last ? 'last' : ''}" x=${x(i)} y=${HEIGHT - 12} text-anchor="middle">${this.year(p.ce)}</text>`,
      )}
    `;
  }

  override render() {
    const r = this.read;
    if (!r.ok) {
      return html`<div class="wrap">
        ${this.label ? html`<p part="caption" class="caption">${this.label}</p>` : nothing}
        <p part="message" class="message">${this.problemText(r)}</p>
      </div>`;
    }
    const name = this.name(r.points.length);
    const target = this.targetValue;
    const valueHeader = `${this.t({ th: 'ค่า', en: 'Value' })}${this.unit ? ` (${this.unit})` : ''}`;
    return html`<figure class="wrap">
      <figcaption part="caption" class="caption">${name}</figcaption>
      <svg
        part="svg"
        role="img"
        aria-label=${this.summary}
        viewBox="0 0 ${this.width} ${HEIGHT}"
        preserveAspectRatio="xMidYMid meet"
      >
        ${this.renderChart(r.points)}
      </svg>
      <details part="details">
        <summary>${this.t({ th: 'ดูข้อมูลเป็นตาราง', en: 'Show the data as a table' })}</summary>
        <table part="table">
          <caption>
            ${name}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t({ th: 'ปี พ.ศ.', en: 'Year' })}</th>
              <th scope="col">${valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${r.points.map(
              (p) =>
                html`<tr>
                  <th scope="row">${this.year(p.ce)}</th>
                  <td>${p.value === null ? this.t({ th: 'ไม่มีข้อมูล', en: 'no data' }) : this.num(p.value)}</td>
                </tr>`,
            )}
          </tbody>
          ${
            target !== null
              ? html`<tfoot>
                  <tr>
                    <th scope="row">${this.t({ th: 'ค่าเป้าหมาย', en: 'Target' })}</th>
                    <td>${this.num(target)}</td>
                  </tr>
                </tfoot>`
              : nothing
          }
        </table>
      </details>
    </figure>`;
  }
}
