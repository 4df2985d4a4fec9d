/**
 * Rule C7S — the Category 7 set: 6 dimensions × 5 KPI slots, duplicates, groups, aggregate and the
 * stage-1 gate (SPEC §2). Sources: `000:62-77`, `001:1109-1121`, `004:1873-1877`.
 */
import * as z from 'zod/mini';
import { dec, mean, round, sum, toNumber2, type Decimal } from '../decimal.js';
import { positionOn, scaleOfPack, type ScalePosition } from '../scales.js';
import { fmt, lazyExplanation, lazyWarning, packStep, step } from '../explain.js';
import {
  DIMENSIONS,
  pmqa40Category7,
  type Category7Constants,
  type Dimension,
  type KpiGroup,
  type PackOptions,
} from '../packs.js';
import {
  echo,
  error,
  fail,
  type ExplanationStep,
  type KnError,
  type Result,
  type Warning,
} from '../result.js';
import { check, checkPack, decimal, optionalDecimal, type DecimalInput } from '../validate.js';
import {
  boundariesSchema,
  directionSchema,
  scoreValidCategory7Kpi,
  type Boundaries,
  type Cat7Level,
  type Category7KpiResult,
  type Direction,
} from './cat7.js';

export const category7SetSchema = z.object({
  kpis: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS as [Dimension, ...Dimension[]]),
      group: z.optional(z.nullable(z.string())),
      name: z.string().check(z.trim(), z.minLength(1)),
      unit: z.optional(z.nullable(z.string())),
      target: decimal(),
      actual: decimal(),
      history: z.array(decimal()).check(z.length(2)),
      direction: z.optional(directionSchema),
    }),
  ),
  boundaries: z.optional(boundariesSchema),
  significancePoints: optionalDecimal({ nonNegative: true }),
  unitType: z.optional(z.enum(['service', 'policy'])),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface Category7SetKpiInput {
  readonly dimension: Dimension;
  /** Group id (e.g. `core-mission`) or its Thai/English label; see `pmqa40Category7.constants.dimensions`. */
  readonly group?: string | null;
  readonly name: string;
  /** Informational only: a KPI repeated with another unit is still a duplicate (`000:75`). */
  readonly unit?: string | null;
  readonly target: DecimalInput;
  readonly actual: DecimalInput;
  readonly history: readonly DecimalInput[];
  readonly direction?: Direction;
}

export interface Category7SetInput extends PackOptions<Category7Constants> {
  readonly kpis: readonly Category7SetKpiInput[];
  /**
   * `service` (หน่วยบริการ) or `policy` (หน่วยนโยบาย): which of the groups mandatory for one kind of agency
   * apply (2566: `000:49`). Absent: either one satisfies the requirement.
   */
  readonly unitType?: 'service' | 'policy';
  readonly boundaries?: Boundaries;
  readonly significancePoints?: DecimalInput;
}

export interface Category7SlotResult {
  /** Index of the KPI in the input. */
  readonly index: number;
  /** 1-based slot in its dimension. */
  readonly slot: number;
  readonly name: string;
  /** The matched group id, or `null`. */
  readonly group: string | null;
  /** Whether the KPI fills one of the dimension's scored slots (only the first 5 do). */
  readonly counted: boolean;
  /** The earlier KPI with the same name, when this one is a duplicate (it then scores 0). */
  readonly duplicateOf: {
    readonly index: number;
    readonly dimension: Dimension;
    readonly slot: number;
  } | null;
  readonly level: Cat7Level;
  readonly score: number;
  /** The KPI's own C7 result (its score before any duplicate rule). */
  readonly result: Category7KpiResult;
}

export interface Category7DimensionResult {
  readonly score: number;
  readonly filled: number;
  readonly kpis: readonly Category7SlotResult[];
}

export interface Category7SetResult {
  readonly pack: string;
  readonly score: number;
  /** Category 7 score ≥ 400 passes stage 1 of the PMQA 4.0 assessment (`004:1873-1877`). */
  readonly passesStage1: boolean;
  /** Slots holding a KPI (at most `totalSlots`); empty slots score 0 (SPEC §2). */
  readonly filledSlots: number;
  /** 6 dimensions × `slotsPerDimension` (30). */
  readonly totalSlots: number;
  readonly dimensions: Readonly<Record<Dimension, Category7DimensionResult>>;
  /** The Category 7 score on the Category 7 points scale (band, next band, distance, pack). */
  readonly position: ScalePosition;
  readonly warnings: readonly Warning[];
  readonly explanation: readonly ExplanationStep[];
}

