import { define } from '../define.js';
import { KnBandMeter } from './band-meter.js';

define('kn-band-meter', KnBandMeter);

export { KnBandMeter };
export type { BandMeterChange } from './band-meter.js';

declare global {
  interface HTMLElementTagNameMap {
    'kn-band-meter': KnBandMeter;
  }
}
