/**
 * The checklist's state, its versioned draft/export format and the pure functions that validate and migrate
 * it. Drafts are kept through the shared `DraftStore` (see `createDraftStore`). No DOM.
 *
 * Format (version 1), used for the `localStorage` draft and for JSON export/import:
 *
 * ```json
 * { "schema": "khanaen.checklist", "version": 1, "savedAt": "2025-01-31T09:00:00.000Z",
 *   "levels": { "1.1": "advance" }, "prompts": { "1.1.1": { "notes": "…", "links": ["https://…"] } } }
 * ```
 *
 * Version 0 (before the schema was versioned) was a bare `{ levels, notes? }` object, `notes` mapping a
 * prompt id to its text; it is migrated to version 1.
 */
import { ITEM_LEVELS, pmqa40Checklist2565, type Bilingual, type ItemLevel } from '@khanaen/core';
import { DraftStore, type DraftRead } from '../shared/draft-store.js';

export const SCHEMA = 'khanaen.checklist';
export const SCHEMA_VERSION = 1;

/** Notes and evidence links of one numbered prompt. */
export interface PromptDraft {
  readonly notes: string;
  readonly links: readonly string[];
}

/** The whole assessment: the level reached per item and the notes/links per prompt. */
export interface ChecklistValue {
  /** Item id (`'1.1'` … `'6.4'`) → level. Items left out are not assessed. */
  readonly levels: Readonly<Record<string, ItemLevel>>;
  /** Prompt id (`'1.1.1'` …) → notes and links. Prompts left out have neither. */
  readonly prompts: Readonly<Record<string, PromptDraft>>;
}

/** The stored / exported document (version 1). */
export interface ChecklistDraft extends ChecklistValue {
  readonly schema: typeof SCHEMA;
  readonly version: typeof SCHEMA_VERSION;
  /** ISO 8601 time of saving. */
  readonly savedAt: string;
}

export const emptyValue = (): ChecklistValue => ({ levels: {}, prompts: {} });

/** Every process item id known to core's rule CL (1.1 … 6.4). */
export const ITEM_IDS: readonly string[] = Object.values(pmqa40Checklist2565.constants.items).flat();
const ITEM_SET = new Set(ITEM_IDS);
const LEVEL_SET = new Set<string>(ITEM_LEVELS);

/** What a prompt id is checked against: the criteria's prompt ids when loaded, else their shape. */
export interface KnownIds {
  readonly prompts?: ReadonlySet<string>;
}

/** `true` for an absolute `http:` or `https:` URL. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text.trim())) return false;
  try {
    const u = new URL(text.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export const MAX_LISTED_PROBLEMS = 20;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function knownPrompt(id: string, known: KnownIds): boolean {
  if (known.prompts) return known.prompts.has(id);
  const m = /^(\d+\.\d+)\.\d{1,2}$/.exec(id);
  return m !== null && ITEM_SET.has(m[1] as string);
}

const show = (v: unknown): string => {
  try {
    const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return String(v);
  }
};

export type ValidateResult =
  | {
      readonly ok: true;
      readonly value: ChecklistValue;
      readonly migratedFrom: number | null;
      readonly savedAt: string | null;
    }
  | { readonly ok: false; readonly problems: readonly Bilingual[]; readonly newer: boolean };

/**
 * Validates a parsed draft/export document completely (every id, level, type and link) and migrates an
 * older version. Returns the normalised value (no `not-assessed` levels, no empty prompts) or every problem.
 */
