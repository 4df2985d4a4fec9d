/**
 * The scorecard's headless model: plain TypeScript, no DOM and no Lit. It owns the rows (agency mode and
 * Category 7 mode), scores them through `@khanaen/core`, keeps drafts (through a `DraftStore`), imports and
 * exports CSV and JSON, undoes, and tells subscribers when anything changed. `<kn-kpi-scorecard>` renders it;
 * a team can build its own UI on it, or check a set on a server.
 *
 * Incremental re-scoring: rows are immutable and each row's own result (rule AE.1 / C7) is kept per row
 * object, so an edit scores only the row that changed; the set is then aggregated from the rows once per
 * change (agency: `scoreAgency`, which core will replace by an aggregate of already-scored rows; Category 7:
 * `scoreCategory7Set`, at most a few dozen rows). Nothing is scored until someone reads a result, so a burst
 * of edits costs one aggregation (no debounce needed).
 */
import {
  DIMENSIONS,
  agencyComposite,
  agencyEval2567,
  agencyWeightTotal,
  error,
  rulePacks,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  type AgencyCompositeResult,
  type AgencyKpiResult,
  type AgencyKpiRow,
  type AgencyKpiScore,
  type AgencyResult,
  type Bilingual,
  type Category7KpiResult,
  type Category7SetKpiInput,
  type Category7SetResult,
  type Category7SlotResult,
  type KnError,
  type Result,
  type Warning,
} from '@khanaen/core';
import type { DraftLoad } from '@khanaen/widgets';
import { category7Constants, category7Pack, type Category7Pack } from './category7-pack.js';
import { importProblems, parseScorecardCsv, rowsToCsv, type ImportProblem, type ParsedCsv } from './csv.js';
import { validateDraft, type ScorecardDraft } from './draft.js';
import {
  AGENCY_PATH_FIELDS,
  CATEGORY7_PATH_FIELDS,
  agencyInput,
  blankAgencyRow,
  blankCategory7Row,
  category7Input,
  splitPath,
  toAgencyRow,
  toCategory7Row,
  type AgencyRow,
  type AnyRow,
  type Category7Row,
  type ScorecardMode,
} from './rows.js';

export type ScorecardResult = Result<AgencyResult> | Result<Category7SetResult>;
export type ScorecardKpi = AgencyKpiRow | Category7SetKpiInput;
export type CompositeResult = Result<AgencyCompositeResult>;
export type RowResult = Result<AgencyKpiResult> | Result<Category7KpiResult>;
export type { ImportProblem } from './csv.js';

/** The core functions the model scores with (injectable: tests count calls; a server may wrap them). */
export interface ScorecardScoring {
  readonly scoreAgencyKpi: typeof scoreAgencyKpi;
  readonly scoreAgency: typeof scoreAgency;
  readonly scoreCategory7Kpi: typeof scoreCategory7Kpi;
  readonly scoreCategory7Set: typeof scoreCategory7Set;
  readonly agencyComposite: typeof agencyComposite;
}

export const coreScoring: ScorecardScoring = {
  scoreAgencyKpi,
  scoreAgency,
  scoreCategory7Kpi,
  scoreCategory7Set,
  agencyComposite,
};

/** What the model needs of a draft store (`DraftStore<ScorecardDraft>` from `@khanaen/widgets`). */
export interface ScorecardDraftStore {
  load(): DraftLoad<ScorecardDraft>;
  save(data: ScorecardDraft): boolean;
  clear(): void;
}

export interface ScorecardModelOptions {
  readonly mode?: ScorecardMode;
  /** Category 7: the Buddhist-era year whose rule pack applies (default: core's default pack). */
  readonly year?: number | null;
  readonly scoring?: Partial<ScorecardScoring>;
  /** Milliseconds between an edit and the draft being written (default 300). */
  readonly saveDelay?: number;
}

export type WeightStatus =
  | { readonly ok: true; readonly missing: number }
  | { readonly ok: false; readonly error: KnError; readonly missing: number }
  | null;

