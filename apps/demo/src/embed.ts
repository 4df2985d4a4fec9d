// The embedding guide uses the npm build too (its live example).
import '@khanaen/calculators/kn-kpi-target-calculator.js';
import '@khanaen/widgets/kn-band-meter.js';
import './site.css';
