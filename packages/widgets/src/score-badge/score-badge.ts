import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { bandScale, classifyOnScale, type BuiltInScale } from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { decimalAttribute } from '../shared/convert.js';
import { styles } from './score-badge.styles.js';

/**
 * @tag kn-score-badge
 * @summary A score with its level label, e.g. "418 คะแนน · ระดับก้าวหน้า". The level comes from `level`, or
 * from `@khanaen/core` when `scale` is set. A shape marks each level so colour is never the only signal.
 *
 * @attr {number} score - The score to show.
 * @attr {string} level - Level or band id (`none`, `basic`, `advance`, `significance`, `quality`,
 *   `standard-high`, `standard-basic`, `needs-improvement`, `not-assessed`). Overrides `scale`.
 * @attr {'pmqa40'|'agency'|'cat7'} scale - Classify `score` on a built-in scale when `level` is not set.
 * @attr {number} max - Shown as "/ max" after the score.
 * @attr {boolean} estimate - Marks the score as an estimate ("ค่าประมาณ").
 * @attr {'s'|'m'} size - Size.
 * @attr {'latin'|'thai'} numerals - Digits.
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

  /** The level shown: `level`, else the band of `score` on `scale`. */
  get resolvedLevel(): string | null {
    if (this.level) return this.level;
    if (this.scale && this.score !== null && Number.isFinite(this.score)) {
      const r = classifyOnScale(bandScale(this.scale), this.score);
      return r.ok ? r.band.id : null;
    }
    return null;
  }

  override render() {
    const level = this.resolvedLevel;
    const hasScore = this.score !== null && Number.isFinite(this.score);
    return html`<span part="badge" class="badge level-${level ?? 'unknown'}">
      <span part="score" class="score">${hasScore ? this.num(this.score as number) : '–'}</span>
      ${hasScore && this.max !== null ? html`<span class="max">/ ${this.num(this.max)}</span>` : nothing}
      ${level ? html`<span part="label" class="label">${this.levelName(level)}</span>` : nothing}
      ${this.estimate ? html`<span class="estimate">(${this.t({ th: 'ค่าประมาณ', en: 'estimate' })})</span>` : nothing}
    </span>`;
  }
}
