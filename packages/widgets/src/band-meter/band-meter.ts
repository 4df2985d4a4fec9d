import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../shared/style-props.js';
import {
  bandScale,
  classifyOnScale,
  error,
  fail,
  parseScale,
  positionOf,
  type BandScale,
  type Bilingual,
  type BuiltInScale,
  type Failure,
  type Result,
  type ScaleBand,
  type ScalePosition,
} from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { styles } from './band-meter.styles.js';

/** What the meter dispatches in `kn-change`. */
export interface BandMeterChange {
  /** The value shown (from `.result`), or the `value` as given (number, text); `null` when there is none. */
  readonly value: number | string | null;
  /** What the meter shows (see the `result` property), or `null` when there is nothing to show. */
  readonly result: Result<ScalePosition> | null;
}

const BUILT_IN: readonly BuiltInScale[] = ['pmqa40', 'agency', 'cat7'];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const DEFAULT_LABELS: Readonly<Record<string, Bilingual>> = {
  pmqa40: { th: 'ระดับคะแนน PMQA 4.0', en: 'PMQA 4.0 score band' },
  agency: { th: 'ระดับผลการประเมินส่วนราชการ', en: 'Agency evaluation level' },
  cat7: { th: 'ระดับคะแนนหมวด 7', en: 'Category 7 score level' },
  custom: { th: 'ระดับคะแนน', en: 'Score band' },
};

/** Shapes for the built-in band and level ids (the same as `kn-score-badge`). */
const SHAPES: Readonly<Record<string, string>> = {
  none: '○',
  'needs-improvement': '○',
  basic: '◔',
  'standard-basic': '◔',
  advance: '◑',
  'standard-high': '◑',
  significance: '●',
  quality: '●',
};
const RAMP = ['○', '◔', '◑', '◕', '●'];

let nextId = 0;

/** Keeps attribute text as text (core parses it: Thai digits, separators); `""` is "no value". */
const valueConverter = {
  fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? null : v),
  toAttribute: (v: unknown) => (v === null || v === undefined ? null : String(v)),
};

/**
 * @tag kn-band-meter
 * @summary A score on a band scale (PMQA 4.0, agency levels, Category 7 or custom): the value, its band, every
 * band with its threshold, and how far the next band is. An accessible `meter` whose `aria-valuetext` names
 * the value and band in words; each band has a pattern and a shape, so colour is never the only signal.
 *
 * @attr {'pmqa40'|'agency'|'cat7'} scale - Built-in scale (default `pmqa40`). Ignored when `bands` is set.
 * @attr {number} value - The score. Empty → "no value yet"; outside the scale → a localised error.
 * @attr {number} compare - A second value shown with a second marker (e.g. an assessor's score).
 * @attr {string} value-label - Name of the value marker (default "คะแนน" / "Score").
 * @attr {string} compare-label - Name of the compare marker (default "คะแนนเปรียบเทียบ" / "Comparison").
 * @attr {string} for - Id of another element whose result the meter shows: its `result` now, then the
 *   `detail.result` of each of its `kn-change` events, passed through as is (see `result`).
 * @attr {string} label - Accessible name (default per scale, e.g. "ระดับคะแนน PMQA 4.0").
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {BandScale | null} bands - A custom scale (core `BandScale`, or its JSON in the `bands` attribute).
 *   An invalid scale shows an error and never throws.
 * @prop {unknown} result - A core result to show: any scored result with a `position` (a KPI, a set, an
 *   agency, a checklist estimate, …) or a `ScalePosition` itself; core's `positionOf()` finds what to show
 *   (value, band, next band, scale). A failed result shows its first error. Set `undefined` to go back to
 *   `value`. Read: what is shown, as `Result<ScalePosition>` (the position of `.result`, or core's
 *   `classifyOnScale` of `value` on `scale`), `null` when there is nothing to show.
 *
 * @fires kn-change - When the value (or scale) changes, also through `for`: `detail: { value, result }`.
 *   Not fired on the first render without a value.
 *
 * @csspart label - The visible name of the meter.
 * @csspart value - The number (or the "no value yet" text).
 * @csspart band-label - The name of the band the value is in.
 * @csspart next - The distance to the next band.
 * @csspart award - The PMQA award note.
 * @csspart error - An error message.
 * @csspart track - The bar.
 * @csspart segment - One band on the bar.
 * @csspart marker - The value marker.
 * @csspart compare-marker - The compare marker.
 * @csspart thresholds - The list of bands with their thresholds.
 *
 * @cssprop --kn-band-none - Below Basic (and `--kn-band-basic`, `--kn-band-advance`, `--kn-band-significance`).
 * @cssprop --kn-level-quality - Agency levels (and `--kn-level-standard-high`, `--kn-level-standard-basic`,
 *   `--kn-level-needs-improvement`).
 * @cssprop --kn-font-size - Base size.
 */
