import { define } from '../define.js';
import { KnTrendChart } from './trend-chart.js';

define('kn-trend-chart', KnTrendChart);

export { KnTrendChart };
export type { TrendPoint } from './trend-chart.js';

declare global {
  interface HTMLElementTagNameMap {
    'kn-trend-chart': KnTrendChart;
  }
}
