/** Registers every calculator and every widget (safe to import twice, or next to a CDN bundle). */
import '@khanaen/widgets/register.js';
import './kpi-target-calculator/kn-kpi-target-calculator.js';
import './kpi-scorecard/kn-kpi-scorecard.js';
import './cost-savings-calculator/kn-cost-savings-calculator.js';
import './award-readiness/kn-award-readiness.js';
