import { define } from '@khanaen/widgets';
import { KnKpiScorecard } from './kpi-scorecard.js';

define('kn-kpi-scorecard', KnKpiScorecard);

export { KnKpiScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'kn-kpi-scorecard': KnKpiScorecard;
  }
}
