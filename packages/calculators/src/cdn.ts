/**
 * Entry of the script-tag bundle `khanaen.js` (ES module): a small loader that imports each element from
 * `kn-<tag>.js` next to it the first time the page uses the tag (see `cdn/loader.ts`). `khanaen-all.js`
 * registers every element at once instead.
 */
import { startLoader } from './cdn/loader.js';

export { VERSION, define } from '@khanaen/widgets/define.js';

const loader = startLoader((file) => new URL(file, import.meta.url).href);

/** Loads and registers one element now (e.g. before creating it inside a shadow root). */
export const load = loader.load;
/** Loads and registers every element now. */
export const loadAll = loader.loadAll;
/** Loads the elements used inside `root` (a shadow root the loader cannot see). */
export const discover = loader.discover;
export const tags = loader.tags;
