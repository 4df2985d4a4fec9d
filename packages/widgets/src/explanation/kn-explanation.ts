import { define } from '../define.js';
import { KnExplanation } from './explanation.js';

define('kn-explanation', KnExplanation);

export { KnExplanation };

declare global {
  interface HTMLElementTagNameMap {
    'kn-explanation': KnExplanation;
  }
}
