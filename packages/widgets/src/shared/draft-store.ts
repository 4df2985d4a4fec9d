/**
 * Versioned drafts in localStorage, built so that nothing is ever silently lost:
 * - a draft of an older version is migrated (by the caller's `read`) and saved again in the current version;
 * - a corrupt, unknown or newer draft is set aside under `<key>.corrupt-<time>` (and reported with its
 *   problems), never dropped; when it cannot even be copied, it stays where it is and is not written over;
 * - when storage is unavailable (private mode, sandboxed iframe, quota), callers are told, and keep working
 *   in memory.
 *
 * On disk a draft is one flat JSON object, the data's own keys after the envelope's:
 *
 * ```json
 * { "schema": "khanaen.checklist", "version": 1, "savedAt": "2025-01-31T09:00:00.000Z", "levels": { … } }
 * ```
 *
 * (the same format as a JSON export, so a set-aside draft can be downloaded and imported again).
 */
import type { Bilingual } from '@khanaen/core';

/** The keys of the envelope; a draft's data must not use them. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['schema', 'version', 'savedAt']);

/** A draft as stored: the envelope and, flat beside it, the data's own keys. */
export type DraftEnvelope<T extends object> = {
  readonly schema: string;
  readonly version: number;
  /** ISO 8601 time of saving. */
  readonly savedAt: string;
} & T;

/** What `read` makes of a parsed draft. */
export type DraftRead<T> =
  | {
      readonly ok: true;
      readonly data: T;
      /** The version the draft was migrated from; absent or `null` when it was already current. */
      readonly migratedFrom?: number | null;
    }
  | {
      readonly ok: false;
      /** Why it cannot be used (shown to the user). */
      readonly problems?: readonly Bilingual[];
      /** It was saved by a newer version. */
      readonly newer?: boolean;
    };

export type DraftLoad<T> =
  | { readonly status: 'empty' }
  | {
      readonly status: 'loaded';
      readonly data: T;
      /** When the draft was saved (after a migration: when it was saved again), if known. */
      readonly savedAt: string | null;
      /** The version an older draft was migrated from, else `null`. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly status: 'set-aside';
      /** Where the draft was copied to; `null` when it could not be copied (it then stays under `key`). */
      readonly asideKey: string | null;
      /** The draft's text, e.g. to offer it for download. */
      readonly raw: string;
      readonly problems: readonly Bilingual[];
      /** It was saved by a newer version. */
      readonly newer: boolean;
    }
  | { readonly status: 'unavailable' };

export interface DraftStoreOptions<T extends object> {
  readonly key: string;
  /** Schema name written into every draft, e.g. `khanaen.checklist`. */
  readonly schema: string;
  /** Version written into every draft. */
  readonly version: number;
  /**
   * Reads the parsed JSON of a stored draft, of any version (or none): checks its schema and version,
   * migrates an older one and validates the data. Rejects what cannot be used (`newer` when it comes from a
   * newer version); the store then sets the draft aside.
   */
  readonly read: (record: unknown) => DraftRead<T>;
  /** Storage to use (tests); default `globalThis.localStorage`. */
  readonly storage?: Storage | null;
  /** Clock (tests); default `new Date()`. */
  readonly now?: () => Date;
}

const NOT_JSON: Bilingual = {
  th: 'อ่านร่างไม่ได้: ไม่ใช่ JSON ที่ถูกต้อง',
  en: 'The draft could not be read: it is not valid JSON.',
};
const UNKNOWN: Bilingual = {
  th: 'ร่างนี้มีรูปแบบที่ไม่รู้จัก',
  en: 'The draft has an unknown format.',
};

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

export class DraftStore<T extends object> {
  readonly options: DraftStoreOptions<T>;
  private readonly storage: Storage | null;
  /** A draft that could not be set aside is still under `key`: it must not be written over or removed. */
  private guarded = false;

  constructor(options: DraftStoreOptions<T>) {
    this.options = options;
    this.storage = probe(options.storage);
  }

  /** Whether drafts can be saved at all. */
  get available(): boolean {
    return this.storage !== null;
  }

