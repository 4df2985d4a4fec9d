/**
 * The award readiness calculator's headless model: plain TypeScript (no DOM, no Lit). It owns the chosen
 * branch and type, the answers to the gates, the self-scores per dimension and the figures linked from other
 * calculators; it builds core's input and asks `@khanaen/core` (`awardReadiness`, rules AW.PS, AW.PG, AW.PM)
 * for the result — it decides nothing itself. Drafts go through any store with `load`/`save`/`clear` (the
 * element passes a `DraftStore` of `@khanaen/widgets`); `subscribe(listener)` is called after every change.
 *
 * ```ts
 * const model = new AwardReadinessModel({ branch: 'participatory', type: 'open-governance' });
 * model.answer('startedOn', '2564-06-01');
 * model.setScore('capacity', '6');
 * model.result; // Result<AwardReadinessResult> from core, recomputed only when the input changes
 * ```
 */
import {
  AWARD_BRANCHES,
  awardReadiness,
  awards2566,
  parseAwardDate,
  type AwardBranch,
  type AwardDimensionSpec,
  type AwardReadinessInput,
  type AwardReadinessResult,
  type Bilingual,
  type KnError,
  type Lang,
  type PmqaPathResult,
  type Result,
} from '@khanaen/core';
import type { DraftRead } from '@khanaen/widgets';
import {
  BRANCH_LABELS,
  PMQA_TYPE_LABELS,
  TYPES,
  questionsFor,
  type Answers,
  type Question,
} from './award-questions.js';

export type AwardReadinessOutcome = Result<AwardReadinessResult | PmqaPathResult>;

/** What a draft (and the JSON export) holds: everything the user typed. */
export interface AwardReadinessDraft {
  readonly branch: AwardBranch;
  readonly type: string;
  readonly asOf: string;
  readonly answers: Readonly<Record<string, string | boolean | readonly string[]>>;
  readonly scores: Readonly<Record<string, string>>;
}

/** Figures taken from linked calculators (`for`): never typed, never re-computed here. */
export interface LinkedFigures {
  /** Rule FE dimension 1 (efficiency, 85) from `kn-cost-savings-calculator`. */
  readonly efficiency: number | null;
  /** Rule FE dimension 2 as the assessor entered it (value for money, 15). */
  readonly value: number | null;
  /** Rule FV agency total (baht), shown beside the value dimension. */
  readonly valueBaht: number | null;
  /** Rule C7S Category 7 set score from `kn-kpi-scorecard` (Category 7 mode). */
  readonly category7: number | null;
  /** Rule CL overall estimate from `kn-criteria-checklist`. */
  readonly overall: number | null;
}

/** What a draft store must do (`DraftStore<AwardReadinessDraft>` of `@khanaen/widgets` does). */
export interface AwardDraftStore {
  load():
    | { readonly status: 'empty' | 'unavailable' }
    | { readonly status: 'loaded'; readonly data: AwardReadinessDraft }
    | { readonly status: 'set-aside'; readonly problems: readonly Bilingual[] };
  save(data: AwardReadinessDraft): boolean;
  clear(): void;
}

export type DraftStatus = 'off' | 'empty' | 'restored' | 'set-aside' | 'unavailable';

export interface AwardReadinessModelOptions {
  readonly branch?: AwardBranch;
  readonly type?: string;
  /** Rules of core (tests count calls); default `awardReadiness`. */
  readonly evaluate?: (input: AwardReadinessInput) => AwardReadinessOutcome;
}

const NO_LINKS: LinkedFigures = {
  efficiency: null,
  value: null,
  valueBaht: null,
  category7: null,
  overall: null,
};
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Sets `value` at a dotted path, creating objects (or arrays for numeric segments). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) node[k] = value;
    else {
      if (!isRecord(node[k]) && !Array.isArray(node[k]))
        node[k] = /^\d+$/.test(keys[i + 1] as string) ? [] : {};
      node = node[k] as Record<string, unknown>;
    }
  });
}