export interface RowProblems {
  /** Fields with an error (`aria-invalid`). */
  readonly fields: ReadonlySet<string>;
  /** Fields a warning points to (e.g. a duplicate name): flagged, not invalid. */
  readonly warned: ReadonlySet<string>;
  readonly messages: readonly Bilingual[];
  readonly warnings: readonly Bilingual[];
}
export const NO_PROBLEMS: RowProblems = { fields: new Set(), warned: new Set(), messages: [], warnings: [] };

/** One line of the "why there is no result yet" summary; `key`/`field` say where to go. */
export interface StatusItem {
  readonly text: Bilingual;
  readonly key: number | null;
  readonly field: string | undefined;
}

/** Everything the set's result says about its rows, by row key. */
export interface ScorecardState {
  readonly mode: ScorecardMode;
  readonly result: ScorecardResult;
  readonly composite: CompositeResult | null;
  readonly weightStatus: WeightStatus;
  readonly errorsByKey: ReadonlyMap<number, readonly KnError[]>;
  readonly warningsByKey: ReadonlyMap<number, readonly Warning[]>;
  readonly generalErrors: readonly KnError[];
  /** Agency: each row's score in the valid set. */
  readonly scoredByKey: ReadonlyMap<number, AgencyKpiScore>;
  /** Category 7: each row's slot in the set. */
  readonly slotsByKey: ReadonlyMap<number, Category7SlotResult>;
}

/** What an import did: one pass of validation, whose results also loaded the rows. */
export type ImportOutcome =
  | { readonly ok: false; readonly problems: readonly ImportProblem[] }
  | { readonly ok: true; readonly count: number; readonly notes: readonly Bilingual[] };

/** The draft's fate when the model was attached to a store. */
export type RestoreOutcome =
  | { readonly status: 'unavailable' | 'empty' }
  | { readonly status: 'loaded'; readonly savedAt: string | null }
  | {
      readonly status: 'set-aside';
      readonly asideKey: string | null;
      readonly raw: string;
      readonly newer: boolean;
      readonly problems: readonly Bilingual[];
    };

interface Snapshot {
  readonly mode: ScorecardMode;
  readonly agencyRows: readonly AgencyRow[];
  readonly category7Rows: readonly Category7Row[];
  readonly digital: string;
  readonly pmqa: string;
}

/** The set scored from one rows array (kept by identity: an import validates and loads with the same one). */
interface SetScore {
  readonly pack: Category7Pack | undefined;
  readonly result: ScorecardResult;
}

