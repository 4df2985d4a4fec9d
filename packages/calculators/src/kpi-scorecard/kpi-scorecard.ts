import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DIMENSIONS,
  agencyComposite,
  agencyEval2567,
  error,
  formatDate,
  pmqa40Cat7,
  agencyWeightTotal,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  type AgencyCompositeResult,
  type AgencyLevel,
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
import {
  KnElement,
  dismissButton,
  downloadText,
  importProblemsNotice,
  noticeStyles,
  readFileText,
  setAsideNotice,
  storageUnavailableNotice,
  type DraftStore,
} from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-score-badge.js';
import '@khanaen/widgets/kn-explanation.js';
import '@khanaen/widgets/kn-band-meter.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text } from '../shared/props.js';
import { decimalAttribute as decimal } from '@khanaen/widgets';
import { importCsv as parseScorecardCsv, rowsToCsv } from './csv.js';
import { createDraftStore, type ScorecardDraft } from './draft.js';
import {
  AGENCY_PATH_FIELDS,
  CAT7_PATH_FIELDS,
  FIELD_NAMES,
  agencyInput,
  blankAgencyRow,
  blankCat7Row,
  cat7Input,
  isDimension,
  splitPath,
  toAgencyRow,
  toCat7Row,
  type AgencyField,
  type AgencyRow,
  type AnyRow,
  type Cat7Field,
  type Cat7Row,
  type ScorecardMode,
} from './rows.js';
import { styles } from './kpi-scorecard.styles.js';

export type { ScorecardMode, AgencyRow, Cat7Row } from './rows.js';
export type ScorecardResult = Result<AgencyResult> | Result<Category7SetResult>;
export type ScorecardKpi = AgencyKpiRow | Category7SetKpiInput;
export type CompositeResult = Result<AgencyCompositeResult>;

/** What `kn-change` carries. */
export interface ScorecardChange {
  readonly mode: ScorecardMode;
  readonly kpis: readonly ScorecardKpi[];
  readonly result: ScorecardResult;
  readonly composite: CompositeResult | null;
}

/** Rows per page in agency mode (the FY2567 department count is 605). */
const PAGE_SIZE = 50;
/** From this many rows, recomputing after a keystroke waits for a pause in typing. */
const DEBOUNCE_FROM = 100;
const DEBOUNCE_MS = 100;
/** Typing recomputes at once while the last recomputation fitted in one frame (60 Hz). */
const FAST_RECOMPUTE_MS = 16;
const SAVE_DELAY_MS = 300;
const MAX_LISTED = 12;

/** Harmless inputs used to ask core for the weight total alone while some rows are still incomplete. */

const NUMERIC = new Set<string>(['weight', 'initial', 'standard', 'high', 'actual', 'target', 'y2', 'y1']);

type WeightStatus =
  | { readonly ok: true; readonly missing: number }
  | { readonly ok: false; readonly error: KnError; readonly missing: number }
  | null;

interface RowProblems {
  /** Fields with an error (`aria-invalid`). */
  readonly fields: ReadonlySet<string>;
  /** Fields a warning points to (e.g. a duplicate name): flagged, not invalid. */
  readonly warned: ReadonlySet<string>;
  readonly messages: readonly Bilingual[];
  readonly warnings: readonly Bilingual[];
}
const NO_PROBLEMS: RowProblems = { fields: new Set(), warned: new Set(), messages: [], warnings: [] };

interface Snapshot {
  readonly mode: ScorecardMode;
  readonly rows: readonly AnyRow[];
}

type FocusTarget =
  | { readonly key: number; readonly field?: string; readonly action?: 'up' | 'down' | 'remove' }
  | { readonly add: string }
  | null;

let uid = 0;

/**
 * @tag kn-kpi-scorecard
 * @summary A whole set of KPIs, scored by `@khanaen/core`: the agency evaluation of FY2567 (`mode="agency"`,
 * rules AE.2–AE.4 — weighted total, level, optional 70/30 composite) or a PMQA 4.0 Category 7 set
 * (`mode="cat7"`, rules C7 and C7S — six dimensions × five slots, duplicates, group warnings, Category 7
 * score and the stage-1 gate). Rows can be added, edited, removed and reordered from the keyboard, imported
 * from and exported to CSV, and kept as a draft in `localStorage`. Large sets (hundreds of KPIs) are paginated.
 *
 * @attr {'agency'|'cat7'} mode - Which rules (default `agency`).
 * @attr {string} storage-key - `localStorage` key for the draft (schema `khanaen.scorecard`, version 1); no
 *   draft when absent.
 * @attr {string} digital - Agency mode: digital-organisation score (0–100) for the composite.
 * @attr {string} pmqa - Agency mode: PMQA 4.0 status score (0–100) for the composite.
 * @attr {number} page-size - Agency mode: rows per page (default 50; Thai digits are read).
 * @attr {'latin'|'thai'} numerals - Digits.
 * @attr {string} lang - `th` or `en` (else from an ancestor or `<html lang>`).
 *
 * @prop {ScorecardKpi[]} kpis - The KPIs. Agency: `{ id, name?, weight, actual, targets: { initial, standard,
 *   high }, direction? }`; cat7: `{ dimension, group?, name, unit?, target, actual, history: [y2, y1],
 *   direction? }` (numbers or numeric strings). Also read from a child `<script type="application/json">`.
 *   A restored draft wins over the page's KPIs; "discard draft" brings them back.
 * @prop {ScorecardResult} result - Read-only: `scoreAgency(…)` or `scoreCategory7Set(…)` for the current rows;
 *   `{ ok: false, errors }` when they are invalid or incomplete.
 * @prop {CompositeResult | null} composite - Read-only: `agencyComposite(…)` when the agency result is valid
 *   and both `digital` and `pmqa` are given, else `null`.
 *
 * @fires kn-change - Whenever the result changes; `detail: { mode, kpis, result, composite }`.
 *
 * @csspart summary - The totals (weight total, score, level, band meter, composite).
 * @csspart toolbar - Add, export and import buttons.
 * @csspart table - The KPI table (each dimension's table in cat7 mode).
 * @csspart pager - Page buttons and "show all".
 * @csspart notice - A notice (draft restored or set aside, storage unavailable, import result).
 * @csspart explanation - The explanation of the total.
 *
 * @cssprop --kn-color-primary - Accent colour (buttons, score bars).
 * @cssprop --kn-color-danger - Errors.
 * @cssprop --kn-color-warning - Warnings and duplicates.
 * @cssprop --kn-font-size - Base size.
 */
export class KnKpiScorecard extends KnElement {
  static override styles = [...KnElement.styles, calculatorStyles, noticeStyles, styles];

  @property({ reflect: true }) mode: ScorecardMode = 'agency';
  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;
  @property({ reflect: true, converter: text }) digital = '';
  @property({ reflect: true, converter: text }) pmqa = '';
  @property({ attribute: 'page-size', converter: decimal }) pageSize: number | null = PAGE_SIZE;

  @state() private agencyRows: readonly AgencyRow[] = [];
  @state() private cat7Rows: readonly Cat7Row[] = [];
  @state() private page = 0;
  @state() private showAll = false;
  @state() private printing = false;
  /** New rows the user has not finished with yet: their errors are not shown. */
  @state() private pristine: ReadonlySet<number> = new Set();
  @state() private restoredDraft: { readonly savedAt: string | null } | null = null;
  /**
   * A draft set aside: where it was copied to (`null` when it could not be), its text (for download), and why
   * (a newer version, or its problems), as the notice tells.
   */
  @state() private aside: {
    readonly key: string | null;
    readonly raw: string;
    readonly newer: boolean;
    readonly problems: readonly Bilingual[];
  } | null = null;
  @state() private storageUnavailable = false;
  @state() private pageJsonProblem = false;
  @state() private importProblems: readonly Bilingual[] = [];
  @state() private importDone: {
    readonly message: Bilingual;
    readonly notes: readonly Bilingual[];
    readonly undo: Snapshot | null;
  } | null = null;
  @state() private actionMessage = '';
  @state() private dragging = false;

  private readonly uid = `kn-ksc-${uid++}`;

  // Result state (recomputed from the rows by core).
  private _result: ScorecardResult | undefined;
  private _resultMode: ScorecardMode | undefined;
  private _composite: CompositeResult | null = null;
  /** The core inputs the current result was computed from. */
  private resultKpis: ScorecardKpi[] = [];
  private stale = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSignature = '';
  /** How long the last recomputation took (ms): large sets that score slowly are debounced while typing. */
  private lastRecomputeMs = 0;
  private pendingEvent = false;
  private weightStatus: WeightStatus = null;
  private errorsByKey = new Map<number, KnError[]>();
  private warningsByKey = new Map<number, Warning[]>();
  private generalErrors: KnError[] = [];
  private scoredByKey = new Map<number, AgencyKpiScore>();
  private slotsByKey = new Map<number, Category7SlotResult>();
  private rowResults = new WeakMap<AnyRow, Result<AgencyKpiResult> | Result<Category7KpiResult>>();