/**
 * Name key for duplicate detection (`000:73-77`): case- and space-insensitive; invisible characters (zero-width
 * space, zero-width joiners, BOM, NBSP) count as spaces; a unit written in trailing parentheses ("(ล้านบาท)",
 * "(%)") is a unit, not part of the name ("แม้เปลี่ยนหน่วยวัดก็ตาม", `000:77`).
 */
export function kpiNameKey(name: string): string {
  if (typeof name !== 'string') return '';
  // Thai and ASCII text is already in NFC, and Thai casing is plain lowercasing: skip the slow calls for it.
  const text = THAI_OR_ASCII.test(name) ? name.toLowerCase() : name.normalize('NFC').toLocaleLowerCase('th');
  const spaced = text.replace(INVISIBLE, ' ');
  const withoutUnit = spaced.replace(TRAILING_UNIT, '');
  return (withoutUnit.trim() === '' ? spaced : withoutUnit).replace(/\s+/g, '');
}

const THAI_OR_ASCII = /^[\t\n\v\f\r -~\u0e00-\u0e7f]*$/;
// Zero-width space/non-joiner/joiner, word joiner, BOM, NBSP, narrow NBSP, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00a0\u202f\u00ad]/g;
// One or more trailing parenthesised parts: "(ล้านบาท)", "( % )", "(ร้อยละ)(ต่อปี)".
const TRAILING_UNIT = /(?:\s*[(（][^()（）]*[)）])+\s*$/;

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('th').replace(/\s+/g, '').replace(/\*$/, '');

/** Finds a KPI group of a dimension by id or by its Thai or English label. */
export function findKpiGroup(
  c: Category7Constants,
  dimension: Dimension,
  group: string,
): KpiGroup | undefined {
  if (typeof group !== 'string' || typeof dimension !== 'string') return undefined;
  const dims: unknown = (c as { dimensions?: unknown } | null | undefined)?.dimensions;
  if (typeof dims !== 'object' || dims === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(dims, dimension)) return undefined;
  const key = norm(group);
  return c.dimensions[dimension].groups.find(
    (g) => norm(g.id) === key || norm(g.label.th) === key || norm(g.label.en) === key,
  );
}