/** The draft data when its shape is right, else `null`. */
export function validateAwardDraft(data: unknown): AwardReadinessDraft | null {
  if (!isRecord(data)) return null;
  const branch = data.branch as AwardBranch;
  if (!AWARD_BRANCHES.includes(branch) || typeof data.type !== 'string' || !TYPES[branch].includes(data.type))
    return null;
  if (data.asOf !== undefined && typeof data.asOf !== 'string') return null;
  if (!isRecord(data.answers) || !isRecord(data.scores)) return null;
  const answers: Record<string, string | boolean | readonly string[]> = {};
  for (const [k, v] of Object.entries(data.answers)) {
    if (typeof v === 'string' || typeof v === 'boolean') answers[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) answers[k] = v as string[];
    else return null;
  }
  const scores: Record<string, string> = {};
  for (const [k, v] of Object.entries(data.scores)) {
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    scores[k] = String(v);
  }
  return { branch, type: data.type, asOf: typeof data.asOf === 'string' ? data.asOf : '', answers, scores };
}

export class AwardReadinessModel {
  private _branch: AwardBranch;
  private _type: string;
  private _asOf = '';
  private _answers: Record<string, string | boolean | readonly string[]> = {};
  private _scores: Record<string, string> = {};
  private _linked: LinkedFigures = NO_LINKS;
  private readonly evaluate: (input: AwardReadinessInput) => AwardReadinessOutcome;
  private readonly listeners = new Set<() => void>();
  private cacheKey: string | null = null;
  private cache: AwardReadinessOutcome | null = null;
  private store: AwardDraftStore | null = null;
  private _draftStatus: DraftStatus = 'off';
  private _draftProblems: readonly Bilingual[] = [];

  constructor(options: AwardReadinessModelOptions = {}) {
    this._branch =
      options.branch && AWARD_BRANCHES.includes(options.branch) ? options.branch : 'public-service';
    this._type = this.validType(options.type);
    this.evaluate = options.evaluate ?? awardReadiness;
  }

  private validType(type: string | undefined): string {
    const types = TYPES[this._branch];
    return type !== undefined && types.includes(type) ? type : (types[0] as string);
  }

  // ------------------------------------------------------------------------------ state
  get branch(): AwardBranch {
    return this._branch;
  }
  get type(): string {
    return this._type;
  }
  get asOf(): string {
    return this._asOf;
  }
  get answers(): Answers {
    return this._answers;
  }
  get scores(): Readonly<Record<string, string>> {
    return this._scores;
  }
  get linked(): LinkedFigures {
    return this._linked;
  }
  /** The types of the current branch. */
  get types(): readonly string[] {
    return TYPES[this._branch];
  }

  /** Labels of a branch and of a type of the current branch (from the rule pack). */
  branchLabel(branch: AwardBranch = this._branch): Bilingual {
    return BRANCH_LABELS[branch];
  }
  typeLabel(type: string = this._type): Bilingual {
    const c = awards2566.constants;
    if (this._branch === 'public-service')
      return c.publicService.types[type as keyof typeof c.publicService.types].label;
    if (this._branch === 'participatory')
      return c.participatory.types[type as keyof typeof c.participatory.types].label;
    return PMQA_TYPE_LABELS[type as keyof typeof PMQA_TYPE_LABELS];
  }

  setBranch(branch: AwardBranch): void {
    if (!AWARD_BRANCHES.includes(branch) || branch === this._branch) return;
    this._branch = branch;
    this._type = this.validType(undefined);
    this.changed();
  }

  setType(type: string): void {
    const t = this.validType(type);
    if (t !== type || t === this._type) return;
    this._type = t;
    this.changed();
  }

  /** The date readiness is judged on (blank: core's default, 14 Feb 2566). */
  setAsOf(text: string): void {
    if (text === this._asOf) return;
    this._asOf = text;
    this.changed();
  }

  /** Answers one question (`undefined` or blank text clears it). */
  answer(path: string, value: string | boolean | readonly string[] | undefined): void {
    const next = { ...this._answers };
    if (value === undefined || (typeof value === 'string' && value === '')) delete next[path];
    else next[path] = value;
    if (JSON.stringify(next) === JSON.stringify(this._answers)) return;
    this._answers = next;
    this.changed();
  }

