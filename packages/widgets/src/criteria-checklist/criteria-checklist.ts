import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../shared/style-props.js';
import {
  checklistEstimate,
  ITEM_LEVELS,
  type Bilingual,
  type ChecklistResult,
  type ItemLevel,
  type Result,
} from '@khanaen/core';
import type * as CriteriaModule from '@khanaen/core/criteria';
import type { CriteriaItem, CriteriaPrompt, ProcessCategory } from '@khanaen/core/criteria';
import { KnElement } from '../base/kn-element.js';
import { downloadText } from '../shared/download.js';
import { noticeStyles } from '../styles/notice.js';
import {
  dismissButton,
  importProblemsNotice,
  setAsideNotice,
  storageUnavailableNotice,
} from '../shared/notices.js';
import '../band-meter/kn-band-meter.js';
import '../explanation/kn-explanation.js';
import { checklistCsv } from './csv.js';
import { matchesAll, normaliseForSearch, queryTerms } from './search.js';
import type { DraftStore } from '../shared/draft-store.js';
import {
  createDraftStore,
  emptyValue,
  isHttpUrl,
  MAX_LISTED_PROBLEMS,
  normaliseValue,
  parseDocument,
  toDocument,
  type ChecklistValue,
  type PromptDraft,
} from './storage.js';
import { styles } from './criteria-checklist.styles.js';

/** What the lazy loader must provide: the `@khanaen/core/criteria` entry. */
export type CriteriaData = Pick<
  typeof CriteriaModule,
  'criteria' | 'processCategories' | 'criteriaItems' | 'criteriaPrompts'
>;
/** Loads the criteria data (by default `import('@khanaen/core/criteria')`, a separate ~245 kB chunk). */
export type CriteriaLoader = () => Promise<CriteriaData>;

/** `detail` of `kn-change`. */
export interface ChecklistChange {
  readonly value: ChecklistValue;
  readonly result: Result<ChecklistResult>;
}

/** A draft that could not be used, kept (in storage under `key` and in memory) and offered for download. */
interface SetAsideDraft {
  readonly key: string | null;
  readonly raw: string;
  readonly problems: readonly Bilingual[];
  readonly newer: boolean;
}

type SaveState = 'off' | 'idle' | 'pending' | 'saved' | 'unavailable';

const SAVE_DELAY_MS = 300;
/** Levels reached cumulatively: choosing one marks the lower ones as reached too. */
const CUMULATIVE = ['basic', 'advance', 'significance'] as const;
const LEVEL_RANK: Readonly<Record<ItemLevel, number>> = {
  'not-assessed': -1,
  none: 0,
  basic: 1,
  advance: 2,
  significance: 3,
};