export function validateDocument(data: unknown, known: KnownIds = {}): ValidateResult {
  const problems: Bilingual[] = [];
  if (!isRecord(data)) {
    return {
      ok: false,
      newer: false,
      problems: [
        {
          th: 'ไฟล์ไม่ใช่ข้อมูลแบบประเมิน (ต้องเป็นออบเจ็กต์ JSON)',
          en: 'This is not checklist data (a JSON object is expected).',
        },
      ],
    };
  }
  let version: number;
  if (data.schema === undefined && data.version === undefined) {
    version = 0;
  } else {
    if (data.schema !== SCHEMA) {
      problems.push({
        th: `ชนิดข้อมูล (schema) ต้องเป็น "${SCHEMA}" แต่ได้ ${show(data.schema)}`,
        en: `schema must be "${SCHEMA}", not ${show(data.schema)}.`,
      });
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 0) {
      problems.push({
        th: `รุ่น (version) ไม่ถูกต้อง: ${show(data.version)}`,
        en: `Bad version: ${show(data.version)}.`,
      });
      return { ok: false, newer: false, problems };
    }
    version = data.version;
    if (version > SCHEMA_VERSION) {
      problems.push({
        th: `ข้อมูลบันทึกด้วยรุ่นที่ใหม่กว่า (รุ่น ${version}) ซึ่งหน้านี้ยังไม่รองรับ`,
        en: `The data was saved by a newer version (${version}) that this page does not support yet.`,
      });
      return { ok: false, newer: true, problems };
    }
  }
  if (data.savedAt !== undefined && typeof data.savedAt !== 'string') {
    problems.push({ th: 'เวลาบันทึก (savedAt) ต้องเป็นข้อความ', en: 'savedAt must be a string.' });
  }

  const levels: Record<string, ItemLevel> = {};
  if (!isRecord(data.levels)) {
    problems.push({
      th: 'ไม่พบระดับของหัวข้อ (levels ต้องเป็นออบเจ็กต์)',
      en: 'levels is missing or not an object.',
    });
  } else {
    for (const [id, level] of Object.entries(data.levels)) {
      if (!ITEM_SET.has(id)) {
        problems.push({ th: `ไม่รู้จักหัวข้อ ${show(id)}`, en: `Unknown item ${show(id)}.` });
      } else if (typeof level !== 'string' || !LEVEL_SET.has(level)) {
        problems.push({
          th: `หัวข้อ ${id}: ระดับ ${show(level)} ไม่ถูกต้อง (ต้องเป็น ${ITEM_LEVELS.join(', ')})`,
          en: `Item ${id}: level ${show(level)} is not valid (use ${ITEM_LEVELS.join(', ')}).`,
        });
      } else if (level !== 'not-assessed') {
        levels[id] = level as ItemLevel;
      }
    }
  }

  const prompts: Record<string, PromptDraft> = {};
  const addPrompt = (id: string, notes: string, links: readonly string[]) => {
    if (notes !== '' || links.length > 0) prompts[id] = { notes, links: [...links] };
  };
  if (version === 0) {
    // v0: `notes` maps a prompt id to its text; there were no links.
    if (data.notes !== undefined) {
      if (!isRecord(data.notes)) {
        problems.push({ th: 'บันทึก (notes) ต้องเป็นออบเจ็กต์', en: 'notes must be an object.' });
      } else {
        for (const [id, notes] of Object.entries(data.notes)) {
          if (!knownPrompt(id, known))
            problems.push({ th: `ไม่รู้จักประเด็น ${show(id)}`, en: `Unknown prompt ${show(id)}.` });
          else if (typeof notes !== 'string')
            problems.push({ th: `ประเด็น ${id}: บันทึกต้องเป็นข้อความ`, en: `Prompt ${id}: notes must be text.` });
          else addPrompt(id, notes, []);
        }
      }
    }
  } else if (data.prompts !== undefined) {
    if (!isRecord(data.prompts)) {
      problems.push({ th: 'ประเด็น (prompts) ต้องเป็นออบเจ็กต์', en: 'prompts must be an object.' });
    } else {
      for (const [id, p] of Object.entries(data.prompts)) {
        if (!knownPrompt(id, known)) {
          problems.push({ th: `ไม่รู้จักประเด็น ${show(id)}`, en: `Unknown prompt ${show(id)}.` });
          continue;
        }
        if (!isRecord(p)) {
          problems.push({
            th: `ประเด็น ${id}: ต้องเป็นออบเจ็กต์ { notes, links }`,
            en: `Prompt ${id}: must be an object { notes, links }.`,
          });
          continue;
        }
        const notes = p.notes ?? '';
        const links = p.links ?? [];
        let good = true;
        if (typeof notes !== 'string') {
          good = false;
          problems.push({
            th: `ประเด็น ${id}: บันทึก (notes) ต้องเป็นข้อความ`,
            en: `Prompt ${id}: notes must be text.`,
          });
        }
        if (!Array.isArray(links)) {
          good = false;
          problems.push({
            th: `ประเด็น ${id}: ลิงก์ (links) ต้องเป็นรายการ`,
            en: `Prompt ${id}: links must be a list.`,
          });
        } else {
          for (const link of links) {
            if (typeof link !== 'string' || !isHttpUrl(link)) {
              good = false;
              problems.push({
                th: `ประเด็น ${id}: ลิงก์ ${show(link)} ไม่ถูกต้อง (ต้องขึ้นต้นด้วย http:// หรือ https://)`,
                en: `Prompt ${id}: link ${show(link)} is not valid (it must start with http:// or https://).`,
              });
            }
          }
        }
        if (good)
          addPrompt(
            id,
            notes as string,
            (links as string[]).map((l) => l.trim()),
          );
      }
    }
  }
  if (problems.length > 0) return { ok: false, newer: false, problems };
  return {
    ok: true,
    value: { levels, prompts },
    migratedFrom: version < SCHEMA_VERSION ? version : null,
    savedAt: typeof data.savedAt === 'string' ? data.savedAt : null,
  };
}

