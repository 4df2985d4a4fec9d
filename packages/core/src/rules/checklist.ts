/**
 * Rule CL — the self-assessment ESTIMATE of the PMQA 4.0 checklist (SPEC §5). The sources give no scoring
 * method for categories 1–6 (`001:75-81` are empty headings): this estimate is Khanaen's, always labelled as
 * such. none/basic/advance/significance → 0/300/400/500; category = mean of its assessed items; overall =
 * PB.2 with Category 7 from rule C7S when given. Unassessed items are excluded and reported.
 */
import * as z from 'zod/mini';
import { dec, mean, round, toNumber2, type Decimal } from '../decimal.js';
import { fmt, packStep, step } from '../explain.js';
import { levelLabels } from '../i18n.js';
import {
  pmqa40Award2566,
  pmqa40Checklist2565,
  type ChecklistConstants,
  type ItemLevel,
  type PackOptions,
  type PmqaBand,
} from '../packs.js';
import { error, fail, type ExplanationStep, type KnError, type Result } from '../result.js';
import { check, checkPack, dOpt, optionalDecimal, type DecimalInput } from '../validate.js';
import { bandScale, positionOn, type ScalePosition } from '../scales.js';

export const ITEM_LEVELS: readonly ItemLevel[] = ['not-assessed', 'none', 'basic', 'advance', 'significance'];

