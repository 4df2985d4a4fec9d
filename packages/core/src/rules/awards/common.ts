/**
 * Shared pieces of the award readiness rules: the result shapes, dates in either era, yes/no gates, rubrics
 * (self-scored dimensions) and error labels. Pure; no module-level mutable state.
 */
import * as z from 'zod/mini';
import { HUNDRED, fromThaiDigits, round, sum, toNumber2, type Decimal } from '../../decimal.js';
import { fmt, step } from '../../explain.js';
import { error, type Bilingual, type ErrorCode, type ExplanationStep, type KnError } from '../../result.js';
import { d, dOpt, optionalDecimal, type DecimalInput } from '../../validate.js';
import type { AwardDimensionSpec } from './pack.js';

/** One condition (gate) of an award: met or not, why, and where the source says so. */
export interface AwardGate {
  /** Rule id, e.g. `AW.PS.1`, `AW.PG.OG.1`, `AW.PM.2` (see docs/award-defaults.md). */
  readonly rule: string;
  readonly met: boolean;
  /** The answer needed to decide it was not given (the gate counts as not met). */
  readonly missing: boolean;
  readonly text: Bilingual;
  /** `004:line` of the passage; a product default cites `docs/award-defaults.md#…`. */
  readonly source: string;
}

/** One self-scored rubric dimension. */
export interface AwardDimension {
  readonly id: string;
  readonly label: Bilingual;
  readonly max: number;
  /** The self-score (rounded to 2 decimals), or `null` when not given. */
  readonly score: number | null;
  /** Score as a percentage of the dimension's maximum (2 decimals), or `null`. */
  readonly pct: number | null;
  /** Whether the dimension passes the branch's threshold; `null` when the branch has none or no score. */
  readonly met: boolean | null;
  readonly source: string;
}

/** The result of every readiness rule of the family. */
export interface AwardReadinessResult {
  readonly pack: string;
  readonly branch: 'public-service' | 'participatory' | 'pmqa';
  readonly type: string;
  readonly typeLabel: Bilingual;
  /** Ready to apply: every gate met (and, where the source has one, every dimension passes). */
  readonly eligible: boolean;
  readonly reasons: readonly AwardGate[];
  /** The gates not met, in order (what is missing). */
  readonly unmet: readonly AwardGate[];
  readonly dimensions: readonly AwardDimension[];
  /** Sum of the self-scores when every dimension is scored, else `null`. */
  readonly total: number | null;
  /** The rubric maximum (100), or `null` when the type has no rubric in this path. */
  readonly max: number | null;
  readonly explanation: readonly ExplanationStep[];
}

// ------------------------------------------------------------------------------------------------
// Dates

/** A calendar date (Common Era). */
export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Years from 2400 on are Buddhist Era (as `toCommonEraYear`). */
const BE_FROM = 2400;

/**
 * A date written `YYYY-MM-DD` (also `YYYY/MM/DD`, Thai digits, a Buddhist-era year from 2400 on), as a Common
 * Era calendar date; `null` when it is not a real date.
 */
export function parseAwardDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(fromThaiDigits(value));
  if (!m) return null;
  let y = Number(m[1]);
  if (y >= BE_FROM) y -= 543;
  const mo = Number(m[2]);
  const day = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, day));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== day) return null;
  return { y, m: mo, d: day };
}

/** A comparable day number. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / 86_400_000;
}

/**
 * The date `years` whole years after `date`. A 29 February lands on 1 March in a common year
 * (default, docs/award-defaults.md#anniversary).
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const t = new Date(Date.UTC(date.y + years, date.m - 1, date.d));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const TH_MONTHS = [
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
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date in words: Thai in the Buddhist Era ("14 ก.พ. 2566"), English in the Common Era ("14 Feb 2023"). */
export function dateText(date: CalendarDate): Bilingual {
  return {
    th: `${date.d} ${TH_MONTHS[date.m - 1] ?? ''} ${date.y + 543}`,
    en: `${date.d} ${EN_MONTHS[date.m - 1] ?? ''} ${date.y}`,
  };
}

/** ISO text of a date (Common Era), for `values`. */
export function isoOf(date: CalendarDate): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

type Issue = { code: 'custom'; input: unknown; params: { code: ErrorCode }; message: string };

/** An optional date field: absent or blank means "not given"; otherwise it must be a real date. */
export function optionalDate() {
  return z.optional(
    z.custom<string | undefined>().check((ctx) => {
      const v: unknown = ctx.value;
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return;
      if (parseAwardDate(v) === null) {
        const issue: Issue = {
          code: 'custom',
          input: v,
          params: { code: 'INVALID_DATE' },
          message: 'INVALID_DATE',
        };
        ctx.issues.push(issue);
      }
    }),
  );
}

