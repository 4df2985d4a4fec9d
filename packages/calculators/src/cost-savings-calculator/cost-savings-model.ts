/**
 * The cost-savings calculator's headless model: plain TypeScript (no DOM, no Lit), usable to build another
 * interface or a server-side check. It owns the service rows (rule FV), the efficiency answers (rule FE) and
 * the constants a user may change; every number and every error comes from `@khanaen/core`
 * (`facilitationValue`, `facilitationEfficiency`) and every rule constant from the rule pack.
 *
 * - Incremental re-scoring: an edit marks only what it touches. A service or constant edit re-scores rule FV
 *   (plus the constants on their own when a constant changed), a rubric edit re-scores rule FE; nothing is
 *   scored until a result is read, and a result equal to the previous one keeps its identity.
 * - Import validates once: `importCsv` / `importJson` read the rows, score the set once through core, and
 *   return per-row results and problems (row, column, code, message); the same result becomes the model's
 *   result (never scored again). Rows with problems are still loaded, so nothing typed is lost.
 * - Undo/redo of every edit (consecutive keystrokes in one field are one step) and of imports.
 * - `subscribe(listener)` is called after every change.
 *
 * The element `kn-cost-savings-calculator` renders this model and forwards input to it.
 */
import {
  facilitationAward2566,
  facilitationEfficiency,
  facilitationValue,
  parseDecimal,
  type BeforeAfter,
  type Bilingual,
  type DecimalInput,
  type FacilitationConstants,
  type FacilitationEfficiencyInput,
  type FacilitationEfficiencyResult,
  type FacilitationValueInput,
  type FacilitationValueResult,
  type KnError,
  type Lang,
  type LawLevel,
  type Result,
  type RulePack,
  type ServiceSaving,
  type ServiceValue,
} from '@khanaen/core';
import { toCsv } from '@khanaen/widgets';
import { costSavingsCsv } from './cost-savings-csv.js';
import {
  importProblem,
  readServicesCsv,
  readServicesJson,
  servicesCsvRows,
  type CostSavingsImportProblem,
  type ReadServices,
} from './cost-savings-import.js';

export type { CostSavingsImportProblem } from './cost-savings-import.js';

export type CostSavingsResult = Result<FacilitationValueResult>;
export type CostSavingsEfficiency = Result<FacilitationEfficiencyResult>;
/** The rubric inputs of rule FE (items 1–9 and the assessor's value points), as passed to core. */
export type CostSavingsRubric = FacilitationEfficiencyInput;
/** The constants of rule FV a user may change. */
export type CostSavingsConstantKey = 'bahtPerSheet' | 'wagePerDay' | 'hoursPerDay';
export type CostSavingsConstants = Readonly<Record<CostSavingsConstantKey, string>>;
/** The rubric items given as a before/after pair. */
export type CostSavingsPair = 'documents' | 'fees' | 'steps' | 'time';
/** A rubric group: its errors are shown together. */
export type CostSavingsRubricGroup = CostSavingsPair | 'law' | 'valuePoints';
/** The rubric items with points (items 1–8). */
export type CostSavingsItem = keyof FacilitationEfficiencyResult['items'];
/** Which key holds a row's time. */
export type TimeKey = 'hoursReduced' | 'minutesReduced';
/** Data given by the page that could not be used. */
export type CostSavingsDataProblem = 'services' | 'rubric';
/** A row field a user types into. */
export type ServiceField = 'name' | 'sheetsReduced' | 'feeReduced' | TimeKey | 'transactions';

export const CONSTANT_KEYS: readonly CostSavingsConstantKey[] = ['bahtPerSheet', 'wagePerDay', 'hoursPerDay'];
export const RUBRIC_GROUPS: readonly CostSavingsRubricGroup[] = [
  'law',
  'documents',
  'fees',
  'steps',
  'time',
  'valuePoints',
];
/** The levels of law of item 1, in the order the criteria list them. */
export const LAW_LEVEL_IDS: readonly LawLevel[] = ['act', 'ministerial', 'department'];

/** Everything an undo step restores. */
export interface CostSavingsSnapshot {
  readonly services: readonly ServiceSaving[];
  readonly rubric: CostSavingsRubric;
  readonly constants: CostSavingsConstants;
}