export const checklistSchema = z.object({
  levels: z.record(z.string(), z.enum(ITEM_LEVELS as [ItemLevel, ...ItemLevel[]])),
  category7Score: optionalDecimal({ range: [0, 500] }),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface ChecklistInput extends PackOptions<ChecklistConstants> {
  /** Level reached per item id (`'1.1'` … `'6.4'`); items left out are not assessed. */
  readonly levels: Readonly<Record<string, ItemLevel>>;
  /** The Category 7 score (rule C7S), when known. */
  readonly category7Score?: DecimalInput | null;
}

export interface ChecklistCategory {
  readonly id: number;
  /** Mean of the assessed items' points; `null` when no item is assessed (or, for 7, no score given). */
  readonly score: number | null;
  readonly assessed: number;
  readonly total: number;
}

export interface ChecklistResult {
  readonly pack: string;
  /** Always `true`: this is a self-assessment estimate, not an official score. */
  readonly estimate: true;
  readonly categories: readonly ChecklistCategory[];
  /**
   * Mean of the categories that have a score; `null` until at least one item of categories 1–6 is assessed
   * (a Category 7 score alone is no self-assessment estimate).
   */
  readonly overall: number | null;
  readonly band: PmqaBand | null;
  /** The estimate on the PMQA 4.0 scale; `null` while there is no estimate (or it leaves the scale). */
  readonly position: ScalePosition | null;
  /** Items assessed (categories 1–6). */
  readonly assessed: number;
  /** Items in all (24). */
  readonly total: number;
  /** Item ids not yet assessed. */
  readonly notAssessed: readonly string[];
  readonly explanation: readonly ExplanationStep[];
}

/** Rule CL: the self-assessment estimate. Never throws. */
export function checklistEstimate(input: ChecklistInput): Result<ChecklistResult> {
  const parsed = check(checklistSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(pmqa40Checklist2565, input);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const c = pack.constants;
  // The six process categories only: keys a caller's pack adds to `items` are not categories.
  const categoryIds = [1, 2, 3, 4, 5, 6] as const;
  const known = new Set(categoryIds.flatMap((cat) => c.items[cat]));
  const errors: KnError[] = Object.keys(parsed.data.levels)
    .filter((id) => !known.has(id))
    .map((id) => error(`levels.${id}`, 'UNKNOWN_ITEM', { item: id }));
  if (errors.length > 0) return fail(errors);

  const steps: ExplanationStep[] = [
    ...packStep(pack.id, '000:85-87, 004:1980-1982'),
    step(
      'CL.0',
      '001:75-81',
      'ค่าประมาณจากการประเมินตนเอง ไม่ใช่คะแนนอย่างเป็นทางการ: เกณฑ์ไม่ได้กำหนดวิธีให้คะแนนหมวด 1–6 จึงเทียบระดับที่ประเมินเป็นคะแนน ต่ำกว่าพื้นฐาน 0, พื้นฐาน 300, ก้าวหน้า 400, พัฒนาจนเกิดผล 500',
      'A self-assessment estimate, not an official score: the criteria give no scoring method for categories 1–6, so each assessed level maps to points: below Basic 0, Basic 300, Advance 400, Significance 500.',
      { ...c.levelPoints },
    ),
  ];
  const categories: ChecklistCategory[] = [];
  const scored: Decimal[] = [];
  const notAssessed: string[] = [];
  let assessed = 0;
  let total = 0;
  for (const cat of categoryIds) {
    const items = c.items[cat];
    const points: Decimal[] = [];
    for (const id of items) {
      const level = parsed.data.levels[id] ?? 'not-assessed';
      if (level === 'not-assessed') notAssessed.push(id);
      else points.push(dec(c.levelPoints[level]));
    }
    total += items.length;
    assessed += points.length;
    const score = points.length > 0 ? round(mean(points)) : null;
    if (score) scored.push(score);
    categories.push({
      id: cat,
      score: score ? toNumber2(score) : null,
      assessed: points.length,
      total: items.length,
    });
    steps.push(
      step(
        'CL.1',
        '001:89-93',
        score
          ? `หมวด ${cat}: ประเมินแล้ว ${points.length} จาก ${items.length} หัวข้อ ค่าเฉลี่ย (${points.map(fmt).join(' + ')}) / ${points.length} = ${fmt(score)}`
          : `หมวด ${cat}: ยังไม่ได้ประเมินหัวข้อใด`,
        score
          ? `Category ${cat}: ${points.length} of ${items.length} items assessed, mean (${points.map(fmt).join(' + ')}) / ${points.length} = ${fmt(score)}`
          : `Category ${cat}: no item assessed yet.`,
        { category: cat, assessed: points.length, score: score ? toNumber2(score) : null },
      ),
    );
  }
  const c7 = dOpt(parsed.data.category7Score ?? undefined);
  const c7Score = c7 ? round(c7) : null;
  if (c7Score) scored.push(c7Score);
  categories.push({ id: 7, score: c7Score ? toNumber2(c7Score) : null, assessed: c7Score ? 1 : 0, total: 1 });
  steps.push(
    step(
      'CL.2',
      '004:1873-1877',
      c7Score ? `หมวด 7: ใช้คะแนนหมวด 7 จากตัวชี้วัด = ${fmt(c7Score)}` : 'หมวด 7: ยังไม่มีคะแนนหมวด 7 จึงไม่นำมาคิด',
      c7Score
        ? `Category 7: the Category 7 KPI score = ${fmt(c7Score)}.`
        : 'Category 7: no Category 7 score yet, so it is left out.',
      { category7Score: c7Score ? toNumber2(c7Score) : null },
    ),
  );

  let overall: Decimal | null = null;
  let band: PmqaBand | null = null;
  let position: ScalePosition | null = null;
  if (assessed > 0) {
    // SPEC §0: the mean of the categories' shown (rounded) scores.
    overall = round(mean(scored));
    const scale = bandScale('pmqa40');
    // Overridden level points can leave the 0–500 scale; the estimate then has no band.
    if (overall.gte(scale.min) && overall.lte(scale.max)) {
      position = positionOn(scale, overall, pmqa40Award2566.id);
      band = position.band.id as PmqaBand;
    }
    const missing = categories.filter((k) => k.score === null).map((k) => k.id);
    steps.push(
      step(
        'CL.3',
        'SPEC §5, 004:1884-1885',
        `ค่าประมาณคะแนนรวม = ค่าเฉลี่ยของ ${scored.length} หมวดที่มีคะแนน = ${fmt(overall)}${band ? ` (${levelLabels[band].th})` : ''}${missing.length ? `; ยังไม่รวมหมวด ${missing.join(', ')}` : ''}`,
        `Estimated overall = mean of the ${scored.length} categories with a score = ${fmt(overall)}${band ? ` (${levelLabels[band].en})` : ''}${missing.length ? `; categories ${missing.join(', ')} not yet included` : ''}.`,
        { overall: toNumber2(overall), band, missing },
      ),
    );
  }
  return {
    ok: true,
    pack: pack.id,
    estimate: true,
    categories,
    overall: overall ? toNumber2(overall) : null,
    band,
    position,
    assessed,
    total,
    notAssessed,
    explanation: steps,
  };
}

/**
 * The levels an item has reached when `level` is recorded: levels are cumulative, each builds on the one
 * below (`001:429`, `001:487`, `001:1104-1105`), so Advance means Basic is reached too. Empty for
 * `not-assessed` and `none`.
 */
export function levelsReached(level: ItemLevel): readonly ItemLevel[] {
  const i = CUMULATIVE.indexOf(level as (typeof CUMULATIVE)[number]);
  return i < 0 ? [] : CUMULATIVE.slice(0, i + 1);
}

const CUMULATIVE = ['basic', 'advance', 'significance'] as const;
