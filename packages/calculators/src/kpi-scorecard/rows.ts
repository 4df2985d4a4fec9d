/**
 * The scorecard's editable rows and their mapping to and from the core inputs. Rows hold what the user typed
 * (text, never parsed here) plus a stable `key` for `repeat()`. No rule is applied in this file: scores,
 * totals, levels and duplicates all come from `@khanaen/core`.
 */
import {
  DIMENSIONS,
  findKpiGroup,
  pmqa40Cat7,
  type AgencyKpiRow,
  type Bilingual,
  type Category7SetKpiInput,
  type Dimension,
  type Direction,
} from '@khanaen/core';

export type ScorecardMode = 'agency' | 'cat7';

/** One agency-evaluation KPI as typed (rule AE). */
export interface AgencyRow {
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly initial: string;
  readonly standard: string;
  readonly high: string;
  readonly actual: string;
  /** `''` = inferred from the target order, else `higher` / `lower`. */
  readonly direction: string;
}

/** One Category 7 KPI as typed (rules C7, C7S). */
export interface Category7Row {
  readonly key: number;
  readonly dimension: string;
  /** Group id of the dimension (or the text given, when it is not one of the dimension's groups). */
  readonly group: string;
  readonly name: string;
  readonly unit: string;
  readonly target: string;
  readonly actual: string;
  /** Result two years ago. */
  readonly y2: string;
  /** Result last year. */
  readonly y1: string;
  readonly direction: string;
}

export type AgencyField = Exclude<keyof AgencyRow, 'key'>;
export type Category7Field = Exclude<keyof Category7Row, 'key'>;
export type AnyRow = AgencyRow | Category7Row;

export const AGENCY_FIELDS: readonly AgencyField[] = [
  'id',
  'name',
  'weight',
  'initial',
  'standard',
  'high',
  'actual',
  'direction',
];
export const CATEGORY7_FIELDS: readonly Category7Field[] = [
  'dimension',
  'group',
  'name',
  'unit',
  'target',
  'actual',
  'y2',
  'y1',
  'direction',
];

/** Which row fields a core error path (after `kpis.N.`) points to. */
export const AGENCY_PATH_FIELDS: Readonly<Record<string, readonly AgencyField[]>> = {
  id: ['id'],
  name: ['name'],
  weight: ['weight'],
  actual: ['actual'],
  'targets.initial': ['initial'],
  'targets.standard': ['standard'],
  'targets.high': ['high'],
  targets: ['initial', 'standard', 'high'],
  direction: ['direction'],
};

export const CATEGORY7_PATH_FIELDS: Readonly<Record<string, readonly Category7Field[]>> = {
  dimension: ['dimension'],
  group: ['group'],
  name: ['name'],
  unit: ['unit'],
  target: ['target'],
  actual: ['actual'],
  'history.0': ['y2'],
  'history.1': ['y1'],
  history: ['y2', 'y1'],
  direction: ['direction'],
};

/** Short field names (for `aria-label`s such as "น้ำหนัก ตัวชี้วัดที่ 3"). */
export const FIELD_NAMES: Readonly<Record<AgencyField | Category7Field, Bilingual>> = {
  id: { th: 'รหัส', en: 'ID' },
  name: { th: 'ชื่อตัวชี้วัด', en: 'KPI name' },
  weight: { th: 'น้ำหนัก', en: 'Weight' },
  initial: { th: 'ค่าเป้าหมายขั้นต้น', en: 'Initial target' },
  standard: { th: 'ค่าเป้าหมายมาตรฐาน', en: 'Standard target' },
  high: { th: 'ค่าเป้าหมายขั้นสูง', en: 'High target' },
  actual: { th: 'ผลการดำเนินงาน', en: 'Result' },
  direction: { th: 'ทิศทาง', en: 'Direction' },
  dimension: { th: 'มิติ', en: 'Dimension' },
  group: { th: 'กลุ่มตัววัด', en: 'KPI group' },
  unit: { th: 'หน่วย', en: 'Unit' },
  target: { th: 'ค่าเป้าหมาย', en: 'Target' },
  y2: { th: 'ผลเมื่อ 2 ปีก่อน', en: 'Result 2 years ago' },
  y1: { th: 'ผลปีที่แล้ว', en: 'Result last year' },
};

