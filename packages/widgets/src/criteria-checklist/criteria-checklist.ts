import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bilingual, ChecklistResult, Result } from '@khanaen/core';
import type * as CriteriaModule from '@khanaen/core/criteria';
import type { CriteriaItem, ProcessCategory } from '@khanaen/core/criteria';
import { KnElement } from '../base/kn-element.js';
import { downloadText } from '../shared/download.js';
import { noticeStyles } from '../styles/notice.js';
import '../band-meter/kn-band-meter.js';
import '../explanation/kn-explanation.js';
import { ChecklistModel, type ChecklistModelChange } from './checklist-model.js';
import {
  renderImportReport,
  renderNotices,
  renderToolbar,
  type ChecklistChrome,
} from './checklist-chrome.js';
import { cssId, renderCategory, renderEstimate, type ChecklistView } from './checklist-view.js';
import { CriteriaIndex, queryTerms } from './search.js';
import type { ChecklistValue } from './storage.js';
import { styles } from './criteria-checklist.styles.js';

/** What the lazy loader must provide: the `@khanaen/core/criteria` entry. */
export type CriteriaData = Pick<
  typeof CriteriaModule,
  'criteria' | 'processCategories' | 'criteriaItems' | 'criteriaPrompts'
>;
/** Loads the criteria data (by default `import('@khanaen/core/criteria')`, a separate ~245 kB chunk). */
export type CriteriaLoader = () => Promise<CriteriaData>;

/** `detail` of the checklist's `kn-change`. */
export interface ChecklistChange {
  readonly value: ChecklistValue;
  readonly result: Result<ChecklistResult>;
}

/**
 * @tag kn-criteria-checklist
 * @summary The PMQA 4.0 self-assessment checklist: every category, item, level descriptor and numbered
 * prompt of the criteria (Thai verbatim, with English), the level reached per item, notes and evidence links
 * per prompt, progress per category and rule CL's self-assessment estimate (never an official score).
 * Drafts are kept in `localStorage`; JSON export/import (with undo) and CSV export; prints in full.
 *
 * @attr {string} storage-key - `localStorage` key for the draft; no persistence when absent.
 * @attr {number} category7-score - The Category 7 score (rule C7S), fed to the estimate.
 * @attr {string} category - Show one category (`1`–`6`); empty shows all.
 * @attr {string} query - Search text (Thai or English, case-insensitive, Thai or Latin digits).
 * @attr {boolean} bilingual - In Thai, also show the English text (in English the Thai original is always shown).
 * @attr {'latin'|'thai'} numerals - Digits of ids, counts and scores (the criteria text stays verbatim).
 * @attr {string} lang - `th` or `en` (else the nearest ancestor's, else `<html lang>`).
 *
 * @prop {ChecklistValue} value - The whole assessment `{ levels, prompts }`; settable.
 * @prop {Result<ChecklistResult>} result - Read-only: `checklistEstimate()` of core for the current levels.
 * @prop {ChecklistModel} model - Read-only: the headless model the element renders (usable on its own).
 * @prop {CriteriaLoader} loadCriteria - Loader of the criteria data (replaceable, e.g. in tests).
 *
 * @fires kn-change - On every user change (level, notes, links, import, undo); `detail: ChecklistChange`
 *   (`{ value, result }`). Bubbles, not composed.
 *
 * @csspart toolbar - Search, filter and actions.
 * @csspart search - The search input.
 * @csspart filter - The category select.
 * @csspart status - The live region (filter results, save status).
 * @csspart notice - A notice (draft set aside, migrated, storage unavailable, import result).
 * @csspart loading - The loading message.
 * @csspart error - The loading error with its retry button.
 * @csspart estimate - The estimate panel.
 * @csspart category - A category section.
 * @csspart progress - A category's progress.
 * @csspart item - An item.
 * @csspart toggle - An item's expand/collapse button.
 * @csspart levels - An item's level radio group.
 * @csspart prompt - A numbered prompt.
 * @csspart notes - A prompt's notes textarea.
 * @csspart links - A prompt's evidence links.
 *
 * @cssprop --kn-color-primary - Buttons and links.
 * @cssprop --kn-band-basic - Level colours (and the other band tokens).
 * @cssprop --kn-font-size - Base size.
 */
