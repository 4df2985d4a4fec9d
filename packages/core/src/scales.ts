/**
 * Band scales for meters and badges: the PMQA 4.0 bands (PB.1), the agency levels (AE.3) and the Category 7
 * levels (C7/C7S points), all derived from the rule packs, plus custom scales. `classifyOnScale` is the one
 * place a widget asks "which band is this value in, and how far is the next?".
 */
import { dec, round, toDecimal, toNumber2, type Decimal } from './decimal.js';
import { fmt, labelOf, lazyExplanation, step } from './explain.js';
import { levelLabels } from './i18n.js';
import {
  agencyEval2567,
  pmqa40Award2566,
  pmqa40Category7,
  rulePacks,
  type AgencyConstants,
  type Category7Constants,
  type PmqaAwardConstants,
  type RulePack,
} from './packs.js';
import { error, fail, type Bilingual, type ExplanationStep, type Result } from './result.js';

export interface ScaleBand {
  /** Band id, e.g. `advance`. */
  readonly id: string;
  /** Inclusive lower bound; a band runs up to the next band's `min` (exclusive), the last to the scale's `max`. */
  readonly min: number;
  readonly label: Bilingual;
  /** Whether the band carries an award (PMQA 4.0). */
  readonly award?: boolean;
}

export interface BandScale {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  /** Unit shown after values, e.g. "คะแนน" / "points". */
  readonly unit: Bilingual;
  /** Bands, lowest first; the first band's `min` equals the scale's `min`. */
  readonly bands: readonly ScaleBand[];
  /** Rule and source the bands come from. */
  readonly rule: string;
  readonly source: string;
  /** Extra markers (e.g. the stage-1 gate at 400). */
  readonly markers?: readonly { readonly value: number; readonly label: Bilingual }[];
}

const POINTS: Bilingual = { th: 'คะแนน', en: 'points' };

export type BuiltInScale = 'pmqa40' | 'agency' | 'cat7';

/** The agency levels (AE.3) of a pack, as a scale 0–100. */
export function agencyScale(pack: RulePack<AgencyConstants> = agencyEval2567): BandScale {
  const levels = [...pack.constants.levels].reverse();
  // A pack whose floors stop above 0 leaves 0 up to its lowest floor as "needs improvement" (AE.3).
  if (levels.length === 0 || (levels[0] as { min: number }).min > 0)
    levels.unshift({ id: 'needs-improvement', min: 0 });
  return {
    id: 'agency',
    min: 0,
    max: 100,
    unit: POINTS,
    rule: 'AE.3',
    source: '003:236-239',
    bands: levels.map((l) => ({ id: l.id, min: l.min, label: labelOf(l.id) })),
  };
}

/** The Category 7 points (C7.5, C7S) of a pack, as a scale 0–(significance points), with the stage-1 marker. */
export function category7Scale(pack: RulePack<Category7Constants> = pmqa40Category7): BandScale {
  const c = pack.constants;
  const p = c.points;
  return {
    id: 'cat7',
    min: 0,
    max: p.significance,
    unit: POINTS,
    rule: 'C7.5',
    source: '000:85-87',
    bands: (['none', 'basic', 'advance', 'significance'] as const).map((id) => ({
      id,
      min: id === 'none' ? 0 : p[id],
      label: labelOf(id),
    })),
    markers: [{ value: c.stage1PassScore, label: { th: 'ผ่านขั้นตอนที่ 1', en: 'Stage-1 pass' } }],
  };
}

/** The PMQA 4.0 bands (PB.1) of a pack, as a scale 0–500. */
export function pmqa40Scale(pack: RulePack<PmqaAwardConstants> = pmqa40Award2566): BandScale {
  const c = pack.constants;
  return {
    id: 'pmqa40',
    min: 0,
    max: c.maxScore,
    unit: POINTS,
    rule: 'PB.1',
    source: '004:1980-1982',
    bands: c.bands.map((b) => ({ id: b.id, min: b.min, label: labelOf(b.id), award: b.award })),
  };
}