/** A date the schema has accepted, or `undefined` when blank. */
export function dateOpt(value: unknown): CalendarDate | undefined {
  return parseAwardDate(value) ?? undefined;
}

/** A year in either era, as Buddhist Era. */
export function beYear(year: Decimal): number {
  const n = Number(year.toString());
  return n >= BE_FROM ? n : n + 543;
}

// ------------------------------------------------------------------------------------------------
// Gates

export const optBool = () => z.optional(z.boolean());
export const optCount = () => optionalDecimal({ nonNegative: true, integer: true });
export const optYears = () => optionalDecimal({ nonNegative: true });
export const optScore = () => optionalDecimal({ nonNegative: true });

/** A gate decided by a computed comparison. */
export function gate(rule: string, source: string, met: boolean, yes: Bilingual, no: Bilingual): AwardGate {
  return { rule, met, missing: false, text: met ? yes : no, source };
}

/** A gate whose answer was not given: not met, and says what to answer. */
export function missing(rule: string, source: string, what: Bilingual): AwardGate {
  return {
    rule,
    met: false,
    missing: true,
    text: { th: `ยังไม่ได้ตอบ: ${what.th}`, en: `Not answered yet: ${what.en}` },
    source,
  };
}

/** A yes/no gate: `undefined` is missing; `expected` is the answer that meets it (default yes). */
export function yesNo(
  rule: string,
  source: string,
  answer: boolean | undefined,
  question: Bilingual,
  yes: Bilingual,
  no: Bilingual,
  expected = true,
): AwardGate {
  if (answer === undefined) return missing(rule, source, question);
  return gate(rule, source, answer === expected, yes, no);
}

/** Explanation steps of the gates, in order. */
export function gateSteps(gates: readonly AwardGate[]): ExplanationStep[] {
  return gates.map((g) => step(g.rule, g.source, g.text.th, g.text.en, { met: g.met, missing: g.missing }));
}

/** `value` as a percentage of `of`, rounded half-up to 2 decimals (`of` > 0). */
export function pctOf(value: Decimal, of: Decimal): Decimal {
  return round(value.div(of).times(HUNDRED));
}

// ------------------------------------------------------------------------------------------------
// Rubrics

export const scoresSchema = () => z.optional(z.record(z.string(), optScore()));

/**
 * The self-scored dimensions of a rubric. `minPct` is the branch's pass threshold per dimension (`null`: the
 * source gives none). Scores above a dimension's maximum are reported as `OUT_OF_RANGE` at `scores.<id>`.
 */
export function rubric(
  specs: readonly AwardDimensionSpec[],
  scores: Readonly<Record<string, DecimalInput | undefined>> | undefined,
  minPct: number | null,
): { dimensions: AwardDimension[]; total: Decimal | null; max: number; errors: KnError[] } {
  const errors: KnError[] = [];
  const given = scores ?? {};
  let allScored = true;
  const values: Decimal[] = [];
  const dimensions = specs.map((s): AwardDimension => {
    const v = dOpt(given[s.id]);
    if (v === undefined) {
      allScored = false;
      return { id: s.id, label: s.label, max: s.max, score: null, pct: null, met: null, source: s.source };
    }
    if (v.gt(s.max)) errors.push(error(`scores.${s.id}`, 'OUT_OF_RANGE', { min: 0, max: s.max }, s.label));
    const score = round(v);
    values.push(score);
    const pct = pctOf(score, d(s.max));
    return {
      id: s.id,
      label: s.label,
      max: s.max,
      score: toNumber2(score),
      pct: toNumber2(pct),
      met: minPct === null ? null : pct.gte(minPct),
      source: s.source,
    };
  });
  const unknown = Object.keys(given).filter((k) => !specs.some((s) => s.id === k));
  for (const k of unknown) errors.push(error(`scores.${k}`, 'UNKNOWN_ITEM', { item: k }));
  const max = specs.reduce((a, s) => a + s.max, 0);
  return { dimensions, total: allScored ? sum(values) : null, max, errors };
}

/** Explanation steps of a rubric: one per scored dimension, then the total. */
export function rubricSteps(
  rule: string,
  dims: readonly AwardDimension[],
  total: Decimal | null,
  max: number,
): ExplanationStep[] {
  const steps = dims
    .filter((x) => x.score !== null)
    .map((x) =>
      step(
        rule,
        x.source,
        `${x.label.th}: ${fmt(x.score as number)} จาก ${fmt(x.max)} คะแนน (ร้อยละ ${fmt(x.pct as number)})`,
        `${x.label.en}: ${fmt(x.score as number)} of ${fmt(x.max)} points (${fmt(x.pct as number)}%)`,
        { dimension: x.id, score: x.score, max: x.max, pct: x.pct },
      ),
    );
  if (total !== null) {
    const src = dims.map((x) => x.source.replace('004:', '')).join(', ');
    steps.push(
      step(
        rule,
        `004:${src}`,
        `คะแนนรวมที่ประเมินตนเอง ${fmt(total)} จาก ${fmt(max)} คะแนน`,
        `Self-assessed total ${fmt(total)} of ${fmt(max)} points.`,
        { total: toNumber2(total), max },
      ),
    );
  }
  return steps;
}

