/**
 * The checklist's state, its versioned draft/export format and the pure functions that validate and migrate
 * it: the checklist's `DraftFormat`, read by the shared `readDocument` (imports) and `createDraftStore`
 * (drafts). No DOM.
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
import {
  createDraftStore,
  parseDocumentText,
  readDocument,
  toDraftDocument,
  type DocumentRead,
  type DraftCheck,
  type DraftFormat,
  type DraftStore,
} from '../shared/draft-store.js';

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

/** Whether `id` is a prompt id: one of the criteria's when loaded, else of their shape (`1.1.1`). */
export function isKnownPrompt(id: string, known: KnownIds): boolean {
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

/** Version 0 → 1: `notes` (prompt id → text) becomes `prompts` (prompt id → `{ notes, links: [] }`). */
function migrate(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const { notes, ...rest } = data;
  if (notes === undefined) return rest;
  if (!isRecord(notes)) return { ...rest, prompts: notes };
  const prompts: Record<string, unknown> = {};
  for (const [id, text] of Object.entries(notes)) prompts[id] = { notes: text, links: [] };
  return { ...rest, prompts };
}

/** Checks the data of a current (version-1) document: every item id, level, prompt id, type and link. */
function validateData(data: Readonly<Record<string, unknown>>, known: KnownIds): DraftCheck<ChecklistValue> {
  const problems: Bilingual[] = [];
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
  if (data.prompts !== undefined) {
    if (!isRecord(data.prompts)) {
      problems.push({ th: 'ประเด็น (prompts) ต้องเป็นออบเจ็กต์', en: 'prompts must be an object.' });
    } else {
      for (const [id, p] of Object.entries(data.prompts)) {
        if (!isKnownPrompt(id, known)) {
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
        const trimmed = good ? (links as string[]).map((l) => l.trim()) : [];
        if (good && (notes !== '' || trimmed.length > 0))
          prompts[id] = { notes: notes as string, links: trimmed };
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: { levels, prompts } };
}

/** The checklist's document format (drafts and JSON files); prompt ids are checked against `known`. */
export function checklistFormat(known: KnownIds = {}): DraftFormat<ChecklistValue> {
  return {
    schema: SCHEMA,
    version: SCHEMA_VERSION,
    label: { th: 'แบบประเมิน', en: 'checklist' },
    legacyVersion: 0,
    migrate,
    validate: (data) => validateData(data, known),
  };
}

const fromRead = (r: DocumentRead<ChecklistValue>): ValidateResult =>
  r.ok ? { ok: true, value: r.data, migratedFrom: r.migratedFrom, savedAt: r.savedAt } : r;

/**
 * Validates a parsed draft/export document completely (every id, level, type and link) and migrates an
 * older version. Returns the normalised value (no `not-assessed` levels, no empty prompts) or every problem.
 */
export function validateDocument(data: unknown, known: KnownIds = {}): ValidateResult {
  return fromRead(readDocument(checklistFormat(known), data));
}

/** Parses JSON text and validates it (see `validateDocument`). */
export function parseDocument(text: string, known: KnownIds = {}): ValidateResult {
  return fromRead(parseDocumentText(checklistFormat(known), text));
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
  return toDraftDocument(
    checklistFormat(),
    { levels: value.levels, prompts: value.prompts },
    now,
  ) as ChecklistDraft;
}

/**
 * The draft store of a checklist under `key` (flat version-1 documents, the export format), made by the
 * shared `createDraftStore`. `known` is asked at each load, so prompt ids are checked against the criteria
 * once they are loaded.
 */
export function checklistDraftStore(
  key: string,
  known: () => KnownIds = () => ({}),
  storage?: Storage | null,
): DraftStore<ChecklistValue> {
  const format = checklistFormat();
  return createDraftStore<ChecklistValue>({
    ...format,
    validate: (data) => validateData(data, known()),
    key,
    ...(storage !== undefined ? { storage } : {}),
  });
}
