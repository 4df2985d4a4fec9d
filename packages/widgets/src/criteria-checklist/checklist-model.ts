/**
 * The headless model of the PMQA 4.0 checklist: plain TypeScript (no DOM, no Lit), usable to build another
 * UI or to check an assessment on a server. It owns the answers (level per item, notes and links per prompt),
 * validates them through the checklist format and core, re-scores only when the levels or the Category 7
 * score change (rule CL, core's `checklistEstimate`), keeps drafts (the shared `createDraftStore`), imports
 * (JSON or the CSV export, each validated once) and exports, undoes, and tells subscribers of every change.
 *
 * ```ts
 * const model = new ChecklistModel();
 * model.subscribe((change) => render(model.value, model.result));
 * model.setLevel('1.1', 'advance');
 * model.result; // Result<ChecklistResult>: core's estimate, recomputed only when the levels change
 * ```
 */
import {
  checklistEstimate,
  type Bilingual,
  type ChecklistInput,
  type ChecklistResult,
  type DecimalInput,
  type ItemLevel,
  type Lang,
  type Result,
} from '@khanaen/core';
import type { CriteriaItem } from '@khanaen/core/criteria';
import type { DraftStore } from '../shared/draft-store.js';
import { checklistCsv, readChecklistCsv } from './csv.js';
import {
  checklistDraftStore,
  emptyValue,
  isHttpUrl,
  normaliseValue,
  parseDocument,
  toDocument,
  type ChecklistValue,
  type KnownIds,
  type PromptDraft,
} from './storage.js';

/** How the draft is being kept. */
export type SaveState = 'off' | 'idle' | 'pending' | 'saved' | 'unavailable';

/** A draft that could not be used, kept (in storage under `key` and in memory) and offered for download. */
export interface SetAsideDraft {
  readonly key: string | null;
  readonly raw: string;
  readonly problems: readonly Bilingual[];
  readonly newer: boolean;
}

/** What changed, for subscribers. */
export type ChecklistChangeKind =
  'level' | 'prompt' | 'import' | 'undo' | 'value' | 'category7-score' | 'draft' | 'save';

export interface ChecklistModelChange {
  readonly kind: ChecklistChangeKind;
  /** `true` for an edit through the model's edit methods (level, notes, link, import, undo). */
  readonly user: boolean;
}

/** The outcome of an import: what was imported, or every problem (nothing changed then). */
export type ChecklistImport =
  | { readonly ok: true; readonly items: number; readonly prompts: number }
  | { readonly ok: false; readonly problems: readonly Bilingual[] };

export interface ChecklistModelOptions {
  readonly value?: ChecklistValue;
  readonly category7Score?: DecimalInput | null;
  /** Delay before a change is written to the draft (ms); default 300. */
  readonly saveDelay?: number;
  /** Storage for drafts (tests); default `globalThis.localStorage`. */
  readonly storage?: Storage | null;
  /** Rule CL (tests count calls); default core's `checklistEstimate`. */
  readonly estimate?: (input: ChecklistInput) => Result<ChecklistResult>;
  /** The most edits `undo()` can take back; default 100. */
  readonly undoLimit?: number;
}

const LINK_REQUIRED: Bilingual = { th: 'กรุณากรอกลิงก์ก่อนกดเพิ่ม', en: 'Enter a link first.' };
const LINK_INVALID: Bilingual = {
  th: 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://example.go.th/report',
  en: 'The link must start with http:// or https://, e.g. https://example.go.th/report',
};
const NO_PROMPT: PromptDraft = Object.freeze({ notes: '', links: Object.freeze([]) as readonly string[] });

interface UndoEntry {
  readonly value: ChecklistValue;
  /** Consecutive notes of one prompt are taken back together. */
  readonly coalesce: string | null;
}

export class ChecklistModel {
  private _value: ChecklistValue;
  private _category7Score: DecimalInput | null;
  private readonly estimate: (input: ChecklistInput) => Result<ChecklistResult>;
  private scored: {
    levels: ChecklistValue['levels'];
    category7: DecimalInput | null;
    result: Result<ChecklistResult>;
  } | null = null;
  private readonly listeners = new Set<(change: ChecklistModelChange) => void>();
  private known: KnownIds = {};
  private history: UndoEntry[] = [];
  private readonly undoLimit: number;
  private importUndo: ChecklistValue | null = null;

  // drafts
  private readonly saveDelay: number;
  private readonly storage: Storage | null | undefined;
  private store: DraftStore<ChecklistValue> | null = null;
  /** The key the value was loaded from: drafts are never written over a key that could not be read. */
  private loadedKey: string | null = null;
  private _key: string | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private _saveState: SaveState = 'off';
  private _savedAt: Date | null = null;
  private _asides: readonly SetAsideDraft[] = [];
  private _migratedFrom: number | null = null;
  /** While `false` (the view is not on the page), changes are kept dirty but not written on a timer. */
  autosave = true;

