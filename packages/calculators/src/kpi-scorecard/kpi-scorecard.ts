import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AgencyResult, Bilingual, Category7SetResult, Result } from '@khanaen/core';
import { KnElement, noticeStyles } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-score-badge.js';
import '@khanaen/widgets/kn-explanation.js';
import '@khanaen/widgets/kn-band-meter.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text } from '../shared/props.js';
import { decimalAttribute as decimal } from '@khanaen/widgets';
import { createDraftStore } from './draft.js';
import type { AnyRow, Category7Row, ScorecardMode } from './rows.js';
import {
  ScorecardModel,
  type CompositeResult,
  type ScorecardKpi,
  type ScorecardResult,
} from './scorecard-model.js';
import { renderAgencySummary, renderAgencyTable } from './scorecard-agency.js';
import { renderCategory7Summary, renderCategory7Tables } from './scorecard-category7.js';
import {
  ScorecardNoticeState,
  renderImportReport,
  renderNotices,
  renderToolbar,
} from './scorecard-toolbar.js';
import {
  announcement,
  focusIn,
  kpisOfJson,
  rowName,
  type FocusTarget,
  type ScorecardView,
} from './scorecard-view.js';
import { styles } from './kpi-scorecard.styles.js';

export type { ScorecardMode, AgencyRow, Category7Row } from './rows.js';
export type { ScorecardResult, ScorecardKpi, CompositeResult } from './scorecard-model.js';

/** What `kn-change` carries. */
export interface ScorecardChange {
  readonly mode: ScorecardMode;
  readonly kpis: readonly ScorecardKpi[];
  readonly result: ScorecardResult;
  readonly composite: CompositeResult | null;
}

/** Rows per page in agency mode (the FY2567 department count is 605). */
const PAGE_SIZE = 50;

let uid = 0;