/** One imported row: what was read, core's result for it (`null` while the set has a problem), its problems. */
export interface CostSavingsImportRow {
  readonly row: number;
  readonly service: ServiceSaving;
  readonly value: ServiceValue | null;
  readonly problems: readonly CostSavingsImportProblem[];
}

export type CostSavingsImport =
  | {
      /** `true` when every row was read and scored. */
      readonly ok: boolean;
      readonly loaded: true;
      readonly rows: readonly CostSavingsImportRow[];
      readonly problems: readonly CostSavingsImportProblem[];
      /** Core's result for the imported set: the model's result from now on. */
      readonly result: CostSavingsResult;
    }
  | {
      /** The file could not be read (no header, no rows): nothing changed. */
      readonly ok: false;
      readonly loaded: false;
      readonly rows: readonly CostSavingsImportRow[];
      readonly problems: readonly CostSavingsImportProblem[];
    };

export interface CostSavingsModelOptions {
  readonly services?: unknown;
  readonly rubric?: unknown;
  readonly constants?: Partial<Record<CostSavingsConstantKey, string>>;
  /** Another facilitation-award pack (default: the built-in one). */
  readonly pack?: RulePack<FacilitationConstants>;
  /** Undo steps kept (default 100). */
  readonly historyLimit?: number;
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: DecimalInput | undefined | null): number | null => {
  const p = parseDecimal(v);
  return p.ok ? p.value : null;
};

/** A new, empty service row (time in hours). */
export function blankService(): ServiceSaving {
  return { name: '', sheetsReduced: '', feeReduced: '', hoursReduced: '', transactions: '' };
}

/** Which key holds a row's time: `minutesReduced` when the row is in minutes (and has no hours), else `hoursReduced`. */
export function timeKey(s: ServiceSaving): TimeKey {
  return 'minutesReduced' in s && s.minutesReduced !== undefined && blank(s.hoursReduced)
    ? 'minutesReduced'
    : 'hoursReduced';
}

function isBlankRow(s: ServiceSaving): boolean {
  return [s.name, s.sheetsReduced, s.feeReduced, s.hoursReduced, s.minutesReduced, s.transactions].every(
    blank,
  );
}

function isFilledRow(s: ServiceSaving): boolean {
  return [s.sheetsReduced, s.feeReduced, s[timeKey(s)], s.transactions].every((v) => !blank(v));
}

/** The pack's constants as text for the fields. */
function packConstants(pack: RulePack<FacilitationConstants>): CostSavingsConstants {
  const c = pack.constants;
  return {
    bahtPerSheet: String(c.bahtPerSheet),
    wagePerDay: String(c.wagePerDay),
    hoursPerDay: String(c.hoursPerDay),
  };
}

type Listener = (model: CostSavingsModel) => void;

let nextKey = 0;

/** The cost-savings calculator's state and rules (see the module comment). */
export class CostSavingsModel {
  readonly pack: RulePack<FacilitationConstants>;
  /** The pack's constants, as text (the fields' defaults). */
  readonly defaults: CostSavingsConstants;

  #services: readonly ServiceSaving[] = [blankService()];
  #keys: readonly number[] = [nextKey++];
  #rubric: CostSavingsRubric = {};
  #constants: CostSavingsConstants;
  #touchedRows = new Set<number>();
  #touchedRubric = new Set<string>();
  #problems = new Set<CostSavingsDataProblem>();

  // Scored lazily, when read after an edit marked them dirty.
  #result: CostSavingsResult | undefined;
  #efficiency: CostSavingsEfficiency | undefined;
  #constantsResult: CostSavingsResult | undefined;
  #valueDirty = true;
  #efficiencyDirty = true;
  #constantsDirty = true;
  #itemMax: Partial<Record<CostSavingsItem, number>> = {};

  #undo: { snapshot: CostSavingsSnapshot; keys: readonly number[]; coalesce: string | null }[] = [];
  #redo: { snapshot: CostSavingsSnapshot; keys: readonly number[] }[] = [];
  readonly #historyLimit: number;
  readonly #listeners = new Set<Listener>();