  constructor(options: ChecklistModelOptions = {}) {
    this._value = normaliseValue(options.value ?? emptyValue());
    this._category7Score = options.category7Score ?? null;
    this.estimate = options.estimate ?? checklistEstimate;
    this.saveDelay = options.saveDelay ?? 300;
    this.storage = options.storage;
    this.undoLimit = options.undoLimit ?? 100;
  }

  // ------------------------------------------------------------------------------------- state

  /** The whole assessment. Setting it replaces the state and saves the draft (it is not a user edit). */
  get value(): ChecklistValue {
    return this._value;
  }
  set value(v: ChecklistValue) {
    this._value = normaliseValue(v);
    this.changed('value', false);
  }

  /** The Category 7 score (rule C7S) fed to the estimate; `null` or `''` when there is none. */
  get category7Score(): DecimalInput | null {
    return this._category7Score;
  }
  set category7Score(v: DecimalInput | null) {
    if (v === this._category7Score) return;
    this._category7Score = v;
    this.emit({ kind: 'category7-score', user: false });
  }

  /** Rule CL's estimate from core; computed again only when the levels or the Category 7 score change. */
  get result(): Result<ChecklistResult> {
    const { levels } = this._value;
    const category7 = this._category7Score;
    if (!this.scored || this.scored.levels !== levels || this.scored.category7 !== category7) {
      const category7Score = category7 === null || category7 === '' ? undefined : category7;
      this.scored = { levels, category7, result: this.estimate({ levels, category7Score }) };
    }
    return this.scored.result;
  }

  /** The level recorded for an item (`not-assessed` when none). */
  levelOf(itemId: string): ItemLevel {
    return this._value.levels[itemId] ?? 'not-assessed';
  }

  /** The notes and links of a prompt (empty when none). */
  prompt(promptId: string): PromptDraft {
    return this._value.prompts[promptId] ?? NO_PROMPT;
  }

  /** The prompt ids of the loaded criteria: imports and drafts are then checked against them. */
  setKnownPrompts(ids: ReadonlySet<string> | null): void {
    this.known = ids ? { prompts: ids } : {};
  }

  // ------------------------------------------------------------------------------------- edits

  /** Records the level reached for an item (`not-assessed` removes it). */
  setLevel(itemId: string, level: ItemLevel): void {
    if (this.levelOf(itemId) === level) return;
    const levels = { ...this._value.levels };
    if (level === 'not-assessed') delete levels[itemId];
    else levels[itemId] = level;
    this.edit({ ...this._value, levels }, 'level', null);
  }

  /** Replaces the notes of a prompt. */
  setNotes(promptId: string, notes: string): void {
    this.setPrompt(promptId, { ...this.prompt(promptId), notes }, `notes:${promptId}`);
  }

  /**
   * Adds an evidence link to a prompt: `null` when added (or already there), else why not (the link must be
   * an absolute `http:` or `https:` URL, so a `javascript:` link never becomes a link on a page).
   */
  addLink(promptId: string, text: string): Bilingual | null {
    const url = text.trim();
    if (url === '') return LINK_REQUIRED;
    if (!isHttpUrl(url)) return LINK_INVALID;
    const d = this.prompt(promptId);
    if (!d.links.includes(url)) this.setPrompt(promptId, { ...d, links: [...d.links, url] }, null);
    return null;
  }

  /** Removes the `index`-th link of a prompt. */
  removeLink(promptId: string, index: number): void {
    const d = this.prompt(promptId);
    if (index < 0 || index >= d.links.length) return;
    this.setPrompt(promptId, { ...d, links: d.links.filter((_, i) => i !== index) }, null);
  }

  private setPrompt(promptId: string, draft: PromptDraft, coalesce: string | null): void {
    const prompts = { ...this._value.prompts };
    if (draft.notes === '' && draft.links.length === 0) delete prompts[promptId];
    else prompts[promptId] = draft;
    this.edit({ ...this._value, prompts }, 'prompt', coalesce);
  }

  private edit(next: ChecklistValue, kind: ChecklistChangeKind, coalesce: string | null): void {
    const last = this.history[this.history.length - 1];
    if (!(coalesce !== null && last?.coalesce === coalesce)) {
      this.history.push({ value: this._value, coalesce });
      if (this.history.length > this.undoLimit) this.history.shift();
    }
    this._value = next;
    this.changed(kind, true);
  }

  // ------------------------------------------------------------------------------------- undo

  /** Whether `undo()` has an edit to take back. */
  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Takes back the last edit (consecutive notes of one prompt together). */
  undo(): void {
    const entry = this.history.pop();
    if (!entry) return;
    this._value = entry.value;
    this.changed('undo', true);
  }

  /** Whether the state from before the last import can be restored. */
  get canUndoImport(): boolean {
    return this.importUndo !== null;
  }

  /** Restores the state from before the last import. */
  undoImport(): void {
    const previous = this.importUndo;
    if (!previous) return;
    this.importUndo = null;
    this.history.push({ value: this._value, coalesce: null });
    this._value = previous;
    this.changed('undo', true);
  }

  /** Forgets the state kept for `undoImport()`. */
  forgetImportUndo(): void {
    this.importUndo = null;
  }

  // ------------------------------------------------------------------------------------- import / export