// The built-in packs' scales, made once (immutable data, not a cache).
const BUILT_IN: Readonly<Record<BuiltInScale, BandScale>> = {
  pmqa40: pmqa40Scale(),
  agency: agencyScale(),
  cat7: category7Scale(),
};

/** The built-in scales, from the default rule packs. */
export function bandScale(id: BuiltInScale): BandScale {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(BUILT_IN, id)
    ? BUILT_IN[id]
    : BUILT_IN.pmqa40;
}

/** A pack's scale: the built-in one for a built-in pack, else made from the pack. */
export function scaleOfPack(kind: BuiltInScale, pack: RulePack<unknown>): BandScale {
  if (pack === rulePacks[pack.id as keyof typeof rulePacks]) {
    if (kind === 'cat7' && pack === pmqa40Category7) return BUILT_IN.cat7;
    if (kind === 'agency' && pack === agencyEval2567) return BUILT_IN.agency;
    if (kind === 'pmqa40' && pack === pmqa40Award2566) return BUILT_IN.pmqa40;
  }
  if (kind === 'cat7') return category7Scale(pack as RulePack<Category7Constants>);
  if (kind === 'agency') return agencyScale(pack as RulePack<AgencyConstants>);
  return pmqa40Scale(pack as RulePack<PmqaAwardConstants>);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBilingual = (v: unknown): v is Bilingual =>
  isRecord(v) && typeof v.th === 'string' && typeof v.en === 'string';
const SCALE_LABEL: Bilingual = { th: 'ช่วงคะแนนที่กำหนดเอง', en: 'The custom scale' };

/**
 * Reads a custom scale given as an object or JSON text (e.g. a `bands` attribute): fills the optional texts
 * (labels of known band ids from SPEC §7, unit "คะแนน"/"points") and checks that the bands are usable:
 * ascending, the first at `min`, all within [min, max]. Never throws.
 */
export function parseScale(input: unknown): Result<{ readonly scale: BandScale }> {
  let v = input;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      v = null;
    }
  }
  const bad = fail([error('bands', 'INVALID_TYPE', {}, SCALE_LABEL)]);
  if (!isRecord(v) || !isNum(v.min) || !isNum(v.max) || !Array.isArray(v.bands)) return bad;
  const bands: ScaleBand[] = [];
  for (const b of v.bands as unknown[]) {
    if (!isRecord(b) || !isNum(b.min)) return bad;
    const id = typeof b.id === 'string' && b.id !== '' ? b.id : `band-${bands.length + 1}`;
    const known = Object.prototype.hasOwnProperty.call(levelLabels, id)
      ? (levelLabels as Record<string, Bilingual>)[id]
      : undefined;
    const label = isBilingual(b.label)
      ? b.label
      : typeof b.label === 'string'
        ? { th: b.label, en: b.label }
        : (known ?? { th: id, en: id });
    bands.push({ id, min: b.min, label, award: b.award === true });
  }
  const markers = Array.isArray(v.markers)
    ? (v.markers as unknown[]).filter(
        (m): m is { value: number; label: Bilingual } =>
          isRecord(m) && isNum(m.value) && isBilingual(m.label),
      )
    : undefined;
  const scale: BandScale = {
    id: typeof v.id === 'string' ? v.id : 'custom',
    min: v.min,
    max: v.max,
    unit: isBilingual(v.unit) ? v.unit : POINTS,
    bands,
    rule: typeof v.rule === 'string' ? v.rule : 'custom',
    source: typeof v.source === 'string' && v.source !== '' ? v.source : 'custom',
    ...(markers ? { markers } : {}),
  };
  const usable =
    scale.max > scale.min &&
    bands.length > 0 &&
    bands[0]?.min === scale.min &&
    bands.every((b, i) => b.min <= scale.max && (i === 0 || b.min > (bands[i - 1] as ScaleBand).min));
  return usable ? { ok: true, scale } : bad;
}

/** Checks that a scale is usable (see `parseScale`). Never throws, whatever it is given. */
export function validateScale(scale: unknown): Result<{ readonly scale: BandScale }> {
  return parseScale(scale);
}

