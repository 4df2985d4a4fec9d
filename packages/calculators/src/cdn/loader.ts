/**
 * The element loader behind the script-tag bundles `khanaen.js` and `khanaen.iife.js`.
 *
 * A page downloads only the elements it shows: the loader watches the document for `kn-*` tags (those
 * already parsed, and those added later by the page or a framework) and imports `kn-<tag>.js` from next to
 * the bundle the first time a tag appears. The element files share Lit and the scoring core through
 * `chunks/`, so two elements never download the same code twice.
 *
 * Elements inside another component's shadow root are not seen by the observer: call `discover(root)` for
 * such a root, or `load(tag)` / `loadAll()` up front.
 */

/** Tags of every Khanaen element; injected by `scripts/build-cdn.mjs` from the element folders. */
declare const __KN_TAGS__: readonly string[];

export interface ElementLoader {
  /** Every tag the loader knows. */
  readonly tags: readonly string[];
  /** Loads and registers one element; resolves with its class. Rejects for a tag Khanaen does not have. */
  load(tag: string): Promise<CustomElementConstructor>;
  /** Loads every element (for pages that create elements before attaching them, or inside shadow roots). */
  loadAll(): Promise<void>;
  /** Loads the elements used in `root` (a document, an element or a shadow root). */
  discover(root: ParentNode): Promise<void>;
}

const SCOPE = Symbol.for('khanaen.loader');

/**
 * Starts watching the document. `url(file)` gives the address of an element file next to the bundle.
 * Never throws; a file that fails to load is reported once on the console and retried on the next use.
 */
export function startLoader(url: (file: string) => string): ElementLoader {
  const tags: readonly string[] = __KN_TAGS__;
  const known = new Set(tags);
  const pending = new Map<string, Promise<CustomElementConstructor>>();

  const load = (tag: string): Promise<CustomElementConstructor> => {
    const name = String(tag).toLowerCase();
    if (!known.has(name)) return Promise.reject(new Error(`[khanaen] there is no element <${name}>`));
    const existing = customElements.get(name);
    if (existing) return Promise.resolve(existing);
    let p = pending.get(name);
    if (!p) {
      p = import(/* @vite-ignore */ url(`${name}.js`)).then(() => customElements.whenDefined(name));
      pending.set(name, p);
      p.catch((err: unknown) => {
        pending.delete(name);
        console.error(`[khanaen] could not load <${name}> from ${url(`${name}.js`)}`, err);
      });
    }
    return p;
  };

  const selector = tags.join(',');
  const discover = (root: ParentNode): Promise<void> => {
    const found = new Set<string>();
    if (root instanceof Element && known.has(root.localName)) found.add(root.localName);
    if (typeof root?.querySelectorAll === 'function' && selector) {
      for (const el of root.querySelectorAll(selector)) found.add(el.localName);
    }
    const missing = [...found].filter((t) => !customElements.get(t));
    // Failures are already reported by load(); discovery itself never rejects.
    return Promise.all(missing.map((t) => load(t).catch(() => undefined))).then(() => undefined);
  };

  const loader: ElementLoader = {
    tags,
    load,
    loadAll: () => Promise.all(tags.map((t) => load(t))).then(() => undefined),
    discover,
  };

  // One observer per page, even when two copies of the bundle are loaded.
  const g = globalThis as unknown as Record<symbol, ElementLoader | undefined>;
  if (typeof document !== 'undefined' && !g[SCOPE]) {
    g[SCOPE] = loader;
    void discover(document);
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) if (node instanceof Element) void discover(node);
      }
    }).observe(document, { childList: true, subtree: true });
  }
  return loader;
}
