/**
 * Rule C7 — a Category 7 KPI: challenging target and level (SPEC §1).
 * Sources: `000:79-95`, `000:97-99`, `001:1127-1139`, worked example `001:1188-1199`.
 */
import * as z from 'zod/mini';
import {
  Decimal,
  HUNDRED,
  ZERO,
  dec,
  formatDecimal,
  round,
  roundToward,
  toDecimal,
  toNumber2,
} from '../decimal.js';
import { fmt, lazyExplanation, lazyWarning, packStep, step } from '../explain.js';
import { levelLabels } from '../i18n.js';
import { pmqa40Category7, type Category7Constants, type PackOptions, type RulePack } from '../packs.js';
import { error, fail, type ExplanationStep, type Result, type Warning } from '../result.js';
import { positionOn, scaleOfPack, type ScalePosition } from '../scales.js';
import { check, checkPack, d, decimal, dOpt, optionalDecimal, type DecimalInput } from '../validate.js';

export type Direction = 'higher' | 'lower';
export type Boundaries = 'text' | 'table';
export type Cat7Level = 'none' | 'basic' | 'advance' | 'significance';

export const directionSchema = z.enum(['higher', 'lower']);
export const boundariesSchema = z.enum(['text', 'table']);

export const category7KpiSchema = z.object({
  target: decimal(),
  actual: decimal(),
  history: z.array(decimal()).check(z.length(2)),
  direction: z.optional(directionSchema),
  boundaries: z.optional(boundariesSchema),
  significancePoints: optionalDecimal({ nonNegative: true }),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface Category7KpiInput extends PackOptions<Category7Constants> {
  /** This year's target. */
  readonly target: DecimalInput;
  /** This year's result. */
  readonly actual: DecimalInput;
  /** Results of the two previous years, oldest first: `[yearBeforeLast, lastYear]`. */
  readonly history: readonly DecimalInput[];
  /** `higher` (default) when a higher value is better; `lower` for complaints, PM2.5, road deaths… */
  readonly direction?: Direction;
  /** `text` (default, `000:85-87`): ≤5 basic, ≤10 advance; `table` (`000:99`): <5 basic, <10 advance. */
  readonly boundaries?: Boundaries;
  /** Points for Significance; the source gives no number (default 500). */
  readonly significancePoints?: DecimalInput;
}

export interface Category7KpiResult {
  readonly pack: string;
  readonly direction: Direction;
  readonly boundaries: Boundaries;
  /** Mean of the two previous years (C7.1), exact (never rounded before the challenge test, SPEC §0). */
  readonly baseline: number;
  /**
   * Decimals to show the input-like values with (`baseline`, `minimumTarget`, `actualNeeded`): the inputs'
   * precision, at least 2 (SPEC §0); the exact baseline may need one more, and then `places` includes it.
   */
  readonly places: number;
  /** Whether the target is at least as good as the baseline (C7.2). */
  readonly challenging: boolean;
  /** `(actual − target) / |target| × 100`, mirrored for `lower` (C7.4). */
  readonly improvementPct: number;
  readonly level: Cat7Level;
  readonly score: number;
  /** The least challenging target: the baseline, rounded at `places` towards "better" so it really passes. */
  readonly minimumTarget: number;
  /**
   * The result needed at this target for each higher level (at least, or at most when lower is better),
   * rounded at `places` in the direction that really reaches the level; `null` when the target is not
   * challenging (no result can score).
   */
  readonly actualNeeded: { readonly advance: number | null; readonly significance: number | null };
  readonly warnings: readonly Warning[];
  /** The score on the Category 7 points scale (band, next band, distance, pack). */
  readonly position: ScalePosition;
  readonly explanation: readonly ExplanationStep[];
}

// Multiplying by these is exact and much cheaper than dividing by 2 or 100.
const HALF = dec('0.5');
const HUNDREDTH = dec('0.01');
const HALF_HUNDREDTH = dec('0.005');

const LEVEL_SOURCE: Record<Boundaries, string> = { text: '000:85-87', table: '000:99' };

/** Classifies an improvement percentage that is already rounded to 2 decimals (C7.5). */
export function classifyImprovement(
  percent: Decimal | number | string | { toString(): string },
  boundaries: Boundaries,
  c: Category7Constants,
): Exclude<Cat7Level, 'none'> {
  // A number, numeric text or a big.js value (from any copy of the library); anything else reads as 0.
  const pct =
    percent instanceof Decimal
      ? percent
      : (toDecimal(typeof percent === 'object' && percent !== null ? String(percent) : percent) ?? ZERO);
  const basicMax = c.basicMaxPct;
  const advanceMax = c.advanceMaxPct;
  if (boundaries === 'table') {
    if (pct.lt(basicMax)) return 'basic';
    return pct.lt(advanceMax) ? 'advance' : 'significance';
  }
  if (pct.lte(basicMax)) return 'basic';
  return pct.lte(advanceMax) ? 'advance' : 'significance';
}

/** The least unrounded improvement % whose 2-decimal rounding reaches `level`. */
function rawThreshold(
  level: 'advance' | 'significance',
  boundaries: Boundaries,
  c: Category7Constants,
): Decimal {
  const floor = dec(level === 'advance' ? c.basicMaxPct : c.advanceMaxPct);
  // text: rounded pct must exceed the floor → ≥ floor + 0.01 → raw ≥ floor + 0.005.
  // table: rounded pct must reach the floor → raw ≥ floor − 0.005.
  return boundaries === 'text' ? floor.plus(HALF_HUNDREDTH) : floor.minus(HALF_HUNDREDTH);
}

export function pointsOf(level: Cat7Level, c: Category7Constants, significancePoints?: Decimal): Decimal {
  if (level === 'significance' && significancePoints) return significancePoints;
  return dec(c.points[level]);
}

/** Rule C7: scores one Category 7 KPI. Never throws. */
export function scoreCategory7Kpi(input: Category7KpiInput): Result<Category7KpiResult> {
  const parsed = check(category7KpiSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const data = parsed.data;
  const packed = checkPack(pmqa40Category7, input);
  if (!packed.ok) return fail([packed.error]);
  return scoreValidCategory7Kpi(data, packed.pack);
}

/**
 * Rule C7 on input that already passed `category7KpiSchema` (the set scores each KPI through this, so it
 * validates once). The numbers are computed eagerly; the explanation text is built the first time it is read.
 */
export function scoreValidCategory7Kpi(
  data: z.infer<typeof category7KpiSchema>,
  pack: RulePack<Category7Constants>,
): Result<Category7KpiResult> {
  const c = pack.constants;
  const direction: Direction = data.direction ?? 'higher';
  const boundaries: Boundaries = data.boundaries ?? 'text';
  const target = d(data.target);
  const actual = d(data.actual);
  const [h0, h1] = data.history.map(d) as [Decimal, Decimal];
  const sigPoints = dOpt(data.significancePoints);
  if (target.eq(0)) return fail([error('target', 'TARGET_ZERO')]);

  const higher = direction === 'higher';
  const better = (a: Decimal, b: Decimal) => (higher ? a.gt(b) : a.lt(b));
  const warnings: Warning[] = [];

  // C7.1 — baseline = mean of the two previous years, exact: it decides, so it is not rounded (SPEC §0).
  const baseline = h0.plus(h1).times(HALF);
  // Input-like values are shown with the inputs' precision (at least 2 decimals); the exact baseline is shown
  // whole, so an explanation never calls a target below a baseline that prints the same.
  const places = Math.max(2, target.s, actual.s, h0.s, h1.s, baseline.s);
  // C7.2 — challenging: target at least as good as the baseline (equal passes: 001:1196-1197).
  const challenging = !better(baseline, target);
  const notWorseWord = higher ? { th: 'ไม่ต่ำกว่า', en: 'not below' } : { th: 'ไม่สูงกว่า', en: 'not above' };
  const worseWord = higher ? { th: 'ต่ำกว่า', en: 'below' } : { th: 'สูงกว่า', en: 'above' };
  if (better(h1, target)) warnings.push(worseThanLastYear(target, h1, higher, places));
  // C7.4 — improvement relative to the target (001:1197: (400 − 375) / 375 = 6.67 %).
  const diff = higher ? actual.minus(target) : target.minus(actual);
  const pct = round(diff.times(HUNDRED).div(target.abs()));
  // C7.3 / C7.5 — level and score.
  const level: Cat7Level = challenging ? classifyImprovement(pct, boundaries, c) : 'none';
  const score: Decimal = challenging ? pointsOf(level, c, sigPoints) : dec(c.points.none);
  // C7.6 — what the user most wants to know: the least challenging target and the result needed, rounded
  // at the inputs' precision in the direction that really passes (SPEC §0).
  const minimumTarget = roundToward(baseline, higher ? 'up' : 'down', places);
  const needed = (lvl: 'advance' | 'significance'): Decimal | null => {
    if (!challenging) return null;
    const delta = rawThreshold(lvl, boundaries, c).times(target.abs()).times(HUNDREDTH);
    return higher
      ? roundToward(target.plus(delta), 'up', places)
      : roundToward(target.minus(delta), 'down', places);
  };
  const advance = needed('advance');
  const significance = needed('significance');
  const show = (v: Decimal) => formatDecimal(v, places);

  const explain = (): ExplanationStep[] => {
    const steps: ExplanationStep[] = [...packStep(pack.id, '000:83, 001:1196-1197')];
    steps.push(
      step(
        'C7.1',
        '000:83, 001:1196-1197',
        `ค่าเฉลี่ยผลการดำเนินงาน 2 ปีก่อนหน้า = (${show(h0)} + ${show(h1)}) / 2 = ${show(baseline)} (ไม่ปัดเศษก่อนเทียบกับค่าเป้าหมาย)`,
        `Two-year baseline = (${show(h0)} + ${show(h1)}) / 2 = ${show(baseline)} (not rounded before it is compared with the target)`,
        { history: [h0.toNumber(), h1.toNumber()], baseline: baseline.toNumber() },
      ),
    );
    if (challenging) {
      steps.push(
        step(
          'C7.2',
          '000:83, 001:1196-1197',
          `ค่าเป้าหมาย ${show(target)} ${notWorseWord.th}ค่าเฉลี่ย 2 ปี (${show(baseline)}) จึงเป็นเป้าหมายท้าทาย`,
          `The target ${show(target)} is ${notWorseWord.en} the two-year baseline (${show(baseline)}), so it is challenging.`,
          { target: target.toNumber(), baseline: baseline.toNumber(), challenging: true },
        ),
      );
    }
    const pctText = fmt(pct.abs());
    const formula = higher
      ? `(${fmt(actual)} − ${fmt(target)}) / ${fmt(target.abs())} × 100`
      : `(${fmt(target)} − ${fmt(actual)}) / ${fmt(target.abs())} × 100`;
    const relation = pct.eq(0)
      ? { th: 'เท่ากับค่าเป้าหมาย', en: 'equal to the target' }
      : pct.gt(0)
        ? { th: `ดีกว่าค่าเป้าหมายร้อยละ ${pctText}`, en: `better than the target by ${pctText}%` }
        : { th: `ไม่ถึงค่าเป้าหมายร้อยละ ${pctText}`, en: `short of the target by ${pctText}%` };
    steps.push(
      step(
        'C7.4',
        '001:1197',
        `ผลการดำเนินงาน ${fmt(actual)} ${relation.th} (${formula} = ${fmt(pct)})`,
        `The result ${fmt(actual)} is ${relation.en} (${formula} = ${fmt(pct)}).`,
        { actual: toNumber2(actual), target: toNumber2(target), improvementPct: toNumber2(pct) },
      ),
    );
    if (!challenging) {
      steps.push(
        step(
          'C7.3',
          '001:1198-1199',
          `ค่าเป้าหมาย ${show(target)} ${worseWord.th}ค่าเฉลี่ย 2 ปี (${show(baseline)}) จึงไม่ใช่เป้าหมายท้าทาย ได้ ${fmt(score)} คะแนน ไม่ว่าผลการดำเนินงานจะเป็นเท่าใด`,
          `The target ${show(target)} is ${worseWord.en} the two-year baseline (${show(baseline)}), so it is not challenging: ${fmt(score)} points whatever the result.`,
          {
            target: target.toNumber(),
            baseline: baseline.toNumber(),
            challenging: false,
            score: toNumber2(score),
          },
        ),
      );
    } else {
      const label = levelLabels[level];
      steps.push(
        step(
          'C7.5',
          LEVEL_SOURCE[boundaries],
          `ผลการดำเนินงาน${relation.th} อยู่ใน${label.th} (${fmt(score)} คะแนน)`,
          `The result is ${relation.en}: ${label.en} (${fmt(score)} points).`,
          { improvementPct: toNumber2(pct), level, score: toNumber2(score), boundaries },
        ),
      );
    }
    const bound = higher ? { th: 'อย่างน้อย', en: 'at least' } : { th: 'ไม่เกิน', en: 'at most' };
    steps.push(
      step(
        'C7.6',
        '000:83-87',
        advance && significance
          ? `ค่าเป้าหมายต้อง${notWorseWord.th} ${show(minimumTarget)}; ที่ค่าเป้าหมาย ${show(target)} ต้องได้ผลการดำเนินงาน${bound.th} ${show(advance)} จึงอยู่ในระดับก้าวหน้า และ${bound.th} ${show(significance)} จึงอยู่ในระดับพัฒนาจนเกิดผล`
          : `ค่าเป้าหมายต้อง${notWorseWord.th} ${show(minimumTarget)} จึงจะได้คะแนน`,
        advance && significance
          ? `The target must be ${bound.en} ${show(minimumTarget)}; at the target ${show(target)} the result must be ${bound.en} ${show(advance)} for Advance and ${bound.en} ${show(significance)} for Significance.`
          : `The target must be ${bound.en} ${show(minimumTarget)} to score at all.`,
        {
          minimumTarget: minimumTarget.toNumber(),
          advance: advance ? advance.toNumber() : null,
          significance: significance ? significance.toNumber() : null,
          places,
        },
      ),
    );
    return steps;
  };

  return lazyExplanation(
    {
      ok: true as const,
      pack: pack.id,
      direction,
      boundaries,
      baseline: baseline.toNumber(),
      places,
      challenging,
      improvementPct: toNumber2(pct),
      level,
      score: toNumber2(score),
      minimumTarget: minimumTarget.toNumber(),
      actualNeeded: {
        advance: advance ? advance.toNumber() : null,
        significance: significance ? significance.toNumber() : null,
      },
      warnings,
      position: positionOn(scaleOfPack('cat7', pack), round(score), pack.id),
    },
    explain,
  );
}

/** The warning for a target worse than last year's result (its text is written when read). */
function worseThanLastYear(target: Decimal, h1: Decimal, higher: boolean, places: number): Warning {
  return lazyWarning('TARGET_WORSE_THAN_LAST_YEAR', 'target', () => {
    const worseWord = higher ? { th: 'ต่ำกว่า', en: 'below' } : { th: 'สูงกว่า', en: 'above' };
    const t = formatDecimal(target, places);
    const last = formatDecimal(h1, places);
    return {
      th: `ค่าเป้าหมาย ${t} ${worseWord.th}ผลการดำเนินงานปีที่แล้ว (${last}) — คำเตือนนี้ไม่มีผลต่อคะแนน: คะแนนขึ้นกับค่าเฉลี่ย 2 ปี`,
      en: `The target ${t} is ${worseWord.en} last year's result (${last}). This warning does not change the score: the two-year baseline decides.`,
    };
  });
}