  // Page data and drafts.
  private pageKpis: readonly unknown[] | null = null;
  private pageMode: ScorecardMode | null = null;
  private pageComponents: { readonly digital: string; readonly pmqa: string } | null = null;
  private pending: readonly unknown[] | null = null;
  /** A draft was restored: the page's KPIs wait until the draft is discarded. */
  private deferPage = false;
  private store: DraftStore<ScorecardDraft> | null = null;
  private writable = false;
  private triedKey: string | null = null;
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private childObserver: MutationObserver | undefined;
  private focusTarget: FocusTarget = null;

  constructor() {
    super();
    // `kpis` set by a page before the element was defined must not stay hidden behind the accessor.
    this.upgradeProperty('kpis');
  }

  // ------------------------------------------------------------------ public API

  /** The KPIs of the current mode, as passed to core (values as typed). */
  get kpis(): ScorecardKpi[] {
    this.flushPending();
    return this.mode === 'cat7' ? this.cat7Rows.map(cat7Input) : this.agencyRows.map(agencyInput);
  }
  set kpis(value: readonly unknown[] | null | undefined) {
    const list = Array.isArray(value) ? value : [];
    this.pageKpis = list;
    if (this.deferPage) return;
    this.pending = list;
    this.stale = true;
    this.requestUpdate();
  }

  /** The core result for the current rows. */
  get result(): ScorecardResult {
    this.flushPending();
    if (this.stale || !this._result || this._resultMode !== this.mode) this.recompute();
    return this._result as ScorecardResult;
  }

  /** `agencyComposite` for the current total and components, or `null`. */
  get composite(): CompositeResult | null {
    void this.result;
    return this._composite;
  }

  /** Adds a blank KPI (in cat7 mode to `dimension`, default the first dimension with a free slot). */
  addKpi(dimension?: string): void {
    this.flushPending();
    let row: AnyRow;
    if (this.mode === 'cat7') {
      const slots = pmqa40Cat7.constants.slotsPerDimension;
      const dim =
        dimension ??
        DIMENSIONS.find((d) => this.cat7Rows.filter((r) => r.dimension === d).length < slots) ??
        DIMENSIONS[0] ??
        '7.1';
      const r = blankCat7Row(dim);
      this.cat7Rows = [...this.cat7Rows, r];
      row = r;
      this.focusTarget = { key: r.key, field: 'group' };
    } else {
      const r = blankAgencyRow();
      this.agencyRows = [...this.agencyRows, r];
      row = r;
      this.page = this.pageOf(this.agencyRows.length - 1);
      this.focusTarget = { key: r.key, field: 'id' };
    }
    this.pristine = new Set([...this.pristine, row.key]);
    this.say({
      th: `เพิ่มตัวชี้วัดแถวที่ ${this.currentRows().length} แล้ว`,
      en: `Added KPI row ${this.currentRows().length}.`,
    });
    this.userChanged(true);
  }

  /** Removes the KPI at `index` (0-based, in the order of `kpis`). */
  removeKpi(index: number): void {
    const row = this.currentRows()[index];
    if (row) this.removeByKey(row.key);
  }

  /** Moves the KPI at `index` up (`-1`) or down (`+1`); in cat7 mode within its dimension. */
  moveKpi(index: number, delta: -1 | 1): void {
    const row = this.currentRows()[index];
    if (row) this.moveByKey(row.key, delta);
  }

  /** The rows as CSV (UTF-8 with BOM; columns per mode, see README). */
  exportCsv(): string {
    this.flushPending();
    return rowsToCsv(this.mode, this.currentRows());
  }

  /**
   * Imports CSV text: validates every row and column first (with core); on any problem nothing changes and
   * every problem is listed. On success the rows are replaced and `undoImport()` brings the old ones back.
   */
  importCsv(csv: string): boolean {
    this.flushPending();
    const r = parseScorecardCsv(this.mode, csv);
    if (!r.ok) {
      this.importProblems = r.problems;
      this.importDone = null;
      return false;
    }
    const undo: Snapshot = { mode: this.mode, rows: this.currentRows() };
    this.setRows(r.rows);
    this.pristine = new Set();
    this.page = 0;
    this.importProblems = [];
    const n = r.rows.length;
    this.importDone = {
      message: {
        th: `นำเข้าแล้ว ${n} ตัวชี้วัด (แทนที่ข้อมูลเดิม)`,
        en: `Imported ${n} KPI${n === 1 ? '' : 's'} (replacing the previous rows).`,
      },
      notes: r.notes,
      undo,
    };
    this.userChanged(true);
    return true;
  }

  /** Brings back the rows from before the last import. */
  undoImport(): void {
    const undo = this.importDone?.undo;
    if (!undo) return;
    this.mode = undo.mode;
    this.setRows(undo.rows);
    this.importDone = {
      message: { th: 'ยกเลิกการนำเข้าแล้ว กลับไปใช้ข้อมูลเดิม', en: 'Import undone; the previous rows are back.' },
      notes: [],
      undo: null,
    };
    this.userChanged(true);
  }