  /** The self-score of one dimension, as typed. */
  setScore(id: string, text: string): void {
    if ((this._scores[id] ?? '') === text) return;
    const next = { ...this._scores };
    if (text === '') delete next[id];
    else next[id] = text;
    this._scores = next;
    this.changed();
  }

  /**
   * Takes the figures of a linked calculator's `kn-change` detail: the cost-savings calculator
   * (`{ result, efficiency }`), the Category 7 scorecard (`{ result }` of rule C7S) or the checklist
   * (`{ result }` of rule CL). Returns whether the detail was recognised.
   */
  link(detail: unknown): boolean {
    if (!isRecord(detail)) return false;
    const r = detail.result;
    let next: LinkedFigures | null = null;
    if ('efficiency' in detail) {
      const e = detail.efficiency;
      const ok = isRecord(e) && e.ok === true;
      next = {
        ...this._linked,
        efficiency: ok ? finite(e.dimension1) : null,
        value: ok ? finite(e.valuePoints) : null,
        valueBaht: isRecord(r) && r.ok === true ? finite(r.total) : null,
      };
    } else if (isRecord(r) && 'passesStage1' in r) {
      next = { ...this._linked, category7: r.ok === true ? finite(r.score) : null };
    } else if (isRecord(r) && r.estimate === true) {
      next = { ...this._linked, overall: r.ok === true ? finite(r.overall) : null };
    } else if (isRecord(r) && r.ok === false && 'mode' in detail) {
      next = { ...this._linked, category7: null };
    }
    if (next === null) return false;
    if (JSON.stringify(next) !== JSON.stringify(this._linked)) {
      this._linked = next;
      this.changed();
    }
    return true;
  }

  /** Forgets every linked figure (e.g. when `for` changes). */
  unlink(): void {
    if (this._linked === NO_LINKS) return;
    this._linked = NO_LINKS;
    this.changed();
  }

  /** Clears every answer and score (keeps the branch and type). */
  reset(): void {
    this._answers = {};
    this._scores = {};
    this._asOf = '';
    this.changed();
  }

  // ------------------------------------------------------------------------------ questions
  /** The questions to show now (general first; those whose `when` fails are left out). */
  get questions(): readonly Question[] {
    return questionsFor(this._branch, this._type).filter((q) => !q.when || q.when(this._answers));
  }

  /** The self-scored dimensions of the current type (none for the PMQA path). */
  get dimensions(): readonly AwardDimensionSpec[] {
    const c = awards2566.constants;
    if (this._branch === 'public-service')
      return c.publicService.types[this._type as keyof typeof c.publicService.types].dimensions;
    if (this._branch === 'participatory')
      return c.participatory.types[this._type as keyof typeof c.participatory.types].dimensions;
    return [];
  }

  /** A dimension's score taken from a linked calculator (facilitation: FE dimension 1 and 2), or `null`. */
  linkedScore(id: string): number | null {
    if (this._branch !== 'public-service' || this._type !== 'facilitation') return null;
    return id === 'efficiency' ? this._linked.efficiency : id === 'value' ? this._linked.value : null;
  }

  /** A question's answer taken from a linked calculator, or `null`. */
  linkedAnswer(q: Question): number | null {
    if (q.linked === 'category7') return this._linked.category7;
    if (q.linked === 'overall') return this._linked.overall;
    return null;
  }

  /** A date answer in words (Thai: Buddhist Era), or `null` when it is blank or not a date. */
  dateWords(text: string, lang: Lang): string | null {
    const d = parseAwardDate(text);
    if (!d) return null;
    const th = [
      'ม.ค.',
      'ก.พ.',
      'มี.ค.',
      'เม.ย.',
      'พ.ค.',
      'มิ.ย.',
      'ก.ค.',
      'ส.ค.',
      'ก.ย.',
      'ต.ค.',
      'พ.ย.',
      'ธ.ค.',
    ];
    const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return lang === 'th' ? `${d.d} ${th[d.m - 1]} ${d.y + 543}` : `${d.d} ${en[d.m - 1]} ${d.y}`;
  }