export class KnBandMeter extends KnElement {
  static override styles = [...KnElement.styles, styles];

  @property() scale: BuiltInScale = 'pmqa40';
  /** A custom scale (object, or JSON text in the attribute); core's `parseScale` reads and checks it. */
  @property({ converter: { fromAttribute: (v: string | null) => v } })
  bands: BandScale | string | null = null;
  @property({ converter: valueConverter }) value: number | string | null = null;
  @property({ converter: valueConverter }) compare: number | string | null = null;
  @property({ attribute: 'value-label' }) valueLabel = '';
  @property({ attribute: 'compare-label' }) compareLabel = '';
  @property({ attribute: 'for' }) for = '';
  @property() label = '';

  private readonly uid = `kn-bm-${nextId++}`;
  private hadValue = false;

  /** The scale in use, or a core failure (unknown built-in id, or a custom scale of the wrong shape). */
  private get activeScale(): BandScale | Failure {
    if (this.bands !== null && this.bands !== undefined) {
      const parsed = parseScale(this.bands);
      return parsed.ok ? parsed.scale : parsed;
    }
    if (!BUILT_IN.includes(this.scale)) {
      return fail([
        error(
          'scale',
          'INVALID_OPTION',
          { options: BUILT_IN.join(', ') },
          { th: 'เกณฑ์ (scale)', en: 'Scale' },
        ),
      ]);
    }
    return bandScale(this.scale);
  }

  /** A core result set through `.result` (or followed through `for`); `undefined` when `value` is used. */
  private given: unknown = undefined;
  /** What `given` shows, worked out once per result (the same object each time it is read). */
  private shown: { given: unknown; result: Result<ScalePosition> | null } | null = null;

  constructor() {
    super();
    this.upgradeProperty('result');
  }

  get result(): Result<ScalePosition> | null {
    if (this.given !== undefined) {
      if (this.shown?.given !== this.given)
        this.shown = { given: this.given, result: this.resultOf(this.given) };
      return this.shown.result;
    }
    const scale = this.activeScale;
    if ('ok' in scale) return scale;
    const r = classifyOnScale(scale, this.value);
    return !r.ok && r.errors[0]?.code === 'REQUIRED' ? null : r;
  }
  set result(result: unknown) {
    const old = this.given;
    this.given = result;
    this.requestUpdate('result', old);
  }

  /** A failed result as is; else its position (core's `positionOf`) as a `Result`, `null` when it has none. */
  private resultOf(given: unknown): Result<ScalePosition> | null {
    if (isRecord(given) && given.ok === false) return given as unknown as Result<ScalePosition>;
    const position = positionOf(given);
    if (!position) return null;
    return position === given && (given as { ok?: unknown }).ok === true
      ? (given as Result<ScalePosition>)
      : { ...position, ok: true };
  }

  // ---- following another element -------------------------------------------------------------

  private listening: Document | ShadowRoot | null = null;

  private readonly onChange = (e: Event): void => {
    if (!this.for) return;
    const first = e.composedPath()[0];
    const hit = [first, e.target].some((n) => n instanceof Element && n.id === this.for);
    if (!hit) return;
    const detail = (e as CustomEvent<unknown>).detail;
    this.result = isRecord(detail) && 'result' in detail ? detail.result : detail;
  };

