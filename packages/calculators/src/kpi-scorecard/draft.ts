/**
 * The scorecard draft kept in `localStorage` through the shared `DraftStore`, one flat object:
 *
 * ```json
 * { "schema": "khanaen.scorecard", "version": 1, "savedAt": "2025-01-31T09:00:00.000Z",
 *   "mode": "agency", "kpis": [ … ], "digital": "80", "pmqa": "" }
 * ```
 *
 * `kpis` has the shape of the element's `kpis` property for that mode (values as typed, possibly incomplete).
 * A draft of another schema, without a valid version or of the wrong shape is set aside; one of a version
 * above 1 is set aside as `newer`.
 */
import type { Bilingual } from '@khanaen/core';
import { DraftStore, type DraftRead } from '@khanaen/widgets';
import type { ScorecardMode } from './rows.js';

export const DRAFT_SCHEMA = 'khanaen.scorecard';
export const DRAFT_VERSION = 1;

export interface ScorecardDraft {
  readonly mode: ScorecardMode;
  readonly kpis: readonly Readonly<Record<string, unknown>>[];
  readonly digital: string;
  readonly pmqa: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) =>
  v === null || v === undefined || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** A KPI object of a draft: every value a string/number/null, `targets` an object of those, `history` a list. */
function isKpi(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  for (const [k, x] of Object.entries(v)) {
    if (k === 'targets') {
      if (!isRecord(x) || !Object.values(x).every(isScalar)) return false;
    } else if (k === 'history') {
      if (!Array.isArray(x) || !x.every(isScalar)) return false;
    } else if (!isScalar(x)) return false;
  }
  return true;
}

/** The draft data (`mode`, `kpis`, `digital`, `pmqa` of a flat record) when its shape is right, else `null`. */
export function validateDraft(data: unknown): ScorecardDraft | null {
  if (!isRecord(data)) return null;
  if (data.mode !== 'agency' && data.mode !== 'cat7') return null;
  if (!Array.isArray(data.kpis) || !data.kpis.every(isKpi)) return null;
  if (!isScalar(data.digital) || !isScalar(data.pmqa)) return null;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    mode: data.mode,
    kpis: data.kpis as Record<string, unknown>[],
    digital: text(data.digital),
    pmqa: text(data.pmqa),
  };
}

const problem = (
  th: string,
  en: string,
): { readonly ok: false; readonly problems: readonly Bilingual[] } => ({
  ok: false,
  problems: [{ th, en }],
});

/** `DraftStore`'s `read`: checks the schema and version of a stored draft, then its data (the same record). */
export function readDraft(record: unknown): DraftRead<ScorecardDraft> {
  if (!isRecord(record) || record.schema !== DRAFT_SCHEMA)
    return problem('ร่างนี้ไม่ใช่ข้อมูลตัวชี้วัด', 'This draft is not scorecard data.');
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return problem('รุ่น (version) ของร่างไม่ถูกต้อง', 'The draft has a bad version.');
  if (version > DRAFT_VERSION)
    return {
      ok: false,
      newer: true,
      problems: [
        {
          th: `ร่างบันทึกด้วยรุ่นที่ใหม่กว่า (รุ่น ${version}) ซึ่งหน้านี้ยังไม่รองรับ`,
          en: `The draft was saved by a newer version (${version}) that this page does not support yet.`,
        },
      ],
    };
  const data = validateDraft(record);
  return data ? { ok: true, data } : problem('ข้อมูลในร่างไม่ถูกต้อง', 'The data in the draft is not valid.');
}

/** The scorecard's draft store under `key` (`storage` and `now` for tests and servers; default localStorage). */
export function createDraftStore(
  key: string,
  options: { readonly storage?: Storage | null; readonly now?: () => Date } = {},
): DraftStore<ScorecardDraft> {
  return new DraftStore<ScorecardDraft>({
    key,
    schema: DRAFT_SCHEMA,
    version: DRAFT_VERSION,
    read: readDraft,
    ...options,
  });
}