  // ------------------------------------------------------------------------------ input and result
  /** Core's input for the current answers (blank answers are left out; linked figures win). */
  get input(): AwardReadinessInput {
    const out: Record<string, unknown> = { branch: this._branch, type: this._type };
    if (!blank(this._asOf)) out.asOf = this._asOf;
    for (const q of this.questions) {
      const linked = this.linkedAnswer(q);
      const v = linked ?? this._answers[q.path];
      if (v === undefined || blank(v)) continue;
      if (q.kind === 'multi') {
        if (Array.isArray(v) && v.length)
          setPath(
            out,
            q.path,
            [...v].map(Number).sort((a, b) => a - b),
          );
      } else if (q.kind === 'yesno') {
        if (typeof v === 'boolean') setPath(out, q.path, v);
      } else setPath(out, q.path, typeof v === 'number' ? v : String(v));
    }
    this.completePmqa(out);
    const scores: Record<string, string | number> = {};
    for (const dim of this.dimensions) {
      const v = this.linkedScore(dim.id) ?? this._scores[dim.id];
      if (v !== undefined && !blank(v)) scores[dim.id] = v;
    }
    if (Object.keys(scores).length) out.scores = scores;
    return out as unknown as AwardReadinessInput;
  }

  /** PA.1/PA.2 inputs go to core only once complete; the Category 7 related percentages follow `applied`. */
  private completePmqa(out: Record<string, unknown>): void {
    const o = out.outstanding;
    if (isRecord(o)) {
      const p = o.categoryPercents;
      const full =
        Array.isArray(p) &&
        p.length === 7 &&
        p.every((x) => !blank(x)) &&
        !blank(o.total) &&
        !blank(o.priorCategoryAwards);
      if (!full) delete out.outstanding;
    }
    const b = out.byCategory;
    if (isRecord(b)) {
      const related = (isRecord(b.related) || Array.isArray(b.related) ? b.related : {}) as Record<
        string,
        unknown
      >;
      delete b.related;
      const applied = Array.isArray(b.applied) ? (b.applied as number[]) : [];
      b.cat7RelatedPercents = applied.map((c) => related[String(c)] ?? '');
      const p = b.categoryPercents;
      const full =
        Array.isArray(p) &&
        p.length === 7 &&
        p.every((x) => !blank(x)) &&
        !blank(b.total) &&
        applied.length > 0 &&
        (b.cat7RelatedPercents as unknown[]).every((x) => !blank(x));
      if (!full) delete out.byCategory;
    }
  }

  /** Core's result for the current input (recomputed only when the input changes). */
  get result(): AwardReadinessOutcome {
    const input = this.input;
    const key = JSON.stringify(input);
    if (key !== this.cacheKey || this.cache === null) {
      this.cache = this.evaluate(input);
      this.cacheKey = key;
    }
    return this.cache;
  }

  /** Core's error for one input path (questions use their path; scores `scores.<id>`), or `null`. */
  errorFor(path: string): KnError | null {
    const r = this.result;
    if (r.ok) return null;
    const m = /^byCategory\.related\.(\d)$/.exec(path);
    const applied = this._answers['byCategory.applied'];
    const alias =
      m && Array.isArray(applied)
        ? `byCategory.cat7RelatedPercents.${[...applied]
            .map(Number)
            .sort((a, b) => a - b)
            .indexOf(Number(m[1]))}`
        : null;
    return r.errors.find((e) => e.path === path || (alias !== null && e.path === alias)) ?? null;
  }

  // ------------------------------------------------------------------------------ drafts
  /** Everything typed, as the draft and the JSON export hold it. */
  get draft(): AwardReadinessDraft {
    return {
      branch: this._branch,
      type: this._type,
      asOf: this._asOf,
      answers: this._answers,
      scores: this._scores,
    };
  }

  /** Replaces the state with a draft (or an import); returns `false` when its shape is wrong (nothing changes). */
  restore(data: unknown, fromDraft = false): boolean {
    const d = validateAwardDraft(data);
    if (!d) return false;
    this._branch = d.branch;
    this._type = d.type;
    this._asOf = d.asOf;
    this._answers = { ...d.answers };
    this._scores = { ...d.scores };
    this.changed(!fromDraft);
    return true;
  }

