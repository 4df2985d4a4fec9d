import { define } from '../define.js';
import { KnScoreBadge } from './score-badge.js';

define('kn-score-badge', KnScoreBadge);

export { KnScoreBadge };

declare global {
  interface HTMLElementTagNameMap {
    'kn-score-badge': KnScoreBadge;
  }
}