export class KnCriteriaChecklist extends KnElement {
  static override styles = [...KnElement.styles, noticeStyles, styles];

  /** Default loader of every instance: the separate `@khanaen/core/criteria` entry. */
  static loadCriteria: CriteriaLoader = () => import('@khanaen/core/criteria');

  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;
  @property({ attribute: 'category7-score' }) category7Score: string | number | null = null;
  @property({ reflect: true }) category = '';
  @property() query = '';
  @property({ type: Boolean, reflect: true }) bilingual = false;
  /** Loader of the criteria data; defaults to the class's `loadCriteria`. */
  @property({ attribute: false }) loadCriteria: CriteriaLoader = () => KnCriteriaChecklist.loadCriteria();

  /** The headless model this element renders (answers, estimate, drafts, import/export, undo). */
  readonly model = new ChecklistModel();

  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private data: CriteriaData | null = null;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private printing = false;
  @state() private importProblems: readonly Bilingual[] = [];
  @state() private importMessage: Bilingual | null = null;
  @state() private linkDrafts: Readonly<Record<string, string>> = {};
  @state() private linkErrors: Readonly<Record<string, Bilingual>> = {};

  private index: CriteriaIndex | null = null;
  private loadSeq = 0;

  constructor() {
    super();
    this.model.subscribe(this.onModelChange);
    this.upgradeProperty('value');
  }

  /** The whole assessment. Setting it replaces the state (and saves the draft); it does not fire `kn-change`. */
  get value(): ChecklistValue {
    return this.model.value;
  }
  set value(v: ChecklistValue) {
    this.model.value = v;
  }

  /** Rule CL's self-assessment estimate for the current levels (and `category7-score`), from core. */
  get result(): Result<ChecklistResult> {
    this.model.category7Score = this.category7Score;
    return this.model.result;
  }

