/**
 * The KPI target calculator's headless model: plain TypeScript, no DOM and no Lit. It holds the inputs as
 * typed (text), scores them through `@khanaen/core` (rule C7 or AE.1) at most once per change, says which
 * error belongs to which field and when to show it, and tells subscribers when anything changed.
 * `<kn-kpi-target-calculator>` renders it; a team can use it for its own form or a server-side check.
 *
 * A keystroke changes one input: the model forgets its result, and the next read scores once. The numbers a
 * chart needs are parsed by core once per distinct text (kept), never by the view.
 */
import {
  agencyEval2567,
  parseDecimal,
  rulePacks,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  type AgencyKpiResult,
  type Bilingual,
  type Boundaries,
  type Category7KpiResult,
  type Direction,
  type KnError,
  type Result,
} from '@khanaen/core';
import { category7Pack, type Category7Pack } from '../kpi-scorecard/category7-pack.js';

export type CalculatorMode = 'cat7' | 'agency';
export type KpiTargetResult = Result<Category7KpiResult> | Result<AgencyKpiResult>;

/** The calculator's inputs, as typed. */
export interface TargetInputs {
  readonly mode: CalculatorMode;
  /** Category 7: this year's target. */
  readonly target: string;
  readonly actual: string;
  /** Category 7: the two previous years' results `[y-2, y-1]`. */
  readonly history: readonly string[];
  readonly direction: Direction | '';
  readonly boundaries: Boundaries;
  readonly initialTarget: string;
  readonly standardTarget: string;
  readonly highTarget: string;
  /** Agency: optional weight (%). */
  readonly weight: string;
  /** Category 7: the Buddhist-era year whose rule pack applies (`null`: core's default). */
  readonly year: number | null;
}

/** The core functions the model enters (injectable: tests count calls). */
export interface TargetScoring {
  readonly scoreCategory7Kpi: typeof scoreCategory7Kpi;
  readonly scoreAgencyKpi: typeof scoreAgencyKpi;
  readonly parseDecimal: typeof parseDecimal;
}

export const targetCoreScoring: TargetScoring = { scoreCategory7Kpi, scoreAgencyKpi, parseDecimal };

export const BLANK_INPUTS: TargetInputs = {
  mode: 'cat7',
  target: '',
  actual: '',
  history: [],
  direction: '',
  boundaries: 'text',
  initialTarget: '',
  standardTarget: '',
  highTarget: '',
  weight: '',
  year: null,
};

/** Error paths of each mode's fields (the rest are shown under the form). */
export const FIELD_PATHS: Readonly<Record<CalculatorMode, readonly string[]>> = {
  agency: ['actual', 'targets.initial', 'targets.standard', 'targets.high', 'weight'],
  cat7: ['target', 'actual', 'history', 'history.0', 'history.1'],
};

const SCORED: readonly (keyof TargetInputs)[] = [
  'mode',
  'target',
  'actual',
  'history',
  'direction',
  'boundaries',
  'initialTarget',
  'standardTarget',
  'highTarget',
  'weight',
  'year',
];

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => x === b[i])
    : Object.is(a, b);