/** Parses JSON text and validates it (see `validateDocument`). */
export function parseDocument(text: string, known: KnownIds = {}): ValidateResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      newer: false,
      problems: [
        { th: 'อ่านไฟล์ไม่ได้: ไม่ใช่ JSON ที่ถูกต้อง', en: 'The file could not be read: it is not valid JSON.' },
      ],
    };
  }
  return validateDocument(data, known);
}

/**
 * Copies a value, dropping `not-assessed` levels and empty prompts. Lenient: bad entries are skipped, and so
 * are links that are not `http:`/`https:` (a `javascript:` link must never become a link on the page).
 */
export function normaliseValue(v: unknown): ChecklistValue {
  const levels: Record<string, ItemLevel> = {};
  const prompts: Record<string, PromptDraft> = {};
  if (isRecord(v)) {
    if (isRecord(v.levels)) {
      for (const [id, level] of Object.entries(v.levels)) {
        if (typeof level === 'string' && LEVEL_SET.has(level) && level !== 'not-assessed')
          levels[id] = level as ItemLevel;
      }
    }
    if (isRecord(v.prompts)) {
      for (const [id, p] of Object.entries(v.prompts)) {
        if (!isRecord(p)) continue;
        const notes = typeof p.notes === 'string' ? p.notes : '';
        const links = Array.isArray(p.links)
          ? p.links.filter((l): l is string => typeof l === 'string' && isHttpUrl(l))
          : [];
        if (notes !== '' || links.length > 0) prompts[id] = { notes, links };
      }
    }
  }
  return { levels, prompts };
}

/** The version-1 document of a value. */
export function toDocument(value: ChecklistValue, now: Date = new Date()): ChecklistDraft {
  return {
    schema: SCHEMA,
    version: SCHEMA_VERSION,
    savedAt: now.toISOString(),
    levels: value.levels,
    prompts: value.prompts,
  };
}

/** `DraftStore`'s `read` for checklist drafts: validates (and migrates) like an import. */
export function readChecklistDraft(record: unknown, known: KnownIds = {}): DraftRead<ChecklistValue> {
  const r = validateDocument(record, known);
  return r.ok
    ? { ok: true, data: r.value, migratedFrom: r.migratedFrom }
    : { ok: false, problems: r.problems, newer: r.newer };
}

/**
 * The draft store of a checklist under `key` (flat version-1 documents, the export format). `known` is asked
 * at each load, so prompt ids are checked against the criteria once they are loaded.
 */
export function createDraftStore(
  key: string,
  known: () => KnownIds = () => ({}),
  storage?: Storage | null,
): DraftStore<ChecklistValue> {
  return new DraftStore<ChecklistValue>({
    key,
    schema: SCHEMA,
    version: SCHEMA_VERSION,
    read: (record) => readChecklistDraft(record, known()),
    storage,
  });
}