let nextKey = 1;
/** A new stable row key. */
export const newKey = (): number => nextKey++;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell as text: numbers and numeric strings kept as typed; `null`/`undefined` → `''`. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/** Reads one agency KPI (`{ id, name?, weight, actual, targets: { initial, standard, high }, direction? }`). */
export function toAgencyRow(input: unknown, key = newKey()): AgencyRow {
  const k = isRecord(input) ? input : {};
  const t = isRecord(k.targets) ? k.targets : k;
  return {
    key,
    id: cell(k.id),
    name: cell(k.name),
    weight: cell(k.weight),
    initial: cell(t.initial),
    standard: cell(t.standard),
    high: cell(t.high),
    actual: cell(k.actual),
    direction: cell(k.direction),
  };
}

export const isDimension = (d: string): d is Dimension => (DIMENSIONS as readonly string[]).includes(d);

/** The group id for a group given by id or Thai/English label (core `findKpiGroup`); unknown text is kept. */
export function groupId(
  dimension: string,
  group: string,
  constants: (typeof pmqa40Cat7)['constants'] = pmqa40Cat7.constants,
): string {
  if (group.trim() === '' || !isDimension(dimension.trim())) return group;
  return findKpiGroup(constants, dimension.trim() as Dimension, group)?.id ?? group;
}

/** Reads one Category 7 KPI (`{ dimension, group?, name, unit?, target, actual, history: [y2, y1], direction? }`). */
export function toCategory7Row(
  input: unknown,
  key = newKey(),
  constants: (typeof pmqa40Cat7)['constants'] = pmqa40Cat7.constants,
): Category7Row {
  const k = isRecord(input) ? input : {};
  const history = Array.isArray(k.history) ? (k.history as unknown[]) : [];
  const dimension = cell(k.dimension).trim();
  return {
    key,
    dimension,
    group: groupId(dimension, cell(k.group), constants),
    name: cell(k.name),
    unit: cell(k.unit),
    target: cell(k.target),
    actual: cell(k.actual),
    y2: cell(history[0] ?? k.year_minus_2),
    y1: cell(history[1] ?? k.year_minus_1),
    direction: cell(k.direction),
  };
}

export const blankAgencyRow = (): AgencyRow => toAgencyRow({});
export const blankCategory7Row = (dimension: string): Category7Row => toCategory7Row({ dimension });

const given = (s: string) => s.trim() !== '';

/** The core input of an agency row (blank name and direction left out). */
export function agencyInput(r: AgencyRow): AgencyKpiRow {
  return {
    id: r.id,
    ...(given(r.name) ? { name: r.name } : {}),
    weight: r.weight,
    actual: r.actual,
    targets: { initial: r.initial, standard: r.standard, high: r.high },
    ...(given(r.direction) ? { direction: r.direction.trim() as Direction } : {}),
  };
}

/** The core input of a Category 7 row (blank group, unit and direction left out). */
export function category7Input(r: Category7Row): Category7SetKpiInput {
  return {
    dimension: r.dimension as Dimension,
    ...(given(r.group) ? { group: r.group } : {}),
    name: r.name,
    ...(given(r.unit) ? { unit: r.unit } : {}),
    target: r.target,
    actual: r.actual,
    history: [r.y2, r.y1],
    ...(given(r.direction) ? { direction: r.direction.trim() as Direction } : {}),
  };
}

/** Splits a core error path `kpis.N.rest` into the row index and the rest. */
export function splitPath(path: string): { index: number; sub: string } | null {
  const m = /^kpis\.(\d+)\.(.+)$/.exec(path);
  return m ? { index: Number(m[1]), sub: m[2] as string } : null;
}
