/**
 * The scorecard draft kept in `localStorage` through the shared `DraftStore`:
 *
 * ```json
 * { "schema": "khanaen.scorecard", "version": 1, "savedAt": "2025-01-31T09:00:00.000Z",
 *   "data": { "mode": "agency", "kpis": [ … ], "digital": "80", "pmqa": "" } }
 * ```
 *
 * `kpis` has the shape of the element's `kpis` property for that mode (values as typed, possibly incomplete).
 */
import { DraftStore } from '@khanaen/widgets';
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

/** The draft data when its shape is right, else `null` (the store then sets the draft aside). */
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

export function createDraftStore(key: string): DraftStore<ScorecardDraft> {
  return new DraftStore<ScorecardDraft>({
    key,
    schema: DRAFT_SCHEMA,
    version: DRAFT_VERSION,
    validate: validateDraft,
  });
}
