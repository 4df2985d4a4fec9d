import { define } from '@khanaen/widgets';
import { KnCostSavingsCalculator } from './cost-savings-calculator.js';

define('kn-cost-savings-calculator', KnCostSavingsCalculator);

export { KnCostSavingsCalculator };

declare global {
  interface HTMLElementTagNameMap {
    'kn-cost-savings-calculator': KnCostSavingsCalculator;
  }
}