  /** Deletes the saved draft and goes back to the KPIs given by the page. */
  discardDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirty = false;
    this.store?.clear();
    this.restoredDraft = null;
    this.deferPage = false;
    if (this.pageMode) this.mode = this.pageMode;
    this.digital = this.pageComponents?.digital ?? '';
    this.pmqa = this.pageComponents?.pmqa ?? '';
    this.agencyRows = [];
    this.cat7Rows = [];
    this.pending = this.pageKpis ?? [];
    this.pristine = new Set();
    this.page = 0;
    this.stale = true;
    this.say({ th: 'ทิ้งร่างแล้ว', en: 'Draft discarded.' });
    this.requestUpdate();
  }

  /** Writes a pending draft now (also done on `pagehide` and when the element is removed). */
  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.dirty) this.saveNow();
  }

  // ------------------------------------------------------------------ lifecycle

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The inner widgets' own kn-change events stay inside: the page hears only the scorecard's.
    root.addEventListener('kn-change', (e) => e.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.pageKpis === null) this.readChildJson();
    if (this.storageKey && this.triedKey !== this.storageKey) this.restore();
  }

  override disconnectedCallback(): void {
    this.flush();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('storageKey') &&
      this.isConnected &&
      this.storageKey &&
      this.storageKey !== this.triedKey
    ) {
      this.flush();
      this.restore();
    }
    if (changed.has('mode') || changed.has('digital') || changed.has('pmqa')) this.stale = true;
    if (changed.has('mode') && changed.get('mode') !== undefined) this.page = 0;
    this.flushPending();
    if ((this.stale && this.timer === undefined) || !this._result || this._resultMode !== this.mode)
      this.recompute();
  }

  protected override updated(): void {
    if (this.pendingEvent) {
      this.pendingEvent = false;
      this.emitChange<'kn-kpi-scorecard'>({
        mode: this._resultMode ?? this.mode,
        kpis: this.resultKpis,
        result: this._result as ScorecardResult,
        composite: this._composite,
      });
    }
    if (this.focusTarget) {
      const target = this.focusTarget;
      this.focusTarget = null;
      this.focusOn(target);
    }
  }

  private readonly onPageHide = (): void => this.flush();
  private readonly onBeforePrint = (): void => {
    this.printing = true;
    if (this.isUpdatePending) this.performUpdate();
  };
  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  // ------------------------------------------------------------------ page data

  /** Reads the KPIs from a child `<script type="application/json">` (an array, or `{ kpis: [...] }`). */
  private readChildJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // The parser may not have reached the children yet: look again when they arrive.
      if (!this.childObserver && typeof MutationObserver !== 'undefined') {
        this.childObserver = new MutationObserver(() => {
          if (this.pageKpis !== null) {
            this.childObserver?.disconnect();
            this.childObserver = undefined;
            return;
          }
          if (this.querySelector(':scope > script[type="application/json"]')) {
            this.childObserver?.disconnect();
            this.childObserver = undefined;
            this.readChildJson();
          }
        });
        this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
      }
      return;
    }
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const list = Array.isArray(data)
        ? data
        : data && typeof data === 'object' && Array.isArray((data as { kpis?: unknown }).kpis)
          ? (data as { kpis: unknown[] }).kpis
          : null;
      if (!list) throw new Error('not a list');
      this.pageJsonProblem = false;
      this.kpis = list;
    } catch (e) {
      console.warn('[khanaen] kn-kpi-scorecard: the JSON in the child <script> could not be read', e);
      this.pageJsonProblem = true;
    }
  }

  private flushPending(): void {
    const list = this.pending;
    if (!list) return;
    this.pending = null;
    this.setRows(this.mode === 'cat7' ? list.map((k) => toCat7Row(k)) : list.map((k) => toAgencyRow(k)));
    this.pristine = new Set();
    this.page = 0;
  }

  private currentRows(): readonly AnyRow[] {
    return this.mode === 'cat7' ? this.cat7Rows : this.agencyRows;
  }

  private setRows(rows: readonly AnyRow[]): void {
    if (this.mode === 'cat7') this.cat7Rows = rows as readonly Cat7Row[];
    else this.agencyRows = rows as readonly AgencyRow[];
    this.stale = true;
  }

  // ------------------------------------------------------------------ computing (core only)

  private recompute(): void {
    const started = performance.now();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stale = false;
    this.errorsByKey = new Map();
    this.warningsByKey = new Map();
    this.generalErrors = [];
    this.scoredByKey = new Map();
    this.slotsByKey = new Map();
    this.weightStatus = null;
    this._composite = null;
    this._resultMode = this.mode;
    const rows = this.currentRows();
    const keyAt = (i: number) => rows[i]?.key;
    const addError = (e: KnError) => {
      const p = splitPath(e.path);
      const key = p ? keyAt(p.index) : undefined;
      if (p && key !== undefined) {
        const list = this.errorsByKey.get(key) ?? [];
        list.push({ ...e, path: p.sub });
        this.errorsByKey.set(key, list);
      } else if (e.code !== 'WEIGHTS_NOT_100') this.generalErrors.push(e);
    };
    if (this.mode === 'cat7') {
      const kpis = (rows as readonly Cat7Row[]).map(cat7Input);
      this.resultKpis = kpis;
      const r = scoreCategory7Set({ kpis });
      this._result = r;
      if (r.ok) {
        for (const dim of DIMENSIONS)
          for (const s of r.dimensions[dim].kpis) {
            const key = keyAt(s.index);
            if (key !== undefined) this.slotsByKey.set(key, s);
          }
        for (const w of r.warnings) {
          const p = w.path ? splitPath(w.path) : null;
          const key = p ? keyAt(p.index) : undefined;
          if (key !== undefined) this.warningsByKey.set(key, [...(this.warningsByKey.get(key) ?? []), w]);
        }
      } else r.errors.forEach(addError);
    } else {
      const list = rows as readonly AgencyRow[];
      const kpis = list.map(agencyInput);
      this.resultKpis = kpis;
      const r = scoreAgency({ kpis });
      this._result = r;
      if (r.ok) {
        r.kpis.forEach((k, i) => {
          const key = keyAt(i);
          if (key !== undefined) this.scoredByKey.set(key, k);
        });
        this.weightStatus = { ok: true, missing: 0 };
        if (this.digital.trim() !== '' && this.pmqa.trim() !== '') {
          this._composite = agencyComposite({ performance: r.total, digital: this.digital, pmqa: this.pmqa });
        }
      } else {
        r.errors.forEach(addError);
        this.weightStatus = this.weightsOf(list);
      }
    }
    // The result is a function of these inputs, so comparing them is enough (and does not make core build
    // every row's explanation text, which stringifying the result would).
    const signature = JSON.stringify([this.mode, this.resultKpis, this.digital, this.pmqa]);
    if (signature !== this.lastSignature) {
      this.lastSignature = signature;
      this.pendingEvent = true;
    }
    this.lastRecomputeMs = performance.now() - started;
    this.requestUpdate();
  }

  /** The weight total while the result is not valid (core's `agencyWeightTotal`, rows with a bad weight left out). */
  private weightsOf(rows: readonly AgencyRow[]): WeightStatus {
    if (rows.length === 0) return null;
    const w = agencyWeightTotal(rows);
    if (w.error) return { ok: false, error: w.error, missing: w.invalid.length };
    return { ok: true, missing: w.invalid.length };
  }

  /** A row scored on its own (rule AE.1 or C7), for the rows shown while the whole set is not valid. */
  private rowResult(row: AnyRow): Result<AgencyKpiResult> | Result<Category7KpiResult> {
    let r = this.rowResults.get(row);
    if (!r) {
      if ('weight' in row) {
        const { actual, targets, direction } = agencyInput(row);
        r = scoreAgencyKpi({ actual, targets, ...(direction ? { direction } : {}) });
      } else {
        const { target, actual, history, direction } = cat7Input(row);
        r = scoreCategory7Kpi({ target, actual, history, ...(direction ? { direction } : {}) });
      }
      this.rowResults.set(row, r);
    }
    return r;
  }

  /** Errors and warnings of one row, by field (none for a new row the user has not finished). */
  private problemsOf(row: AnyRow): RowProblems {
    if (this.pristine.has(row.key)) return NO_PROBLEMS;
    const map = 'weight' in row ? AGENCY_PATH_FIELDS : CAT7_PATH_FIELDS;
    // While the whole set is valid no row has errors; otherwise also score the row alone, so that problems
    // the set's validation stops before (e.g. unordered targets next to another row's blank cell) show too.
    const own = this._result?.ok ? null : this.rowResult(row);
    const errors = [...(this.errorsByKey.get(row.key) ?? []), ...(own && !own.ok ? own.errors : [])];
    const warnings = this.warningsByKey.get(row.key) ?? [];
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

  // ------------------------------------------------------------------ editing

  private userChanged(immediate: boolean): void {
    this.stale = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (
      !immediate &&
      this.currentRows().length >= DEBOUNCE_FROM &&
      this.lastRecomputeMs > FAST_RECOMPUTE_MS
    ) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.recompute();
      }, DEBOUNCE_MS);
    }
    this.requestUpdate();
    this.scheduleSave();
  }

  private readonly onCellInput = (e: Event): void => {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    const key = Number(t.dataset.key);
    const field = t.dataset.field;
    if (!field || !Number.isFinite(key) || t.dataset.key === undefined) return;
    this.editRow(key, field, t.value, t instanceof HTMLSelectElement);
  };

  private readonly onCellChange = (e: Event): void => {
    const t = e.target as HTMLElement;
    const key = Number(t.dataset.key);
    if (t.dataset.key === undefined || !this.pristine.has(key)) return;
    const next = new Set(this.pristine);
    next.delete(key);
    this.pristine = next;
  };

  private editRow(key: number, field: string, value: string, immediate: boolean): void {
    this.flushPending();
    if (this.mode === 'cat7') {
      const i = this.cat7Rows.findIndex((r) => r.key === key);
      const row = this.cat7Rows[i];
      if (!row) return;
      const rows = this.cat7Rows.slice();
      rows[i] = { ...row, [field]: value };
      this.cat7Rows = rows;
    } else {
      const i = this.agencyRows.findIndex((r) => r.key === key);
      const row = this.agencyRows[i];
      if (!row) return;
      const rows = this.agencyRows.slice();
      rows[i] = { ...row, [field]: value };
      this.agencyRows = rows;
    }
    this.userChanged(immediate);
  }

  private removeByKey(key: number): void {
    this.flushPending();
    const rows = this.currentRows();
    const i = rows.findIndex((r) => r.key === key);
    const row = rows[i];
    if (!row) return;
    const next = rows.filter((r) => r.key !== key);
    this.setRows(next);
    // Focus the row that took its place (same dimension in cat7 mode), else the add button.
    const dim = 'dimension' in row ? row.dimension : null;
    const after =
      next.slice(i).find((r) => dim === null || (r as Cat7Row).dimension === dim) ??
      next
        .slice(0, i)
        .reverse()
        .find((r) => dim === null || (r as Cat7Row).dimension === dim);
    this.focusTarget = after ? { key: after.key, action: 'remove' } : { add: dim ?? '' };
    if (this.mode === 'agency' && after) this.page = this.pageOf(next.indexOf(after));
    this.say({ th: `ลบตัวชี้วัด${this.rowName(row, i)}แล้ว`, en: `Removed KPI ${this.rowNameEn(row, i)}.` });
    this.userChanged(true);
  }

  private moveByKey(key: number, delta: -1 | 1): void {
    this.flushPending();
    const rows = this.currentRows();
    const i = rows.findIndex((r) => r.key === key);
    const row = rows[i];
    if (!row) return;
    let j = -1;
    if ('dimension' in row) {
      for (let k = i + delta; k >= 0 && k < rows.length; k += delta) {
        if ((rows[k] as Cat7Row).dimension === row.dimension) {
          j = k;
          break;
        }
      }
    } else j = i + delta;
    if (j < 0 || j >= rows.length) return;
    // Swap with the neighbour (in cat7 mode the previous/next row of the same dimension).
    const swapped = rows.slice();
    swapped[i] = rows[j] as AnyRow;
    swapped[j] = row;
    this.setRows(swapped);
    const position =
      'dimension' in row ? swapped.filter((r) => (r as Cat7Row).dimension === row.dimension).indexOf(row) : j;
    if (this.mode === 'agency') this.page = this.pageOf(j);
    this.focusTarget = { key, action: delta < 0 ? 'up' : 'down' };
    this.say({
      th: `ย้ายตัวชี้วัด${this.rowName(row, i)}ไปเป็นลำดับที่ ${position + 1}`,
      en: `Moved KPI ${this.rowNameEn(row, i)} to position ${position + 1}.`,
    });
    this.userChanged(true);
  }

  private rowName(row: AnyRow, i: number): string {
    const name = row.name.trim();
    return 'dimension' in row ? ` “${name || '—'}”` : ` ${i + 1}${name ? ` “${name}”` : ''}`;
  }
  private rowNameEn(row: AnyRow, i: number): string {
    const name = row.name.trim();
    return 'dimension' in row ? `“${name || '—'}”` : `${i + 1}${name ? ` “${name}”` : ''}`;
  }

  private say(message: Bilingual): void {
    this.actionMessage = this.t(message);
  }

  private pageOf(index: number): number {
    return Math.max(0, Math.floor(index / this.size));
  }

  private get size(): number {
    const n = this.pageSize;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : PAGE_SIZE;
  }

  private focusOn(target: NonNullable<FocusTarget>): void {
    const root = this.renderRoot;
    let el: HTMLElement | null = null;
    if ('add' in target) {
      el = root.querySelector<HTMLElement>(
        target.add ? `button.add[data-dimension="${target.add}"]` : 'button.add',
      );
    } else if (target.action) {
      el = root.querySelector<HTMLButtonElement>(
        `button[data-key="${target.key}"][data-action="${target.action}"]`,
      );
      if (el && (el as HTMLButtonElement).disabled) {
        const other = target.action === 'up' ? 'down' : target.action === 'down' ? 'up' : 'remove';
        el = root.querySelector<HTMLElement>(`button[data-key="${target.key}"][data-action="${other}"]`);
      }
    } else if (target.field) {
      el = root.querySelector<HTMLElement>(`[data-key="${target.key}"][data-field="${target.field}"]`);
    }
    el?.focus();
  }

  private goTo(key: number, field: string | undefined): void {
    const i = this.currentRows().findIndex((r) => r.key === key);
    if (i < 0) return;
    if (this.mode === 'agency' && !this.showAll) this.page = this.pageOf(i);
    this.focusTarget = { key, field: field ?? (this.mode === 'cat7' ? 'name' : 'id') };
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ drafts

  private restore(): void {
    const key = this.storageKey;
    if (!key) return;
    this.triedKey = key;
    this.writable = false;
    this.storageUnavailable = false;
    this.restoredDraft = null;
    this.store = createDraftStore(key);
    const r = this.store.load();
    switch (r.status) {
      case 'unavailable':
        this.storageUnavailable = true;
        return;
      case 'empty':
        this.writable = true;
        if (this.dirty) this.saveNow();
        return;
      case 'set-aside':
        this.aside = { key: r.asideKey, raw: r.raw, newer: r.newer, problems: r.problems };
        // When it could not be copied, it stays under the key: do not write over it (the store refuses too).
        if (r.asideKey === null) this.storageUnavailable = true;
        else this.writable = true;
        return;
      case 'loaded': {
        this.writable = true;
        const d = r.data;
        this.pageMode = this.pageMode ?? this.mode;
        this.pageComponents = this.pageComponents ?? { digital: this.digital, pmqa: this.pmqa };
        this.deferPage = true;
        this.pending = null;
        this.mode = d.mode;
        this.setRows(d.mode === 'cat7' ? d.kpis.map((k) => toCat7Row(k)) : d.kpis.map((k) => toAgencyRow(k)));
        this.digital = d.digital;
        this.pmqa = d.pmqa;
        this.pristine = new Set();
        this.page = 0;
        this.restoredDraft = { savedAt: r.savedAt };
        this.requestUpdate();
      }
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.storageKey) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow();
    }, SAVE_DELAY_MS);
  }

  private saveNow(): void {
    if (!this.storageKey) return;
    if (!this.store || !this.writable) {
      this.storageUnavailable = true;
      return;
    }
    const ok = this.store.save({
      mode: this.mode,
      kpis: this.kpis as unknown as Record<string, unknown>[],
      digital: this.digital,
      pmqa: this.pmqa,
    });
    // Saved again (e.g. space was freed): the "cannot be saved" notice no longer holds.
    if (ok) this.dirty = false;
    this.storageUnavailable = !ok;
  }

  // ------------------------------------------------------------------ import / export UI

  private onExport(): void {
    const stamp = new Date().toISOString().slice(0, 10);
    downloadText(`khanaen-scorecard-${this.mode}-${stamp}.csv`, this.exportCsv(), 'text/csv;charset=utf-8');
  }

  private async importFile(file: File | null | undefined): Promise<void> {
    if (!file) return;
    let csv: string;
    try {
      csv = await readFileText(file);
    } catch {
      this.importDone = null;
      this.importProblems = [{ th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read.' }];
      return;
    }
    this.importCsv(csv);
  }

  private readonly onFileChosen = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    void this.importFile(file);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.dragging = true;
  };

  private readonly onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this.dragging = false;
    void this.importFile(e.dataTransfer?.files[0]);
  };

  private async onUndoImport(): Promise<void> {
    this.undoImport();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.import')?.focus();
  }

  private downloadAside(): void {
    if (this.aside)
      downloadText(
        `khanaen-scorecard-draft-${new Date().toISOString().slice(0, 10)}.json`,
        this.aside.raw,
        'application/json',
      );
  }

  // ------------------------------------------------------------------ rendering helpers

  private renderNotices(): TemplateResult {
    const d = this.restoredDraft;
    let when = '';
    if (d?.savedAt) {
      const date = new Date(d.savedAt);
      const time = Number.isNaN(date.getTime())
        ? ''
        : date.toLocaleTimeString(this.locale === 'th' ? 'th-TH' : 'en-GB', {
            hour: '2-digit',
            minute: '2-digit',
          });
      when =
        `${formatDate(date, { lang: this.locale, digits: this.numerals === 'thai' ? 'thai' : 'latin' })} ${this.digits(time)}`.trim();
    }
    return html`
      ${
        d
          ? html`<div part="notice" class="notice info restored" role="status">
              <p>
                ${
                  when
                    ? this.t({ th: `กู้คืนร่างที่บันทึกไว้เมื่อ ${when}`, en: `Restored the draft saved on ${when}.` })
                    : this.t({
                        th: 'กู้คืนร่างที่บันทึกไว้ในเครื่องแล้ว',
                        en: 'Restored the draft saved on this device.',
                      })
                }
              </p>
              <div class="actions">
                <button type="button" class="discard-draft" @click=${() => this.discardDraft()}>
                  ${this.t({ th: 'ทิ้งร่างนี้', en: 'Discard draft' })}
                </button>
                ${dismissButton(this.t.bind(this), () => (this.restoredDraft = null))}
              </div>
            </div>`
          : nothing
      }
      ${
        this.aside
          ? setAsideNotice(this.t.bind(this), this.aside, {
              restarted: { th: 'แล้วเริ่มใหม่', en: 'and a new scorecard was started.' },
              onDownload: () => this.downloadAside(),
              onDismiss: () => (this.aside = null),
            })
          : nothing
      }
      ${
        this.storageKey && this.storageUnavailable
          ? storageUnavailableNotice(this.t.bind(this), {
              th: 'ส่งออกเป็น CSV เป็นระยะเพื่อเก็บงานไว้',
              en: 'Export to CSV from time to time to keep your work.',
            })
          : nothing
      }
      ${
        this.pageJsonProblem
          ? html`<div part="notice" class="notice error page-json" role="alert">
              <p>
                ${this.t({ th: 'อ่านข้อมูลตัวชี้วัด (JSON) ที่หน้าเว็บให้มาไม่ได้', en: 'The KPI data (JSON) given by the page could not be read.' })}
              </p>
            </div>`
          : nothing
      }
    `;
  }

  private renderImportReport(): TemplateResult | typeof nothing {
    if (this.importProblems.length) {
      return importProblemsNotice(this.t.bind(this), this.importProblems, {
        max: 50,
        onDismiss: () => (this.importProblems = []),
      });
    }
    const done = this.importDone;
    if (!done) return nothing;
    return html`<div part="notice" class="notice info import-done" role="status">
      <p>${this.t(done.message)}</p>
      ${
        done.notes.length
          ? html`<ul class="problems">
              ${done.notes.map((n) => html`<li>${this.t(n)}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions">
        ${done.undo ? html`<button type="button" class="undo-import" @click=${this.onUndoImport}>${this.t({ th: 'เลิกนำเข้า (กลับไปใช้ข้อมูลเดิม)', en: 'Undo import' })}</button>` : nothing}
        ${dismissButton(this.t.bind(this), () => (this.importDone = null))}
      </div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const fileId = `${this.uid}-file`;
    return html`<div
      part="toolbar"
      class="toolbar ${this.dragging ? 'dragging' : ''}"
      role="group"
      aria-label=${this.t({ th: 'จัดการตัวชี้วัด', en: 'Manage KPIs' })}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      ${
        this.mode === 'agency'
          ? html`<button type="button" class="add primary" data-dimension="" @click=${() => this.addKpi()}>
              <span aria-hidden="true">+ </span>${this.t({ th: 'เพิ่มตัวชี้วัด', en: 'Add KPI' })}
            </button>`
          : nothing
      }
      <button type="button" class="export" @click=${this.onExport}>
        ${this.t({ th: 'ส่งออก CSV', en: 'Export CSV' })}
      </button>
      <button
        type="button"
        class="import"
        @click=${() => this.renderRoot.querySelector<HTMLInputElement>(`#${fileId}`)?.click()}
      >
        ${this.t({ th: 'นำเข้า CSV', en: 'Import CSV' })}
      </button>
      <input
        id=${fileId}
        class="file"
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label=${this.t({ th: 'ไฟล์ CSV ที่จะนำเข้า', en: 'CSV file to import' })}
        @change=${this.onFileChosen}
      />
      <span class="hint">${this.t({ th: 'หรือลากไฟล์ CSV มาวางที่นี่', en: 'or drop a CSV file here' })}</span>
    </div>`;
  }

  /** A score bar (length = score / max) with the number as text, so colour is never the only signal. */
  private bar(score: number, max: number): TemplateResult {
    const w = max > 0 ? Math.max(0, Math.min(100, (score / max) * 100)) : 0;
    return html`<span class="bar-wrap"
      ><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="0" width="100" height="10"></rect>
        <rect class="fill" x="0" y="0" width=${w} height="10"></rect></svg
      ><span class="bar-num">${this.num(score)}</span></span
    >`;
  }

  private rowLabel(n: number): Bilingual {
    return { th: `ตัวชี้วัดที่ ${n}`, en: `KPI ${n}` };
  }

  private cellInput(
    row: AnyRow,
    field: AgencyField | Cat7Field,
    where: Bilingual,
    problems: RowProblems,
    errorId: string,
    size = 7,
  ): TemplateResult {
    const name = FIELD_NAMES[field];
    const value = (row as unknown as Record<string, string>)[field] ?? '';
    const invalid = problems.fields.has(field);
    const warned = problems.warned.has(field);
    return html`<td class=${NUMERIC.has(field) ? 'num' : 'text'}>
      <input
        class=${warned ? 'warned' : ''}
        type="text"
        inputmode=${NUMERIC.has(field) ? 'decimal' : 'text'}
        autocomplete="off"
        size=${size}
        data-key=${row.key}
        data-field=${field}
        aria-label=${this.locale === 'th' ? this.digits(`${name.th} ${where.th}`) : this.digits(`${name.en}, ${where.en}`)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid || warned ? errorId : nothing}
        .value=${live(value)}
      />
    </td>`;
  }

  private directionSelect(
    row: AnyRow,
    where: Bilingual,
    problems: RowProblems,
    errorId: string,
    inferred: boolean,
  ): TemplateResult {
    const d = row.direction;
    const known = d === '' || d === 'higher' || d === 'lower';
    const invalid = problems.fields.has('direction');
    return html`<td>
      <select
        data-key=${row.key}
        data-field="direction"
        aria-label=${this.locale === 'th' ? this.digits(`ทิศทาง ${where.th}`) : this.digits(`Direction, ${where.en}`)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? errorId : nothing}
      >
        <option value="" .selected=${d === ''}>
          ${inferred ? this.t({ th: 'อนุมานจากค่าเป้าหมาย', en: 'From the target order' }) : this.t({ th: 'ยิ่งมากยิ่งดี (ค่าเริ่มต้น)', en: 'Higher is better (default)' })}
        </option>
        <option value="higher" .selected=${d === 'higher'}>
          ${this.t({ th: 'ยิ่งมากยิ่งดี', en: 'Higher is better' })}
        </option>
        <option value="lower" .selected=${d === 'lower'}>
          ${this.t({ th: 'ยิ่งน้อยยิ่งดี', en: 'Lower is better' })}
        </option>
        ${known ? nothing : html`<option value=${d} .selected=${true}>${d}</option>`}
      </select>
    </td>`;
  }

  private rowButtons(row: AnyRow, where: Bilingual, first: boolean, last: boolean): TemplateResult {
    const label = (th: string, en: string) =>
      this.locale === 'th' ? this.digits(`${th} ${where.th}`) : this.digits(`${en} ${where.en}`);
    return html`<td class="actions">
      <span class="buttons">
        <button
          type="button"
          class="icon"
          data-key=${row.key}
          data-action="up"
          ?disabled=${first}
          aria-label=${label('เลื่อนขึ้น', 'Move up')}
          @click=${() => this.moveByKey(row.key, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="icon"
          data-key=${row.key}
          data-action="down"
          ?disabled=${last}
          aria-label=${label('เลื่อนลง', 'Move down')}
          @click=${() => this.moveByKey(row.key, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          class="icon danger"
          data-key=${row.key}
          data-action="remove"
          aria-label=${label('ลบ', 'Remove')}
          @click=${() => this.removeByKey(row.key)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </td>`;
  }

  private problemRow(
    problems: RowProblems,
    errorId: string,
    columns: number,
  ): TemplateResult | typeof nothing {
    if (problems.messages.length === 0 && problems.warnings.length === 0) return nothing;
    return html`<tr class="row-problems">
      <td colspan=${columns} id=${errorId}>
        <ul>
          ${problems.messages.map((m) => html`<li class="error"><span aria-hidden="true">⚠ </span>${this.t(m)}</li>`)}
          ${problems.warnings.map((m) => html`<li class="warn"><span aria-hidden="true">△ </span>${this.t(m)}</li>`)}
        </ul>
      </td>
    </tr>`;
  }

  // ------------------------------------------------------------------ agency

  private renderAgencyRow(row: AgencyRow, index: number, count: number): TemplateResult {
    const n = index + 1;
    const where = this.rowLabel(n);
    const problems = this.problemsOf(row);
    const errorId = `${this.uid}-e${row.key}`;
    const scored = this.scoredByKey.get(row.key);
    const own = scored ? null : this.rowResult(row);
    const score = scored ? scored.score : own && own.ok ? own.score : null;
    return html`<tr class=${problems.messages.length ? 'invalid' : ''}>
        <th scope="row" class="n">${this.num(n)}</th>
        ${this.cellInput(row, 'id', where, problems, errorId, 4)}
        ${this.cellInput(row, 'name', where, problems, errorId, 16)}
        ${this.cellInput(row, 'weight', where, problems, errorId, 5)}
        ${this.cellInput(row, 'initial', where, problems, errorId, 5)}
        ${this.cellInput(row, 'standard', where, problems, errorId, 5)}
        ${this.cellInput(row, 'high', where, problems, errorId, 5)}
        ${this.cellInput(row, 'actual', where, problems, errorId, 5)}
        ${this.directionSelect(row, where, problems, errorId, true)}
        <td class="score">${score === null ? html`<span class="muted">—</span>` : this.bar(score, 100)}</td>
        <td class="num weighted">
          ${scored ? this.num(scored.weighted) : html`<span class="muted">—</span>`}
        </td>
        ${this.rowButtons(row, where, index === 0, index === count - 1)}
      </tr>
      ${this.problemRow(problems, errorId, 12)}`;
  }

  private renderPager(
    count: number,
    page: number,
    pages: number,
    all: boolean,
  ): TemplateResult | typeof nothing {
    if (count <= this.size) return nothing;
    const show = new Set<number>([0, pages - 1]);
    for (let p = page - 2; p <= page + 2; p += 1) if (p >= 0 && p < pages) show.add(p);
    const list = [...show].sort((a, b) => a - b);
    const label = this.t({ th: 'เลือกหน้าของตารางตัวชี้วัด', en: 'KPI table pages' });
    return html`<nav part="pager" class="pager" aria-label=${label}>
      ${
        all
          ? nothing
          : html`<button
                type="button"
                class="prev"
                ?disabled=${page === 0}
                @click=${() => (this.page = page - 1)}
              >
                ${this.t({ th: '‹ ก่อนหน้า', en: '‹ Previous' })}
              </button>
              ${list.map(
                (p, i) =>
                  html`${i > 0 && p - (list[i - 1] as number) > 1 ? html`<span class="gap" aria-hidden="true">…</span>` : nothing}
                    <button
                      type="button"
                      class="page ${p === page ? 'current' : ''}"
                      aria-current=${p === page ? 'page' : nothing}
                      aria-label=${this.t({ th: `หน้า ${p + 1}`, en: `Page ${p + 1}` })}
                      @click=${() => (this.page = p)}
                    >
                      ${this.num(p + 1)}
                    </button>`,
              )}
              <button
                type="button"
                class="next"
                ?disabled=${page >= pages - 1}
                @click=${() => (this.page = page + 1)}
              >
                ${this.t({ th: 'ถัดไป ›', en: 'Next ›' })}
              </button>`
      }
      <button
        type="button"
        class="show-all"
        aria-pressed=${all ? 'true' : 'false'}
        @click=${() => (this.showAll = !this.showAll)}
      >
        ${this.t({ th: `แสดงทั้งหมด ${count} แถว`, en: `Show all ${count} rows` })}
      </button>
    </nav>`;
  }

  private renderAgencyTable(): TemplateResult {
    const rows = this.agencyRows;
    const all = this.showAll || this.printing;
    const pages = Math.max(1, Math.ceil(rows.length / this.size));
    const page = Math.min(this.page, pages - 1);
    const start = all ? 0 : page * this.size;
    const visible = all ? rows : rows.slice(start, start + this.size);
    const captionRange =
      rows.length === 0
        ? ''
        : all
          ? this.t({ th: ` — แสดงทั้งหมด`, en: ' — all shown' })
          : this.t({
              th: ` — แสดงแถวที่ ${start + 1}–${start + visible.length}`,
              en: ` — rows ${start + 1}–${start + visible.length} shown`,
            });
    const table = html`<div
      class="table-wrap"
      part="table"
      role="region"
      tabindex="0"
      aria-label=${this.t({ th: 'ตารางตัวชี้วัด', en: 'KPI table' })}
    >
      <table class="kpis agency">
        <caption>
          ${this.t({ th: `ตัวชี้วัด ${rows.length} รายการ`, en: `${rows.length} KPI${rows.length === 1 ? '' : 's'}` })}${captionRange}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${this.t(FIELD_NAMES.id)}</th>
            <th scope="col">${this.t(FIELD_NAMES.name)}</th>
            <th scope="col">${this.t({ th: 'น้ำหนัก (ร้อยละ)', en: 'Weight (%)' })}</th>
            <th scope="col">${this.t({ th: 'ขั้นต้น (50)', en: 'Initial (50)' })}</th>
            <th scope="col">${this.t({ th: 'มาตรฐาน (75)', en: 'Standard (75)' })}</th>
            <th scope="col">${this.t({ th: 'ขั้นสูง (100)', en: 'High (100)' })}</th>
            <th scope="col">${this.t(FIELD_NAMES.actual)}</th>
            <th scope="col">${this.t(FIELD_NAMES.direction)}</th>
            <th scope="col">${this.t({ th: 'คะแนน (เต็ม 100)', en: 'Score (of 100)' })}</th>
            <th scope="col">${this.t({ th: 'คะแนนถ่วงน้ำหนัก', en: 'Weighted' })}</th>
            <th scope="col" class="actions">${this.t({ th: 'จัดการแถว', en: 'Row actions' })}</th>
          </tr>
        </thead>
        <tbody @input=${this.onCellInput} @change=${this.onCellChange}>
          ${repeat(
            visible,
            (r) => r.key,
            (r, i) => this.renderAgencyRow(r, start + i, rows.length),
          )}
        </tbody>
      </table>
    </div>`;
    return html`${rows.length ? table : nothing}
    ${
      rows.length === 0
        ? html`<p class="empty">
            ${this.t({ th: 'ยังไม่มีตัวชี้วัด กด “เพิ่มตัวชี้วัด” หรือนำเข้าไฟล์ CSV', en: 'No KPIs yet. Choose “Add KPI” or import a CSV file.' })}
          </p>`
        : nothing
    }
    ${this.renderPager(rows.length, page, pages, all)}`;
  }

  /** The level of an agency score (total or 70/30 composite), as a badge in a summary list. */
  private renderAgencyLevel(total: number, level: AgencyLevel): TemplateResult {
    return html`<div>
      <dt>${this.t({ th: 'ระดับ', en: 'Level' })}</dt>
      <dd>
        <kn-score-badge
          class="level"
          .score=${total}
          .level=${level}
          .numerals=${this.numerals}
          max="100"
        ></kn-score-badge>
      </dd>
    </div>`;
  }

  private renderWeights(): TemplateResult | typeof nothing {
    const w = this.weightStatus;
    if (!w) return nothing;
    const missing = w.missing
      ? this.t({
          th: ` (ยังไม่นับ ${w.missing} แถวที่น้ำหนักยังไม่ถูกต้อง)`,
          en: ` (${w.missing} row(s) without a valid weight not counted)`,
        })
      : '';
    return w.ok
      ? html`<p class="weights ok">
          <span aria-hidden="true">✓ </span>${this.t({ th: 'น้ำหนักรวม', en: 'Weights total' })}
          ${this.num(agencyEval2567.constants.weightTotal)}${missing}
        </p>`
      : html`<p class="weights bad">
          <span aria-hidden="true">⚠ </span>${this.t(w.error.message)}${missing}
        </p>`;
  }

  private renderComposite(r: Result<AgencyResult>): TemplateResult {
    const c = this._composite;
    const errorOf = (path: string) =>
      c && !c.ok ? (c.errors.find((e) => e.path === path)?.message ?? null) : null;
    const components = [
      { key: 'digital', label: { th: 'การพัฒนาองค์การสู่ดิจิทัล (20%)', en: 'Digital organisation (20%)' } },
      { key: 'pmqa', label: { th: 'สถานะ PMQA 4.0 (10%)', en: 'PMQA 4.0 status (10%)' } },
    ] as const;
    return html`<fieldset class="composite">
      <legend>
        ${this.t({ th: 'คะแนนรวม Performance Base 70% + Potential Base 30% (ไม่บังคับ)', en: 'Composite: Performance Base 70% + Potential Base 30% (optional)' })}
      </legend>
      <div class="grid">
        ${components.map(({ key, label }) => {
          const error = errorOf(key);
          return html`<kn-number-field
            class=${key}
            .label=${this.t(label)}
            .hint=${this.t({ th: 'คะแนน 0–100', en: 'Score 0–100' })}
            .value=${this[key]}
            .error=${error ? this.t(error) : ''}
            .numerals=${this.numerals}
            @kn-change=${(e: CustomEvent<{ value: string }>) => {
              this[key] = e.detail.value;
              this.scheduleSave();
            }}
          ></kn-number-field>`;
        })}
      </div>
      ${
        c && c.ok
          ? html`<dl class="summary composite-result">
                <div>
                  <dt>${this.t({ th: 'คะแนนรวม 70/30', en: 'Composite score' })}</dt>
                  <dd class="big">${this.num(c.total)} <span class="muted">/ ${this.num(100)}</span></dd>
                </div>
                ${this.renderAgencyLevel(c.total, c.level)}
              </dl>
              <kn-explanation .steps=${c.explanation} .numerals=${this.numerals}></kn-explanation>`
          : html`<p class="muted composite-hint">
              ${
                r.ok
                  ? this.t({
                      th: 'กรอกคะแนนทั้งสองส่วนเพื่อดูคะแนนรวม',
                      en: 'Enter both scores to see the composite.',
                    })
                  : this.t({
                      th: 'คะแนนรวมจะแสดงเมื่อคะแนนตัวชี้วัดคำนวณได้',
                      en: 'The composite appears once the KPI total can be computed.',
                    })
              }
            </p>`
      }
    </fieldset>`;
  }

  private renderAgencySummary(r: Result<AgencyResult>): TemplateResult {
    return html`<div part="summary" class="result-panel">
      ${this.renderWeights()}
      ${
        r.ok
          ? html`<dl class="summary">
                <div>
                  <dt>
                    ${this.t({ th: 'คะแนนรวม (Performance Base)', en: 'Total score (Performance Base)' })}
                  </dt>
                  <dd class="big total">
                    ${this.num(r.total)} <span class="muted">/ ${this.num(100)}</span>
                  </dd>
                </div>
                ${this.renderAgencyLevel(r.total, r.level)}
              </dl>
              <kn-band-meter scale="agency" .value=${r.total} .numerals=${this.numerals}></kn-band-meter>`
          : this.renderStatus()
      }
      ${this.renderComposite(r)}
    </div>`;
  }

  /** Why there is no total yet: an error summary for rows the user has finished, a hint otherwise. */
  private renderStatus(): TemplateResult {
    const rows = this.currentRows();
    const items: { text: Bilingual; key: number | null; field: string | undefined }[] = [];
    const map = this.mode === 'cat7' ? CAT7_PATH_FIELDS : AGENCY_PATH_FIELDS;
    rows.forEach((row, i) => {
      if (this.pristine.has(row.key)) return;
      for (const e of this.errorsByKey.get(row.key) ?? []) {
        items.push({
          text: error(`kpis.${i}.${e.path}`, e.code, e.values ?? {}).message,
          key: row.key,
          field: map[e.path]?.[0],
        });
      }
    });
    const general = this.generalErrors.filter((e) => !(e.code === 'EMPTY' && rows.length === 0));
    for (const e of general) items.push({ text: e.message, key: null, field: undefined });
    const incomplete = rows.some((r) => this.pristine.has(r.key));
    if (items.length === 0) {
      return html`<p class="status muted">
        ${
          rows.length === 0
            ? this.t({ th: 'เพิ่มตัวชี้วัดอย่างน้อย 1 ตัวเพื่อดูผลคะแนน', en: 'Add at least one KPI to see the score.' })
            : incomplete
              ? this.t({
                  th: 'กรอกตัวชี้วัดแถวใหม่ให้ครบเพื่อดูผลคะแนน',
                  en: 'Complete the new KPI row to see the score.',
                })
              : this.t({
                  th: 'ปรับน้ำหนักให้รวมกันเท่ากับ 100 เพื่อดูผลคะแนน',
                  en: 'Make the weights total 100 to see the score.',
                })
        }
      </p>`;
    }
    const shown = items.slice(0, MAX_LISTED);
    return html`<div class="error-summary" role="group" aria-labelledby="${this.uid}-errs">
      <p id="${this.uid}-errs" class="error-title">
        <strong
          >${this.t({ th: `ยังคำนวณผลไม่ได้: พบปัญหา ${items.length} รายการ`, en: `No result yet: ${items.length} problem${items.length === 1 ? '' : 's'} to fix` })}</strong
        >
      </p>
      <ul class="errors">
        ${shown.map(
          (it) =>
            html`<li>
              ${this.t(it.text)}
              ${
                it.key !== null
                  ? html`<button
                      type="button"
                      class="link goto"
                      @click=${() => this.goTo(it.key as number, it.field)}
                    >
                      ${this.t({ th: 'ไปที่ช่องนี้', en: 'Go to the field' })}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
        ${items.length > shown.length ? html`<li>${this.t({ th: `และอีก ${items.length - shown.length} รายการ`, en: `and ${items.length - shown.length} more` })}</li>` : nothing}
      </ul>
    </div>`;
  }

  // ------------------------------------------------------------------ cat7

  private groupSelect(
    row: Cat7Row,
    where: Bilingual,
    problems: RowProblems,
    errorId: string,
  ): TemplateResult {
    const dim = row.dimension;
    const groups = isDimension(dim) ? pmqa40Cat7.constants.dimensions[dim].groups : [];
    const known = row.group === '' || groups.some((g) => g.id === row.group);
    const invalid = problems.fields.has('group');
    const warned = problems.warned.has('group');
    return html`<td class="group">
      <select
        class=${warned ? 'warned' : ''}
        data-key=${row.key}
        data-field="group"
        aria-label=${this.locale === 'th' ? this.digits(`กลุ่มตัววัด ${where.th}`) : this.digits(`KPI group, ${where.en}`)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid || warned ? errorId : nothing}
      >
        <option value="" .selected=${row.group === ''}>
          ${this.t({ th: '— เลือกกลุ่ม —', en: '— Choose a group —' })}
        </option>
        ${groups.map((g) => html`<option value=${g.id} .selected=${row.group === g.id}>${g.mandatory ? '* ' : ''}${g.label[this.locale]}</option>`)}
        ${known ? nothing : html`<option value=${row.group} .selected=${true}>${this.t({ th: 'ไม่รู้จัก: ', en: 'Unknown: ' })}${row.group}</option>`}
      </select>
    </td>`;
  }

  private slotCell(row: Cat7Row): TemplateResult {
    const slot = this.slotsByKey.get(row.key);
    if (slot) {
      const dup = slot.duplicateOf;
      return html`<td class="score">
        ${this.bar(slot.score, pmqa40Cat7.constants.points.significance)}
        <span class="level">${this.levelName(slot.level)}</span>
        ${
          dup
            ? html`<span class="flag duplicate"
                ><span aria-hidden="true">⧉ </span
                >${this.t({ th: `ซ้ำกับมิติ ${dup.dimension} ช่องที่ ${dup.slot} — ไม่ได้คะแนน`, en: `Repeats ${dup.dimension} slot ${dup.slot} — scores 0` })}</span
              >`
            : nothing
        }
        ${slot.counted ? nothing : html`<span class="flag">${this.t({ th: 'เกินจำนวนช่อง ไม่นับคะแนน', en: 'Beyond the slots — not scored' })}</span>`}
      </td>`;
    }
    const own = this.rowResult(row) as Result<Category7KpiResult>;
    return html`<td class="score">
      ${
        own.ok
          ? html`${this.bar(own.score, pmqa40Cat7.constants.points.significance)}<span class="level"
                >${this.levelName(own.level)}</span
              >`
          : html`<span class="muted">—</span>`
      }
    </td>`;
  }

  private renderCat7Row(row: Cat7Row, slotIndex: number, count: number): TemplateResult {
    const dim = row.dimension;
    const where: Bilingual = {
      th: `มิติ ${dim || '?'} ช่องที่ ${slotIndex + 1}`,
      en: `${dim || '?'} slot ${slotIndex + 1}`,
    };
    const problems = this.problemsOf(row);
    const errorId = `${this.uid}-e${row.key}`;
    const duplicate = this.slotsByKey.get(row.key)?.duplicateOf;
    return html`<tr class="${problems.messages.length ? 'invalid' : ''} ${duplicate ? 'duplicate' : ''}">
        <th scope="row" class="n">${this.num(slotIndex + 1)}</th>
        ${
          isDimension(dim)
            ? nothing
            : html`<td>
                <select
                  data-key=${row.key}
                  data-field="dimension"
                  aria-label=${this.locale === 'th' ? `มิติ ${where.th}` : `Dimension, ${where.en}`}
                  aria-invalid="true"
                  aria-describedby=${errorId}
                >
                  <option value="" .selected=${true}>${dim || '—'}</option>
                  ${DIMENSIONS.map((d) => html`<option value=${d}>${d}</option>`)}
                </select>
              </td>`
        }
        ${this.groupSelect(row, where, problems, errorId)}
        ${this.cellInput(row, 'name', where, problems, errorId, 16)}
        ${this.cellInput(row, 'unit', where, problems, errorId, 5)}
        ${this.cellInput(row, 'target', where, problems, errorId, 5)}
        ${this.cellInput(row, 'actual', where, problems, errorId, 5)}
        ${this.cellInput(row, 'y2', where, problems, errorId, 5)}
        ${this.cellInput(row, 'y1', where, problems, errorId, 5)}
        ${this.directionSelect(row, where, problems, errorId, false)} ${this.slotCell(row)}
        ${this.rowButtons(row, where, slotIndex === 0, slotIndex === count - 1)}
      </tr>
      ${this.problemRow(problems, errorId, isDimension(dim) ? 12 : 13)}`;
  }

  private cat7Head(withDimension: boolean): TemplateResult {
    return html`<thead>
      <tr>
        <th scope="col">${this.t({ th: 'ช่อง', en: 'Slot' })}</th>
        ${withDimension ? html`<th scope="col">${this.t(FIELD_NAMES.dimension)}</th>` : nothing}
        <th scope="col">${this.t({ th: 'กลุ่มตัววัด (* = บังคับ)', en: 'KPI group (* = mandatory)' })}</th>
        <th scope="col">${this.t(FIELD_NAMES.name)}</th>
        <th scope="col">${this.t(FIELD_NAMES.unit)}</th>
        <th scope="col">${this.t(FIELD_NAMES.target)}</th>
        <th scope="col">${this.t(FIELD_NAMES.actual)}</th>
        <th scope="col">${this.t(FIELD_NAMES.y2)}</th>
        <th scope="col">${this.t(FIELD_NAMES.y1)}</th>
        <th scope="col">${this.t(FIELD_NAMES.direction)}</th>
        <th scope="col">${this.t({ th: 'ระดับและคะแนน (เต็ม 500)', en: 'Level and score (of 500)' })}</th>
        <th scope="col" class="actions">${this.t({ th: 'จัดการแถว', en: 'Row actions' })}</th>
      </tr>
    </thead>`;
  }

  private renderCat7Tables(r: Result<Category7SetResult>): TemplateResult {
    const rows = this.cat7Rows;
    const slots = pmqa40Cat7.constants.slotsPerDimension;
    const others = rows.filter((x) => !isDimension(x.dimension));
    return html`${DIMENSIONS.map((dim) => {
      const members = rows.filter((x) => x.dimension === dim);
      const label = pmqa40Cat7.constants.dimensions[dim].label;
      const headId = `${this.uid}-d${dim.replace('.', '-')}`;
      const empty = Array.from(
        { length: Math.max(0, slots - members.length) },
        (_, i) => members.length + i + 1,
      );
      return html`<div class="dimension">
        <h3 id=${headId}>
          ${this.digits(dim)} ${label[this.locale]}
          ${r.ok ? html`<span class="dim-score">${this.t({ th: 'คะแนนมิติ', en: 'Dimension score' })} ${this.num(r.dimensions[dim].score)}</span>` : nothing}
        </h3>
        <div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby=${headId}>
          <table class="kpis cat7" aria-labelledby=${headId}>
            ${this.cat7Head(false)}
            <tbody @input=${this.onCellInput} @change=${this.onCellChange}>
              ${repeat(
                members,
                (x) => x.key,
                (x, i) => this.renderCat7Row(x, i, members.length),
              )}
              ${empty.map(
                (n) =>
                  html`<tr class="empty-slot">
                    <th scope="row" class="n">${this.num(n)}</th>
                    <td colspan="11" class="muted">
                      ${this.t({ th: 'ช่องว่าง — 0 คะแนน', en: 'Empty slot — scores 0' })}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <button type="button" class="add" data-dimension=${dim} @click=${() => this.addKpi(dim)}>
          <span aria-hidden="true">+ </span
          >${this.t({ th: `เพิ่มตัวชี้วัดในมิติ ${dim}`, en: `Add a KPI to ${dim}` })}
        </button>
      </div>`;
    })}
    ${
      others.length
        ? html`<div class="dimension other">
            <h3 id="${this.uid}-dx">
              ${this.t({ th: 'ตัวชี้วัดที่ยังไม่ได้ระบุมิติ', en: 'KPIs without a valid dimension' })}
            </h3>
            <div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby="${this.uid}-dx">
              <table class="kpis cat7" aria-labelledby="${this.uid}-dx">
                ${this.cat7Head(true)}
                <tbody @input=${this.onCellInput} @change=${this.onCellChange}>
                  ${repeat(
                    others,
                    (x) => x.key,
                    (x, i) => this.renderCat7Row(x, i, others.length),
                  )}
                </tbody>
              </table>
            </div>
          </div>`
        : nothing
    }`;
  }

  private renderCat7Summary(r: Result<Category7SetResult>): TemplateResult {
    if (!r.ok) return html`<div part="summary" class="result-panel">${this.renderStatus()}</div>`;
    const gate = pmqa40Cat7.constants.stage1PassScore;
    const structural = r.warnings;
    return html`<div part="summary" class="result-panel">
      <dl class="summary">
        <div>
          <dt>${this.t({ th: 'คะแนนหมวด 7', en: 'Category 7 score' })}</dt>
          <dd class="big total">
            ${this.num(r.score)}
            <span class="muted">/ ${this.num(pmqa40Cat7.constants.points.significance)}</span>
          </dd>
        </div>
        <div>
          <dt>${this.t({ th: 'ระดับ', en: 'Band' })}</dt>
          <dd>
            <kn-score-badge
              .score=${r.score}
              scale="cat7"
              .numerals=${this.numerals}
              max="500"
            ></kn-score-badge>
          </dd>
        </div>
        <div class="gate ${r.passesStage1 ? 'yes' : 'no'}">
          <dt>${this.t({ th: 'การตรวจประเมินขั้นตอนที่ 1', en: 'Assessment stage 1' })}</dt>
          <dd>
            ${
              r.passesStage1
                ? html`<span aria-hidden="true">✓ </span
                    >${this.t({ th: `ผ่าน (คะแนนหมวด 7 ตั้งแต่ ${gate})`, en: `Passes (Category 7 score at least ${gate})` })}`
                : html`<span aria-hidden="true">✗ </span
                    >${this.t({ th: `ยังไม่ผ่าน (ต้องได้ตั้งแต่ ${gate})`, en: `Does not pass yet (needs at least ${gate})` })}`
            }
          </dd>
        </div>
        <div class="wide">
          <dt>${this.t({ th: 'คะแนนรายมิติ', en: 'Dimension scores' })}</dt>
          <dd>
            <ul class="dims">
              ${DIMENSIONS.map(
                (d) =>
                  html`<li>
                    <span class="dim-id">${this.digits(d)}</span>
                    ${pmqa40Cat7.constants.dimensions[d].label[this.locale]}:
                    <strong>${this.num(r.dimensions[d].score)}</strong>
                  </li>`,
              )}
            </ul>
          </dd>
        </div>
      </dl>
      <kn-band-meter scale="cat7" .value=${r.score} .numerals=${this.numerals}></kn-band-meter>
      ${
        structural.length
          ? html`<div class="warnings">
              <p>
                <strong
                  >${this.t({ th: `ข้อสังเกตด้านโครงสร้าง ${structural.length} รายการ`, en: `${structural.length} structural warning${structural.length === 1 ? '' : 's'}` })}</strong
                >
              </p>
              <ul>
                ${structural.map((w) => html`<li data-code=${w.code}><span aria-hidden="true">△ </span>${this.t(w.message)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }

  // ------------------------------------------------------------------ render

  /** A short sentence for screen readers whenever the total changes. */
  private announcement(r: ScorecardResult): string {
    if (this.mode === 'cat7') {
      if (!r.ok) return '';
      const c = r as Category7SetResult;
      return this.t({
        th: `คะแนนหมวด 7 ${this.num(c.score)} ${c.passesStage1 ? 'ผ่าน' : 'ยังไม่ผ่าน'}การตรวจประเมินขั้นตอนที่ 1`,
        en: `Category 7 score ${this.num(c.score)}; ${c.passesStage1 ? 'passes' : 'does not pass'} assessment stage 1.`,
      });
    }
    if (r.ok) {
      const a = r as AgencyResult;
      return this.t({
        th: `คะแนนรวม ${this.num(a.total)} ${this.levelName(a.level)}`,
        en: `Total ${this.num(a.total)}, ${this.levelName(a.level)}`,
      });
    }
    const w = this.weightStatus;
    return w && !w.ok ? this.t(w.error.message) : '';
  }

  override render(): TemplateResult {
    // The last result (a newer one may be waiting for a pause in typing on large sets).
    const r = this._result && this._resultMode === this.mode ? this._result : this.result;
    const agency = this.mode !== 'cat7';
    return html`<section class="calc ${this.printing ? 'printing' : ''}" aria-labelledby="${this.uid}-h">
      <h2 id="${this.uid}-h" class="title">
        ${
          agency
            ? this.t({
                th: 'ตารางคะแนนตัวชี้วัดการประเมินส่วนราชการ ปีงบประมาณ 2567',
                en: 'Agency evaluation KPI scorecard, FY 2567',
              })
            : this.t({
                th: 'ชุดตัวชี้วัดหมวด 7 ผลลัพธ์การดำเนินการ (PMQA 4.0)',
                en: 'Category 7 KPI set (PMQA 4.0 results)',
              })
        }
      </h2>
      ${this.renderNotices()}
      ${agency ? this.renderAgencySummary(r as Result<AgencyResult>) : this.renderCat7Summary(r as Result<Category7SetResult>)}
      ${this.renderToolbar()} ${this.renderImportReport()}
      ${agency ? this.renderAgencyTable() : this.renderCat7Tables(r as Result<Category7SetResult>)}
      ${r.ok ? html`<kn-explanation part="explanation" .steps=${r.explanation} .numerals=${this.numerals}></kn-explanation>` : nothing}
      <p class="visually-hidden live-total" aria-live="polite">${this.announcement(r)}</p>
      <p class="visually-hidden live-action" aria-live="polite">${this.actionMessage}</p>
    </section>`;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-kpi-scorecard': ScorecardChange;
  }
}