  constructor(options: CostSavingsModelOptions = {}) {
    this.pack = options.pack ?? facilitationAward2566;
    this.defaults = packConstants(this.pack);
    this.#constants = { ...this.defaults, ...options.constants };
    this.#historyLimit = options.historyLimit ?? 100;
    if (options.services !== undefined) this.loadServices(options.services);
    if (options.rubric !== undefined) this.loadRubric(options.rubric);
  }

  // ------------------------------------------------------------------------------------------- state

  get services(): readonly ServiceSaving[] {
    return this.#services;
  }

  /** A stable key per row (for rendering lists): kept across edits, new for added rows. */
  get keys(): readonly number[] {
    return this.#keys;
  }

  get rubric(): CostSavingsRubric {
    return this.#rubric;
  }

  get constants(): CostSavingsConstants {
    return this.#constants;
  }

  /** Data given by the page (`loadServices` / `loadRubric`) that could not be used. */
  get problems(): ReadonlySet<CostSavingsDataProblem> {
    return this.#problems;
  }

  get snapshot(): CostSavingsSnapshot {
    return { services: this.#services, rubric: this.#rubric, constants: this.#constants };
  }

  /** Constants that differ from the pack (blank or equal values are not overrides). */
  get overrides(): FacilitationValueInput['constants'] {
    const out: Partial<Record<CostSavingsConstantKey, string>> = {};
    for (const key of CONSTANT_KEYS) {
      const value = this.#constants[key];
      if (blank(value)) continue;
      const n = num(value);
      if (n !== null && n === num(this.defaults[key])) continue;
      out[key] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  // ------------------------------------------------------------------------------------------ scores

  /** Core's `facilitationValue` for the services and constants. */
  get result(): CostSavingsResult {
    if (this.#valueDirty || this.#result === undefined) {
      this.#result = stable(this.#result, this.#valueOf(this.#services));
      this.#valueDirty = false;
    }
    return this.#result;
  }

  /** Core's `facilitationEfficiency` for the rubric. */
  get efficiency(): CostSavingsEfficiency {
    if (this.#efficiencyDirty || this.#efficiency === undefined) {
      const next = facilitationEfficiency(this.#withPack(this.#rubric));
      if (next.ok)
        for (const [k, v] of Object.entries(next.items)) this.#itemMax[k as CostSavingsItem] = v.max;
      this.#efficiency = stable(this.#efficiency, next);
      this.#efficiencyDirty = false;
    }
    return this.#efficiency;
  }

  /** Core's answer for the constants alone (so the hourly wage shows while a row is incomplete). */
  get constantsResult(): CostSavingsResult {
    if (this.#constantsDirty || this.#constantsResult === undefined) {
      this.#constantsResult = stable(this.#constantsResult, this.#valueOf([]));
      this.#constantsDirty = false;
    }
    return this.#constantsResult;
  }

  /** The most an item can score, as core reports it (known once core has scored a rubric). */
  itemMax(item: CostSavingsItem): number | null {
    const e = this.efficiency;
    if (e.ok) return e.items[item].max;
    if (this.#itemMax[item] === undefined) {
      // Core refused the rubric: ask it about a rubric that answers every item with "no".
      const none = facilitationEfficiency(
        this.#withPack({
          law: { levels: [], count: 0 },
          renewalByPayment: false,
          eService: { form: false, payment: false, document: false },
          other: false,
          regulatoryGuillotine: false,
        }),
      );
      if (none.ok)
        for (const [k, v] of Object.entries(none.items)) this.#itemMax[k as CostSavingsItem] = v.max;
    }
    return this.#itemMax[item] ?? null;
  }

  /**
   * The most the total can be: dimension 1 plus dimension 2 (`004:1275-1289`), both read from the pack.
   * (Core's FE result does not carry this scale yet.)
   */
  get totalMax(): number {
    return this.pack.constants.dimension1Max + this.pack.constants.valueMaxPoints;
  }

  /** The result CSV (rows, agency total, constants): `''` while the input is incomplete or wrong. */
  toCsv(lang: Lang = 'th'): string {
    const r = this.result;
    return r.ok ? costSavingsCsv(r, lang) : '';
  }

  // ------------------------------------------------------------------------------- page-given data

  /**
   * Services given by the page: anything that is not a list of objects is noted as a problem and what cannot
   * be read becomes a blank row; at least one row is kept. Rows that hold something show their errors at
   * once. Clears the undo history (the page replaced the data).
   */
  loadServices(value: unknown): void {
    const list: unknown[] = Array.isArray(value) ? value : [];
    const usable = (value === null || value === undefined || Array.isArray(value)) && list.every(isRecord);
    this.#note('services', !usable);
    const rows =
      list.length === 0
        ? [blankService()]
        : list.every(isRecord)
          ? (value as ServiceSaving[])
          : list.map((s) => (isRecord(s) ? (s as unknown as ServiceSaving) : blankService()));
    this.#setRows(rows);
    this.#undo = [];
    this.#redo = [];
    this.#changed();
  }

  /** A rubric given by the page: anything but an object is noted and the rubric starts empty. */
  loadRubric(value: unknown): void {
    this.#note('rubric', value !== null && value !== undefined && !isRecord(value));
    this.#rubric = isRecord(value) ? (value as CostSavingsRubric) : {};
    // Given from outside: its errors are shown at once (an empty rubric has none to show).
    this.#touchedRubric = new Set(Object.keys(this.#rubric).length > 0 ? RUBRIC_GROUPS : []);
    this.#efficiencyDirty = true;
    this.#undo = [];
    this.#redo = [];
    this.#changed();
  }

  /** Constants given by the page (blank = the pack's value); not an undo step. */
  loadConstants(values: Partial<Record<CostSavingsConstantKey, string>>): void {
    const next = { ...this.#constants, ...values };
    if (CONSTANT_KEYS.every((k) => next[k] === this.#constants[k])) return;
    this.#constants = next;
    this.#valueDirty = true;
    this.#constantsDirty = true;
    this.#changed();
  }

  /** Forgets a noted data problem (the user dismissed the notice). */
  dismissProblem(what: CostSavingsDataProblem): void {
    if (this.#note(what, false)) this.#changed();
  }

  // ------------------------------------------------------------------------------------- user edits

  /** Sets one field of row `i` as typed. */
  editRow(i: number, field: ServiceField, value: string): void {
    const s = this.#services[i];
    if (!s || s[field] === value) return;
    this.#record(`services.${this.#keys[i]}.${field}`);
    this.#services = this.#services.map((row, j) => (j === i ? { ...row, [field]: value } : row));
    this.#valueDirty = true;
    this.#changed();
  }

  /** Moves row `i`'s typed time to the hours or the minutes key (it never converts it). */
  setUnit(i: number, unit: TimeKey): void {
    const s = this.#services[i];
    if (!s) return;
    if (timeKey(s) !== unit) {
      this.#record(null);
      const value = s[timeKey(s)] ?? '';
      const { hoursReduced: _h, minutesReduced: _m, ...rest } = s;
      this.#services = this.#services.map((row, j) =>
        j === i ? ({ ...rest, [unit]: value } as ServiceSaving) : row,
      );
      this.#valueDirty = true;
    }
    this.touchRow(i);
    this.#changed();
  }

  addRow(): void {
    this.#record(null);
    this.#services = [...this.#services, blankService()];
    this.#keys = [...this.#keys, nextKey++];
    this.#valueDirty = true;
    this.#changed();
  }

  /** Removes row `i` (the last row stays). */
  removeRow(i: number): boolean {
    if (this.#services.length <= 1 || i < 0 || i >= this.#services.length) return false;
    this.#record(null);
    this.#services = this.#services.filter((_, j) => j !== i);
    this.#keys = this.#keys.filter((_, j) => j !== i);
    this.#valueDirty = true;
    this.#changed();
    return true;
  }

  /** The user left a field of row `i`: its errors are shown from now on. */
  touchRow(i: number): void {
    const key = this.#keys[i];
    if (key === undefined || this.#touchedRows.has(key)) return;
    this.#touchedRows = new Set([...this.#touchedRows, key]);
    this.#changed();
  }

  setConstant(key: CostSavingsConstantKey, value: string): void {
    if (this.#constants[key] === value) return;
    this.#record(`constants.${key}`);
    this.#constants = { ...this.#constants, [key]: value };
    this.#valueDirty = true;
    this.#constantsDirty = true;
    this.#changed();
  }

  /** Restores the pack's constants. */
  resetConstants(): void {
    if (CONSTANT_KEYS.every((k) => this.#constants[k] === this.defaults[k])) return;
    this.#record(null);
    this.#constants = { ...this.defaults };
    this.#valueDirty = true;
    this.#constantsDirty = true;
    this.#changed();
  }

  /** Item 2–5: one side of a before/after pair. Both sides blank = the item is not given. */
  setPair(key: CostSavingsPair, side: keyof BeforeAfter, value: string): void {
    const current = this.#rubric[key] ?? { before: '', after: '' };
    if (current[side] === value) return;
    const pair = { ...current, [side]: value };
    const next: Record<string, unknown> = { ...this.#rubric };
    if (blank(pair.before) && blank(pair.after)) delete next[key];
    else next[key] = pair;
    this.#setRubric(next as CostSavingsRubric, `${key}.${side}`);
  }

  /** Item 1: a level of law amended or not. */
  toggleLaw(level: LawLevel, on: boolean): void {
    const levels = new Set(this.#rubric.law?.levels ?? []);
    if (on) levels.add(level);
    else levels.delete(level);
    const order = LAW_LEVEL_IDS.filter((l) => levels.has(l));
    this.#setRubric({ ...this.#rubric, law: { ...this.#rubric.law, levels: order } }, null);
  }

  /** Items 6, 8, 9. */
  setFlag(key: 'renewalByPayment' | 'other' | 'regulatoryGuillotine', on: boolean): void {
    this.#setRubric({ ...this.#rubric, [key]: on }, null);
  }

  /** Item 7. */
  setEService(key: 'form' | 'payment' | 'document', on: boolean): void {
    this.#setRubric({ ...this.#rubric, eService: { ...this.#rubric.eService, [key]: on } }, null);
  }

  /** Item 1's count of instruments, or the assessor's value points (blank = not given). */
  setText(path: 'law.count' | 'valuePoints', value: string): void {
    const next: Record<string, unknown> = { ...this.#rubric };
    if (path === 'valuePoints') {
      if (blank(value)) delete next.valuePoints;
      else next.valuePoints = value;
    } else {
      next.law = { ...this.#rubric.law, count: value };
    }
    this.#setRubric(next as CostSavingsRubric, path);
  }

  /** The user left a field of a rubric group: its errors are shown from now on. */
  touchRubric(group: string): void {
    if (this.#touchedRubric.has(group)) return;
    this.#touchedRubric = new Set([...this.#touchedRubric, group]);
    this.#changed();
  }

  // ------------------------------------------------------------------------------------------- undo

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Goes back one step (an edit, consecutive keystrokes in one field, or an import). */
  undo(): boolean {
    const step = this.#undo.pop();
    if (!step) return false;
    this.#redo.push({ snapshot: this.snapshot, keys: this.#keys });
    this.#restore(step.snapshot, step.keys);
    return true;
  }

  redo(): boolean {
    const step = this.#redo.pop();
    if (!step) return false;
    this.#undo.push({ snapshot: this.snapshot, keys: this.#keys, coalesce: null });
    this.#restore(step.snapshot, step.keys);
    return true;
  }

  // ------------------------------------------------------------------------------------------ errors

  /** Whether row `i`'s errors are shown: touched, given from outside, or filled in. */
  rowShown(i: number): boolean {
    const key = this.#keys[i];
    const s = this.#services[i];
    return (key !== undefined && this.#touchedRows.has(key)) || (s !== undefined && isFilledRow(s));
  }

  /** Whether any row's errors are shown. */
  get anyRowShown(): boolean {
    return this.#services.some((_, i) => this.rowShown(i));
  }

  /** The first shown error of row `i` at one of `fields`. */
  rowError(i: number, ...fields: string[]): KnError | undefined {
    if (!this.rowShown(i)) return undefined;
    return firstError(
      this.result,
      fields.map((f) => `services.${i}.${f}`),
    );
  }

  /** Errors of the value result that no field shows (a wrong set, a wrong pack). */
  get generalErrors(): readonly KnError[] {
    const r = this.result;
    if (r.ok) return [];
    const mapped =
      /^(services\.\d+\.(name|sheetsReduced|feeReduced|hoursReduced|minutesReduced|transactions)|(pack\.)?constants\.\w+)$/;
    return r.errors.filter((e) => !mapped.test(e.path));
  }

  /** Whether the value result fails because of a constant. */
  get badConstants(): boolean {
    const r = this.result;
    return !r.ok && r.errors.some((e) => /constants\./.test(e.path));
  }

  rubricShown(group: string): boolean {
    if (this.#touchedRubric.has(group)) return true;
    const rb = this.#rubric;
    if (group === 'valuePoints') return !blank(rb.valuePoints);
    if (group === 'law') return !blank(rb.law?.count);
    const pair = (rb as Record<string, BeforeAfter | undefined>)[group];
    return isRecord(pair) && !blank(pair.before) && !blank(pair.after);
  }

  /** The shown error of the rubric at `path` (e.g. `steps.before`). */
  rubricError(path: string): KnError | undefined {
    if (!this.rubricShown(path.split('.')[0] ?? '')) return undefined;
    return firstError(this.efficiency, [path]);
  }

  /** The rubric's errors that are shown (by group). */
  get rubricErrors(): readonly KnError[] {
    const e = this.efficiency;
    return e.ok ? [] : e.errors.filter((x) => this.rubricShown(x.path.split('.')[0] ?? ''));
  }

  constantError(key: CostSavingsConstantKey): KnError | undefined {
    return firstError(this.constantsResult, [`constants.${key}`, `pack.constants.${key}`]);
  }

  // ------------------------------------------------------------------------------------- subscribe

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ----------------------------------------------------------------------------------- import/export

  /** The services as CSV (the columns `importCsv` reads; BOM, CRLF, formula-like cells neutralised). */
  servicesToCsv(lang: Lang = 'th'): string {
    return toCsv(servicesCsvRows(this.#services, lang));
  }

  /** The whole state as JSON (`importJson` reads it back). */
  toJson(): string {
    return JSON.stringify({
      services: this.#services,
      rubric: this.#rubric,
      constants: this.#constants,
      pack: this.pack.id,
    });
  }

  /**
   * Reads services from CSV text: a header row (the field keys, or the Thai or English header that
   * `servicesToCsv` writes; `minutesReduced` may replace `hoursReduced`), then one service per row.
   * See `CostSavingsImport`.
   */
  importCsv(text: string): CostSavingsImport {
    const read = readServicesCsv(text);
    return read.ok ? this.#load(read) : failed(read.problems);
  }

  /** Reads `{ services, rubric?, constants? }` (what `toJson` writes) or a bare list of services. */
  importJson(text: string): CostSavingsImport {
    const read = readServicesJson(text);
    return read.ok ? this.#load(read) : failed(read.problems);
  }

  // ---------------------------------------------------------------------------------------- private

  #withPack<T extends object>(input: T): T {
    return this.pack === facilitationAward2566 ? input : { ...input, pack: this.pack };
  }

  #valueOf(services: readonly ServiceSaving[]): CostSavingsResult {
    const constants = this.overrides;
    const input: FacilitationValueInput = constants ? { services, constants } : { services };
    return facilitationValue(this.#withPack(input));
  }

  #note(what: CostSavingsDataProblem, bad: boolean): boolean {
    if (bad === this.#problems.has(what)) return false;
    const next = new Set(this.#problems);
    if (bad) next.add(what);
    else next.delete(what);
    this.#problems = next;
    return true;
  }

  #setRows(rows: readonly ServiceSaving[]): void {
    this.#services = rows;
    this.#keys = rows.map(() => nextKey++);
    this.#touchedRows = new Set(this.#keys.filter((_, i) => !isBlankRow(rows[i] as ServiceSaving)));
    this.#valueDirty = true;
  }

  #setRubric(next: CostSavingsRubric, coalesce: string | null): void {
    this.#record(coalesce === null ? null : `rubric.${coalesce}`);
    this.#rubric = next;
    this.#efficiencyDirty = true;
    this.#changed();
  }

  /** Saves the state before an edit; edits with the same `coalesce` key in a row are one step. */
  #record(coalesce: string | null): void {
    this.#redo = [];
    const last = this.#undo[this.#undo.length - 1];
    if (coalesce !== null && last?.coalesce === coalesce) return;
    this.#undo.push({ snapshot: this.snapshot, keys: this.#keys, coalesce });
    if (this.#undo.length > this.#historyLimit) this.#undo.shift();
  }

  #restore(s: CostSavingsSnapshot, keys: readonly number[]): void {
    if (s.services !== this.#services || s.constants !== this.#constants) {
      this.#valueDirty = true;
      this.#constantsDirty = true;
    }
    if (s.rubric !== this.#rubric) this.#efficiencyDirty = true;
    this.#services = s.services;
    this.#keys = keys;
    this.#rubric = s.rubric;
    this.#constants = s.constants;
    this.#changed();
  }

  /**
   * Loads read rows: core scores the set once; its errors become the rows' problems and its result the
   * model's result. `column` maps a field to the column name the file used (null when it had none).
   */
  #load({ rows: read, column, rubric, constants }: ReadServices): CostSavingsImport {
    this.#record(null);
    if (constants)
      this.#constants = Object.fromEntries(
        CONSTANT_KEYS.map((k) => [k, blank(constants[k]) ? this.defaults[k] : String(constants[k])]),
      ) as unknown as CostSavingsConstants;
    if (rubric) {
      this.#rubric = rubric;
      this.#touchedRubric = new Set(RUBRIC_GROUPS);
      this.#efficiencyDirty = true;
    }
    this.#setRows(
      read.map((r) => (isRecord(r.service) ? (r.service as unknown as ServiceSaving) : blankService())),
    );
    this.#constantsDirty = true;
    const result = this.result;
    const problems: CostSavingsImportProblem[] = read.flatMap((r) => r.problems);
    const byRow = new Map<number, CostSavingsImportProblem[]>();
    if (!result.ok) {
      for (const e of result.errors) {
        const m = /^services\.(\d+)(?:\.(\w+))?/.exec(e.path);
        const at = m ? read[Number(m[1])] : undefined;
        const row = at?.line ?? 1;
        const field = m?.[2] ?? e.path.replace(/^(pack\.)?constants\./, '');
        const col = at
          ? (column(field) ?? (field === 'hoursReduced' ? column('minutesReduced') : null) ?? field)
          : field;
        const p = importProblem(row, col, e.code, stripRow(e));
        problems.push(p);
        if (at) byRow.set(at.line, [...(byRow.get(at.line) ?? []), p]);
      }
    }
    const rows = read.map((r, i) => ({
      row: r.line,
      service: this.#services[i] as ServiceSaving,
      value: result.ok ? (result.services[i] ?? null) : null,
      problems: [...r.problems, ...(byRow.get(r.line) ?? [])],
    }));
    this.#changed();
    return { ok: problems.length === 0, loaded: true, rows, problems, result };
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener(this);
  }
}

/** `next`, or `prev` when it says the same (so an unchanged result keeps its identity). */
function stable<T>(prev: T | undefined, next: T): T {
  return prev !== undefined && JSON.stringify(prev) === JSON.stringify(next) ? prev : next;
}

function failed(problems: CostSavingsImportProblem[]): CostSavingsImport {
  return { ok: false, loaded: false, rows: [], problems };
}

function firstError(r: Result<object>, paths: readonly string[]): KnError | undefined {
  return r.ok ? undefined : r.errors.find((e) => paths.includes(e.path));
}

/** Core's message without its "งานบริการที่ n" row prefix (the import says the file's row instead). */
function stripRow(e: KnError): Bilingual {
  return {
    th: e.message.th.replace(/^งานบริการที่ \d+[:,]?\s*/, ''),
    en: e.message.en.replace(/^Service \d+[:,]?\s*/, ''),
  };
}
