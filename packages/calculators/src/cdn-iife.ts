/**
 * Entry of the classic-script bundle `khanaen.iife.js` (exposes `window.Khanaen`): the same loader as
 * `khanaen.js`. Each element is an ES module file next to this script, imported the first time the page
 * uses its tag, so a page with one meter does not download the checklist's criteria data.
 */
import { startLoader } from './cdn/loader.js';

export { VERSION, define } from '@khanaen/widgets/define.js';

const script = typeof document !== 'undefined' ? document.currentScript : null;
const base =
  script instanceof HTMLScriptElement && script.src
    ? script.src
    : typeof document !== 'undefined'
      ? document.baseURI
      : '';

const loader = startLoader((file) => new URL(file, base).href);

export const load = loader.load;
export const loadAll = loader.loadAll;
export const discover = loader.discover;
export const tags = loader.tags;
