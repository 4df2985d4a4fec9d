/** Registers every @khanaen/widgets element (safe to import twice, or next to a CDN bundle). */
import './score-badge/kn-score-badge.js';
