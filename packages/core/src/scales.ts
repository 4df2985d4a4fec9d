/**
 * Band scales for meters and badges: the PMQA 4.0 bands (PB.1), the agency levels (AE.3) and the Category 7
 * levels (C7/C7S points), all derived from the rule packs, plus custom scales. `classifyOnScale` is the one
 * place a widget asks "which band is this value in, and how far is the next?".
 */
import { dec, round, toDecimal, toNumber2 } from './decimal.js';
import { fmt, step } from './explain.js';
import { levelLabels } from './i18n.js';
import { agencyEval2567, pmqa40Award2566, pmqa40Cat7 } from './packs.js';
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

/** The built-in scales, from the default rule packs. */
export function bandScale(id: BuiltInScale): BandScale {
  if (id === 'agency') {
    const levels = [...agencyEval2567.constants.levels].reverse();
    return {
      id,
      min: 0,
      max: 100,
      unit: POINTS,
      rule: 'AE.3',
      source: '003:236-239',
      bands: levels.map((l) => ({ id: l.id, min: l.min, label: levelLabels[l.id] })),
    };
  }
  if (id === 'cat7') {
    const p = pmqa40Cat7.constants.points;
    return {
      id,
      min: 0,
      max: p.significance,
      unit: POINTS,
      rule: 'C7.5',
      source: '000:85-87',
      bands: [
        { id: 'none', min: 0, label: levelLabels.none },
        { id: 'basic', min: p.basic, label: levelLabels.basic },
        { id: 'advance', min: p.advance, label: levelLabels.advance },
        { id: 'significance', min: p.significance, label: levelLabels.significance },
      ],
      markers: [
        {
          value: pmqa40Cat7.constants.stage1PassScore,
          label: { th: 'ผ่านขั้นตอนที่ 1', en: 'Stage-1 pass' },
        },
      ],
    };
  }
  const c = pmqa40Award2566.constants;
  return {
    id: 'pmqa40',
    min: 0,
    max: c.maxScore,
    unit: POINTS,
    rule: 'PB.1',
    source: '004:1980-1982',
    bands: c.bands.map((b) => ({ id: b.id, min: b.min, label: levelLabels[b.id], award: b.award })),
  };
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
  readonly explanation: readonly ExplanationStep[];
}

/** Classifies `value` on `scale`. Values outside [min, max] are `OUT_OF_RANGE` errors. Never throws. */
export function classifyOnScale(input: BandScale, value: unknown): Result<ScalePosition> {
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
  let index = 0;
  scale.bands.forEach((b, i) => {
    if (r.gte(b.min)) index = i;
  });
  const band = scale.bands[index] as ScaleBand;
  const next = scale.bands[index + 1] ?? null;
  const toNext = next ? dec(next.min).minus(r) : null;
  const fraction = Number(
    r
      .minus(scale.min)
      .div(scale.max - scale.min)
      .toFixed(6),
  );
  return {
    ok: true,
    value: toNumber2(r),
    band,
    index,
    next,
    pointsToNext: toNext ? toNumber2(toNext) : null,
    fraction,
    explanation: [
      step(
        scale.rule,
        scale.source,
        `${fmt(r)} ${scale.unit.th} อยู่ใน${band.label.th}${next && toNext ? ` ต้องได้อีก ${fmt(toNext)} ${scale.unit.th}จึงถึง${next.label.th}` : ''}`,
        `${fmt(r)} ${scale.unit.en}: ${band.label.en}${next && toNext ? `; ${fmt(toNext)} more to reach ${next.label.en}` : ''}.`,
        {
          value: toNumber2(r),
          band: band.id,
          next: next?.id ?? null,
          pointsToNext: toNext ? toNumber2(toNext) : null,
        },
      ),
    ],
  };
}