export interface ScalePosition {
  /** The value rounded half-up to 2 decimals (the value that is shown and classified). */
  readonly value: number;
  readonly band: ScaleBand;
  readonly index: number;
  readonly next: ScaleBand | null;
  readonly pointsToNext: number | null;
  /** Position on the scale, 0–1. */
  readonly fraction: number;
  /** The scale the value was classified on. */
  readonly scale: BandScale;
  /** The rule pack the scale comes from (`custom` for a caller's scale). */
  readonly pack: string;
  readonly explanation: readonly ExplanationStep[];
}

/**
 * The one classifier of every band scale (PB.1 bands, AE.3 levels, Category 7 points, custom scales): the
 * highest band whose floor is at or below the value (already rounded to 2 decimals and within the scale).
 */
export function positionOn(scale: BandScale, rounded: Decimal, pack: string): ScalePosition {
  let index = 0;
  for (let i = 1; i < scale.bands.length; i += 1)
    if (rounded.gte((scale.bands[i] as ScaleBand).min)) index = i;
  const band = scale.bands[index] as ScaleBand;
  const next = scale.bands[index + 1] ?? null;
  const toNext = next ? dec(next.min).minus(rounded) : null;
  const value = toNumber2(rounded);
  const span = scale.max - scale.min;
  return lazyExplanation(
    {
      value,
      band,
      index,
      next,
      pointsToNext: toNext ? toNumber2(toNext) : null,
      fraction: span > 0 ? Math.round(Math.min(1, Math.max(0, (value - scale.min) / span)) * 1e6) / 1e6 : 0,
      scale,
      pack,
    },
    () => [
      step(
        scale.rule,
        scale.source,
        `${fmt(rounded)} ${scale.unit.th} อยู่ใน${band.label.th}${next && toNext ? ` ต้องได้อีก ${fmt(toNext)} ${scale.unit.th}จึงถึง${next.label.th}` : ''}`,
        `${fmt(rounded)} ${scale.unit.en}: ${band.label.en}${next && toNext ? `; ${fmt(toNext)} more to reach ${next.label.en}` : ''}.`,
        {
          value,
          band: band.id,
          next: next?.id ?? null,
          pointsToNext: toNext ? toNumber2(toNext) : null,
        },
      ),
    ],
  );
}

/** Classifies `value` on `scale`. Values outside [min, max] are `OUT_OF_RANGE` errors. Never throws. */
export function classifyOnScale(input: BandScale, value: unknown, pack = 'custom'): Result<ScalePosition> {
  const valid = parseScale(input);
  if (!valid.ok) return valid;
  const scale = valid.scale;
  if (value === undefined || value === null || value === '') return fail([error('value', 'REQUIRED')]);
  const v = toDecimal(value);
  if (!v) return fail([error('value', 'NOT_A_NUMBER')]);
  const r = round(v);
  if (r.lt(scale.min) || r.gt(scale.max)) {
    return fail([error('value', 'OUT_OF_RANGE', { min: scale.min, max: scale.max })]);
  }
  const position = positionOn(scale, r, typeof pack === 'string' ? pack : 'custom');
  return lazyExplanation({ ok: true as const, ...withoutExplanation(position) }, () => position.explanation);
}

function withoutExplanation(p: ScalePosition): Omit<ScalePosition, 'explanation'> {
  const { value, band, index, next, pointsToNext, fraction, scale, pack } = p;
  return { value, band, index, next, pointsToNext, fraction, scale, pack };
}

const isScalePosition = (v: unknown): v is ScalePosition =>
  isRecord(v) && isNum(v.value) && isRecord(v.band) && isRecord(v.scale) && Array.isArray(v.scale.bands);

/**
 * What a display renders from any core result: its `position` (every scored result has one), or the value
 * itself when it is a position (`classifyOnScale`'s result). `null` for anything else, including a failed
 * result or one with nothing to place yet (a checklist with no item assessed). The one way widgets read a
 * score: they never classify or round on their own.
 */
export function positionOf(result: unknown): ScalePosition | null {
  if (!isRecord(result) || result.ok === false) return null;
  if ('position' in result) return isScalePosition(result.position) ? result.position : null;
  return isScalePosition(result) ? result : null;
}