export class TargetModel {
  private readonly scoring: TargetScoring;
  private _inputs: TargetInputs;
  private _pack: Category7Pack | undefined;
  private scored: { readonly result: KpiTargetResult; json: string | null } | null = null;
  private readonly numbers = new Map<string, number | null>();
  private _touched: ReadonlySet<string> = new Set();
  private readonly undoStack: { inputs: TargetInputs; edit: string | null }[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    options: { readonly inputs?: Partial<TargetInputs>; readonly scoring?: Partial<TargetScoring> } = {},
  ) {
    this.scoring = { ...targetCoreScoring, ...options.scoring };
    this._inputs = { ...BLANK_INPUTS, ...options.inputs };
    this._pack = category7Pack(this._inputs.year);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  get inputs(): TargetInputs {
    return this._inputs;
  }

  /**
   * Changes inputs; returns whether anything changed. A change the user made (`user`) can be undone (typing
   * in one field is one step) and marks the field as touched when `touch` names its error path.
   */
  update(
    patch: Partial<TargetInputs>,
    options: { readonly user?: boolean; readonly touch?: string } = {},
  ): boolean {
    const next = { ...this._inputs, ...patch } as TargetInputs;
    const changed = SCORED.filter((k) => !same(next[k], this._inputs[k]));
    if (changed.length === 0) return false;
    if (options.user) {
      const edit = changed.length === 1 ? (changed[0] as string) : null;
      const last = this.undoStack[this.undoStack.length - 1];
      if (edit === null || last?.edit !== edit) this.undoStack.push({ inputs: this._inputs, edit });
      if (this.undoStack.length > 100) this.undoStack.shift();
    }
    this._inputs = next;
    if (changed.includes('year')) this._pack = category7Pack(next.year);
    this.scored = null;
    this.notify();
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Brings back the inputs from before the user's last change. */
  undo(): boolean {
    const last = this.undoStack.pop();
    if (!last) return false;
    this._inputs = last.inputs;
    this._pack = category7Pack(last.inputs.year);
    this.scored = null;
    this.notify();
    return true;
  }

  /** The Category 7 pack the year chose (`undefined`: core's default). */
  get category7Pack(): Category7Pack | undefined {
    return this._pack;
  }

  /** The agency rule pack in use: the result's, else the default (its year is the fiscal year shown). */
  get agencyPack(): typeof agencyEval2567 {
    const r = this._inputs.mode === 'agency' ? this.result : null;
    const id = r && r.ok ? r.pack : agencyEval2567.id;
    const pack = (rulePacks as Readonly<Record<string, unknown>>)[id] as typeof agencyEval2567 | undefined;
    return pack ?? agencyEval2567;
  }

  /** Agency constants for display (target points, composite weights, weight total): the result's pack. */
  get agencyConstants(): typeof agencyEval2567.constants {
    return this.agencyPack.constants;
  }

  /** The inputs as passed to core (numbers as typed; the pack apart). */
  get coreInput(): Record<string, unknown> {
    const i = this._inputs;
    const direction = i.direction || undefined;
    if (i.mode === 'agency') {
      return {
        actual: i.actual,
        targets: { initial: i.initialTarget, standard: i.standardTarget, high: i.highTarget },
        ...(direction ? { direction } : {}),
        ...(i.weight.trim() !== '' ? { weight: i.weight } : {}),
      };
    }
    return {
      target: i.target,
      actual: i.actual,
      history: [i.history[0] ?? '', i.history[1] ?? ''],
      direction: direction ?? 'higher',
      boundaries: i.boundaries,
    };
  }

  /** The core result for the current inputs (scored once per change). */
  get result(): KpiTargetResult {
    if (!this.scored) {
      const input = this.coreInput;
      const result =
        this._inputs.mode === 'agency'
          ? this.scoring.scoreAgencyKpi(input as unknown as Parameters<typeof scoreAgencyKpi>[0])
          : this.scoring.scoreCategory7Kpi({
              ...(input as unknown as Parameters<typeof scoreCategory7Kpi>[0]),
              ...(this._pack ? { pack: this._pack } : {}),
            });
      this.scored = { result, json: null };
    }
    return this.scored.result;
  }

  /** `JSON.stringify(result)`, made once per result (for a form value, or to tell whether it changed). */
  get resultJson(): string {
    const r = this.result;
    const s = this.scored as { result: KpiTargetResult; json: string | null };
    s.json ??= JSON.stringify(r);
    return s.json;
  }

  /** A number typed in a field, parsed by core (once per distinct text), or `null`. */
  numberOf(text: string | undefined): number | null {
    const key = text ?? '';
    if (!this.numbers.has(key)) {
      if (this.numbers.size > 64) this.numbers.clear();
      const p = this.scoring.parseDecimal(key);
      this.numbers.set(key, p.ok ? p.value : null);
    }
    return this.numbers.get(key) ?? null;
  }

  // ------------------------------------------------------------------ errors per field

  /** Fields the user has left after editing (their errors are shown). */
  get touched(): ReadonlySet<string> {
    return this._touched;
  }
  touch(path: string): void {
    if (this._touched.has(path)) return;
    this._touched = new Set([...this._touched, path]);
    this.notify();
  }
  resetTouched(): void {
    this._touched = new Set();
    this.notify();
  }

  /** Every field of the mode has a value (then every error is shown). */
  allFilled(): boolean {
    const i = this._inputs;
    const values =
      i.mode === 'agency'
        ? [i.actual, i.initialTarget, i.standardTarget, i.highTarget]
        : [i.target, i.actual, i.history[0] ?? '', i.history[1] ?? ''];
    return values.every((v) => String(v).trim() !== '');
  }

  /** The first error for one field's paths, once that field was touched or every field is filled. */
  fieldError(...paths: string[]): Bilingual | null {
    const r = this.result;
    if (r.ok) return null;
    const e = r.errors.find((x: KnError) => paths.some((p) => x.path === p || x.path.startsWith(`${p}.`)));
    if (!e) return null;
    return paths.some((p) => this._touched.has(p)) || this.allFilled() ? e.message : null;
  }

  /** Errors that belong to no single field (and unordered targets), shown under the form. */
  generalErrors(): KnError[] {
    const r = this.result;
    if (r.ok) return [];
    const fields = FIELD_PATHS[this._inputs.mode];
    return r.errors.filter((e) => !fields.includes(e.path) || e.code === 'TARGETS_NOT_ORDERED');
  }

  /** The direction in use: the one chosen, else the result's (agency infers it from the target order). */
  get direction(): Direction {
    const i = this._inputs;
    if (i.direction) return i.direction;
    if (i.mode === 'cat7') return 'higher';
    const r = this.result;
    return r.ok ? r.direction : 'higher';
  }
}