const UNDO_LIMIT = 100;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class ScorecardModel {
  private readonly scoring: ScorecardScoring;
  private readonly saveDelay: number;
  private _mode: ScorecardMode;
  private _year: number | null;
  private _pack: Category7Pack | undefined;
  private agencyRows: readonly AgencyRow[] = [];
  private category7Rows: readonly Category7Row[] = [];
  private _digital = '';
  private _pmqa = '';
  private _pristine: ReadonlySet<number> = new Set();
  /** Page data waiting to become rows in whatever mode applies when they are first read. */
  private pending: readonly unknown[] | null = null;
  private pageKpis: readonly unknown[] | null = null;
  private pageMode: ScorecardMode | null = null;
  private pageComponents: { readonly digital: string; readonly pmqa: string } | null = null;
  /** A draft was restored: the page's KPIs wait until the draft is discarded. */
  private deferPage = false;

  private readonly rowResults = new WeakMap<AnyRow, RowResult>();
  private readonly setScores = new WeakMap<readonly AnyRow[], SetScore>();
  private stateCache: { key: readonly unknown[]; state: ScorecardState } | null = null;
  private compositeCache: { total: number; digital: string; pmqa: string; r: CompositeResult } | null = null;

  private readonly undoStack: { snapshot: Snapshot; edit: string | null }[] = [];
  private importSnapshot: Snapshot | null = null;

  private store: ScorecardDraftStore | null = null;
  private writable = false;
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private _storageUnavailable = false;

  private readonly listeners = new Set<() => void>();

  constructor(options: ScorecardModelOptions = {}) {
    this.scoring = { ...coreScoring, ...options.scoring };
    this.saveDelay = options.saveDelay ?? 300;
    this._mode = options.mode === 'cat7' ? 'cat7' : 'agency';
    this._year = options.year ?? null;
    this._pack = category7Pack(this._year);
  }

  // ------------------------------------------------------------------ subscribe

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  // ------------------------------------------------------------------ inputs

  get mode(): ScorecardMode {
    return this._mode;
  }
  setMode(mode: ScorecardMode): void {
    const m: ScorecardMode = mode === 'cat7' ? 'cat7' : 'agency';
    if (m === this._mode) return;
    this._mode = m;
    this.notify();
  }

  /** Category 7: the Buddhist-era year (its rule pack), or `null` for core's default. */
  get year(): number | null {
    return this._year;
  }
  setYear(year: number | null): void {
    if (year === this._year) return;
    this._year = year;
    this._pack = category7Pack(year);
    this.notify();
  }

  /** The Category 7 pack in use (`undefined`: core's default). */
  get category7Pack(): Category7Pack | undefined {
    return this._pack;
  }
  /** Category 7 constants for display (groups, slots per dimension, points, stage-1 score). */
  get category7Constants() {
    return category7Constants(this._pack);
  }
  /** The agency rule pack in use: the result's, else the default (its year is the fiscal year shown). */
  get agencyPack(): typeof agencyEval2567 {
    const r = this.mode === 'agency' ? this.result : null;
    const id = r && r.ok ? r.pack : agencyEval2567.id;
    const pack = (rulePacks as Readonly<Record<string, unknown>>)[id] as typeof agencyEval2567 | undefined;
    return pack ?? agencyEval2567;
  }

  /** Agency constants for display (target points, composite weights, weight total): the result's pack. */
  get agencyConstants(): typeof agencyEval2567.constants {
    return this.agencyPack.constants;
  }

  get digital(): string {
    return this._digital;
  }
  get pmqa(): string {
    return this._pmqa;
  }
  /** The composite's other components (agency mode), as typed. */
  setComponents(c: { readonly digital?: string; readonly pmqa?: string }, user = false): void {
    const digital = c.digital ?? this._digital;
    const pmqa = c.pmqa ?? this._pmqa;
    if (digital === this._digital && pmqa === this._pmqa) return;
    this._digital = digital;
    this._pmqa = pmqa;
    if (user) this.scheduleSave();
    this.notify();
  }

  /** The KPIs given by the page (property or JSON): they become the rows, unless a draft was restored. */
  setPageKpis(value: readonly unknown[] | null | undefined): void {
    const list = Array.isArray(value) ? value : [];
    this.pageKpis = list;
    if (this.deferPage) return;
    this.pending = list;
    this.notify();
  }

  /** Rows of the current mode. */
  get rows(): readonly AnyRow[] {
    this.flushPending();
    return this._mode === 'cat7' ? this.category7Rows : this.agencyRows;
  }

  /** New rows the user has not finished with yet: their errors are not shown. */
  get pristine(): ReadonlySet<number> {
    return this._pristine;
  }

  /** The KPIs of the current mode, as passed to core (values as typed). */
  get kpis(): ScorecardKpi[] {
    const rows = this.rows;
    return this._mode === 'cat7'
      ? (rows as readonly Category7Row[]).map(category7Input)
      : (rows as readonly AgencyRow[]).map(agencyInput);
  }

  /** What a change of the result depends on (compare it to tell whether anything changed). */
  get signature(): string {
    return JSON.stringify([this._mode, this.kpis, this._digital, this._pmqa, this._pack?.id ?? null]);
  }

  private flushPending(): void {
    const list = this.pending;
    if (!list) return;
    this.pending = null;
    this.replaceRows(this.fromList(list));
    this._pristine = new Set();
  }

  private fromList(list: readonly unknown[]): AnyRow[] {
    const c = this.category7Constants;
    return this._mode === 'cat7'
      ? list.map((k) => toCategory7Row(k, undefined, c))
      : list.map((k) => toAgencyRow(k));
  }

  private replaceRows(rows: readonly AnyRow[]): void {
    if (this._mode === 'cat7') this.category7Rows = rows as readonly Category7Row[];
    else this.agencyRows = rows as readonly AgencyRow[];
  }

  // ------------------------------------------------------------------ scoring

  /** One row scored alone (rule AE.1 or C7): each row object is scored once. */
  rowResult(row: AnyRow): RowResult {
    let r = this.rowResults.get(row);
    if (!r) {
      if ('weight' in row) {
        const { actual, targets, direction } = agencyInput(row);
        r = this.scoring.scoreAgencyKpi({ actual, targets, ...(direction ? { direction } : {}) });
      } else {
        const { target, actual, history, direction } = category7Input(row);
        r = this.scoring.scoreCategory7Kpi({
          target,
          actual,
          history,
          ...(direction ? { direction } : {}),
          ...(this._pack ? { pack: this._pack } : {}),
        });
      }
      this.rowResults.set(row, r);
    }
    return r;
  }

  /** The set scored from `rows`: every row alone first (cached), then the set once per rows array. */
  private scoreSet(mode: ScorecardMode, rows: readonly AnyRow[]): ScorecardResult {
    const kept = this.setScores.get(rows);
    if (kept && kept.pack === this._pack) return kept.result;
    for (const row of rows) this.rowResult(row);
    let result: ScorecardResult;
    if (mode === 'cat7') {
      const kpis = (rows as readonly Category7Row[]).map(category7Input);
      result = this.scoring.scoreCategory7Set({ kpis, ...(this._pack ? { pack: this._pack } : {}) });
    } else {
      // TODO(core aggregateAgency): aggregate the rows' own AgencyKpiResults instead of scoring the set again.
      result = this.scoring.scoreAgency({ kpis: (rows as readonly AgencyRow[]).map(agencyInput) });
    }
    this.setScores.set(rows, { pack: this._pack, result });
    return result;
  }

  /** The core result for the current rows. */
  get result(): ScorecardResult {
    return this.state.result;
  }

  /** `agencyComposite` for the current total and components, or `null`. */
  get composite(): CompositeResult | null {
    return this.state.composite;
  }

  /** The result and everything it says about each row (computed when first read after a change). */
  get state(): ScorecardState {
    const rows = this.rows;
    const key = [this._mode, rows, this._digital, this._pmqa, this._pack];
    const c = this.stateCache;
    if (c && c.key.every((v, i) => v === key[i])) return c.state;
    const state = this.derive(rows);
    this.stateCache = { key, state };
    return state;
  }

  private derive(rows: readonly AnyRow[]): ScorecardState {
    const mode = this._mode;
    const result = this.scoreSet(mode, rows);
    const errorsByKey = new Map<number, KnError[]>();
    const warningsByKey = new Map<number, Warning[]>();
    const generalErrors: KnError[] = [];
    const scoredByKey = new Map<number, AgencyKpiScore>();
    const slotsByKey = new Map<number, Category7SlotResult>();
    let weightStatus: WeightStatus = null;
    let composite: CompositeResult | null = null;
    const keyAt = (i: number) => rows[i]?.key;
    const addError = (e: KnError) => {
      const p = splitPath(e.path);
      const key = p ? keyAt(p.index) : undefined;
      if (p && key !== undefined) {
        const list = errorsByKey.get(key) ?? [];
        list.push({ ...e, path: p.sub });
        errorsByKey.set(key, list);
      } else if (e.code !== 'WEIGHTS_NOT_100') generalErrors.push(e);
    };
    if (mode === 'cat7') {
      const r = result as Result<Category7SetResult>;
      if (r.ok) {
        for (const dim of DIMENSIONS)
          for (const s of r.dimensions[dim].kpis) {
            const key = keyAt(s.index);
            if (key !== undefined) slotsByKey.set(key, s);
          }
        for (const w of r.warnings) {
          const p = w.path ? splitPath(w.path) : null;
          const key = p ? keyAt(p.index) : undefined;
          if (key !== undefined) warningsByKey.set(key, [...(warningsByKey.get(key) ?? []), w]);
        }
      } else r.errors.forEach(addError);
    } else {
      const r = result as Result<AgencyResult>;
      if (r.ok) {
        r.kpis.forEach((k, i) => {
          const key = keyAt(i);
          if (key !== undefined) scoredByKey.set(key, k);
        });
        weightStatus = { ok: true, missing: 0 };
        composite = this.compositeOf(r.total);
      } else {
        r.errors.forEach(addError);
        weightStatus = this.weightsOf(rows as readonly AgencyRow[]);
      }
    }
    return {
      mode,
      result,
      composite,
      weightStatus,
      errorsByKey,
      warningsByKey,
      generalErrors,
      scoredByKey,
      slotsByKey,
    };
  }

  private compositeOf(total: number): CompositeResult | null {
    const digital = this._digital;
    const pmqa = this._pmqa;
    if (digital.trim() === '' || pmqa.trim() === '') return null;
    const c = this.compositeCache;
    if (c && c.total === total && c.digital === digital && c.pmqa === pmqa) return c.r;
    const r = this.scoring.agencyComposite({ performance: total, digital, pmqa });
    this.compositeCache = { total, digital, pmqa, r };
    return r;
  }

  /** The weight total while the result is not valid (core's `agencyWeightTotal`, rows with a bad weight left out). */
  private weightsOf(rows: readonly AgencyRow[]): WeightStatus {
    if (rows.length === 0) return null;
    const w = agencyWeightTotal(rows);
    if (w.error) return { ok: false, error: w.error, missing: w.invalid.length };
    return { ok: true, missing: w.invalid.length };
  }

  /** Errors and warnings of one row, by field (none for a new row the user has not finished). */
  problemsOf(row: AnyRow): RowProblems {
    if (this._pristine.has(row.key)) return NO_PROBLEMS;
    const s = this.state;
    const map = 'weight' in row ? AGENCY_PATH_FIELDS : CATEGORY7_PATH_FIELDS;
    // While the whole set is valid no row has errors; otherwise the row's own result adds the problems the
    // set's validation stops before (e.g. unordered targets next to another row's blank cell).
    const own = s.result.ok ? null : this.rowResult(row);
    const errors = [...(s.errorsByKey.get(row.key) ?? []), ...(own && !own.ok ? own.errors : [])];
    const warnings = s.warningsByKey.get(row.key) ?? [];
    if (errors.length === 0 && warnings.length === 0) return NO_PROBLEMS;
    const seen = new Set<string>();
    const fields = new Set<string>();
    const warned = new Set<string>();
    const messages: Bilingual[] = [];
    for (const e of errors) {
      const id = `${e.path}|${e.code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const f of map[e.path] ?? []) fields.add(f);
      messages.push(error(e.path, e.code, e.values ?? {}).message);
    }
    for (const w of warnings) {
      const sub = w.path ? (splitPath(w.path)?.sub ?? '') : '';
      for (const f of map[sub] ?? []) warned.add(f);
    }
    return { fields, warned, messages, warnings: warnings.map((w) => w.message) };
  }

  /** Why there is no result: each error of a finished row (with where to go) and the general ones. */
  statusItems(): StatusItem[] {
    const rows = this.rows;
    const s = this.state;
    const items: StatusItem[] = [];
    const map = this._mode === 'cat7' ? CATEGORY7_PATH_FIELDS : AGENCY_PATH_FIELDS;
    rows.forEach((row, i) => {
      if (this._pristine.has(row.key)) return;
      for (const e of s.errorsByKey.get(row.key) ?? []) {
        items.push({
          text: error(`kpis.${i}.${e.path}`, e.code, e.values ?? {}).message,
          key: row.key,
          field: map[e.path]?.[0],
        });
      }
    });
    const general = s.generalErrors.filter((e) => !(e.code === 'EMPTY' && rows.length === 0));
    for (const e of general) items.push({ text: e.message, key: null, field: undefined });
    return items;
  }

  // ------------------------------------------------------------------ editing

  private snapshot(): Snapshot {
    this.flushPending();
    return {
      mode: this._mode,
      agencyRows: this.agencyRows,
      category7Rows: this.category7Rows,
      digital: this._digital,
      pmqa: this._pmqa,
    };
  }

  private apply(s: Snapshot): void {
    this._mode = s.mode;
    this.agencyRows = s.agencyRows;
    this.category7Rows = s.category7Rows;
    this._digital = s.digital;
    this._pmqa = s.pmqa;
  }

  private remember(edit: string | null = null): void {
    const last = this.undoStack[this.undoStack.length - 1];
    if (edit !== null && last?.edit === edit) return; // typing in one cell is one step
    this.undoStack.push({ snapshot: this.snapshot(), edit });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  private changed(): void {
    this.scheduleSave();
    this.notify();
  }

  /** Adds a blank KPI (in Category 7 mode to `dimension`, default the first dimension with a free slot). */
  add(dimension?: string): AnyRow {
    this.remember();
    let row: AnyRow;
    if (this._mode === 'cat7') {
      const slots = this.category7Constants.slotsPerDimension;
      const dim =
        dimension ??
        DIMENSIONS.find((d) => this.category7Rows.filter((r) => r.dimension === d).length < slots) ??
        DIMENSIONS[0] ??
        '7.1';
      row = blankCategory7Row(dim);
      this.category7Rows = [...this.category7Rows, row];
    } else {
      row = blankAgencyRow();
      this.agencyRows = [...this.agencyRows, row];
    }
    this._pristine = new Set([...this._pristine, row.key]);
    this.changed();
    return row;
  }

  /** Sets one field of the row with `key` (the value as typed). Only that row is scored again. */
  edit(key: number, field: string, value: string): boolean {
    const rows = this.rows;
    const i = rows.findIndex((r) => r.key === key);
    const row = rows[i];
    if (!row || !(field in row) || field === 'key') return false;
    if ((row as unknown as Record<string, string>)[field] === value) return false;
    this.remember(`${this._mode}|${key}|${field}`);
    const next = rows.slice();
    next[i] = { ...row, [field]: value } as AnyRow;
    this.replaceRows(next);
    this.changed();
    return true;
  }

  /** The user left a new row's field: its problems are shown from now on. */
  touch(key: number): void {
    if (!this._pristine.has(key)) return;
    const next = new Set(this._pristine);
    next.delete(key);
    this._pristine = next;
    this.notify();
  }

  /** Removes the row with `key`; returns its index and the rows after removal (or `null`). */
  remove(
    key: number,
  ): { readonly row: AnyRow; readonly index: number; readonly rows: readonly AnyRow[] } | null {
    const rows = this.rows;
    const index = rows.findIndex((r) => r.key === key);
    const row = rows[index];
    if (!row) return null;
    this.remember();
    const next = rows.filter((r) => r.key !== key);
    this.replaceRows(next);
    this.changed();
    return { row, index, rows: next };
  }

  /**
   * Moves the row with `key` up (`-1`) or down (`+1`), in Category 7 mode within its dimension. Returns where
   * it went (`to`: index in the rows; `position`: 0-based place among its dimension's rows, or `to`).
   */
  move(
    key: number,
    delta: -1 | 1,
  ): { readonly row: AnyRow; readonly from: number; readonly to: number; readonly position: number } | null {
    const rows = this.rows;
    const i = rows.findIndex((r) => r.key === key);
    const row = rows[i];
    if (!row) return null;
    let j = -1;
    if ('dimension' in row) {
      for (let k = i + delta; k >= 0 && k < rows.length; k += delta) {
        if ((rows[k] as Category7Row).dimension === row.dimension) {
          j = k;
          break;
        }
      }
    } else j = i + delta;
    if (j < 0 || j >= rows.length) return null;
    this.remember();
    const swapped = rows.slice();
    swapped[i] = rows[j] as AnyRow;
    swapped[j] = row;
    this.replaceRows(swapped);
    const position =
      'dimension' in row
        ? swapped.filter((r) => (r as Category7Row).dimension === row.dimension).indexOf(row)
        : j;
    this.changed();
    return { row, from: i, to: j, position };
  }

  /** Replaces the rows of the current mode with `kpis` (core input shape), as one undoable step. */
  setKpis(kpis: readonly unknown[]): void {
    this.remember();
    this.replaceRows(this.fromList(kpis));
    this._pristine = new Set();
    this.changed();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Brings back the rows (and mode and components) from before the last change. */
  undo(): boolean {
    const last = this.undoStack.pop();
    if (!last) return false;
    this.apply(last.snapshot);
    this._pristine = new Set();
    this.changed();
    return true;
  }

  // ------------------------------------------------------------------ import / export

  /** The rows as CSV (UTF-8 with BOM; columns per mode, see README). */
  exportCsv(): string {
    return rowsToCsv(this._mode, this.rows);
  }

  /** The rows as JSON: `{ mode, kpis, digital, pmqa }` (the draft's shape; `importJson` reads it back). */
  exportJson(): string {
    return JSON.stringify(
      { mode: this._mode, kpis: this.kpis, digital: this._digital, pmqa: this._pmqa },
      null,
      2,
    );
  }

  /**
   * Validates CSV text in one pass: every row is scored once, alone and as a set, and the same results give
   * the problems (row, columns, code, message) and, when there are none, the rows to load.
   */
  validateCsv(text: string): {
    readonly parsed: ParsedCsv;
    readonly problems: readonly ImportProblem[];
    readonly notes: readonly Bilingual[];
  } {
    const parsed = parseScorecardCsv(this._mode, text, this.category7Constants);
    if (!parsed.ok) return { parsed, problems: parsed.problems, notes: [] };
    const { rows, lines } = parsed;
    const results = rows.map((r) => this.rowResult(r));
    const set = rows.length ? this.scoreSet(this._mode, rows) : null;
    const found = importProblems({
      mode: this._mode,
      rows,
      lines,
      rowErrors: results.map((r) => (r.ok ? [] : r.errors)),
      setErrors: set && !set.ok ? set.errors : [],
      constants: this.category7Constants,
    });
    // Rows with a wrong column count were left out of `rows`: merging by CSV row keeps each list's order.
    const problems = [...parsed.problems, ...found.problems].sort((x, y) => x.row - y.row);
    return { parsed, problems, notes: found.notes };
  }

  /**
   * Imports CSV text: on any problem nothing changes and every problem is returned; otherwise the rows are
   * replaced (the rows scored while validating are the ones loaded) and `undoImport()` brings the old back.
   */
  importCsv(text: string): ImportOutcome {
    const v = this.validateCsv(text);
    if (!v.parsed.ok || v.problems.length) return { ok: false, problems: v.problems };
    this.load(v.parsed.rows);
    return { ok: true, count: v.parsed.rows.length, notes: v.notes };
  }

  /** Imports `exportJson()` text (or a plain list of KPIs for the current mode). */
  importJson(text: string): ImportOutcome {
    const fail = (th: string, en: string): ImportOutcome => ({
      ok: false,
      problems: [{ row: 0, columns: [], code: 'INVALID_JSON', message: { th, en } }],
    });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('อ่าน JSON ไม่ได้', 'The JSON could not be read.');
    }
    const shaped = validateDraft(
      Array.isArray(data) ? { mode: this._mode, kpis: data, digital: '', pmqa: '' } : data,
    );
    if (!shaped) return fail('ข้อมูล JSON ไม่ใช่ตัวชี้วัด', 'The JSON is not a list of KPIs.');
    const before = this.snapshot();
    this._mode = shaped.mode;
    if (!Array.isArray(data) && isRecord(data)) {
      this._digital = shaped.digital;
      this._pmqa = shaped.pmqa;
    }
    const rows = this.fromList(shaped.kpis);
    this.load(rows, before);
    return { ok: true, count: rows.length, notes: [] };
  }

  private load(rows: readonly AnyRow[], before: Snapshot = this.snapshot()): void {
    this.undoStack.push({ snapshot: before, edit: null });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.importSnapshot = before;
    this.replaceRows(rows);
    this._pristine = new Set();
    this.changed();
  }

  /** Whether the last import can be undone. */
  get canUndoImport(): boolean {
    return this.importSnapshot !== null;
  }

  /** Brings back the rows from before the last import. */
  undoImport(): boolean {
    const s = this.importSnapshot;
    if (!s) return false;
    this.importSnapshot = null;
    this.remember();
    this.apply(s);
    this._pristine = new Set();
    this.changed();
    return true;
  }

  // ------------------------------------------------------------------ drafts

  /** Storage failed or is unavailable: work is kept in memory only. */
  get storageUnavailable(): boolean {
    return this._storageUnavailable;
  }

  /**
   * Keeps drafts in `store` and reads the one there: a valid draft replaces the page's rows (until
   * `discardDraft()`); one that cannot be used is set aside by the store and reported.
   */
  attachStore(store: ScorecardDraftStore | null): RestoreOutcome {
    this.store = store;
    this.writable = false;
    this._storageUnavailable = false;
    if (!store) return { status: 'unavailable' };
    const r = store.load();
    let out: RestoreOutcome;
    switch (r.status) {
      case 'unavailable':
        this._storageUnavailable = true;
        out = { status: 'unavailable' };
        break;
      case 'empty':
        this.writable = true;
        if (this.dirty) this.saveNow();
        out = { status: 'empty' };
        break;
      case 'set-aside':
        // When it could not be copied, it stays under the key: do not write over it (the store refuses too).
        if (r.asideKey === null) this._storageUnavailable = true;
        else this.writable = true;
        out = { status: 'set-aside', asideKey: r.asideKey, raw: r.raw, newer: r.newer, problems: r.problems };
        break;
      case 'loaded': {
        this.writable = true;
        const d = r.data;
        this.pageMode = this.pageMode ?? this._mode;
        this.pageComponents = this.pageComponents ?? { digital: this._digital, pmqa: this._pmqa };
        this.deferPage = true;
        this.pending = null;
        this._mode = d.mode;
        this.replaceRows(this.fromList(d.kpis));
        this._digital = d.digital;
        this._pmqa = d.pmqa;
        this._pristine = new Set();
        out = { status: 'loaded', savedAt: r.savedAt };
      }
    }
    this.notify();
    return out;
  }

  /** Deletes the saved draft and goes back to the KPIs given by the page. */
  discardDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirty = false;
    this.store?.clear();
    this.deferPage = false;
    if (this.pageMode) this._mode = this.pageMode;
    this._digital = this.pageComponents?.digital ?? '';
    this._pmqa = this.pageComponents?.pmqa ?? '';
    this.agencyRows = [];
    this.category7Rows = [];
    this.pending = this.pageKpis ?? [];
    this._pristine = new Set();
    this.notify();
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.store) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow();
    }, this.saveDelay);
  }

  /** Writes a pending draft now (the element does on `pagehide` and when it is removed). */
  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.dirty) this.saveNow();
  }

  private saveNow(): void {
    if (!this.store) return;
    const before = this._storageUnavailable;
    if (!this.writable) this._storageUnavailable = true;
    else {
      const ok = this.store.save({
        mode: this._mode,
        kpis: this.kpis as unknown as Record<string, unknown>[],
        digital: this._digital,
        pmqa: this._pmqa,
      });
      // Saved again (e.g. space was freed): the "cannot be saved" notice no longer holds.
      if (ok) this.dirty = false;
      this._storageUnavailable = !ok;
    }
    if (before !== this._storageUnavailable) this.notify();
  }

  /** Stops the save timer (the element calls it when removed, after `flush()`). */
  dispose(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }
}