  /** The assessment as a JSON document (schema `khanaen.checklist`, version 1). */
  exportJson(now: Date = new Date()): string {
    return JSON.stringify(toDocument(this._value, now), null, 2);
  }

  /** The assessment as CSV (BOM, one row per item and per prompt, in `items` order). */
  exportCsv(items: readonly CriteriaItem[], lang: Lang = 'th'): string {
    return checklistCsv(items, this._value, lang);
  }

  /**
   * Imports a JSON document, validated completely in one pass; on any problem nothing changes and every
   * problem is returned. On success the previous state can be restored with `undoImport()`.
   */
  importJson(text: string): ChecklistImport {
    const r = parseDocument(text, this.known);
    return r.ok ? this.load(r.value) : { ok: false, problems: r.problems };
  }

  /**
   * Imports the checklist's own CSV export (Thai or English headers), validated in one pass with a problem
   * per row and column; on any problem nothing changes.
   */
  importCsv(text: string): ChecklistImport {
    const r = readChecklistCsv(text, this.known);
    return r.ok ? this.load(r.value) : { ok: false, problems: r.problems };
  }

  private load(value: ChecklistValue): ChecklistImport {
    this.importUndo = this._value;
    this.history.push({ value: this._value, coalesce: null });
    this._value = value;
    this.changed('import', true);
    return { ok: true, items: Object.keys(value.levels).length, prompts: Object.keys(value.prompts).length };
  }

  // ------------------------------------------------------------------------------------- drafts

  /** The `localStorage` key of the draft, or `null`. */
  get storageKey(): string | null {
    return this._key;
  }
  get saveState(): SaveState {
    return this._saveState;
  }
  /** When the draft was last saved (or, after a restore, when it had been saved). */
  get savedAt(): Date | null {
    return this._savedAt;
  }
  /** Drafts that could not be used and were set aside (never dropped). */
  get asides(): readonly SetAsideDraft[] {
    return this._asides;
  }
  /** The version a restored draft was migrated from, else `null`. */
  get migratedFrom(): number | null {
    return this._migratedFrom;
  }

  dismissAside(index: number): void {
    this._asides = this._asides.filter((_, i) => i !== index);
    this.emit({ kind: 'draft', user: false });
  }

  dismissMigrated(): void {
    this._migratedFrom = null;
    this.emit({ kind: 'draft', user: false });
  }

  /**
   * Keeps drafts under `key` (`null`: none): writes what is pending under the previous key, then restores
   * the draft under `key` (migrating an older one, setting aside one that cannot be used).
   */
  openDraft(key: string | null): void {
    if (this._key) this.flush();
    this._key = key;
    this.loadedKey = null;
    this.store = null;
    if (!key) {
      this._saveState = 'off';
      this.emit({ kind: 'draft', user: false });
      return;
    }
    this.store = checklistDraftStore(key, () => this.known, this.storage);
    const r = this.store.load();
    switch (r.status) {
      case 'unavailable':
        this._saveState = 'unavailable';
        break;
      case 'loaded':
        this._value = r.data;
        this._migratedFrom = r.migratedFrom;
        this._savedAt = r.savedAt ? new Date(r.savedAt) : null;
        this.loadedKey = key;
        this._saveState = 'idle';
        // The store has saved a migrated draft again; writing it here too shows the save (or its failure).
        if (r.migratedFrom !== null) this.write();
        break;
      case 'empty':
        this.loadedKey = key;
        this._saveState = 'idle';
        if (this.dirty || Object.keys(this._value.levels).length || Object.keys(this._value.prompts).length)
          this.write();
        break;
      case 'set-aside':
        this._asides = [
          ...this._asides,
          { key: r.asideKey, raw: r.raw, problems: r.problems, newer: r.newer },
        ];
        if (r.asideKey === null) {
          // Could not copy it: it stays where it is and is not written over.
          this._saveState = 'unavailable';
        } else {
          this.loadedKey = key;
          this._saveState = 'idle';
        }
    }
    this.emit({ kind: 'draft', user: false });
  }

  /** Writes a pending draft at once. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty || !this._key) return;
    this.write();
    this.emit({ kind: 'save', user: false });
  }

  /** Stops the save timer (the pending draft stays pending; `flush()` writes it). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private write(): void {
    const key = this._key;
    if (!key || key !== this.loadedKey || !this.store) {
      // The draft under this key could not be read or moved aside: keep working in memory.
      if (key) this._saveState = 'unavailable';
      return;
    }
    if (this.store.save(this._value)) {
      this.dirty = false;
      this._savedAt = new Date();
      this._saveState = 'saved';
    } else {
      this._saveState = 'unavailable';
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this._key || !this.autosave) return;
    if (this._saveState !== 'unavailable') this._saveState = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.saveDelay);
  }

  // ------------------------------------------------------------------------------------- notify

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: (change: ChecklistModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(kind: ChecklistChangeKind, user: boolean): void {
    this.scheduleSave();
    this.emit({ kind, user });
  }

  private emit(change: ChecklistModelChange): void {
    for (const l of [...this.listeners]) l(change);
  }
}
