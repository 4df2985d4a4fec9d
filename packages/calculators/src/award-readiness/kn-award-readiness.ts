import { define } from '@khanaen/widgets';
import { KnAwardReadiness } from './award-readiness.js';

define('kn-award-readiness', KnAwardReadiness);

export { KnAwardReadiness };

declare global {
  interface HTMLElementTagNameMap {
    'kn-award-readiness': KnAwardReadiness;
  }
}