// ------------------------------------------------------------------------------------------------
// Errors

const LABELS: Readonly<Record<string, Bilingual>> = {
  branch: { th: 'สาขารางวัล', en: 'Award branch' },
  type: { th: 'ประเภทรางวัล', en: 'Award type' },
  asOf: { th: 'วันที่ตรวจความพร้อม', en: 'Date of the check' },
  inUseSince: { th: 'วันที่เริ่มนำผลงานไปใช้จริง', en: 'Date the work went into real use' },
  startedOn: { th: 'วันที่เริ่มดำเนินการ', en: 'Date the work started' },
  resultsFrom: { th: 'วันแรกของผลการดำเนินการ', en: 'First day of the results' },
  resultsTo: { th: 'วันสุดท้ายของผลการดำเนินการ', en: 'Last day of the results' },
  selfAssessedOn: { th: 'วันที่ประเมินตนเอง', en: 'Self-assessment date' },
  stateAgency: { th: 'คำตอบว่าเป็นหน่วยงานของรัฐ', en: 'State agency answer' },
  oneTypeOnly: { th: 'คำตอบว่าส่งสมัครประเภทเดียว', en: 'One award type answer' },
  previouslyWon: { th: 'คำตอบว่าเคยได้รับรางวัล', en: 'Won before answer' },
  verifiableResults: { th: 'คำตอบว่ามีผลสำเร็จที่ตรวจสอบได้', en: 'Verifiable results answer' },
  route: { th: 'รูปแบบ', en: 'Route' },
  prototypeAwardLevel: { th: 'ระดับรางวัลของผลงานต้นแบบ', en: 'Prototype award level' },
  priorAwardLevel: { th: 'ระดับรางวัลของต้นแบบ', en: 'Model award level' },
  categoryScores: { th: 'คะแนนรายหมวด', en: 'Category scores' },
  pack: { th: 'ชุดเกณฑ์', en: 'Rule pack' },
  constants: { th: 'ค่าคงที่', en: 'Constants' },
  prototypeAwardYear: { th: 'ปีที่ผลงานต้นแบบได้รับรางวัล', en: 'Year the prototype won' },
  priorAwardYear: { th: 'ปีที่ต้นแบบได้รับรางวัล', en: 'Year the model won' },
  expansionStartYear: { th: 'ปีที่เริ่มขยายผล', en: 'Year the expansion started' },
  units: { th: 'จำนวนหน่วยบริการสาขา/พื้นที่ทั้งหมด', en: 'Branch units in all' },
  reached: { th: 'จำนวนหน่วยบริการที่ขยายผลแล้ว', en: 'Branch units reached' },
  agencies: { th: 'จำนวนหน่วยงานที่ร่วมดำเนินการ', en: 'Agencies taking part' },
  online: { th: 'จำนวนผ่านระบบออนไลน์', en: 'Online count' },
  total: { th: 'จำนวนทั้งหมด', en: 'Total count' },
  otherAreas: { th: 'จำนวนพื้นที่อื่นที่ขยายผล', en: 'Other areas reached' },
  continuedYears: { th: 'จำนวนปีที่ต่อยอด', en: 'Years continued' },
  activeYears: { th: 'จำนวนปีที่ดำเนินการ', en: 'Years active' },
  nominees: { th: 'จำนวนบุคคล/กลุ่มบุคคลที่เสนอชื่อ', en: 'Nominees' },
  worksFromDepartment: { th: 'จำนวนผลงานของกรมในประเภทนี้', en: 'Works of the department in this type' },
  category7Score: { th: 'คะแนนหมวด 7', en: 'Category 7 score' },
  overallScore: { th: 'คะแนนเฉลี่ย 7 หมวด', en: 'Mean of the 7 categories' },
  lastYearStage1: { th: 'คะแนนขั้นตอนที่ 1 ปีที่ผ่านมา', en: 'Last year’s stage-1 score' },
  scores: { th: 'คะแนนประเมินตนเองรายมิติ', en: 'Dimension self-scores' },
};

/** Errors with this family's field names (the shared labels do not know them). */
export function relabel(errors: readonly KnError[]): KnError[] {
  return errors.map((e) => {
    const parts = e.path.split('.').filter((p) => !/^\d+$/.test(p));
    const key = [...parts].reverse().find((p) => Object.prototype.hasOwnProperty.call(LABELS, p));
    const label = key ? LABELS[key] : { th: `คำตอบ (${e.path})`, en: `Answer (${e.path})` };
    return error(e.path, e.code, e.values ?? {}, label);
  });
}
