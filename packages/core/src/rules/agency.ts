/**
 * Rule AE — agency evaluation, fiscal year 2567 (SPEC §3). Source: `003:212-254`, `003:607-619`.
 */
import * as z from 'zod/mini';
import { HUNDRED, dec, formatDecimal, round, sum, toDecimal, toNumber2, type Decimal } from '../decimal.js';
import { fmt, labelOf, lazyExplanation, packStep, step } from '../explain.js';
import {
  agencyEval2567,
  type AgencyConstants,
  type AgencyLevel,
  type PackOptions,
  type RulePack,
} from '../packs.js';
import { error, fail, type ExplanationStep, type KnError, type Result } from '../result.js';
import { positionOn, scaleOfPack, type ScalePosition } from '../scales.js';
import { check, checkPack, d, decimal, dOpt, optionalDecimal, type DecimalInput } from '../validate.js';
import { directionSchema, type Direction } from './cat7.js';

const targetsSchema = z.object({ initial: decimal(), standard: decimal(), high: decimal() });

export const agencyKpiSchema = z.object({
  actual: decimal(),
  targets: targetsSchema,
  direction: z.optional(directionSchema),
  weight: optionalDecimal({ range: [0, 100] }),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export const agencySchema = z.object({
  kpis: z
    .array(
      z.object({
        id: z.string().check(z.trim(), z.minLength(1)),
        name: z.optional(z.nullable(z.string())),
        weight: decimal({ nonNegative: true }),
        actual: decimal(),
        targets: targetsSchema,
        direction: z.optional(directionSchema),
      }),
    )
    .check(z.minLength(1)),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export const agencyCompositeSchema = z.object({
  performance: decimal({ range: [0, 100] }),
  digital: z.optional(decimal({ range: [0, 100] })),
  pmqa: z.optional(decimal({ range: [0, 100] })),
  round: z.optional(z.enum(['6-month', '12-month'])),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface AgencyTargets {
  /** ค่าเป้าหมายขั้นต้น — 50 points. */
  readonly initial: DecimalInput;
  /** ค่าเป้าหมายมาตรฐาน — 75 points. */
  readonly standard: DecimalInput;
  /** ค่าเป้าหมายขั้นสูง — 100 points. */
  readonly high: DecimalInput;
}

export interface AgencyKpiInput extends PackOptions<AgencyConstants> {
  readonly actual: DecimalInput;
  readonly targets: AgencyTargets;
  /** Inferred from the target order when absent (high < initial ⇒ `lower`). */
  readonly direction?: Direction;
  /** Optional weight in percent (0–100): the result then gives the weighted contribution. */
  readonly weight?: DecimalInput;
}

export interface AgencyKpiResult {
  readonly pack: string;
  readonly score: number;
  /** score × weight / 100 when a weight was given, else `null`. */
  readonly weighted: number | null;
  readonly direction: Direction;
  /** Where the result falls: below the initial target, between two targets, or at/beyond the high target. */
  readonly segment: 'below-initial' | 'initial-standard' | 'standard-high' | 'high';
  readonly explanation: readonly ExplanationStep[];
}

interface Scored {
  readonly score: Decimal;
  readonly direction: Direction;
  readonly segment: AgencyKpiResult['segment'];
  /** The AE.1 step, built only when the explanation is read. */
  readonly explain: () => ExplanationStep;
}

function scoreKpi(
  data: {
    actual: DecimalInput;
    targets: { initial: DecimalInput; standard: DecimalInput; high: DecimalInput };
    direction?: Direction | undefined;
  },
  c: AgencyConstants,
  path: string,
): { ok: true; value: Scored } | { ok: false; errors: KnError[] } {
  const a = d(data.actual);
  const t0 = d(data.targets.initial);
  const t1 = d(data.targets.standard);
  const t2 = d(data.targets.high);
  const inferred: Direction = t2.lt(t0) ? 'lower' : 'higher';
  const direction = data.direction ?? inferred;
  const higher = direction === 'higher';
  const ordered = higher ? t0.lt(t1) && t1.lt(t2) : t0.gt(t1) && t1.gt(t2);
  if (!ordered) return { ok: false, errors: [error(`${path}targets`, 'TARGETS_NOT_ORDERED')] };

  const p0 = dec(c.targetPoints.initial);
  const p1 = dec(c.targetPoints.standard);
  const p2 = dec(c.targetPoints.high);
  const reached = (t: Decimal) => (higher ? a.gte(t) : a.lte(t));
  const names = {
    initial: { th: 'ค่าเป้าหมายขั้นต้น', en: 'the initial target' },
    standard: { th: 'ค่าเป้าหมายมาตรฐาน', en: 'the standard target' },
    high: { th: 'ค่าเป้าหมายขั้นสูง', en: 'the high target' },
  };
  const dirNote = data.direction
    ? null
    : inferred === 'lower'
      ? {
          th: ' (ค่ายิ่งน้อยยิ่งดี อนุมานจากลำดับค่าเป้าหมาย)',
          en: ' (lower is better, inferred from the target order)',
        }
      : null;

  let score: Decimal;
  let segment: AgencyKpiResult['segment'];
  let explain: () => ExplanationStep;
  if (reached(t2)) {
    score = p2;
    segment = 'high';
    explain = () =>
      step(
        'AE.1',
        '003:234, 003:613',
        `ผลการดำเนินงาน ${fmt(a)} ถึง${names.high.th} (${fmt(t2)}) ได้ ${fmt(p2)} คะแนน${dirNote?.th ?? ''}`,
        `The result ${fmt(a)} reaches ${names.high.en} (${fmt(t2)}): ${fmt(p2)} points${dirNote?.en ?? ''}.`,
        { actual: toNumber2(a), high: toNumber2(t2), score: toNumber2(p2), direction },
      );
  } else if (!reached(t0)) {
    score = dec(0);
    segment = 'below-initial';
    explain = () =>
      step(
        'AE.1',
        '003:234, 003:613',
        `ผลการดำเนินงาน ${fmt(a)} ไม่ถึง${names.initial.th} (${fmt(t0)}) ได้ 0 คะแนน${dirNote?.th ?? ''}`,
        `The result ${fmt(a)} does not reach ${names.initial.en} (${fmt(t0)}): 0 points${dirNote?.en ?? ''}.`,
        { actual: toNumber2(a), initial: toNumber2(t0), score: 0, direction },
      );
  } else {
    const upper = reached(t1);
    const [lo, hi, plo, phi, nlo, nhi] = upper
      ? ([t1, t2, p1, p2, names.standard, names.high] as const)
      : ([t0, t1, p0, p1, names.initial, names.standard] as const);
    segment = upper ? 'standard-high' : 'initial-standard';
    // Linear interpolation (บัญญัติไตรยางศ์, 003:613); the ratio is the same for both directions.
    const interpolated = plo.plus(a.minus(lo).div(hi.minus(lo)).times(phi.minus(plo)));
    score = interpolated;
    const shown = round(interpolated);
    explain = () =>
      step(
        'AE.1',
        '003:613',
        `ผลการดำเนินงาน ${fmt(a)} อยู่ระหว่าง${nlo.th} (${fmt(lo)}) และ${nhi.th} (${fmt(hi)}) เทียบบัญญัติไตรยางศ์: ${fmt(plo)} + (${fmt(a)} − ${fmt(lo)}) / (${fmt(hi)} − ${fmt(lo)}) × ${fmt(phi.minus(plo))} = ${fmt(shown)} คะแนน${dirNote?.th ?? ''}`,
        `The result ${fmt(a)} lies between ${nlo.en} (${fmt(lo)}) and ${nhi.en} (${fmt(hi)}); by linear interpolation: ${fmt(plo)} + (${fmt(a)} − ${fmt(lo)}) / (${fmt(hi)} − ${fmt(lo)}) × ${fmt(phi.minus(plo))} = ${fmt(shown)} points${dirNote?.en ?? ''}.`,
        {
          actual: toNumber2(a),
          from: toNumber2(lo),
          to: toNumber2(hi),
          score: toNumber2(interpolated),
          direction,
        },
      );
  }
  return { ok: true, value: { score: round(score), direction, segment, explain } };
}

/** Rule AE.1: one KPI's score (0–100) from its three targets. Never throws. */
export function scoreAgencyKpi(input: AgencyKpiInput): Result<AgencyKpiResult> {
  const parsed = check(agencyKpiSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(agencyEval2567, input);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const r = scoreKpi(parsed.data, pack.constants, '');
  if (!r.ok) return fail(r.errors);
  const weight = dOpt(parsed.data.weight);
  const weighted = weight ? r.value.score.times(weight).div(HUNDRED) : null;
  const steps = [...packStep(pack.id, '003:613'), r.value.explain()];
  if (weight && weighted) {
    steps.push(
      step(
        'AE.2',
        '003:615',
        `คะแนนถ่วงน้ำหนัก = ${fmt(r.value.score)} × ${fmt(weight)} / 100 = ${fmt(round(weighted))}`,
        `Weighted score = ${fmt(r.value.score)} × ${fmt(weight)} / 100 = ${fmt(round(weighted))}`,
        { score: toNumber2(r.value.score), weight: toNumber2(weight), weighted: toNumber2(weighted) },
      ),
    );
  }
  return {
    ok: true,
    pack: pack.id,
    score: toNumber2(r.value.score),
    weighted: weighted ? toNumber2(weighted) : null,
    direction: r.value.direction,
    segment: r.value.segment,
    explanation: steps,
  };
}

/** Rule AE.3: the level of an agency score (rounded half-up to 2 decimals first). `null` if not a score 0–100. */
export function agencyLevel(
  score: number | string,
  pack: RulePack<AgencyConstants> = agencyEval2567,
): AgencyLevel | null {
  const v = toDecimal(score);
  const packed = checkPack(agencyEval2567, { pack });
  if (!v || !packed.ok) return null;
  const r = round(v);
  if (r.lt(0) || r.gt(100)) return null;
  return positionIn(r, packed.pack).band.id as AgencyLevel;
}

/** AE.3 through the one classifier: where a rounded score lies on the pack's level scale. */
function positionIn(rounded: Decimal, pack: RulePack<AgencyConstants>): ScalePosition {
  return positionOn(scaleOfPack('agency', pack), rounded, pack.id);
}

function levelStep(total: Decimal, level: AgencyLevel, c: AgencyConstants): ExplanationStep {
  const i = c.levels.findIndex((l) => l.id === level);
  const floor = c.levels[i]?.min ?? 0;
  const above = c.levels[i - 1]?.min;
  const range = above === undefined ? `${fmt(floor)}–100` : `${fmt(floor)}–${fmt(dec(above).minus('0.01'))}`;
  const label = labelOf(level);
  return step(
    'AE.3',
    '003:236-239',
    `คะแนน ${fmt(total)} อยู่ในช่วง ${range} จึงอยู่ใน${label.th}`,
    `A score of ${fmt(total)} lies in ${range}: ${label.en}.`,
    { score: toNumber2(total), level },
  );
}

export interface AgencyKpiRow {
  readonly id: string;
  readonly name?: string | null;
  /** Weight in percent; all weights must total exactly 100. */
  readonly weight: DecimalInput;
  readonly actual: DecimalInput;
  readonly targets: AgencyTargets;
  readonly direction?: Direction;
}

export interface AgencyInput extends PackOptions<AgencyConstants> {
  readonly kpis: readonly AgencyKpiRow[];
}

export interface AgencyKpiScore {
  readonly id: string;
  readonly name: string | null;
  readonly weight: number;
  readonly score: number;
  /** score × weight / 100 */
  readonly weighted: number;
  readonly direction: Direction;
  readonly explanation: readonly ExplanationStep[];
}

export interface AgencyResult {
  readonly pack: string;
  /** Σ of the KPIs' weighted scores as shown (each rounded to 2 decimals), SPEC §0. */
  readonly total: number;
  readonly level: AgencyLevel;
  /** The total on the pack's level scale (AE.3): band, next level, points to it — what a meter renders. */
  readonly position: ScalePosition;
  readonly kpis: readonly AgencyKpiScore[];
  readonly explanation: readonly ExplanationStep[];
}

/** The running weight total of a list of KPIs, for forms that show it while rows are still being filled in. */
export interface AgencyWeightTotal {
  /** Sum of the weights that are numbers (rounded half-up to 2 decimals). */
  readonly sum: number;
  /** Indexes of rows whose weight is blank or not a number (left out of `sum`). */
  readonly invalid: readonly number[];
  /** `WEIGHTS_NOT_100` (with the exact sum) when the weights that are numbers do not total 100, else `null`. */
  readonly error: KnError | null;
}

/** Rule AE.2's weight condition on its own: never throws, whatever it is given. */
export function agencyWeightTotal(
  kpis: unknown,
  pack: RulePack<AgencyConstants> = agencyEval2567,
): AgencyWeightTotal {
  const rows = Array.isArray(kpis) ? (kpis as unknown[]) : [];
  const invalid: number[] = [];
  const weights: Decimal[] = [];
  rows.forEach((row, i) => {
    const w = toDecimal(
      row !== null && typeof row === 'object' ? (row as { weight?: unknown }).weight : undefined,
    );
    if (w) weights.push(w);
    else invalid.push(i);
  });
  const total = sum(weights);
  // A pack that is not a rule pack (or has no usable weight total) means the default 100.
  const given: unknown = (pack as { constants?: { weightTotal?: unknown } } | null | undefined)?.constants
    ?.weightTotal;
  const expected = toDecimal(given) ?? dec(agencyEval2567.constants.weightTotal);
  const error_ = total.eq(expected)
    ? null
    : error('kpis', 'WEIGHTS_NOT_100', { sum: formatDecimal(total, 12) });
  return { sum: toNumber2(total), invalid, error: error_ };
}

/** × 0.01 is exact and cheaper than ÷ 100. */
const HUNDREDTH = dec('0.01');

/** Rules AE.2–AE.3: the weighted agency score and its level. Never throws. */
export function scoreAgency(input: AgencyInput): Result<AgencyResult> {
  const parsed = check(agencySchema, input);
  if (!parsed.ok) {
    // Report the weight total too, so a form can show it while other cells are still wrong.
    const kpis = (input as { kpis?: unknown } | null | undefined)?.kpis;
    const weights = agencyWeightTotal(kpis);
    const extra = weights.error && weights.invalid.length === 0 && Array.isArray(kpis) ? [weights.error] : [];
    return fail([...parsed.errors, ...extra.filter((e) => !parsed.errors.some((p) => p.code === e.code))]);
  }
  const packed = checkPack(agencyEval2567, input);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const c = pack.constants;
  const errors: KnError[] = [];
  const ids = new Map<string, number>();
  const scored: { row: (typeof parsed.data.kpis)[number]; s: Scored; w: Decimal }[] = [];
  parsed.data.kpis.forEach((row, i) => {
    const key = row.id.trim();
    if (ids.has(key)) errors.push(error(`kpis.${i}.id`, 'DUPLICATE_ID', { id: key }));
    ids.set(key, i);
    const r = scoreKpi(row, c, `kpis.${i}.`);
    if (!r.ok) errors.push(...r.errors);
    else scored.push({ row, s: r.value, w: d(row.weight) });
  });
  const weights = agencyWeightTotal(parsed.data.kpis, pack);
  if (weights.error) errors.push(weights.error);
  if (errors.length > 0) return fail(errors);

  // Each KPI's score is its rounded score (the one reported), and each weighted score is rounded as it is
  // shown; the total is the exact sum of those shown values, so re-adding the printed column gives the
  // printed total (SPEC §0 "Aggregates of shown values", Khanaen's default: 003:615 does not say).
  const weighted = scored.map(({ s, w }) => round(s.score.times(w).times(HUNDREDTH)));
  const total = sum(weighted);
  const position = positionIn(total, pack);
  const level = position.band.id as AgencyLevel;
  const terms =
    scored.length <= 8 ? scored.map(({ s, w }) => `${fmt(s.score)} × ${fmt(w)}`).join(' + ') : null;
  const steps: ExplanationStep[] = [
    ...packStep(pack.id, '003:615'),
    step(
      'AE.2',
      '003:615',
      terms
        ? `คะแนนรวม = ผลรวมของคะแนน × น้ำหนัก / 100 = (${terms}) / 100 = ${fmt(total)} (คะแนนถ่วงน้ำหนักแต่ละตัวปัดเป็นทศนิยม 2 ตำแหน่งตามที่แสดงก่อนรวม ตามค่าตั้งต้นของ Khanaen, SPEC §0)`
        : `คะแนนรวม = ผลรวมของคะแนน × น้ำหนัก / 100 ของตัวชี้วัด ${scored.length} ตัว = ${fmt(total)} (คะแนนถ่วงน้ำหนักแต่ละตัวปัดเป็นทศนิยม 2 ตำแหน่งตามที่แสดงก่อนรวม ตามค่าตั้งต้นของ Khanaen, SPEC §0)`,
      terms
        ? `Total = sum of score × weight / 100 = (${terms}) / 100 = ${fmt(total)} (each weighted score rounded to 2 decimals as shown before adding: Khanaen's default, SPEC §0)`
        : `Total = sum of score × weight / 100 over ${scored.length} KPIs = ${fmt(total)} (each weighted score rounded to 2 decimals as shown before adding: Khanaen's default, SPEC §0)`,
      { total: toNumber2(total), kpis: scored.length },
    ),
    levelStep(total, level, c),
  ];
  return {
    ok: true,
    pack: pack.id,
    total: toNumber2(total),
    level,
    position,
    kpis: scored.map(({ row, s, w }, i) =>
      lazyExplanation(
        {
          id: row.id.trim(),
          name: row.name ?? null,
          weight: toNumber2(w),
          score: toNumber2(s.score),
          weighted: toNumber2(weighted[i] as Decimal),
          direction: s.direction,
        },
        () => [s.explain()],
      ),
    ),
    explanation: steps,
  };
}

export interface AgencyCompositeInput extends PackOptions<AgencyConstants> {
  /** Performance Base score, 0–100. */
  readonly performance: DecimalInput;
  /** Digital organisation score, 0–100 (12-month round). */
  readonly digital?: DecimalInput;
  /** PMQA 4.0 status score, 0–100 (12-month round). */
  readonly pmqa?: DecimalInput;
  /**
   * `12-month` (default): 70/20/10 composite. `6-month`: head-of-agency round 1 uses the Performance Base
   * only, rescaled to 100 (`003:250-254`).
   */
  readonly round?: '6-month' | '12-month';
}

export interface AgencyCompositeResult {
  readonly pack: string;
  readonly round: '6-month' | '12-month';
  readonly total: number;
  readonly level: AgencyLevel;
  /** The total on the pack's level scale (AE.3). */
  readonly position: ScalePosition;
  readonly components: {
    readonly performance: number;
    readonly digital: number | null;
    readonly pmqa: number | null;
  };
  readonly explanation: readonly ExplanationStep[];
}

/** Rule AE.4/AE.5: Performance Base 70 % + Potential Base 30 % (digital 20 %, PMQA 10 %). Never throws. */
export function agencyComposite(input: AgencyCompositeInput): Result<AgencyCompositeResult> {
  const parsed = check(agencyCompositeSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(agencyEval2567, input);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const c = pack.constants;
  const roundId = parsed.data.round ?? '12-month';
  const perf = d(parsed.data.performance);
  const steps: ExplanationStep[] = [...packStep(pack.id, '003:212-220')];
  let total: Decimal;
  let digital: Decimal | null = null;
  let pmqa: Decimal | null = null;
  if (roundId === '6-month') {
    total = round(perf);
    steps.push(
      step(
        'AE.5',
        'SPEC §3, 003:250',
        `รอบ 6 เดือน ใช้เฉพาะคะแนนประสิทธิผลการดำเนินงาน (Performance Base) (003:250) ปรับเป็นฐาน 100 = ${fmt(total)} (การปรับเป็นฐาน 100 เป็นวิธีของ Khanaen; น้ำหนักขององค์ประกอบนี้พิมพ์ไว้ต่างกัน: ร้อยละ 30 ที่ 003:250 และร้อยละ 70 ที่ 003:652)`,
        `6-month round: the Performance Base alone (003:250), rescaled to 100 = ${fmt(total)} (rescaling to 100 is Khanaen's default; the source prints this component's weight as 30% at 003:250 and 70% at 003:652).`,
        { performance: toNumber2(perf), total: toNumber2(total) },
      ),
    );
  } else {
    const errors: KnError[] = [];
    if (parsed.data.digital === undefined) errors.push(error('digital', 'REQUIRED'));
    if (parsed.data.pmqa === undefined) errors.push(error('pmqa', 'REQUIRED'));
    if (errors.length > 0) return fail(errors);
    digital = d(parsed.data.digital as DecimalInput);
    pmqa = d(parsed.data.pmqa as DecimalInput);
    const w = c.composite;
    const weightSum = dec(w.performance).plus(w.digital).plus(w.pmqa);
    if (weightSum.lte(0)) return fail([error('constants.composite', 'NOT_POSITIVE')]);
    total = round(
      perf.times(w.performance).plus(digital.times(w.digital)).plus(pmqa.times(w.pmqa)).div(weightSum),
    );
    steps.push(
      step(
        'AE.4',
        '003:212-220',
        `คะแนนรวม = ${fmt(perf)} × ${w.performance}% + ${fmt(digital)} × ${w.digital}% + ${fmt(pmqa)} × ${w.pmqa}% = ${fmt(total)} (Performance Base ร้อยละ ${w.performance}, การพัฒนาองค์การสู่ดิจิทัล ร้อยละ ${w.digital}, PMQA 4.0 ร้อยละ ${w.pmqa})`,
        `Total = ${fmt(perf)} × ${w.performance}% + ${fmt(digital)} × ${w.digital}% + ${fmt(pmqa)} × ${w.pmqa}% = ${fmt(total)} (Performance Base ${w.performance}%, digital organisation ${w.digital}%, PMQA 4.0 ${w.pmqa}%)`,
        {
          performance: toNumber2(perf),
          digital: toNumber2(digital),
          pmqa: toNumber2(pmqa),
          total: toNumber2(total),
        },
      ),
    );
  }
  const position = positionIn(total, pack);
  const level = position.band.id as AgencyLevel;
  steps.push(levelStep(total, level, c));
  return {
    ok: true,
    pack: pack.id,
    round: roundId,
    total: toNumber2(total),
    level,
    position,
    components: {
      performance: toNumber2(perf),
      digital: digital ? toNumber2(digital) : null,
      pmqa: pmqa ? toNumber2(pmqa) : null,
    },
    explanation: steps,
  };
}

/**
 * Rule AE.5: the evaluation rounds of a fiscal year (B.E.), as ISO dates (Common Era). Never throws: a year
 * that is not a whole number gives `NaN` years; a pack without valid rounds falls back to `agency-eval@2567`.
 */
export function agencyRounds(
  fiscalYear: number,
  pack: RulePack<AgencyConstants> = agencyEval2567,
): {
  readonly sixMonth: { start: string; end: string };
  readonly twelveMonth: { start: string; end: string };
} {
  const ce = Number.isInteger(fiscalYear) ? fiscalYear - 543 : NaN;
  const packed = checkPack(agencyEval2567, { pack });
  const r = (packed.ok ? packed.pack : agencyEval2567).constants.rounds;
  const date = (md: string) =>
    `${md.startsWith('10') || md.startsWith('11') || md.startsWith('12') ? ce - 1 : ce}-${md}`;
  return {
    sixMonth: { start: date(r.sixMonth.start), end: date(r.sixMonth.end) },
    twelveMonth: { start: date(r.twelveMonth.start), end: date(r.twelveMonth.end) },
  };
}