  private readTarget(): void {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    const result = (target as (Element & { result?: unknown }) | null)?.result;
    if (result !== undefined && result !== null) this.result = result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // kn-change is not composed: it reaches the document, or the shadow root both elements are in.
    const root = this.getRootNode();
    this.listening = root instanceof Document || root instanceof ShadowRoot ? root : document;
    this.listening.addEventListener('kn-change', this.onChange);
    if (this.hasUpdated) this.readTarget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('kn-change', this.onChange);
    this.listening = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.readTarget();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!['value', 'scale', 'bands', 'result'].some((k) => changed.has(k as keyof KnBandMeter))) return;
    const result = this.result;
    const value = this.given !== undefined ? (result?.ok ? result.value : null) : this.value;
    const empty = isEmpty(value);
    if (empty && !this.hadValue) return;
    this.hadValue = this.hadValue || !empty;
    this.emitChange<'kn-band-meter'>({ value: empty ? null : value, result });
  }

  // ---- rendering ------------------------------------------------------------------------------

  private shape(band: ScaleBand, index: number, count: number): string {
    const known = SHAPES[band.id];
    if (known) return known;
    const i = count <= 1 ? RAMP.length - 1 : Math.round((index * (RAMP.length - 1)) / (count - 1));
    return RAMP[i] ?? '●';
  }

  /** Position (0–1) of a value on the scale, from core. */
  private at(scale: BandScale, value: number): number {
    const r = classifyOnScale(scale, value);
    return r.ok ? r.fraction : 0;
  }

  private pos(fraction: number): string {
    return `${(fraction * 100).toFixed(3)}%`;
  }

  private words(scale: BandScale, r: ScalePosition): string {
    const v = this.num(r.value);
    return this.locale === 'th'
      ? `${v} ${scale.unit.th} ${r.band.label.th}`
      : `${v} ${scale.unit.en}, ${r.band.label.en}`;
  }

  override render() {
    const result = this.result;
    const position = result && result.ok ? result : null;
    // A result carries its scale; `scale` / `bands` are used for `value` (and while a result has no position).
    const scale = position ? position.scale : this.activeScale;
    const kind = position
      ? position.scale.id
      : this.bands !== null && this.bands !== undefined
        ? 'custom'
        : this.scale;
    const name = this.label || this.t(DEFAULT_LABELS[kind] ?? (DEFAULT_LABELS.custom as Bilingual));
    const labelId = `${this.uid}-label`;
    if ('ok' in scale) {
      return html`<div class="wrap">
        <div part="label" class="label" id=${labelId}>${name}</div>
        <p part="error" class="error">
          <span aria-hidden="true">⚠ </span>${this.t({
            th: 'ไม่สามารถแสดงแถบระดับได้: ',
            en: 'The band meter cannot be shown: ',
          })}${this.t(scale.errors[0]?.message ?? { th: '', en: '' })}
        </p>
      </div>`;
    }
    const problem = result && !result.ok ? (result.errors[0] ?? null) : null;
    const compare = isEmpty(this.compare) ? null : classifyOnScale(scale, this.compare);
    const compareOk = compare && compare.ok ? compare : null;
    const count = scale.bands.length;
    const starts = scale.bands.map((b) => this.at(scale, b.min));
    const valueName = this.valueLabel || this.t({ th: 'คะแนน', en: 'Score' });
    const compareName = this.compareLabel || this.t({ th: 'คะแนนเปรียบเทียบ', en: 'Comparison' });
    const compareId = `${this.uid}-compare`;
    const ticks = [...new Set(scale.bands.map((b) => b.min))];

    const track = html`<div part="track" class="track">
      ${scale.bands.map((b, i) => {
        const start = starts[i] ?? 0;
        const end = starts[i + 1] ?? 1;
        return html`<div
          part="segment"
          class="segment band-${b.id} pat-${i % 5} ${end - start <= 0 ? 'point' : ''} ${position?.index === i ? 'current' : ''}"
          style=${styleProps({ left: this.pos(start), width: this.pos(Math.max(0, end - start)) })}
        ></div>`;
      })}
      ${(scale.markers ?? []).map(
        (m) =>
          html`<div
            class="scale-marker"
            style=${styleProps({ left: this.pos(this.at(scale, m.value)) })}
          ></div>`,
      )}
      ${
        compareOk
          ? html`<div
              part="compare-marker"
              class="compare-marker"
              style=${styleProps({ left: this.pos(compareOk.fraction) })}
            ></div>`
          : nothing
      }
      ${
        position
          ? html`<div
              part="marker"
              class="marker"
              style=${styleProps({ left: this.pos(position.fraction) })}
            ></div>`
          : nothing
      }
    </div>`;

    const ticksRow = html`<div class="ticks" aria-hidden="true">
      ${ticks.map(
        (v, i) =>
          html`<span
            class="tick ${i === 0 ? 'first' : ''} ${v === scale.max ? 'last' : ''}"
            style=${styleProps({ left: this.pos(this.at(scale, v)) })}
            >${this.num(v)}</span
          >`,
      )}
    </div>`;

    return html`<div class="wrap ${position ? '' : 'no-value'}">
      <div part="label" class="label" id=${labelId}>${name}</div>
      <div class="reading">
        ${
          position
            ? html`<span class="value-line"
                  ><span part="value" class="value">${this.num(position.value)}</span>
                  <span class="unit">${this.t(scale.unit)}</span></span
                >
                <span part="band-label" class="band-label band-${position.band.id}"
                  ><span class="mark" aria-hidden="true"
                    >${this.shape(position.band, position.index, count)}</span
                  >
                  ${this.t(position.band.label)}</span
                >`
            : problem && problem.code !== 'NOT_A_NUMBER'
              ? html`<p part="error" class="error">
                  <span aria-hidden="true">⚠ </span>${this.t(problem.message)}
                </p>`
              : html`<span part="value" class="value empty"
                  >${this.t({ th: 'ยังไม่มีคะแนน', en: 'No score yet' })}</span
                >`
        }
      </div>
      ${
        position
          ? html`<div
              class="meter"
              role="meter"
              aria-labelledby=${labelId}
              aria-valuenow=${String(position.value)}
              aria-valuemin=${String(scale.min)}
              aria-valuemax=${String(scale.max)}
              aria-valuetext=${this.words(scale, position)}
              aria-describedby=${compare ? compareId : nothing}
            >
              ${track}${ticksRow}
            </div>`
          : html`<div class="meter" aria-hidden="true">${track}${ticksRow}</div>`
      }
      ${
        position
          ? html`<p part="next" class="next">
              ${
                position.next && position.pointsToNext !== null
                  ? this.locale === 'th'
                    ? `อีก ${this.num(position.pointsToNext)} ${scale.unit.th}ถึง${position.next.label.th}`
                    : `${this.num(position.pointsToNext)} ${scale.unit.en} to ${position.next.label.en}`
                  : this.t({ th: 'อยู่ในระดับสูงสุดของเกณฑ์แล้ว', en: 'The highest band of the scale' })
              }
            </p>`
          : nothing
      }
      ${
        position?.band.award
          ? html`<p part="award" class="award">
              <span aria-hidden="true">★ </span>${this.t({
                th: 'ช่วงคะแนนที่ได้รับรางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 (PMQA 4.0)',
                en: 'An award band of the PMQA 4.0 award',
              })}
            </p>`
          : nothing
      }
      ${
        compare
          ? html`<ul class="markers" id=${compareId}>
              ${
                position
                  ? html`<li class="legend-value">
                      <span class="glyph" aria-hidden="true">▼</span> ${valueName}:
                      ${this.words(scale, position)}
                    </li>`
                  : nothing
              }
              <li class="legend-compare">
                <span class="glyph" aria-hidden="true">◆</span> ${compareName}:
                ${compareOk ? this.words(scale, compareOk) : compare.ok ? '' : this.t(compare.errors[0]?.message ?? { th: '', en: '' })}
              </li>
            </ul>`
          : nothing
      }
      <ul
        part="thresholds"
        class="thresholds"
        aria-label=${this.t({ th: 'ช่วงคะแนนของแต่ละระดับ', en: 'Band thresholds' })}
      >
        ${scale.bands.map(
          (b, i) =>
            html`<li
              class="band-item band-${b.id} pat-${i % 5} ${position?.index === i ? 'current' : ''}"
              aria-current=${position?.index === i ? 'true' : nothing}
            >
              <span class="swatch" aria-hidden="true"></span>
              <span class="mark" aria-hidden="true">${this.shape(b, i, count)}</span>
              <span class="band-name">${this.t(b.label)}</span>
              <span class="from">${this.t({ th: 'ตั้งแต่', en: 'from' })} ${this.num(b.min)}</span>
              ${b.award ? html`<span class="award-tag">(${this.t({ th: 'มีรางวัล', en: 'award' })})</span>` : nothing}
            </li>`,
        )}
        ${(scale.markers ?? []).map(
          (m) =>
            html`<li class="marker-item">
              <span class="glyph" aria-hidden="true">┆</span>
              <span class="band-name">${this.t(m.label)}</span>
              <span class="from">${this.num(m.value)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-band-meter': BandMeterChange;
  }
}
