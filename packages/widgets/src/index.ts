/**
 * @khanaen/widgets — design tokens and display/input elements. Importing this module registers nothing:
 * import `@khanaen/widgets/register.js` (all elements) or `@khanaen/widgets/kn-<tag>.js` (one element).
 */
export { define, VERSION } from './define.js';
export { KnElement, resolveLang } from './base/kn-element.js';
export { tokens, tokensCss, hostStyles, FONT_STACK, type Token } from './styles/tokens.js';
export { KnScoreBadge } from './score-badge/score-badge.js';