/**
 * @tag kn-kpi-scorecard
 * @summary A whole set of KPIs, scored by `@khanaen/core`: the agency evaluation of FY2567 (`mode="agency"`,
 * rules AE.2–AE.4 — weighted total, level, optional 70/30 composite) or a PMQA 4.0 Category 7 set
 * (`mode="cat7"`, rules C7 and C7S — six dimensions × five slots, duplicates, group warnings, Category 7
 * score and the stage-1 gate). Rows can be added, edited, removed and reordered from the keyboard, imported
 * from and exported to CSV, and kept as a draft in `localStorage`. Large sets (hundreds of KPIs) are paginated.
 * The state lives in a headless `ScorecardModel` (`model`), which this element renders.
 *
 * @attr {'agency'|'cat7'} mode - Which rules (default `agency`).
 * @attr {number} year - Category 7: the Buddhist-era year whose rule pack applies (e.g. 2565, 2566; default
 *   core's newest; an unknown year uses the default).
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
 * @prop {ScorecardModel} model - Read-only: the headless model (rows, scoring, import/export, undo, drafts).
 *
 * @fires kn-change - Whenever the result changes; `detail: ScorecardChange` (`{ mode, kpis, result, composite }`).
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
  @property({ reflect: true, converter: decimal }) year: number | null = null;
  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;
  @property({ reflect: true, converter: text }) digital = '';
  @property({ reflect: true, converter: text }) pmqa = '';
  @property({ attribute: 'page-size', converter: decimal }) pageSize: number | null = PAGE_SIZE;

  @state() private page = 0;
  @state() private showAll = false;
  @state() private printing = false;
  @state() private actionMessage = '';

  /** The headless model this element renders. */
  readonly model = new ScorecardModel();
  private readonly uid = `kn-ksc-${uid++}`;
  private lastSignature = '';
  private triedKey: string | null = null;
  private childObserver: MutationObserver | undefined;
  private focusTarget: FocusTarget | null = null;
  /** Notices (draft, storage, page JSON, import) and the toolbar's handlers. */
  private readonly notices = new ScorecardNoticeState({
    storageKey: () => this.storageKey,
    storageUnavailable: () => this.model.storageUnavailable,
    requestUpdate: () => this.requestUpdate(),
    discardDraft: () => this.discardDraft(),
    undoImport: async () => {
      this.undoImport();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('button.import')?.focus();
    },
    exportCsv: () => ({
      name: `khanaen-scorecard-${this.mode}-${new Date().toISOString().slice(0, 10)}.csv`,
      csv: this.exportCsv(),
    }),
    importCsv: (csv) => this.importCsv(csv),
  });
  /** The mode and components last given to the model. */
  private pushed: { mode: ScorecardMode; digital: string; pmqa: string } | null = null;
  /** The page gave KPIs (property or child JSON). */
  private hadPageKpis = false;

  constructor() {
    super();
    // The model may change the mode and the components itself (a draft, an undone import): reflect them,
    // unless the page set a newer value the model has not been given yet.
    this.model.subscribe(() => {
      const p = this.pushed;
      if (p) {
        const m = this.model;
        if (p.mode === this.mode && m.mode !== this.mode) this.mode = m.mode;
        if (p.digital === this.digital && m.digital !== this.digital) this.digital = m.digital;
        if (p.pmqa === this.pmqa && m.pmqa !== this.pmqa) this.pmqa = m.pmqa;
        this.pushed = { mode: this.mode, digital: this.digital, pmqa: this.pmqa };
      }
      this.requestUpdate();
    });
    // `kpis` set by a page before the element was defined must not stay hidden behind the accessor.
    this.upgradeProperty('kpis');
  }

  // ------------------------------------------------------------------ public API

  /** The KPIs of the current mode, as passed to core (values as typed). */
  get kpis(): ScorecardKpi[] {
    this.pushInputs();
    return this.model.kpis;
  }
  set kpis(value: readonly unknown[] | null | undefined) {
    this.hadPageKpis = true;
    this.model.setPageKpis(value);
  }

  /** The core result for the current rows. */
  get result(): ScorecardResult {
    this.pushInputs();
    return this.model.result;
  }

  /** `agencyComposite` for the current total and components, or `null`. */
  get composite(): CompositeResult | null {
    this.pushInputs();
    return this.model.composite;
  }

  /** Adds a blank KPI (in cat7 mode to `dimension`, default the first dimension with a free slot). */
  addKpi(dimension?: string): void {
    this.pushInputs();
    const row = this.model.add(dimension);
    const count = this.model.rows.length;
    if (this.mode === 'cat7') this.focusTarget = { key: row.key, field: 'group' };
    else {
      this.page = this.pageOf(count - 1);
      this.focusTarget = { key: row.key, field: 'id' };
    }
    this.say({ th: `เพิ่มตัวชี้วัดแถวที่ ${count} แล้ว`, en: `Added KPI row ${count}.` });
  }

  /** Removes the KPI at `index` (0-based, in the order of `kpis`). */
  removeKpi(index: number): void {
    const row = this.model.rows[index];
    if (row) this.removeByKey(row.key);
  }

  /** Moves the KPI at `index` up (`-1`) or down (`+1`); in cat7 mode within its dimension. */
  moveKpi(index: number, delta: -1 | 1): void {
    const row = this.model.rows[index];
    if (row) this.moveByKey(row.key, delta);
  }

  /** The rows as CSV (UTF-8 with BOM; columns per mode, see README). */
  exportCsv(): string {
    this.pushInputs();
    return this.model.exportCsv();
  }

  /**
   * Imports CSV text: validates every row and column once (with core); on any problem nothing changes and
   * every problem is listed. On success the rows are replaced and `undoImport()` brings the old ones back.
   */
  importCsv(csv: string): boolean {
    this.pushInputs();
    const r = this.model.importCsv(csv);
    this.notices.imported(r);
    if (r.ok) this.page = 0;
    return r.ok;
  }

  /** Brings back the rows from before the last import. */
  undoImport(): void {
    if (this.model.undoImport()) this.notices.importUndone();
  }

  /** Deletes the saved draft and goes back to the KPIs given by the page. */
  discardDraft(): void {
    this.model.discardDraft();
    this.notices.set({ restored: null });
    this.page = 0;
    this.say({ th: 'ทิ้งร่างแล้ว', en: 'Draft discarded.' });
  }

  /** Writes a pending draft now (also done on `pagehide` and when the element is removed). */
  flush(): void {
    this.model.flush();
  }

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (!this.hadPageKpis) this.readChildJson();
    if (this.storageKey && this.triedKey !== this.storageKey) this.restore();
  }

  override disconnectedCallback(): void {
    this.flush();
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    super.disconnectedCallback();
  }

  /** The element's attributes and properties into the model (no-ops when unchanged). */
  private pushInputs(): void {
    this.pushed = { mode: this.mode, digital: this.digital, pmqa: this.pmqa };
    this.model.setMode(this.mode);
    this.model.setYear(this.year);
    this.model.setComponents({ digital: this.digital, pmqa: this.pmqa });
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
    if (changed.has('mode') && changed.get('mode') !== undefined) this.page = 0;
    this.pushInputs();
  }

  protected override updated(): void {
    const signature = this.model.signature;
    if (signature !== this.lastSignature) {
      this.lastSignature = signature;
      this.emitChange<'kn-kpi-scorecard'>({
        mode: this.model.mode,
        kpis: this.model.kpis,
        result: this.model.result,
        composite: this.model.composite,
      });
    }
    if (this.focusTarget) {
      const target = this.focusTarget;
      this.focusTarget = null;
      focusIn(this.renderRoot, target);
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
          if (this.hadPageKpis || this.querySelector(':scope > script[type="application/json"]')) {
            this.childObserver?.disconnect();
            this.childObserver = undefined;
            if (!this.hadPageKpis) this.readChildJson();
          }
        });
        this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
      }
      return;
    }
    try {
      const list = kpisOfJson(script.textContent ?? '');
      this.notices.set({ pageJsonProblem: false });
      this.kpis = list;
    } catch (e) {
      console.warn('[khanaen] kn-kpi-scorecard: the JSON in the child <script> could not be read', e);
      this.notices.set({ pageJsonProblem: true });
    }
  }

  // ------------------------------------------------------------------ editing

  private readonly onCellInput = (e: Event): void => {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    const key = Number(t.dataset.key);
    const field = t.dataset.field;
    if (!field || !Number.isFinite(key) || t.dataset.key === undefined) return;
    this.pushInputs();
    this.model.edit(key, field, t.value);
  };

  private readonly onCellChange = (e: Event): void => {
    const t = e.target as HTMLElement;
    if (t.dataset.key !== undefined) this.model.touch(Number(t.dataset.key));
  };

  private removeByKey(key: number): void {
    this.pushInputs();
    const r = this.model.remove(key);
    if (!r) return;
    const { row, index: i, rows: next } = r;
    // Focus the row that took its place (same dimension in cat7 mode), else the add button.
    const dim = 'dimension' in row ? row.dimension : null;
    const same = (x: AnyRow) => dim === null || (x as Category7Row).dimension === dim;
    const after = next.slice(i).find(same) ?? next.slice(0, i).reverse().find(same);
    this.focusTarget = after ? { key: after.key, action: 'remove' } : { add: dim ?? '' };
    if (this.mode === 'agency' && after) this.page = this.pageOf(next.indexOf(after));
    const name = rowName(row, i);
    this.say({ th: `ลบตัวชี้วัด${name.th}แล้ว`, en: `Removed KPI ${name.en}.` });
  }

  private moveByKey(key: number, delta: -1 | 1): void {
    this.pushInputs();
    const r = this.model.move(key, delta);
    if (!r) return;
    if (this.mode === 'agency') this.page = this.pageOf(r.to);
    this.focusTarget = { key, action: delta < 0 ? 'up' : 'down' };
    const name = rowName(r.row, r.from);
    this.say({
      th: `ย้ายตัวชี้วัด${name.th}ไปเป็นลำดับที่ ${r.position + 1}`,
      en: `Moved KPI ${name.en} to position ${r.position + 1}.`,
    });
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

  private goTo(key: number, field: string | undefined): void {
    const i = this.model.rows.findIndex((r) => r.key === key);
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
    this.notices.set({ restored: null });
    this.pushInputs();
    const r = this.model.attachStore(createDraftStore(key));
    if (r.status === 'set-aside')
      this.notices.set({ aside: { key: r.asideKey, raw: r.raw, newer: r.newer, problems: r.problems } });
    if (r.status === 'loaded') {
      this.notices.set({ restored: { savedAt: r.savedAt } });
      this.page = 0;
    }
  }

  // ------------------------------------------------------------------ import / export UI

  /** What the tables and summaries read and call. */
  private get view(): ScorecardView {
    return {
      model: this.model,
      uid: this.uid,
      locale: this.locale,
      numerals: this.numerals,
      t: (x) => this.t(x),
      num: (x) => this.num(x),
      digits: (x) => this.digits(x),
      levelName: (x) => this.levelName(x),
      size: this.size,
      page: this.page,
      showAll: this.showAll,
      printing: this.printing,
      onCellInput: this.onCellInput,
      onCellChange: this.onCellChange,
      add: (dimension) => this.addKpi(dimension),
      move: (key, delta) => this.moveByKey(key, delta),
      remove: (key) => this.removeByKey(key),
      goTo: (key, field) => this.goTo(key, field),
      setPage: (page) => (this.page = page),
      toggleShowAll: () => (this.showAll = !this.showAll),
      setComponent: (key, value) => this.model.setComponents({ [key]: value }, true),
    };
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult {
    const r = this.result;
    const agency = this.mode !== 'cat7';
    const v = this.view;
    const n = this.notices;
    return html`<section class="calc ${this.printing ? 'printing' : ''}" aria-labelledby="${this.uid}-h">
      <h2 id="${this.uid}-h" class="title">
        ${
          agency
            ? this.t({
                th: `ตารางคะแนนตัวชี้วัดการประเมินส่วนราชการ ปีงบประมาณ ${this.model.agencyPack.year}`,
                en: `Agency evaluation KPI scorecard, FY ${this.model.agencyPack.year}`,
              })
            : this.t({
                th: 'ชุดตัวชี้วัดหมวด 7 ผลลัพธ์การดำเนินการ (PMQA 4.0)',
                en: 'Category 7 KPI set (PMQA 4.0 results)',
              })
        }
      </h2>
      ${renderNotices(v, n)}
      ${agency ? renderAgencySummary(v, r as Result<AgencyResult>) : renderCategory7Summary(v, r as Result<Category7SetResult>)}
      ${renderToolbar(v, n, this.renderRoot)} ${renderImportReport(v, n)}
      ${agency ? renderAgencyTable(v) : renderCategory7Tables(v, r as Result<Category7SetResult>)}
      ${r.ok ? html`<kn-explanation part="explanation" .steps=${r.explanation} .numerals=${this.numerals}></kn-explanation>` : nothing}
      <p class="visually-hidden live-total" aria-live="polite">${announcement(v)}</p>
      <p class="visually-hidden live-action" aria-live="polite">${this.actionMessage}</p>
    </section>`;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-kpi-scorecard': ScorecardChange;
  }
}