const cssId = (id: string) => id.replace(/\./g, '-');

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
 * @prop {CriteriaLoader} loadCriteria - Loader of the criteria data (replaceable, e.g. in tests).
 *
 * @fires kn-change - On every user change (level, notes, links, import, undo); `detail: { value, result }`.
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

  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private data: CriteriaData | null = null;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private printing = false;
  @state() private saveState: SaveState = 'off';
  @state() private savedAt: Date | null = null;
  @state() private asides: readonly SetAsideDraft[] = [];
  @state() private migratedFrom: number | null = null;
  @state() private importProblems: readonly Bilingual[] = [];
  @state() private importUndo: ChecklistValue | null = null;
  @state() private importMessage: Bilingual | null = null;
  @state() private linkDrafts: Readonly<Record<string, string>> = {};
  @state() private linkErrors: Readonly<Record<string, Bilingual>> = {};

  private _value: ChecklistValue = emptyValue();
  private resultCache: {
    levels: ChecklistValue['levels'];
    c7: unknown;
    result: Result<ChecklistResult>;
  } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  /** The key the current value was loaded from (drafts are not written over a key we could not read). */
  private loadedKey: string | null = null;
  /** The draft store of `loadedKey` (drafts are only written through it). */
  private store: DraftStore<ChecklistValue> | null = null;
  /** The key a restore was last attempted from. */
  private triedKey: string | null = null;
  private promptIds: ReadonlySet<string> = new Set();
  private itemHay = new Map<string, string>();
  private promptHay = new Map<string, string>();
  private loadSeq = 0;

  constructor() {
    super();
    this.upgradeProperty('value');
  }

  /** The whole assessment. Setting it replaces the state (and saves the draft); it does not fire `kn-change`. */
  get value(): ChecklistValue {
    return this._value;
  }
  set value(v: ChecklistValue) {
    const old = this._value;
    this._value = normaliseValue(v);
    this.requestUpdate('value', old);
    this.scheduleSave();
  }

  /** Rule CL's self-assessment estimate for the current levels (and `category7-score`), from core. */
  get result(): Result<ChecklistResult> {
    const levels = this._value.levels;
    const c7 = this.category7Score;
    if (!this.resultCache || this.resultCache.levels !== levels || this.resultCache.c7 !== c7) {
      const score = c7 === null || c7 === '' ? undefined : c7;
      this.resultCache = { levels, c7, result: checklistEstimate({ levels, category7Score: score }) };
    }
    return this.resultCache.result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.storageKey && this.triedKey !== this.storageKey) this.restore();
    if (!this.data) void this.load();
  }

  override disconnectedCallback(): void {
    this.flush();
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    document.removeEventListener('visibilitychange', this.onVisibility);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') && this.isConnected && this.storageKey !== this.triedKey) {
      if (changed.get('storageKey')) this.flushTo(changed.get('storageKey') as string | null);
      if (this.storageKey) this.restore();
      else {
        this.loadedKey = null;
        this.store = null;
        this.triedKey = null;
        this.saveState = 'off';
      }
    }
  }

  // ---------------------------------------------------------------- loading

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.status = 'loading';
    try {
      const data = await this.loadCriteria();
      if (seq !== this.loadSeq) return;
      this.index(data);
      this.data = data;
      this.status = 'ready';
    } catch (e) {
      if (seq !== this.loadSeq) return;
      console.warn('[khanaen] kn-criteria-checklist: the criteria could not be loaded', e);
      this.status = 'error';
    }
  }

  /** Builds the search text of every item and prompt once. */
  private index(data: CriteriaData): void {
    this.itemHay.clear();
    this.promptHay.clear();
    const ids = new Set<string>();
    for (const cat of data.processCategories()) {
      const catText = [`${cat.id}`, cat.title.th, cat.title.en].join(' ');
      for (const item of cat.items) {
        const own = [
          catText,
          item.id,
          item.title.th,
          item.title.en,
          ...CUMULATIVE.flatMap((l) => [item.levels[l].th, item.levels[l].en]),
        ];
        for (const p of item.prompts) {
          ids.add(p.id);
          this.promptHay.set(
            p.id,
            normaliseForSearch(
              [p.id, p.th, p.en, p.tag ?? '', ...p.details.flatMap((d) => [d.th, d.en])].join(' '),
            ),
          );
        }
        this.itemHay.set(item.id, normaliseForSearch(own.join(' ')));
      }
    }
    this.promptIds = ids;
  }

  // ---------------------------------------------------------------- storage

  /** Restores the draft under `storage-key`, migrating or setting aside what cannot be used. */
  private restore(): void {
    const key = this.storageKey;
    if (!key) return;
    this.triedKey = key;
    this.loadedKey = null;
    this.store = createDraftStore(key, () => (this.data ? { prompts: this.promptIds } : {}));
    const r = this.store.load();
    switch (r.status) {
      case 'unavailable':
        this.saveState = 'unavailable';
        return;
      case 'loaded':
        this._value = r.data;
        this.requestUpdate('value');
        this.migratedFrom = r.migratedFrom;
        this.savedAt = r.savedAt ? new Date(r.savedAt) : null;
        this.loadedKey = key;
        this.saveState = 'idle';
        // The store has saved a migrated draft again; writing it here too shows the save (or its failure).
        if (r.migratedFrom !== null) this.writeNow();
        return;
      case 'empty':
        this.loadedKey = key;
        this.saveState = 'idle';
        if (this.dirty || Object.keys(this._value.levels).length || Object.keys(this._value.prompts).length)
          this.writeNow();
        return;
      case 'set-aside':
        // Unusable draft: the store moved it aside (never dropped it); keep it for download too.
        this.asides = [...this.asides, { key: r.asideKey, raw: r.raw, problems: r.problems, newer: r.newer }];
        if (r.asideKey === null) {
          // Could not copy it: it stays where it is and is not written over.
          this.saveState = 'unavailable';
          return;
        }
        this.loadedKey = key;
        this.saveState = 'idle';
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.storageKey || !this.isConnected) return;
    if (this.saveState !== 'unavailable') this.saveState = 'pending';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Writes a pending draft at once (it is also written on `pagehide`, when hidden and on disconnect). */
  flush(): void {
    this.flushTo(this.storageKey);
  }

  private flushTo(key: string | null): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.dirty || !key) return;
    this.writeNow(key);
  }

  private writeNow(key: string | null = this.storageKey): void {
    if (!key || key !== this.loadedKey) {
      // The draft under this key could not be read or moved aside: keep working in memory.
      if (key) this.saveState = 'unavailable';
      return;
    }
    if (this.store?.save(this._value)) {
      this.dirty = false;
      this.savedAt = new Date();
      this.saveState = 'saved';
    } else {
      this.saveState = 'unavailable';
    }
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

  // ---------------------------------------------------------------- changes

  private commit(next: ChecklistValue): void {
    this._value = next;
    this.requestUpdate('value');
    this.scheduleSave();
    this.emitChange<'kn-criteria-checklist'>({ value: this._value, result: this.result });
  }

  private setLevel(itemId: string, level: ItemLevel): void {
    const levels = { ...this._value.levels };
    if (level === 'not-assessed') delete levels[itemId];
    else levels[itemId] = level;
    this.commit({ ...this._value, levels });
  }

  private setPrompt(promptId: string, draft: PromptDraft): void {
    const prompts = { ...this._value.prompts };
    if (draft.notes === '' && draft.links.length === 0) delete prompts[promptId];
    else prompts[promptId] = draft;
    this.commit({ ...this._value, prompts });
  }

  private promptDraft(id: string): PromptDraft {
    return this._value.prompts[id] ?? { notes: '', links: [] };
  }

  private addLink(promptId: string): void {
    const text = (this.linkDrafts[promptId] ?? '').trim();
    const errors = { ...this.linkErrors };
    if (!isHttpUrl(text)) {
      errors[promptId] =
        text === ''
          ? { th: 'กรุณากรอกลิงก์ก่อนกดเพิ่ม', en: 'Enter a link first.' }
          : {
              th: 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://example.go.th/report',
              en: 'The link must start with http:// or https://, e.g. https://example.go.th/report',
            };
      this.linkErrors = errors;
      return;
    }
    delete errors[promptId];
    this.linkErrors = errors;
    this.linkDrafts = { ...this.linkDrafts, [promptId]: '' };
    const d = this.promptDraft(promptId);
    if (!d.links.includes(text)) this.setPrompt(promptId, { ...d, links: [...d.links, text] });
  }

  private async removeLink(promptId: string, index: number): Promise<void> {
    const d = this.promptDraft(promptId);
    this.setPrompt(promptId, { ...d, links: d.links.filter((_, i) => i !== index) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#link-${cssId(promptId)}`)?.focus();
  }

  // ---------------------------------------------------------------- expand / filter

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
    if (terms.length === 0 || !this.data) return;
    const next = new Set(this.expanded);
    for (const item of this.data.criteriaItems()) {
      if (item.prompts.some((p) => this.promptMatches(p, terms))) next.add(item.id);
    }
    this.expanded = next;
  }

  private promptMatches(p: CriteriaPrompt, terms: readonly string[]): boolean {
    if (terms.length === 0) return false;
    const d = this._value.prompts[p.id];
    const hay = `${this.promptHay.get(p.id) ?? ''} ${d ? normaliseForSearch(`${d.notes} ${d.links.join(' ')}`) : ''}`;
    return matchesAll(hay, terms);
  }

  private itemMatches(item: CriteriaItem, terms: readonly string[]): boolean {
    if (terms.length === 0) return true;
    if (matchesAll(this.itemHay.get(item.id) ?? '', terms)) return true;
    // Terms may be spread over the item's own text and its prompts.
    const all = `${this.itemHay.get(item.id) ?? ''} ${item.prompts
      .map((p) => {
        const d = this._value.prompts[p.id];
        return `${this.promptHay.get(p.id) ?? ''} ${d ? normaliseForSearch(`${d.notes} ${d.links.join(' ')}`) : ''}`;
      })
      .join(' ')}`;
    return matchesAll(all, terms);
  }

  private visibleCategories(): readonly ProcessCategory[] {
    if (!this.data) return [];
    const cats = this.data.processCategories();
    if (this.printing || this.category === '') return cats;
    return cats.filter((c) => String(c.id) === String(this.category).trim());
  }

  private visibleItems(): readonly CriteriaItem[] {
    const terms = this.printing ? [] : queryTerms(this.query);
    return this.visibleCategories().flatMap((c) => c.items.filter((i) => this.itemMatches(i, terms)));
  }

  // ---------------------------------------------------------------- export / import

  /** The assessment as a JSON document (schema `khanaen.checklist`, version 1). */
  exportJson(): string {
    return JSON.stringify(toDocument(this._value), null, 2);
  }

  /** The assessment as CSV (BOM, one row per item and per prompt), in the current language's headers. */
  exportCsv(): string {
    return checklistCsv(this.data ? this.data.criteriaItems() : [], this._value, this.locale);
  }

  /**
   * Imports a JSON document: validates it completely first; on any problem nothing changes and the problems
   * are listed. On success the previous state can be restored with `undoImport()`. Returns whether it imported.
   */
  importJson(text: string): boolean {
    const r = parseDocument(text, this.data ? { prompts: this.promptIds } : {});
    this.importMessage = null;
    if (!r.ok) {
      this.importProblems = r.problems;
      this.importUndo = null;
      return false;
    }
    this.importProblems = [];
    this.importUndo = this._value;
    const n = Object.keys(r.value.levels).length;
    this.importMessage = {
      th: `นำเข้าแล้ว: ประเมิน ${n} หัวข้อ บันทึก ${Object.keys(r.value.prompts).length} ประเด็น`,
      en: `Imported: ${n} items assessed, ${Object.keys(r.value.prompts).length} prompts with notes or links.`,
    };
    this.commit(r.value);
    return true;
  }

  /** Restores the state from before the last import. */
  undoImport(): void {
    const previous = this.importUndo;
    if (!previous) return;
    this.importUndo = null;
    this.importMessage = {
      th: 'ยกเลิกการนำเข้าแล้ว กลับไปใช้ข้อมูลเดิม',
      en: 'Import undone; the previous data is back.',
    };
    this.commit(previous);
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

  // ---------------------------------------------------------------- render helpers

  /** The criteria text in the current language (verbatim, no digit conversion). */
  private pick(b: Bilingual): string {
    return b[this.locale];
  }

  /** The other language's text, when shown: always Thai in English; English in Thai with `bilingual`. */
  private other(b: Bilingual, cls = 'other'): TemplateResult | typeof nothing {
    if (this.locale === 'th' && !this.bilingual) return nothing;
    const lang = this.locale === 'th' ? 'en' : 'th';
    if (!b[lang]) return nothing;
    return html`<span class=${cls} lang=${lang}>${b[lang]}</span>`;
  }

  private renderNotices(): TemplateResult {
    return html`
      ${this.asides.map((a, i) =>
        setAsideNotice(this.t.bind(this), a, {
          restarted: { th: 'แล้วเริ่มแบบประเมินใหม่', en: 'and a new assessment was started.' },
          onDownload: () =>
            downloadText(`khanaen-checklist-draft-${this.stamp()}.json`, a.raw, 'application/json'),
          onDismiss: () => (this.asides = this.asides.filter((_, j) => j !== i)),
        }),
      )}
      ${
        this.migratedFrom !== null
          ? html`<div part="notice" class="notice info">
              <p>
                ${this.t({
                  th: `แปลงร่างที่บันทึกไว้จากรุ่นเก่า (รุ่น ${this.migratedFrom}) เป็นรุ่นปัจจุบันแล้ว ข้อมูลครบถ้วน`,
                  en: `The saved draft was converted from an older version (${this.migratedFrom}) to the current one; nothing was lost.`,
                })}
              </p>
              ${dismissButton(this.t.bind(this), () => (this.migratedFrom = null))}
            </div>`
          : nothing
      }
      ${
        this.storageKey && this.saveState === 'unavailable'
          ? storageUnavailableNotice(this.t.bind(this), {
              th: 'ส่งออกเป็น JSON เป็นระยะเพื่อเก็บงานไว้',
              en: 'Export to JSON from time to time to keep your work.',
            })
          : nothing
      }
    `;
  }

  private renderImportReport(): TemplateResult | typeof nothing {
    if (this.importProblems.length) {
      return importProblemsNotice(this.t.bind(this), this.importProblems, {
        max: MAX_LISTED_PROBLEMS,
        onDismiss: () => (this.importProblems = []),
      });
    }
    if (this.importMessage) {
      return html`<div part="notice" class="notice info import-done">
        <p>${this.t(this.importMessage)}</p>
        <div class="actions">
          ${
            this.importUndo
              ? html`<button type="button" class="undo-import" @click=${this.onUndoImport}>
                  ${this.t({ th: 'เลิกนำเข้า (กลับไปใช้ข้อมูลเดิม)', en: 'Undo import' })}
                </button>`
              : nothing
          }
          ${dismissButton(this.t.bind(this), () => {
            this.importMessage = null;
            this.importUndo = null;
          })}
        </div>
      </div>`;
    }
    return nothing;
  }

  private saveText(): string {
    if (!this.storageKey) return '';
    switch (this.saveState) {
      // While typing, keep the last "saved" text, so screen readers are not told on every keystroke.
      case 'pending':
      case 'saved': {
        if (!this.savedAt) return this.t({ th: 'กำลังบันทึกร่าง…', en: 'Saving draft…' });
        const time = this.savedAt.toLocaleTimeString(this.locale === 'th' ? 'th-TH' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        });
        return this.t({ th: `บันทึกร่างในเครื่องแล้ว ${time}`, en: `Draft saved on this device ${time}` });
      }
      case 'unavailable':
        return this.t({
          th: 'บันทึกร่างในเครื่องไม่ได้ ข้อมูลจะหายเมื่อปิดหน้า',
          en: 'Drafts cannot be saved on this device',
        });
      default:
        return '';
    }
  }

  private renderToolbar(items: readonly CriteriaItem[]): TemplateResult {
    const total = this.data ? this.data.criteriaItems().length : 0;
    const filtered = this.category !== '' || queryTerms(this.query).length > 0;
    const count = filtered
      ? this.t({ th: `พบ ${items.length} จาก ${total} หัวข้อ`, en: `${items.length} of ${total} items shown` })
      : this.t({ th: `แสดงทั้งหมด ${total} หัวข้อ`, en: `All ${total} items shown` });
    return html`
      <div
        part="toolbar"
        class="toolbar"
        role="group"
        aria-label=${this.t({ th: 'ค้นหาและจัดการแบบประเมิน', en: 'Search and manage the checklist' })}
      >
        <div class="field">
          <label for="q"
            >${this.t({ th: 'ค้นหาในเกณฑ์ (ไทยหรืออังกฤษ)', en: 'Search the criteria (Thai or English)' })}</label
          >
          <input
            part="search"
            id="q"
            type="search"
            autocomplete="off"
            .value=${live(this.query)}
            @input=${this.onSearch}
          />
        </div>
        <div class="field">
          <label for="cat">${this.t({ th: 'หมวด', en: 'Category' })}</label>
          <select
            part="filter"
            id="cat"
            @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.category === ''}>
              ${this.t({ th: 'ทุกหมวด', en: 'All categories' })}
            </option>
            ${this.data
              ?.processCategories()
              .map(
                (c) =>
                  html`<option value=${String(c.id)} ?selected=${String(this.category) === String(c.id)}>
                    ${this.t({ th: 'หมวด', en: 'Category' })} ${this.digits(String(c.id))}
                    ${this.pick(c.title)}
                  </option>`,
              )}
          </select>
        </div>
        <div class="buttons">
          <button type="button" class="expand-all" @click=${this.expandAll}>
            ${this.t({ th: 'ขยายทั้งหมด', en: 'Expand all' })}
          </button>
          <button type="button" class="collapse-all" @click=${this.collapseAll}>
            ${this.t({ th: 'ย่อทั้งหมด', en: 'Collapse all' })}
          </button>
          ${
            this.locale === 'th'
              ? html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${this.bilingual}
                    @change=${(e: Event) => (this.bilingual = (e.target as HTMLInputElement).checked)}
                  />
                  แสดงภาษาอังกฤษด้วย</label
                >`
              : nothing
          }
        </div>
        <div class="buttons">
          <button
            type="button"
            class="export-json"
            @click=${() => downloadText(`khanaen-checklist-${this.stamp()}.json`, this.exportJson(), 'application/json')}
          >
            ${this.t({ th: 'ส่งออก JSON', en: 'Export JSON' })}
          </button>
          <button
            type="button"
            class="import-button"
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}
          >
            ${this.t({ th: 'นำเข้า JSON', en: 'Import JSON' })}
          </button>
          <input
            id="import-file"
            class="file"
            type="file"
            accept=".json,application/json"
            tabindex="-1"
            aria-label=${this.t({ th: 'เลือกไฟล์ JSON ที่จะนำเข้า', en: 'Choose a JSON file to import' })}
            @change=${this.onImportFile}
          />
          <button
            type="button"
            class="export-csv"
            @click=${() => downloadText(`khanaen-checklist-${this.stamp()}.csv`, this.exportCsv(), 'text/csv;charset=utf-8')}
          >
            ${this.t({ th: 'ส่งออก CSV', en: 'Export CSV' })}
          </button>
          <button type="button" class="print" @click=${() => window.print()}>
            ${this.t({ th: 'พิมพ์', en: 'Print' })}
          </button>
        </div>
      </div>
      <div class="status-row">
        <p part="status" class="status count" role="status">${this.digits(count)}</p>
        <p part="status" class="status save" role="status">${this.saveText()}</p>
      </div>
    `;
  }

  private renderEstimate(): TemplateResult {
    const r = this.result;
    const titles = new Map(this.data?.processCategories().map((c) => [c.id as number, c.title]) ?? []);
    return html`<section part="estimate" class="estimate" aria-labelledby="estimate-h">
      <h3 id="estimate-h">${this.t({ th: 'ค่าประมาณคะแนน', en: 'Estimated score' })}</h3>
      <p class="estimate-label">
        <strong
          >${this.t({ th: 'ค่าประมาณจากการประเมินตนเอง ไม่ใช่คะแนนอย่างเป็นทางการ', en: 'A self-assessment estimate, not an official score' })}</strong
        >
      </p>
      ${
        r.ok
          ? html`
              <kn-band-meter
                scale="pmqa40"
                value=${r.overall ?? nothing}
                label=${this.t({ th: 'ค่าประมาณคะแนนรวม (ไม่ใช่คะแนนอย่างเป็นทางการ)', en: 'Estimated overall score (not official)' })}
                value-label=${this.t({ th: 'ค่าประมาณ', en: 'Estimate' })}
                numerals=${this.numerals}
                @kn-change=${(e: Event) => e.stopPropagation()}
              ></kn-band-meter>
              <p class="overall">
                ${
                  r.overall !== null
                    ? this.t({
                        th: `คะแนนรวมโดยประมาณ ${this.num(r.overall)} จาก 500 (${r.band ? this.levelName(r.band) : '–'})`,
                        en: `Estimated overall ${this.num(r.overall)} of 500 (${r.band ? this.levelName(r.band) : '–'})`,
                      })
                    : this.t({
                        th: 'ยังไม่มีค่าประมาณ: ยังไม่ได้ประเมินหัวข้อใด',
                        en: 'No estimate yet: no item has been assessed.',
                      })
                }
              </p>
              <table class="categories-table">
                <caption class="visually-hidden">
                  ${this.t({ th: 'ค่าประมาณรายหมวด', en: 'Estimate by category' })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t({ th: 'หมวด', en: 'Category' })}</th>
                    <th scope="col">${this.t({ th: 'ประเมินแล้ว', en: 'Assessed' })}</th>
                    <th scope="col">${this.t({ th: 'ค่าประมาณ', en: 'Estimate' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${r.categories.map((c) => {
                    const title = titles.get(c.id);
                    return html`<tr>
                      <th scope="row">
                        ${this.t({ th: 'หมวด', en: 'Category' })} ${this.digits(String(c.id))}
                        ${c.id === 7 ? this.t({ th: 'ผลลัพธ์การดำเนินการ', en: 'Results' }) : title ? this.pick(title) : ''}
                      </th>
                      <td>
                        ${
                          c.id === 7
                            ? c.score === null
                              ? this.t({ th: 'ไม่มีคะแนนหมวด 7', en: 'No Category 7 score' })
                              : this.t({ th: 'จากตัวชี้วัดหมวด 7', en: 'From the Category 7 KPIs' })
                            : this.t({
                                th: `${c.assessed} จาก ${c.total}`,
                                en: `${c.assessed} of ${c.total}`,
                              })
                        }
                      </td>
                      <td>${c.score === null ? '–' : this.num(c.score)}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
              ${
                r.notAssessed.length
                  ? html`<p class="not-assessed">
                      ${this.t({
                        th: `ยังไม่ประเมิน ${r.notAssessed.length} หัวข้อ (ไม่นำมาคิด): ${r.notAssessed.join(', ')}`,
                        en: `${r.notAssessed.length} item${r.notAssessed.length === 1 ? '' : 's'} not assessed (left out): ${r.notAssessed.join(', ')}`,
                      })}
                    </p>`
                  : nothing
              }
              <kn-explanation .steps=${r.explanation} numerals=${this.numerals}></kn-explanation>
            `
          : html`<ul class="problems" role="alert">
              ${r.errors.map((e) => html`<li>${this.t(e.message)}</li>`)}
            </ul>`
      }
    </section>`;
  }

  private renderLevels(item: CriteriaItem): TemplateResult {
    const current = this._value.levels[item.id] ?? 'not-assessed';
    const rank = LEVEL_RANK[current];
    const name = `level-${cssId(item.id)}`;
    const legendId = `legend-${cssId(item.id)}`;
    return html`<fieldset part="levels" class="levels" aria-describedby="cumulative-hint">
      <legend id=${legendId}>
        ${this.t({ th: 'ระดับที่บรรลุ', en: 'Level reached' })}<span class="visually-hidden">
          ${this.t({ th: `หัวข้อ ${item.id}`, en: `item ${item.id}` })}</span
        >
      </legend>
      ${ITEM_LEVELS.map((level) => {
        const cumulative = (CUMULATIVE as readonly string[]).includes(level);
        const reached = cumulative && LEVEL_RANK[level] <= rank;
        const implied = reached && level !== current;
        const descriptor = cumulative ? item.levels[level as 'basic' | 'advance' | 'significance'] : null;
        return html`<label
          class="level level-${level} ${reached ? 'reached' : ''} ${level === current ? 'current' : ''}"
        >
          <input
            type="radio"
            name=${name}
            value=${level}
            .checked=${live(level === current)}
            @change=${() => this.setLevel(item.id, level)}
          />
          <span class="level-text">
            <span class="level-name"
              >${this.levelName(level)}${
                implied
                  ? html` <span class="implied"
                      >${this.t({ th: '✓ บรรลุแล้ว (ระดับสะสม)', en: '✓ reached (cumulative)' })}</span
                    >`
                  : nothing
              }</span
            >
            ${descriptor ? html`<span class="descriptor">${this.pick(descriptor)}</span>${this.other(descriptor, 'other descriptor')}` : nothing}
          </span>
        </label>`;
      })}
    </fieldset>`;
  }

  private renderPrompt(p: CriteriaPrompt, terms: readonly string[]): TemplateResult {
    const d = this.promptDraft(p.id);
    const id = cssId(p.id);
    const err = this.linkErrors[p.id];
    const match = terms.length > 0 && this.promptMatches(p, terms);
    return html`<section part="prompt" class="prompt ${match ? 'match' : ''}" aria-labelledby="ph-${id}">
      <h5 id="ph-${id}" class="prompt-heading">
        <span class="id">${this.digits(p.id)}</span>
        <span class="primary">${this.pick(p)}</span>
        ${p.tag ? html`<span class="tag">${p.tag}</span>` : nothing}
        ${match ? html`<span class="visually-hidden">${this.t({ th: '(ตรงกับคำค้น)', en: '(matches the search)' })}</span>` : nothing}
      </h5>
      ${this.other(p)}
      ${
        p.details.length
          ? html`<ul class="details">
              ${p.details.map((x) => html`<li><span>${this.pick(x)}</span>${this.other(x)}</li>`)}
            </ul>`
          : nothing
      }
      <div class="field">
        <label for="notes-${id}"
          >${this.t({ th: `บันทึก / คำอธิบายหลักฐาน (ประเด็น ${p.id})`, en: `Notes / evidence (prompt ${p.id})` })}</label
        >
        <textarea
          part="notes"
          id="notes-${id}"
          rows="3"
          .value=${live(d.notes)}
          @input=${(e: Event) => this.setPrompt(p.id, { ...this.promptDraft(p.id), notes: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <div class="print-only print-notes">${d.notes || this.t({ th: '(ไม่มีบันทึก)', en: '(no notes)' })}</div>
      </div>
      <div part="links" class="links">
        <p class="links-heading" id="lh-${id}">${this.t({ th: 'ลิงก์หลักฐาน', en: 'Evidence links' })}</p>
        ${
          d.links.length
            ? html`<ul aria-labelledby="lh-${id}">
                ${d.links.map(
                  (url, i) =>
                    html`<li>
                      <a href=${url} target="_blank" rel="noopener noreferrer">${url}</a>
                      <button type="button" class="remove-link" @click=${() => this.removeLink(p.id, i)}>
                        ${this.t({ th: 'ลบ', en: 'Remove' })}<span class="visually-hidden">
                          ${this.t({ th: 'ลิงก์', en: 'link' })} ${url}</span
                        >
                      </button>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${this.t({ th: 'ยังไม่มีลิงก์', en: 'No links yet' })}</p>`
        }
        <div class="add-link">
          <label for="link-${id}"
            >${this.t({ th: `เพิ่มลิงก์หลักฐาน (ประเด็น ${p.id})`, en: `Add an evidence link (prompt ${p.id})` })}</label
          >
          <div class="add-row">
            <input
              id="link-${id}"
              type="url"
              inputmode="url"
              autocomplete="url"
              placeholder="https://"
              .value=${live(this.linkDrafts[p.id] ?? '')}
              aria-invalid=${err ? 'true' : 'false'}
              aria-describedby="linkerr-${id}"
              @input=${(e: Event) => (this.linkDrafts = { ...this.linkDrafts, [p.id]: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  this.addLink(p.id);
                }
              }}
            />
            <button type="button" class="add-link-button" @click=${() => this.addLink(p.id)}>
              ${this.t({ th: 'เพิ่มลิงก์', en: 'Add link' })}
            </button>
          </div>
          <p id="linkerr-${id}" class="error" aria-live="polite">
            ${err ? html`<span aria-hidden="true">⚠ </span>${this.t(err)}` : nothing}
          </p>
        </div>
      </div>
    </section>`;
  }

  private renderItem(item: CriteriaItem, terms: readonly string[]): TemplateResult {
    const open = this.printing || this.expanded.has(item.id);
    const id = cssId(item.id);
    const level = this._value.levels[item.id] ?? 'not-assessed';
    const withNotes = item.prompts.filter((p) => this._value.prompts[p.id]).length;
    return html`<article part="item" class="item level-${level}" aria-labelledby="ih-${id}">
      <h4 class="item-heading">
        <button
          part="toggle"
          class="toggle"
          type="button"
          id="ih-${id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `prompts-${id}` : nothing}
          @click=${() => this.toggle(item.id)}
        >
          <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
          <span class="id">${this.digits(item.id)}</span>
          <span class="primary">${this.pick(item.title)}</span>
        </button>
      </h4>
      ${this.other(item.title)}
      <p class="item-summary">
        ${this.t({ th: 'ระดับที่ประเมิน:', en: 'Level:' })} <strong>${this.levelName(level)}</strong> ·
        ${this.t({
          th: `${item.prompts.length} ประเด็น มีบันทึก/ลิงก์ ${withNotes}`,
          en: `${item.prompts.length} prompts, ${withNotes} with notes or links`,
        })}
      </p>
      ${this.renderLevels(item)}
      ${
        open
          ? html`<div class="prompts" id="prompts-${id}">
              ${item.prompts.map((p) => this.renderPrompt(p, terms))}
            </div>`
          : nothing
      }
    </article>`;
  }

  private renderCategory(
    cat: ProcessCategory,
    items: readonly CriteriaItem[],
    terms: readonly string[],
  ): TemplateResult {
    const r = this.result;
    const progress = r.ok ? r.categories.find((c) => c.id === cat.id) : undefined;
    const assessed = progress?.assessed ?? 0; // counted by core (rule CL)
    const total = progress?.total ?? cat.items.length;
    const pct = total > 0 ? (assessed / total) * 100 : 0;
    return html`<section part="category" class="category" aria-labelledby="ch-${cat.id}">
      <h3 id="ch-${cat.id}">
        ${this.t({ th: 'หมวด', en: 'Category' })} ${this.digits(String(cat.id))}
        <span class="primary">${this.pick(cat.title)}</span>
      </h3>
      ${this.other(cat.title)}
      ${
        cat.intent && cat.intent.th
          ? html`<p class="intent">
              <span class="intent-label">${this.t({ th: 'เจตนารมณ์:', en: 'Intent:' })}</span>
              ${this.pick(cat.intent)} ${this.other(cat.intent)}
            </p>`
          : nothing
      }
      <div part="progress" class="progress">
        <span
          >${this.t({ th: `ประเมินแล้ว ${assessed} จาก ${total} หัวข้อ`, en: `${assessed} of ${total} items assessed` })}</span
        >
        <span class="bar" aria-hidden="true"
          ><span class="fill" style=${styleProps({ width: `${pct}%` })}></span
        ></span>
      </div>
      ${items.map((i) => this.renderItem(i, terms))}
    </section>`;
  }

  override render() {
    const heading = this.t({
      th: 'แบบประเมินตนเองตามเกณฑ์ PMQA 4.0',
      en: 'PMQA 4.0 self-assessment checklist',
    });
    if (this.status === 'loading') {
      return html`<h2 class="title">${heading}</h2>
        ${this.renderNotices()}
        <p part="loading" class="loading" role="status">
          ${this.t({ th: 'กำลังโหลดเกณฑ์…', en: 'Loading the criteria…' })}
        </p>`;
    }
    if (this.status === 'error' || !this.data) {
      return html`<h2 class="title">${heading}</h2>
        ${this.renderNotices()}
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
    const cats = this.visibleCategories();
    const visible = cats
      .map((c) => [c, c.items.filter((i) => this.itemMatches(i, terms))] as const)
      .filter(([, items]) => items.length > 0);
    const items = visible.flatMap(([, i]) => i);
    return html`
      <h2 class="title">${heading}</h2>
      ${this.renderNotices()} ${this.renderToolbar(items)} ${this.renderImportReport()}
      <p id="cumulative-hint" class="hint">
        ${this.t({
          th: 'ระดับเป็นแบบสะสม: ระดับที่สูงกว่าต่อยอดจากระดับที่ต่ำกว่า เลือก "ก้าวหน้า" หมายถึงบรรลุ "พื้นฐาน" แล้วด้วย',
          en: 'Levels are cumulative: each builds on the one below, so choosing Advance means Basic is reached too.',
        })}
      </p>
      ${this.renderEstimate()}
      ${
        visible.length
          ? visible.map(([c, i]) => this.renderCategory(c, i, terms))
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
