import { define } from '../define.js';
import { KnNumberField } from './number-field.js';

define('kn-number-field', KnNumberField);

export { KnNumberField };

declare global {
  interface HTMLElementTagNameMap {
    'kn-number-field': KnNumberField;
  }
}