  /**
   * Reads the draft. An older one is migrated and saved again; one that cannot be used is moved to
   * `<key>.corrupt-<time>` (the key is then free for new work).
   */
  load(): DraftLoad<T> {
    const s = this.storage;
    if (!s) return { status: 'unavailable' };
    this.guarded = false;
    let raw: string | null;
    try {
      raw = s.getItem(this.options.key);
    } catch {
      return { status: 'unavailable' };
    }
    if (raw === null) return { status: 'empty' };
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      return this.setAside(raw, [NOT_JSON], false);
    }
    const r = this.options.read(record);
    if (!r.ok) {
      const problems = r.problems && r.problems.length > 0 ? r.problems : [UNKNOWN];
      return this.setAside(raw, problems, r.newer === true);
    }
    const stored =
      typeof record === 'object' && record !== null && 'savedAt' in record ? record.savedAt : undefined;
    let savedAt = typeof stored === 'string' ? stored : null;
    const migratedFrom = typeof r.migratedFrom === 'number' ? r.migratedFrom : null;
    if (migratedFrom !== null) {
      // Save it in the current version at once (the older draft stays when this fails).
      const at = this.write(r.data);
      if (at !== null) savedAt = at;
    }
    return { status: 'loaded', data: r.data, savedAt, migratedFrom };
  }

  /**
   * Saves `data` as a flat draft; returns false when storage is unavailable or full, or when a draft that
   * could not be set aside is still under the key.
   */
  save(data: T): boolean {
    return this.write(data) !== null;
  }

  /** Removes the draft (not one that could not be set aside). */
  clear(): void {
    if (this.guarded) return;
    try {
      this.storage?.removeItem(this.options.key);
    } catch {
      /* nothing to clear */
    }
  }

  /** Writes the draft; returns its `savedAt`, or `null` when it could not be written. */
  private write(data: T): string | null {
    const s = this.storage;
    if (!s || this.guarded) return null;
    const record = toDraftDocument(this.options, data, this.now());
    try {
      s.setItem(this.options.key, JSON.stringify(record));
      return record.savedAt;
    } catch {
      return null;
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Copies the draft to a free `<key>.corrupt-<time>` key and removes the original. */
  private setAside(raw: string, problems: readonly Bilingual[], newer: boolean): DraftLoad<T> {
    const s = this.storage as Storage;
    const { key } = this.options;
    const base = `${key}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    let asideKey: string | null = null;
    try {
      let candidate = base;
      for (let n = 2; s.getItem(candidate) !== null; n++) candidate = `${base}-${n}`;
      s.setItem(candidate, raw);
      asideKey = candidate;
      s.removeItem(key);
    } catch {
      // Not copied: keep the original where it is and never write over it. (Copied but not removed: the
      // copy is safe, so new work may replace the original.)
      if (asideKey === null) this.guarded = true;
    }
    return { status: 'set-aside', asideKey, raw, problems, newer };
  }
}

// ------------------------------------------------------------------------------------------ the factory

/** What a format's `validate` (or `migrate`) makes of a record's data. */
export type DraftCheck<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: readonly Bilingual[] };

/** A versioned document format: the envelope (`schema`, `version`) is checked here, the data by `validate`. */
export interface DraftFormat<T extends object> {
  /** Schema name written into every document, e.g. `khanaen.checklist`. */
  readonly schema: string;
  /** The current version. */
  readonly version: number;
  /** What the data is called in problems, e.g. `{ th: 'แบบประเมิน', en: 'checklist' }`. */
  readonly label: Bilingual;
  /**
   * A record with neither `schema` nor `version` is read as this version (a format that had no envelope
   * yet, e.g. `0`); without it such a record is refused.
   */
  readonly legacyVersion?: number;
  /**
   * Brings the data of an older version (0 ≤ `from` < `version`) to the current shape; without it older
   * versions are refused.
   */
  readonly migrate?: (
    data: Readonly<Record<string, unknown>>,
    from: number,
  ) => Readonly<Record<string, unknown>>;
  /** Checks the (current-shape) data completely; every problem is returned, not only the first. */
  readonly validate: (data: Readonly<Record<string, unknown>>) => DraftCheck<T>;
}

/** What `readDocument` makes of a parsed document (a draft, or an imported file). */
export type DocumentRead<T> =
  | {
      readonly ok: true;
      readonly data: T;
      /** The version it was migrated from, else `null`. */
      readonly migratedFrom: number | null;
      readonly savedAt: string | null;
    }
  | { readonly ok: false; readonly problems: readonly Bilingual[]; readonly newer: boolean };

const showValue = (v: unknown): string => {
  try {
    const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return String(v);
  }
};

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a parsed document of `format` completely: its envelope (schema, version, savedAt), a migration from
 * an older version, then the data. A wrong schema is reported with the data's own problems; a bad or newer
 * version stops there (the data cannot be read by this version).
 */
export function readDocument<T extends object>(format: DraftFormat<T>, record: unknown): DocumentRead<T> {
  const { schema, version: current, label } = format;
  if (!isPlainRecord(record)) {
    return {
      ok: false,
      newer: false,
      problems: [
        {
          th: `ไฟล์ไม่ใช่ข้อมูล${label.th} (ต้องเป็นออบเจ็กต์ JSON)`,
          en: `This is not ${label.en} data (a JSON object is expected).`,
        },
      ],
    };
  }
  const problems: Bilingual[] = [];
  let version: number;
  if (record.schema === undefined && record.version === undefined && format.legacyVersion !== undefined) {
    version = format.legacyVersion;
  } else {
    if (record.schema !== schema) {
      problems.push({
        th: `ชนิดข้อมูล (schema) ต้องเป็น "${schema}" แต่ได้ ${showValue(record.schema)}`,
        en: `schema must be "${schema}", not ${showValue(record.schema)}.`,
      });
    }
    const v = record.version;
    const oldest = format.migrate ? 0 : current;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < oldest) {
      problems.push({ th: `รุ่น (version) ไม่ถูกต้อง: ${showValue(v)}`, en: `Bad version: ${showValue(v)}.` });
      return { ok: false, newer: false, problems };
    }
    if (v > current) {
      problems.push({
        th: `ข้อมูลบันทึกด้วยรุ่นที่ใหม่กว่า (รุ่น ${v}) ซึ่งหน้านี้ยังไม่รองรับ`,
        en: `The data was saved by a newer version (${v}) that this page does not support yet.`,
      });
      return { ok: false, newer: true, problems };
    }
    version = v;
  }
  if (record.savedAt !== undefined && typeof record.savedAt !== 'string') {
    problems.push({ th: 'เวลาบันทึก (savedAt) ต้องเป็นข้อความ', en: 'savedAt must be a string.' });
  }
  const data = version < current && format.migrate ? format.migrate(record, version) : record;
  const checked = format.validate(data);
  if (!checked.ok) problems.push(...checked.problems);
  if (problems.length > 0 || !checked.ok) return { ok: false, newer: false, problems };
  return {
    ok: true,
    data: checked.data,
    migratedFrom: version < current ? version : null,
    savedAt: typeof record.savedAt === 'string' ? record.savedAt : null,
  };
}

/** Parses JSON text and reads it as a document of `format` (see `readDocument`). */
export function parseDocumentText<T extends object>(format: DraftFormat<T>, text: string): DocumentRead<T> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return {
      ok: false,
      newer: false,
      problems: [
        { th: 'อ่านไฟล์ไม่ได้: ไม่ใช่ JSON ที่ถูกต้อง', en: 'The file could not be read: it is not valid JSON.' },
      ],
    };
  }
  return readDocument(format, record);
}

/** The document of `data` in `format`'s current version (the draft and export format). */
export function toDraftDocument<T extends object>(
  format: Pick<DraftFormat<T>, 'schema' | 'version'>,
  data: T,
  now: Date = new Date(),
): DraftEnvelope<T> {
  const record: Record<string, unknown> = {
    schema: format.schema,
    version: format.version,
    savedAt: now.toISOString(),
  };
  for (const [k, v] of Object.entries(data)) if (!ENVELOPE_KEYS.has(k)) record[k] = v;
  return record as DraftEnvelope<T>;
}

export interface CreateDraftStoreOptions<T extends object> extends DraftFormat<T> {
  /** The `localStorage` key. */
  readonly key: string;
  /** Storage to use (tests); default `globalThis.localStorage`. */
  readonly storage?: Storage | null;
  /** Clock (tests); default `new Date()`. */
  readonly now?: () => Date;
}

/**
 * The one way to make a draft store: `createDraftStore({ key, schema, version, label, migrate, validate })`.
 * Drafts are read like an import of the same format (`readDocument`), so a set-aside draft can be downloaded,
 * fixed and imported again.
 */
export function createDraftStore<T extends object>(options: CreateDraftStoreOptions<T>): DraftStore<T> {
  const { key, storage, now, ...format } = options;
  return new DraftStore<T>({
    key,
    schema: format.schema,
    version: format.version,
    read: (record) => {
      const r = readDocument(format, record);
      return r.ok ? { ok: true, data: r.data, migratedFrom: r.migratedFrom } : r;
    },
    ...(storage !== undefined ? { storage } : {}),
    ...(now ? { now } : {}),
  });
}