  private readonly onModelChange = (change: ChecklistModelChange): void => {
    this.requestUpdate('value');
    if (change.user) this.emitChange<'kn-criteria-checklist'>({ value: this.value, result: this.result });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.model.autosave = true;
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.storageKey && this.model.storageKey !== this.storageKey) this.model.openDraft(this.storageKey);
    if (!this.data) void this.load();
  }

  override disconnectedCallback(): void {
    this.flush();
    this.model.autosave = false;
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    document.removeEventListener('visibilitychange', this.onVisibility);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.model.category7Score = this.category7Score;
    if (changed.has('storageKey') && this.isConnected && this.storageKey !== this.model.storageKey) {
      this.model.openDraft(this.storageKey || null);
    }
  }

  /** Writes a pending draft at once (it is also written on `pagehide`, when hidden and on disconnect). */
  flush(): void {
    this.model.flush();
  }

  private readonly onPageHide = (): void => this.flush();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  private readonly onBeforePrint = (): void => {
    this.printing = true;
    // Render everything now, before the page is laid out for printing.
    if (this.isUpdatePending) this.performUpdate();
  };
  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.status = 'loading';
    try {
      const data = await this.loadCriteria();
      if (seq !== this.loadSeq) return;
      this.index = new CriteriaIndex(data.processCategories());
      this.model.setKnownPrompts(this.index.promptIds);
      this.data = data;
      this.status = 'ready';
    } catch (e) {
      if (seq !== this.loadSeq) return;
      console.warn('[khanaen] kn-criteria-checklist: the criteria could not be loaded', e);
      this.status = 'error';
    }
  }

  // ---------------------------------------------------------------- expand / filter / links

  /** Expands every item (of the current filter). */
  expandAll(): void {
    this.expanded = new Set(this.visibleItems().map((i) => i.id));
  }

  /** Collapses every item. */
  collapseAll(): void {
    this.expanded = new Set();
  }

  private toggle(itemId: string): void {
    const next = new Set(this.expanded);
    if (next.has(itemId)) next.delete(itemId);
    else next.add(itemId);
    this.expanded = next;
  }

  private onSearch(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    // Open the items whose prompts match, so the matches are visible.
    const terms = queryTerms(this.query);
    if (terms.length === 0 || !this.data || !this.index) return;
    const next = new Set(this.expanded);
    const prompts = this.value.prompts;
    for (const item of this.data.criteriaItems()) {
      if (item.prompts.some((p) => this.index?.promptMatches(p, terms, prompts))) next.add(item.id);
    }
    this.expanded = next;
  }

  private visibleCategories(): readonly ProcessCategory[] {
    if (!this.data) return [];
    const cats = this.data.processCategories();
    if (this.printing || this.category === '') return cats;
    return cats.filter((c) => String(c.id) === String(this.category).trim());
  }

  private visible(): (readonly [ProcessCategory, readonly CriteriaItem[]])[] {
    const terms = this.printing ? [] : queryTerms(this.query);
    const prompts = this.value.prompts;
    return this.visibleCategories()
      .map((c) => [c, c.items.filter((i) => this.index?.itemMatches(i, terms, prompts) ?? true)] as const)
      .filter(([, items]) => items.length > 0);
  }

  private visibleItems(): readonly CriteriaItem[] {
    return this.visible().flatMap(([, i]) => i);
  }

  private addLink(promptId: string): void {
    const err = this.model.addLink(promptId, this.linkDrafts[promptId] ?? '');
    const errors = { ...this.linkErrors };
    if (err) errors[promptId] = err;
    else delete errors[promptId];
    this.linkErrors = errors;
    if (!err) this.linkDrafts = { ...this.linkDrafts, [promptId]: '' };
  }

  private async removeLink(promptId: string, index: number): Promise<void> {
    this.model.removeLink(promptId, index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#link-${cssId(promptId)}`)?.focus();
  }

  // ---------------------------------------------------------------- export / import

  /** The assessment as a JSON document (schema `khanaen.checklist`, version 1). */
  exportJson(): string {
    return this.model.exportJson();
  }

  /** The assessment as CSV (BOM, one row per item and per prompt), in the current language's headers. */
  exportCsv(): string {
    return this.model.exportCsv(this.data ? this.data.criteriaItems() : [], this.locale);
  }

  /**
   * Imports a JSON document: validates it completely first; on any problem nothing changes and the problems
   * are listed. On success the previous state can be restored with `undoImport()`. Returns whether it imported.
   */
  importJson(text: string): boolean {
    this.importMessage = null;
    const r = this.model.importJson(text);
    if (!r.ok) {
      this.importProblems = r.problems;
      this.model.forgetImportUndo();
      return false;
    }
    this.importProblems = [];
    // The message is shown with the kn-change the model has just sent.
    this.importMessage = {
      th: `นำเข้าแล้ว: ประเมิน ${r.items} หัวข้อ บันทึก ${r.prompts} ประเด็น`,
      en: `Imported: ${r.items} items assessed, ${r.prompts} prompts with notes or links.`,
    };
    return true;
  }

  /** Restores the state from before the last import. */
  undoImport(): void {
    if (!this.model.canUndoImport) return;
    this.importMessage = {
      th: 'ยกเลิกการนำเข้าแล้ว กลับไปใช้ข้อมูลเดิม',
      en: 'Import undone; the previous data is back.',
    };
    this.model.undoImport();
  }

  private async onImportFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.importProblems = [{ th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read.' }];
      return;
    }
    this.importJson(text);
  }

  private async onUndoImport(): Promise<void> {
    this.undoImport();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.import-button')?.focus();
  }

  private stamp(): string {
    return new Date().toISOString().slice(0, 10);
  }

  // ---------------------------------------------------------------- render

  private view(): ChecklistView {
    return {
      model: this.model,
      index: this.index,
      categories: this.data?.processCategories() ?? [],
      locale: this.locale,
      bilingual: this.bilingual,
      numerals: this.numerals,
      printing: this.printing,
      expanded: this.expanded,
      linkDrafts: this.linkDrafts,
      linkErrors: this.linkErrors,
      t: (text) => this.t(text),
      digits: (text) => this.digits(text),
      num: (value) => this.num(value),
      levelName: (id) => this.levelName(id),
      toggle: (id) => this.toggle(id),
      setLinkDraft: (id, text) => (this.linkDrafts = { ...this.linkDrafts, [id]: text }),
      addLink: (id) => this.addLink(id),
      removeLink: (id, i) => void this.removeLink(id, i),
    };
  }

  private chrome(shown: number): ChecklistChrome {
    return {
      model: this.model,
      categories: this.data?.processCategories() ?? [],
      locale: this.locale,
      bilingual: this.bilingual,
      category: this.category,
      query: this.query,
      filtered: this.category !== '' || queryTerms(this.query).length > 0,
      shown,
      total: this.data ? this.data.criteriaItems().length : 0,
      importProblems: this.importProblems,
      importMessage: this.importMessage,
      t: (text) => this.t(text),
      digits: (text) => this.digits(text),
      onSearch: (e) => this.onSearch(e),
      setCategory: (value) => (this.category = value),
      setBilingual: (on) => (this.bilingual = on),
      expandAll: () => this.expandAll(),
      collapseAll: () => this.collapseAll(),
      exportJson: () =>
        downloadText(`khanaen-checklist-${this.stamp()}.json`, this.exportJson(), 'application/json'),
      chooseImport: () => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click(),
      onImportFile: (e) => void this.onImportFile(e),
      exportCsv: () =>
        downloadText(`khanaen-checklist-${this.stamp()}.csv`, this.exportCsv(), 'text/csv;charset=utf-8'),
      downloadAside: (raw) =>
        downloadText(`khanaen-checklist-draft-${this.stamp()}.json`, raw, 'application/json'),
      dismissImport: () => {
        this.importMessage = null;
        this.model.forgetImportUndo();
      },
      dismissImportProblems: () => (this.importProblems = []),
      undoImport: () => void this.onUndoImport(),
    };
  }

  override render(): TemplateResult {
    const heading = this.t({
      th: 'แบบประเมินตนเองตามเกณฑ์ PMQA 4.0',
      en: 'PMQA 4.0 self-assessment checklist',
    });
    if (this.status === 'loading') {
      return html`<h2 class="title">${heading}</h2>
        ${renderNotices(this.chrome(0))}
        <p part="loading" class="loading" role="status">
          ${this.t({ th: 'กำลังโหลดเกณฑ์…', en: 'Loading the criteria…' })}
        </p>`;
    }
    if (this.status === 'error' || !this.data) {
      return html`<h2 class="title">${heading}</h2>
        ${renderNotices(this.chrome(0))}
        <div part="error" class="notice error load-error" role="alert">
          <p>
            ${this.t({ th: 'โหลดเกณฑ์ไม่สำเร็จ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง', en: 'The criteria could not be loaded. Check your connection and try again.' })}
          </p>
          <button type="button" class="retry" @click=${() => this.load()}>
            ${this.t({ th: 'ลองอีกครั้ง', en: 'Try again' })}
          </button>
        </div>`;
    }
    const terms = this.printing ? [] : queryTerms(this.query);
    const visible = this.visible();
    const chrome = this.chrome(visible.reduce((n, [, items]) => n + items.length, 0));
    const view = this.view();
    return html`
      <h2 class="title">${heading}</h2>
      ${renderNotices(chrome)} ${renderToolbar(chrome)} ${renderImportReport(chrome)}
      <p id="cumulative-hint" class="hint">
        ${this.t({
          th: 'ระดับเป็นแบบสะสม: ระดับที่สูงกว่าต่อยอดจากระดับที่ต่ำกว่า เลือก "ก้าวหน้า" หมายถึงบรรลุ "พื้นฐาน" แล้วด้วย',
          en: 'Levels are cumulative: each builds on the one below, so choosing Advance means Basic is reached too.',
        })}
      </p>
      ${renderEstimate(view)}
      ${
        visible.length
          ? visible.map(([c, i]) => renderCategory(view, c, i, terms))
          : html`<p class="empty">
              ${this.t({ th: 'ไม่พบหัวข้อที่ตรงกับการค้นหา', en: 'No items match the search.' })}
            </p>`
      }
    `;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-criteria-checklist': ChecklistChange;
  }
}
