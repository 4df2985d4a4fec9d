/** Entry of `khanaen-all.js`: registers every Khanaen element at once (no loader). */
import './register.js';

export { VERSION, define } from '@khanaen/widgets/define.js';
