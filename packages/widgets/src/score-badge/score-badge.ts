import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { bandScale, classifyOnScale, positionOf, type BuiltInScale, type ScalePosition } from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { decimalAttribute } from '../shared/convert.js';
import { styles } from './score-badge.styles.js';

/**
 * @tag kn-score-badge
 * @summary A score with its level label, e.g. "418 คะแนน · ระดับก้าวหน้า": a core result (`.result`), or
 * `score` with `level`, or `score` classified by `@khanaen/core` on `scale`. A shape marks each level so colour
 * is never the only signal.
 *
 * @attr {number} score - The score to show (when no `result` is set).
 * @attr {string} level - Level or band id (`none`, `basic`, `advance`, `significance`, `quality`,
 *   `standard-high`, `standard-basic`, `needs-improvement`, `not-assessed`). Overrides `scale`.
 * @attr {'pmqa40'|'agency'|'cat7'} scale - Classify `score` on a built-in scale when `level` is not set.
 * @attr {number} max - Shown as "/ max" after the score.
 * @attr {boolean} estimate - Marks the score as an estimate ("ค่าประมาณ").
 * @attr {'s'|'m'} size - Size.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {unknown} result - A core result to show: any scored result with a `position` (a KPI, a set, an
 *   agency, a checklist estimate, …) or a `ScalePosition`; core's `positionOf()` gives the score and band
 *   shown, as core rounded them. Takes precedence over `score`, `level` and `scale`; `null` or a result with
 *   nothing to place shows "–".
 *
 * @csspart badge - The badge box.
 * @csspart score - The number.
 * @csspart label - The level label.
 *
 * @cssprop --kn-band-basic - Colour of Basic (and the other band/level tokens).
 * @cssprop --kn-font-size - Base size.
 */
export class KnScoreBadge extends KnElement {
  static override styles = [...KnElement.styles, styles];

  @property({ converter: decimalAttribute }) score: number | null = null;
  @property() level: string | null = null;
  @property() scale: BuiltInScale | null = null;
  @property({ converter: decimalAttribute }) max: number | null = null;
  @property({ type: Boolean, reflect: true }) estimate = false;
  @property({ reflect: true }) size: 's' | 'm' = 'm';
  /** A core result (see the JSDoc above); `undefined` when `score` is used. */
  @property({ attribute: false }) result: unknown = undefined;

  /** The position shown: `positionOf(result)` when a result is set, else `score` on `scale` (core). */
  get position(): ScalePosition | null {
    if (this.result !== undefined) return positionOf(this.result);
    if (this.scale && this.score !== null && Number.isFinite(this.score)) {
      const r = classifyOnScale(bandScale(this.scale), this.score);
      return r.ok ? r : null;
    }
    return null;
  }

  /** The level shown: the band of `result`, else `level`, else the band of `score` on `scale`. */
  get resolvedLevel(): string | null {
    if (this.result === undefined && this.level) return this.level;
    return this.position?.band.id ?? null;
  }

  override render() {
    const level = this.resolvedLevel;
    const score = this.result !== undefined ? (this.position?.value ?? null) : this.score;
    const hasScore = score !== null && Number.isFinite(score);
    return html`<span part="badge" class="badge level-${level ?? 'unknown'}">
      <span part="score" class="score">${hasScore ? this.num(score) : '–'}</span>
      ${hasScore && this.max !== null ? html`<span class="max">/ ${this.num(this.max)}</span>` : nothing}
      ${level ? html`<span part="label" class="label">${this.levelName(level)}</span>` : nothing}
      ${this.estimate ? html`<span class="estimate">(${this.t({ th: 'ค่าประมาณ', en: 'estimate' })})</span>` : nothing}
    </span>`;
  }
}
