/**
 * Rules PB and PA — PMQA 4.0 bands and award conditions (SPEC §4). Source: `004:1940-1997`, `004:1857-1877`.
 */
import * as z from 'zod/mini';
import { dec, mean, round, toNumber2, type Decimal } from '../decimal.js';
import { fmt, labelOf, packStep, step } from '../explain.js';
import {
  pmqa40Award2566,
  type PackOptions,
  type PmqaAwardConstants,
  type PmqaBand,
  type RulePack,
} from '../packs.js';
import { error, fail, type Bilingual, type ExplanationStep, type Result } from '../result.js';
import { positionOn, scaleOfPack, type ScalePosition } from '../scales.js';
import { check, checkPack, d, decimal, wholeNumberIn, type DecimalInput } from '../validate.js';

const percent = () => decimal({ range: [0, 100] });
const score500 = () => decimal({ range: [0, 500] });
const sevenPercents = () => z.array(percent()).check(z.length(7));

export const pmqaBandSchema = score500();

export const pmqaOverallSchema = z.object({
  categoryScores: z.array(score500()).check(z.length(7)),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export const pmqaOutstandingSchema = z.object({
  categoryPercents: sevenPercents(),
  total: score500(),
  priorCategoryAwards: z.union([
    decimal({ integer: true, nonNegative: true }),
    z.array(z.number().check(z.int())),
  ]),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export const pmqaByCategorySchema = z.object({
  categoryPercents: sevenPercents(),
  total: score500(),
  applied: z.array(wholeNumberIn(1, 6)).check(z.minLength(1)),
  cat7RelatedPercents: z.array(percent()),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface PmqaBandResult {
  readonly pack: string;
  /** The score, rounded half-up to 2 decimals (the value that is classified). */
  readonly score: number;
  readonly band: PmqaBand;
  /** Whether the band carries the PMQA 4.0 award (Advance and Significance). */
  readonly award: boolean;
  readonly next: PmqaBand | null;
  readonly pointsToNext: number | null;
  /** The score on the PMQA 4.0 scale (band, next band, distance, pack). */
  readonly position: ScalePosition;
  readonly explanation: readonly ExplanationStep[];
}

/** Rule PB.1: the PMQA 4.0 band of a score on the 0–500 scale (half-open bands). Never throws. */
export function pmqa40Band(
  score: DecimalInput,
  options: PackOptions<PmqaAwardConstants> = {},
): Result<PmqaBandResult> {
  const parsed = check(z.object({ score: pmqaBandSchema }), { score });
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(pmqa40Award2566, options);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const c = pack.constants;
  const s = round(d(parsed.data.score));
  const position = positionOn(scaleOfPack('pmqa40', pack), s, pack.id);
  const band = c.bands[position.index] as PmqaAwardConstants['bands'][number];
  const next = c.bands[position.index + 1] ?? null;
  const label = labelOf(band.id);
  const upper = next ? fmt(dec(next.min).minus('0.01')) : fmt(c.maxScore);
  const toNext = next ? dec(next.min).minus(s) : null;
  const steps: ExplanationStep[] = [
    ...packStep(pack.id, '004:1980-1982'),
    step(
      'PB.1',
      '004:1980-1982',
      `คะแนน ${fmt(s)} อยู่ในช่วง ${fmt(band.min)}–${upper}: ${label.th}${band.award ? ' ได้รับรางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0' : band.id === 'basic' ? ' ได้รับการรับรองสถานะ ไม่มีรางวัล' : ''}`,
      `A score of ${fmt(s)} lies in ${fmt(band.min)}–${upper}: ${label.en}${band.award ? ', with the PMQA 4.0 award' : band.id === 'basic' ? ', certified without an award' : ''}.`,
      { score: toNumber2(s), band: band.id, award: band.award },
    ),
  ];
  if (next && toNext) {
    const nextLabel = labelOf(next.id);
    steps.push(
      step(
        'PB.1',
        '004:1980-1982',
        `ต้องได้อีก ${fmt(toNext)} คะแนนจึงถึง${nextLabel.th} (${fmt(next.min)} คะแนน)`,
        `${fmt(toNext)} more points reach ${nextLabel.en} (${fmt(next.min)} points).`,
        { next: next.id, pointsToNext: toNumber2(toNext) },
      ),
    );
  }
  return {
    ok: true,
    pack: pack.id,
    score: toNumber2(s),
    band: band.id,
    award: band.award,
    next: next?.id ?? null,
    pointsToNext: toNext ? toNumber2(toNext) : null,
    position,
    explanation: steps,
  };
}

export interface PmqaOverallInput extends PackOptions<PmqaAwardConstants> {
  /** The 7 category scores, each 0–500. */
  readonly categoryScores: readonly DecimalInput[];
}

/** Rule PB.2: overall score = mean of the 7 category scores, with its band. Never throws. */
export function pmqaOverall(input: PmqaOverallInput): Result<{
  readonly pack: string;
  readonly score: number;
  readonly band: PmqaBand;
  readonly position: ScalePosition;
  readonly explanation: readonly ExplanationStep[];
}> {
  const parsed = check(pmqaOverallSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const scores = parsed.data.categoryScores.map(d);
  const overall = round(mean(scores));
  const band = pmqa40Band(overall.toString(), input);
  if (!band.ok) return band;
  return {
    ok: true,
    pack: band.pack,
    score: toNumber2(overall),
    band: band.band,
    position: band.position,
    explanation: [
      step(
        'PB.2',
        '004:1884-1885',
        `คะแนนรวม = ค่าเฉลี่ย 7 หมวด = (${scores.map(fmt).join(' + ')}) / 7 = ${fmt(overall)}`,
        `Overall = mean of the 7 categories = (${scores.map(fmt).join(' + ')}) / 7 = ${fmt(overall)}`,
        { categoryScores: scores.map(toNumber2), score: toNumber2(overall) },
      ),
      ...band.explanation,
    ],
  };
}

export interface AwardReason {
  readonly rule: string;
  readonly met: boolean;
  readonly text: Bilingual;
}

export interface AwardEligibility {
  readonly pack: string;
  readonly eligible: boolean;
  readonly reasons: readonly AwardReason[];
  readonly explanation: readonly ExplanationStep[];
}

export interface PmqaOutstandingInput extends PackOptions<PmqaAwardConstants> {
  /** Each category's score as a percentage of its maximum, categories 1–7. */
  readonly categoryPercents: readonly DecimalInput[];
  /** Total score, 0–500. */
  readonly total: DecimalInput;
  /** By-category awards already won: a count, or the list of categories. */
  readonly priorCategoryAwards: DecimalInput | readonly number[];
}

const catList = (cats: readonly number[]) => cats.join(', ');

function reasonsToSteps(reasons: readonly AwardReason[], source: string): ExplanationStep[] {
  return reasons.map((r) => step(r.rule, source, r.text.th, r.text.en, { met: r.met }));
}

/** Rule PA.1: PMQA outstanding award (ดีเด่น). Never throws. */
export function pmqaOutstanding(input: PmqaOutstandingInput): Result<AwardEligibility> {
  const parsed = check(pmqaOutstandingSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(pmqa40Award2566, input);
  if (!packed.ok) return fail([packed.error]);
  const pack: RulePack<PmqaAwardConstants> = packed.pack;
  const o = pack.constants.outstanding;
  const pcts = parsed.data.categoryPercents.map((p) => round(d(p)));
  const total = round(d(parsed.data.total));
  // By-category awards exist only for categories 1–6 (004:1908-1936): a list counts its distinct categories
  // among 1–6 (PA.1c); a count is taken as given.
  const prior = Array.isArray(parsed.data.priorCategoryAwards)
    ? new Set(parsed.data.priorCategoryAwards.filter((cat) => cat >= 1 && cat <= 6)).size
    : Number(d(parsed.data.priorCategoryAwards as DecimalInput).toString());
  const low = pcts.flatMap((p, i) => (p.gt(o.everyCategoryAbovePct) ? [] : [i + 1]));
  const reasons: AwardReason[] = [
    {
      rule: 'PA.1a',
      met: low.length === 0,
      text:
        low.length === 0
          ? {
              th: `ทุกหมวดได้คะแนนมากกว่าร้อยละ ${o.everyCategoryAbovePct}`,
              en: `Every category scores above ${o.everyCategoryAbovePct}%.`,
            }
          : {
              th: `หมวด ${catList(low)} ได้คะแนนไม่เกินร้อยละ ${o.everyCategoryAbovePct} (ทุกหมวดต้องมากกว่าร้อยละ ${o.everyCategoryAbovePct})`,
              en: `Category ${catList(low)} scores ${o.everyCategoryAbovePct}% or less (every category must exceed ${o.everyCategoryAbovePct}%).`,
            },
    },
    {
      rule: 'PA.1b',
      met: total.gte(o.totalMin),
      text: total.gte(o.totalMin)
        ? {
            th: `คะแนนรวม ${fmt(total)} ตั้งแต่ ${o.totalMin} คะแนนขึ้นไป`,
            en: `The total ${fmt(total)} is at least ${o.totalMin}.`,
          }
        : {
            th: `คะแนนรวม ${fmt(total)} ต่ำกว่า ${o.totalMin} คะแนน`,
            en: `The total ${fmt(total)} is below ${o.totalMin}.`,
          },
    },
    {
      rule: 'PA.1c',
      met: prior >= o.priorCategoryAwardsMin,
      text:
        prior >= o.priorCategoryAwardsMin
          ? {
              th: `เคยได้รับรางวัลรายหมวดแล้ว ${prior} หมวด (ไม่น้อยกว่า ${o.priorCategoryAwardsMin} หมวด)`,
              en: `Already won by-category awards in ${prior} categories (at least ${o.priorCategoryAwardsMin}).`,
            }
          : {
              th: `เคยได้รับรางวัลรายหมวด ${prior} หมวด ต้องไม่น้อยกว่า ${o.priorCategoryAwardsMin} หมวด`,
              en: `Won by-category awards in ${prior} categories; at least ${o.priorCategoryAwardsMin} are required.`,
            },
    },
  ];
  return {
    ok: true,
    pack: pack.id,
    eligible: reasons.every((r) => r.met),
    reasons,
    explanation: [
      ...packStep(pack.id, '004:1948, 004:1970'),
      ...reasonsToSteps(reasons, '004:1948, 004:1970'),
    ],
  };
}

export interface PmqaByCategoryInput extends PackOptions<PmqaAwardConstants> {
  /** Each category's score as a percentage of its maximum, categories 1–7. */
  readonly categoryPercents: readonly DecimalInput[];
  /** Total score, 0–500. */
  readonly total: DecimalInput;
  /** The process categories (1–6) applied for this year. */
  readonly applied: readonly number[];
  /**
   * For each applied category (same order as `applied`), the percentage scored by the Category 7 results
   * related directly to it.
   */
  readonly cat7RelatedPercents: readonly DecimalInput[];
}

/**
 * Rule PA.2: PMQA by-category award (รายหมวด). "The others" of `004:1955` are read as every category not
 * applied for (including Category 7), which must score more than 25 %. Never throws.
 */
export function pmqaByCategory(input: PmqaByCategoryInput): Result<AwardEligibility> {
  const parsed = check(pmqaByCategorySchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(pmqa40Award2566, input);
  if (!packed.ok) return fail([packed.error]);
  const pack: RulePack<PmqaAwardConstants> = packed.pack;
  const b = pack.constants.byCategory;
  const applied = [...new Set(parsed.data.applied)];
  if (parsed.data.cat7RelatedPercents.length !== parsed.data.applied.length) {
    return fail([error('cat7RelatedPercents', 'INVALID_TYPE')]);
  }
  const pcts = parsed.data.categoryPercents.map((p) => round(d(p)));
  const related = parsed.data.cat7RelatedPercents.map((p) => round(d(p)));
  const total = round(d(parsed.data.total));
  const pctOf = (cat: number) => pcts[cat - 1] as Decimal;
  const below = pcts.flatMap((p, i) => (p.gte(b.everyCategoryMinPct) ? [] : [i + 1]));
  const weakApplied = applied.filter((cat) => !pctOf(cat).gt(b.appliedAbovePct));
  const weakRelated = parsed.data.applied.filter((_, i) => !(related[i] as Decimal).gte(b.cat7RelatedMinPct));
  const others = [1, 2, 3, 4, 5, 6, 7].filter((cat) => !applied.includes(cat));
  const weakOthers = others.filter((cat) => !pctOf(cat).gt(b.othersAbovePct));
  const reasons: AwardReason[] = [
    {
      rule: 'PA.2a',
      met: below.length === 0,
      text:
        below.length === 0
          ? {
              th: `ทุกหมวดได้คะแนนตั้งแต่ร้อยละ ${b.everyCategoryMinPct} ขึ้นไป`,
              en: `Every category scores at least ${b.everyCategoryMinPct}%.`,
            }
          : {
              th: `หมวด ${catList(below)} ได้คะแนนต่ำกว่าร้อยละ ${b.everyCategoryMinPct}`,
              en: `Category ${catList(below)} scores below ${b.everyCategoryMinPct}%.`,
            },
    },
    {
      rule: 'PA.2b',
      met: total.gte(b.totalMin),
      text: total.gte(b.totalMin)
        ? {
            th: `คะแนนรวม ${fmt(total)} ตั้งแต่ ${b.totalMin} คะแนนขึ้นไป`,
            en: `The total ${fmt(total)} is at least ${b.totalMin}.`,
          }
        : {
            th: `คะแนนรวม ${fmt(total)} ต่ำกว่า ${b.totalMin} คะแนน`,
            en: `The total ${fmt(total)} is below ${b.totalMin}.`,
          },
    },
    {
      rule: 'PA.2c',
      met: weakApplied.length === 0,
      text:
        weakApplied.length === 0
          ? {
              th: `หมวดที่ขอรับรางวัล (${catList(applied)}) ได้คะแนนมากกว่าร้อยละ ${b.appliedAbovePct}`,
              en: `The categories applied for (${catList(applied)}) score above ${b.appliedAbovePct}%.`,
            }
          : {
              th: `หมวดที่ขอรับรางวัล ${catList(weakApplied)} ได้คะแนนไม่เกินร้อยละ ${b.appliedAbovePct}`,
              en: `Applied category ${catList(weakApplied)} scores ${b.appliedAbovePct}% or less.`,
            },
    },
    {
      rule: 'PA.2d',
      met: weakRelated.length === 0,
      text:
        weakRelated.length === 0
          ? {
              th: `คะแนนหมวด 7 ที่เกี่ยวข้องกับหมวดที่ขอรับรางวัลไม่น้อยกว่าร้อยละ ${b.cat7RelatedMinPct}`,
              en: `The Category 7 results related to each applied category score at least ${b.cat7RelatedMinPct}%.`,
            }
          : {
              th: `คะแนนหมวด 7 ที่เกี่ยวข้องกับหมวด ${catList(weakRelated)} ต่ำกว่าร้อยละ ${b.cat7RelatedMinPct}`,
              en: `The Category 7 results related to category ${catList(weakRelated)} score below ${b.cat7RelatedMinPct}%.`,
            },
    },
    {
      rule: 'PA.2e',
      met: weakOthers.length === 0,
      text:
        weakOthers.length === 0
          ? {
              th: `หมวดอื่น ๆ ได้คะแนนมากกว่าร้อยละ ${b.othersAbovePct}`,
              en: `The other categories score above ${b.othersAbovePct}%.`,
            }
          : {
              th: `หมวดอื่น ${catList(weakOthers)} ได้คะแนนไม่เกินร้อยละ ${b.othersAbovePct}`,
              en: `Other category ${catList(weakOthers)} scores ${b.othersAbovePct}% or less.`,
            },
    },
    {
      rule: 'PA.2f',
      met: applied.length <= b.maxCategoriesPerYear,
      text:
        applied.length <= b.maxCategoriesPerYear
          ? {
              th: `ขอรับรางวัล ${applied.length} หมวด (ไม่เกิน ${b.maxCategoriesPerYear} หมวดต่อปี)`,
              en: `Applying for ${applied.length} categories (at most ${b.maxCategoriesPerYear} a year).`,
            }
          : {
              th: `ขอรับรางวัล ${applied.length} หมวด เกิน ${b.maxCategoriesPerYear} หมวดต่อปี`,
              en: `Applying for ${applied.length} categories, more than ${b.maxCategoriesPerYear} a year.`,
            },
    },
  ];
  return {
    ok: true,
    pack: pack.id,
    eligible: reasons.every((r) => r.met),
    reasons,
    explanation: [
      ...packStep(pack.id, '004:1953-1955, 004:1972'),
      ...reasonsToSteps(reasons, '004:1953-1955, 004:1972'),
    ],
  };
}