  get draftStatus(): DraftStatus {
    return this._draftStatus;
  }
  /** Why a draft was set aside (it is kept by the store, never dropped). */
  get draftProblems(): readonly Bilingual[] {
    return this._draftProblems;
  }

  /** Keeps drafts in `store` and restores the one there. */
  attachStore(store: AwardDraftStore | null): DraftStatus {
    this.store = store;
    if (!store) return (this._draftStatus = 'off');
    const loaded = store.load();
    if (loaded.status === 'loaded')
      this._draftStatus = this.restore(loaded.data, true) ? 'restored' : 'set-aside';
    else if (loaded.status === 'set-aside') {
      this._draftStatus = 'set-aside';
      this._draftProblems = loaded.problems;
    } else this._draftStatus = loaded.status;
    this.notify();
    return this._draftStatus;
  }

  /** Deletes the saved draft and clears the answers. */
  discardDraft(): void {
    this.store?.clear();
    this._draftStatus = this.store ? 'empty' : 'off';
    this.reset();
  }

  // ------------------------------------------------------------------------------ receipt
  /** A plain-text summary to print or keep: verdict, every gate (met or not, source), dimensions, total. */
  receipt(lang: Lang = 'th'): string {
    const r = this.result;
    const t = (x: Bilingual) => x[lang];
    const lines = [
      lang === 'th'
        ? 'พร้อมสมัครรางวัลหรือยัง? — รางวัลเลิศรัฐ 2566'
        : 'Ready to apply? — Public Sector Excellence Awards 2566',
      `${t(this.branchLabel())}: ${t(this.typeLabel())}`,
    ];
    if (!r.ok) {
      lines.push(
        lang === 'th' ? 'ข้อมูลยังไม่ถูกต้อง:' : 'Some answers are not valid:',
        ...r.errors.map((e) => `- ${t(e.message)}`),
      );
      return lines.join('\n');
    }
    lines.push(
      r.eligible
        ? lang === 'th'
          ? 'ผล: พร้อมสมัคร'
          : 'Result: ready to apply'
        : lang === 'th'
          ? `ผล: ยังไม่พร้อม (${r.unmet.length} ข้อ)`
          : `Result: not yet (${r.unmet.length} to do)`,
      '',
      ...r.reasons.map((g) => `${g.met ? '✓' : g.missing ? '?' : '✗'} ${g.rule} ${t(g.text)} [${g.source}]`),
    );
    if (r.dimensions.length) {
      lines.push('');
      for (const d of r.dimensions)
        lines.push(
          `${t(d.label)}: ${d.score ?? '–'} / ${d.max}${d.pct !== null ? ` (${d.pct}%)` : ''} [${d.source}]`,
        );
      if (r.total !== null) lines.push(`${lang === 'th' ? 'รวม' : 'Total'}: ${r.total} / ${r.max}`);
    }
    return lines.join('\n');
  }

  // ------------------------------------------------------------------------------ subscribers
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private changed(save = true): void {
    if (save && this.store) this.store.save(this.draft);
    this.notify();
  }
}

export const DRAFT_SCHEMA = 'khanaen.award-readiness';
export const DRAFT_VERSION = 1;

/** Reads a stored draft for the shared `DraftStore` (schema, version, shape). */
export function readAwardDraft(record: unknown): DraftRead<AwardReadinessDraft> {
  const r = record as { schema?: unknown; version?: unknown } | null;
  if (!r || r.schema !== DRAFT_SCHEMA)
    return { ok: false, problems: [{ th: 'ร่างนี้ไม่ใช่ของเครื่องมือนี้', en: 'The draft is not this tool’s.' }] };
  if (typeof r.version === 'number' && r.version > DRAFT_VERSION) return { ok: false, newer: true };
  const data = r.version === DRAFT_VERSION ? validateAwardDraft(record) : null;
  return data
    ? { ok: true, data }
    : { ok: false, problems: [{ th: 'ร่างมีรูปแบบไม่ถูกต้อง', en: 'The draft has the wrong shape.' }] };
}
