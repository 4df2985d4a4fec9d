/** Entry of the script-tag bundles `khanaen.js` / `khanaen.iife.js`: registers every Khanaen element. */
import './register.js';

export { VERSION, define } from '@khanaen/widgets';
