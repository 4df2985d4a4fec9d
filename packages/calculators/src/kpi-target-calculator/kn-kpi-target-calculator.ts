import { define } from '@khanaen/widgets';
import { KnKpiTargetCalculator } from './kpi-target-calculator.js';

define('kn-kpi-target-calculator', KnKpiTargetCalculator);

export { KnKpiTargetCalculator };

declare global {
  interface HTMLElementTagNameMap {
    'kn-kpi-target-calculator': KnKpiTargetCalculator;
  }
}
