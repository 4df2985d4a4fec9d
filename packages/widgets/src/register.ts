/** Registers every @khanaen/widgets element (safe to import twice, or next to a CDN bundle). */
import './number-field/kn-number-field.js';
import './score-badge/kn-score-badge.js';
import './explanation/kn-explanation.js';
import './band-meter/kn-band-meter.js';
import './trend-chart/kn-trend-chart.js';
import './criteria-checklist/kn-criteria-checklist.js';
