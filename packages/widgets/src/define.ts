/**
 * The one guarded `define()` every Khanaen element registers through.
 *
 * Two bundles on one page (an agency's own build plus a CDN script, or two CDN versions) is the most common
 * embedding bug: a plain `customElements.define` throws `NotSupportedError` the second time. `define()`
 * never throws for a tag that is already registered; it keeps the first registration and warns once per
 * page when the two registrations come from different Khanaen versions.
 */

declare const __KN_VERSION__: string | undefined;

/** The Khanaen version this bundle was built from. */
export const VERSION: string = typeof __KN_VERSION__ === 'string' ? __KN_VERSION__ : '0.0.0-dev';

interface Registry {
  /** tag → version that registered it */
  readonly tags: Map<string, string>;
  /** version pairs already warned about */
  readonly warned: Set<string>;
}

const KEY = Symbol.for('khanaen.define.registry');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  let r = g[KEY];
  if (!r) {
    r = { tags: new Map(), warned: new Set() };
    g[KEY] = r;
  }
  return r;
}

/**
 * Registers `ctor` as `tag` unless the tag is already defined. Returns the constructor that ends up
 * registered (the existing one if there was one). Never throws for an existing tag; warns once when the
 * existing registration came from another Khanaen version.
 */
export function define(
  tag: string,
  ctor: CustomElementConstructor,
  version: string = VERSION,
): CustomElementConstructor {
  const reg = registry();
  const existing = customElements.get(tag);
  if (existing) {
    const other = reg.tags.get(tag) ?? 'unknown';
    if (existing !== ctor && other !== version) {
      const key = `${other}|${version}`;
      if (!reg.warned.has(key)) {
        reg.warned.add(key);
        console.warn(
          `[khanaen] <${tag}> is already registered by Khanaen ${other}; this copy (${version}) was not registered. ` +
            'Load one Khanaen bundle per page to avoid mixing versions.',
        );
      }
    }
    return existing;
  }
  customElements.define(tag, ctor);
  reg.tags.set(tag, version);
  return ctor;
}