/** Rule C7S: scores a whole Category 7 set. Never throws. */
export function scoreCategory7Set(input: Category7SetInput): Result<Category7SetResult> {
  const parsed = check(category7SetSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(pmqa40Category7, input);
  if (!packed.ok) return fail([packed.error]);
  const pack = packed.pack;
  const c = pack.constants;
  const slots = c.slotsPerDimension;
  if (!Number.isInteger(slots) || slots < 1 || slots > 100) {
    return fail([error('constants.slotsPerDimension', 'OUT_OF_RANGE', { min: 1, max: 100 })]);
  }
  const data = parsed.data;

  // Score every KPI on its own (rule C7) first; input errors fail the whole set.
  const errors: KnError[] = [];
  const results: Category7KpiResult[] = [];
  data.kpis.forEach((kpi, i) => {
    // Already validated by the set's schema (same field rules as rule C7's), so scored without re-parsing.
    const r = scoreValidCategory7Kpi(
      {
        target: kpi.target,
        actual: kpi.actual,
        history: kpi.history,
        direction: kpi.direction,
        boundaries: data.boundaries,
        significancePoints: data.significancePoints,
      },
      pack,
    );
    if (r.ok) results[i] = r;
    // Re-built at the KPI's path so the message names the KPI ("ตัวชี้วัดที่ 2: …") like schema errors do.
    else for (const e of r.errors) errors.push(error(`kpis.${i}.${e.path}`, e.code, e.values));
  });
  if (errors.length > 0) return fail(errors);

  const warnings: Warning[] = [];
  // The explanation is written the first time it is read (scoring many sets should not pay for text).
  const later: (() => ExplanationStep)[] = [];
  const seen = new Map<string, { index: number; dimension: Dimension; slot: number }>();
  const dimensions = {} as Record<Dimension, Category7DimensionResult>;
  const dimensionScores: Decimal[] = [];

  const byDimension = new Map<Dimension, { k: (typeof data.kpis)[number]; index: number }[]>();
  data.kpis.forEach((k, index) => {
    const list = byDimension.get(k.dimension);
    if (list) list.push({ k, index });
    else byDimension.set(k.dimension, [{ k, index }]);
  });
  for (const dim of DIMENSIONS) {
    const label = c.dimensions[dim].label;
    const members = byDimension.get(dim) ?? [];
    const groupCounts = new Map<string, number>();
    const kpis: Category7SlotResult[] = members.map(({ k, index }, n) => {
      const slot = n + 1;
      const counted = slot <= slots;
      const result = results[index] as Category7KpiResult;
      const key = kpiNameKey(k.name);
      const first = seen.get(key);
      if (!first) seen.set(key, { index, dimension: dim, slot });
      let group: string | null = null;
      if (k.group && k.group.trim() !== '') {
        const g = findKpiGroup(c, dim, k.group);
        if (g) {
          group = g.id;
          groupCounts.set(g.id, (groupCounts.get(g.id) ?? 0) + 1);
        } else {
          warnings.push(
            lazyWarning('UNKNOWN_GROUP', `kpis.${index}.group`, () => ({
              th: `ตัวชี้วัด “${echo(k.name)}”: กลุ่ม “${echo(k.group)}” ไม่อยู่ในกลุ่มตัววัดของมิติ ${dim}`,
              en: `KPI “${echo(k.name)}”: group “${echo(k.group)}” is not a KPI group of dimension ${dim}.`,
            })),
          );
        }
      }
      if (first) {
        warnings.push(
          lazyWarning('DUPLICATE_KPI', `kpis.${index}.name`, () => ({
            th: `ตัวชี้วัด “${echo(k.name)}” ซ้ำกับตัวชี้วัดในมิติ ${first.dimension} ช่องที่ ${first.slot} จึงไม่ได้คะแนน (รายงานซ้ำจะไม่พิจารณาให้คะแนน แม้เปลี่ยนหน่วยวัด)`,
            en: `KPI “${echo(k.name)}” repeats the KPI in dimension ${first.dimension}, slot ${first.slot}, so it scores 0 (a repeated KPI is not scored, even with another unit).`,
          })),
        );
      }
      const score = first || !counted ? 0 : result.score;
      return {
        index,
        slot,
        name: k.name,
        group,
        counted,
        duplicateOf: first ?? null,
        level: first ? 'none' : result.level,
        score,
        result,
      };
    });

    if (members.length > slots) {
      warnings.push(
        lazyWarning('TOO_MANY_KPIS', 'kpis', () => ({
          th: `มิติ ${dim} มีตัวชี้วัด ${members.length} ตัว ใช้คะแนนเฉพาะ ${slots} ตัวแรก`,
          en: `Dimension ${dim} has ${members.length} KPIs; only the first ${slots} are scored.`,
        })),
      );
    } else if (members.length < slots) {
      warnings.push(
        lazyWarning('DIMENSION_INCOMPLETE', 'kpis', () => ({
          th: `มิติ ${dim} มีตัวชี้วัด ${members.length} จาก ${slots} ตัว ช่องที่ว่างได้ 0 คะแนน`,
          en: `Dimension ${dim} has ${members.length} of ${slots} KPIs; empty slots score 0.`,
        })),
      );
    }
    const groups = c.dimensions[dim].groups;
    for (const g of groups) {
      const n = groupCounts.get(g.id) ?? 0;
      // 000:68-69: the core-mission group takes up to 3 KPIs, every other group up to 2.
      const max = g.max ?? (g.mandatory ? c.mandatoryGroupMax : c.otherGroupMax);
      // A group mandatory for one kind of agency only (000:49): for that kind; with the kind unknown, one of
      // the alternatives in the dimension is enough.
      const required =
        g.mandatory &&
        (!g.mandatoryFor ||
          (data.unitType
            ? g.mandatoryFor === data.unitType
            : !groups.some((o) => o.mandatoryFor && (groupCounts.get(o.id) ?? 0) > 0)));
      if (required && n === 0) {
        warnings.push(
          lazyWarning('MANDATORY_GROUP_MISSING', 'kpis', () => ({
            th: `มิติ ${dim}: ยังไม่มีตัวชี้วัดในกลุ่มบังคับ “${g.label.th}” (ต้องมี 1–${max} ตัว)`,
            en: `Dimension ${dim}: no KPI yet in the mandatory group “${g.label.en}” (1–${max} required).`,
          })),
        );
      } else if (n > max) {
        warnings.push(
          lazyWarning('GROUP_TOO_MANY', 'kpis', () => ({
            th: `มิติ ${dim}: กลุ่ม “${g.label.th}” มีตัวชี้วัด ${n} ตัว เกินกว่าที่กำหนด (ไม่เกิน ${max} ตัว)`,
            en: `Dimension ${dim}: group “${g.label.en}” has ${n} KPIs, more than the ${max} allowed.`,
          })),
        );
      }
    }

    // Dimension score = mean of its slots; empty slots score 0.
    const slotScores = Array.from({ length: slots }, (_, s) => {
      const k = kpis[s];
      return k ? dec(k.score) : dec(0);
    });
    const dimScore = mean(slotScores);
    // SPEC §0: aggregates are computed from the rows' shown (rounded) values.
    dimensionScores.push(round(dimScore));
    dimensions[dim] = { score: toNumber2(dimScore), filled: Math.min(members.length, slots), kpis };
    later.push(() =>
      step(
        'C7S.1',
        'SPEC §2',
        `มิติ ${dim} ${label.th}: (${slotScores.map(fmt).join(' + ')}) / ${slots} = ${fmt(round(dimScore))} (ค่าเฉลี่ยของ ${slots} ช่องเป็นวิธีของ Khanaen: เอกสารกำหนดให้รายงานมิติละ ${slots} ตัว (000:66) แต่ไม่ได้กำหนดวิธีรวมคะแนน)`,
        `Dimension ${dim} ${label.en}: (${slotScores.map(fmt).join(' + ')}) / ${slots} = ${fmt(round(dimScore))} (the mean of the ${slots} slots is Khanaen's default: the source asks for ${slots} KPIs a dimension (000:66) but gives no aggregate)`,
        { dimension: dim, slots: slotScores.map(toNumber2), score: toNumber2(dimScore) },
      ),
    );
  }

  const duplicates = warnings.filter((w) => w.code === 'DUPLICATE_KPI').length;
  if (duplicates > 0) {
    later.push(() =>
      step(
        'C7S.2',
        '000:73-77',
        `ตัวชี้วัดที่ซ้ำกัน ${duplicates} ตัวได้ 0 คะแนน (นับเฉพาะตัวแรก)`,
        `${duplicates} repeated KPI(s) score 0 (only the first counts).`,
        { duplicates },
      ),
    );
  }
  const score = round(mean(dimensionScores));
  const filledSlots = DIMENSIONS.reduce((n, dim) => n + dimensions[dim].filled, 0);
  later.push(() =>
    step(
      'C7S.3',
      'SPEC §2',
      `คะแนนหมวด 7 = ค่าเฉลี่ย 6 มิติ = (${dimensionScores.map(fmt).join(' + ')}) / 6 = ${fmt(score)} (ค่าเฉลี่ยของมิติเป็นวิธีของ Khanaen; เอกสารใช้ "คะแนนเฉลี่ยหมวด 7" ที่ 004:1873-1877)`,
      `Category 7 score = mean of the 6 dimensions = (${dimensionScores.map(fmt).join(' + ')}) / 6 = ${fmt(score)} (the mean of the dimensions is Khanaen's default; the source speaks of the "Category 7 average" at 004:1873-1877)`,
      { score: toNumber2(score), total: toNumber2(sum(dimensionScores)) },
    ),
  );
  const gate = dec(c.stage1PassScore);
  const passesStage1 = score.gte(gate);
  later.push(() =>
    step(
      'C7S.4',
      '004:1873-1877',
      passesStage1
        ? `คะแนนเฉลี่ยหมวด 7 = ${fmt(score)} ตั้งแต่ ${fmt(gate)} คะแนนขึ้นไป จึงผ่านเข้ารอบต่อไป (การตรวจประเมินขั้นตอนที่ 1)`
        : `คะแนนเฉลี่ยหมวด 7 = ${fmt(score)} ต่ำกว่า ${fmt(gate)} คะแนน จึงยังไม่ผ่านเข้ารอบต่อไป (การตรวจประเมินขั้นตอนที่ 1)`,
      passesStage1
        ? `Category 7 score ${fmt(score)} is at least ${fmt(gate)}: passes to the next round (assessment stage 1).`
        : `Category 7 score ${fmt(score)} is below ${fmt(gate)}: does not pass to the next round (assessment stage 1).`,
      { score: toNumber2(score), passScore: toNumber2(gate), passesStage1 },
    ),
  );

  return lazyExplanation(
    {
      ok: true as const,
      pack: pack.id,
      score: toNumber2(score),
      passesStage1,
      filledSlots,
      totalSlots: slots * DIMENSIONS.length,
      dimensions,
      warnings,
      position: positionOn(scaleOfPack('cat7', pack), score, pack.id),
    },
    () => [...packStep(pack.id, '000:66, 001:1113-1121'), ...later.map((f) => f())],
  );
}
