/**
 * Versioned drafts in localStorage, built so that nothing is ever silently lost:
 * - a draft of an older version is migrated;
 * - a corrupt or unknown draft is set aside under `<key>.corrupt-<time>` (and reported), never dropped;
 * - when storage is unavailable (private mode, sandboxed iframe, quota), callers are told, and keep working
 *   in memory.
 */

export interface DraftEnvelope<T> {
  readonly schema: string;
  readonly version: number;
  readonly savedAt: string;
  readonly data: T;
}

export type DraftLoad<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'loaded'; readonly data: T; readonly savedAt: string | null; readonly migratedFrom: number | null }
  | { readonly status: 'set-aside'; readonly asideKey: string; readonly raw: string; readonly reason: string }
  | { readonly status: 'unavailable' };

export interface DraftStoreOptions<T> {
  readonly key: string;
  /** Schema name written into every draft, e.g. `khanaen.checklist`. */
  readonly schema: string;
  readonly version: number;
  /** Returns the data when it is valid for the current version, else `null`. */
  readonly validate: (data: unknown) => T | null;
  /** Turns an older draft (its whole parsed JSON, and its version or `null` when unversioned) into current data. */
  readonly migrate?: (raw: unknown, fromVersion: number | null) => T | null;
  /** Storage to use (tests); default `globalThis.localStorage`. */
  readonly storage?: Storage | null;
}

function probe(storage: Storage | null | undefined): Storage | null {
  try {
    const s = storage === undefined ? globalThis.localStorage : storage;
    if (!s) return null;
    const k = '__khanaen_probe__';
    s.setItem(k, '1');
    s.removeItem(k);
    return s;
  } catch {
    return null;
  }
}

export class DraftStore<T> {
  readonly options: DraftStoreOptions<T>;
  private readonly storage: Storage | null;

  constructor(options: DraftStoreOptions<T>) {
    this.options = options;
    this.storage = probe(options.storage);
  }

  /** Whether drafts can be saved at all. */
  get available(): boolean {
    return this.storage !== null;
  }

  load(): DraftLoad<T> {
    const s = this.storage;
    if (!s) return { status: 'unavailable' };
    let raw: string | null;
    try {
      raw = s.getItem(this.options.key);
    } catch {
      return { status: 'unavailable' };
    }
    if (raw === null) return { status: 'empty' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return this.setAside(raw, 'not-json');
    }
    const env = parsed as Partial<DraftEnvelope<unknown>> | null;
    const isEnvelope = env !== null && typeof env === 'object' && env.schema === this.options.schema;
    const version = isEnvelope && typeof env.version === 'number' ? env.version : null;
    if (isEnvelope && version === this.options.version) {
      const data = this.options.validate(env.data);
      if (data !== null) return { status: 'loaded', data, savedAt: typeof env.savedAt === 'string' ? env.savedAt : null, migratedFrom: null };
      return this.setAside(raw, 'invalid');
    }
    if (version !== null && version > this.options.version) return this.setAside(raw, 'newer-version');
    const migrated = this.options.migrate?.(parsed, version) ?? null;
    if (migrated !== null) {
      const data = this.options.validate(migrated);
      if (data !== null) {
        this.save(data);
        return { status: 'loaded', data, savedAt: null, migratedFrom: version ?? 0 };
      }
    }
    return this.setAside(raw, 'unknown-format');
  }

  /** Saves `data`; returns false when storage is unavailable or full. */
  save(data: T): boolean {
    const s = this.storage;
    if (!s) return false;
    const env: DraftEnvelope<T> = {
      schema: this.options.schema,
      version: this.options.version,
      savedAt: new Date().toISOString(),
      data,
    };
    try {
      s.setItem(this.options.key, JSON.stringify(env));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.options.key);
    } catch {
      /* nothing to clear */
    }
  }

  private setAside(raw: string, reason: string): DraftLoad<T> {
    const asideKey = `${this.options.key}.corrupt-${Date.now()}`;
    try {
      this.storage?.setItem(asideKey, raw);
      this.storage?.removeItem(this.options.key);
    } catch {
      /* keep the original where it is if it cannot be copied */
      return { status: 'set-aside', asideKey: this.options.key, raw, reason };
    }
    return { status: 'set-aside', asideKey, raw, reason };
  }
}
