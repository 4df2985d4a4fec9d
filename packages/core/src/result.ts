/**
 * Result, error and explanation shapes shared by every rule (SPEC §0 "Results, not exceptions" and
 * "Explanations"), with the Thai/English messages of every error code.
 */

import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, toText } from './decimal.js';

/** A Thai/English text pair. Thai first: it is the product's first language. */
export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

/** Stable error codes (never renamed; new ones may be added). */
export type ErrorCode =
  | 'REQUIRED'
  | 'NOT_A_NUMBER'
  | 'TOO_MANY_DIGITS'
  | 'INVALID_TYPE'
  | 'INVALID_OPTION'
  | 'HISTORY_REQUIRED'
  | 'TARGET_ZERO'
  | 'TARGETS_NOT_ORDERED'
  | 'WEIGHTS_NOT_100'
  | 'OUT_OF_RANGE'
  | 'NEGATIVE'
  | 'NOT_POSITIVE'
  | 'NOT_AN_INTEGER'
  | 'EMPTY'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_ITEM'
  | 'TOO_MANY'
  | 'BEFORE_ZERO'
  | 'INVALID_DATE'
  | 'UNKNOWN_KEY'
  | 'NOTHING_ANSWERED';

/** One problem with the input. `path` is a dot path into the input, e.g. `kpis.2.weight`; `''` = the whole input. */
export interface KnError {
  readonly path: string;
  readonly code: ErrorCode;
  readonly message: Bilingual;
  readonly values?: Readonly<Record<string, unknown>>;
}

/** A structural problem that does not stop the computation (e.g. a duplicate KPI scores 0). */
export interface Warning {
  readonly code: string;
  readonly path?: string;
  readonly message: Bilingual;
}

export type ExplanationValue = number | string | boolean | null | readonly (number | string)[];

/** One step of an explanation: which rule, where it comes from (`file:line` of a seed), what happened. */
export interface ExplanationStep {
  /** Rule id of SPEC.md, e.g. `C7.4`. */
  readonly rule: string;
  /** Seed citation `file:line`, e.g. `001:1196-1197` (file ids: see `seedFiles`). */
  readonly source: string;
  readonly text: Bilingual;
  readonly values: Readonly<Record<string, ExplanationValue>>;
}

export type Explanation = readonly ExplanationStep[];

export interface Failure {
  readonly ok: false;
  readonly errors: readonly KnError[];
}

export type Result<T extends object> = ({ readonly ok: true } & T) | Failure;

/** The seed documents cited as `file:line` (file = the three-digit prefix). */
export const seedFiles: Readonly<Record<string, { file: string; title: Bilingual }>> = {
  '000': {
    file: '000_7ca3ec07c9ca3b62.txt',
    title: {
      th: 'คลินิกรางวัลเลิศรัฐ: แนวทางการกำหนดตัววัดสำคัญสะท้อนความสำเร็จการเป็นระบบราชการ 4.0',
      en: 'Excellence Award clinic: choosing key measures of success as a Bureaucracy 4.0 agency',
    },
  },
  '001': {
    file: '001_831dbe8b77b6d016.txt',
    title: {
      th: 'เกณฑ์การประเมินสถานะของหน่วยงานภาครัฐในการเป็นระบบราชการ 4.0 (ฉบับปรับปรุง พ.ศ. 2565)',
      en: 'Criteria for assessing government agencies as Bureaucracy 4.0 (PMQA 4.0, B.E. 2565 revision)',
    },
  },
  '003': {
    file: '003_f59501e29b822ed3.txt',
    title: {
      th: 'หนังสือ นร 0505/ว 20: การประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567',
      en: 'Cabinet Secretariat letter 0505/W 20: agency performance evaluation, fiscal year B.E. 2567 (2024)',
    },
  },
  '004': {
    file: '004_9e7b3d3e64a71e08.txt',
    title: {
      th: 'รางวัลเลิศรัฐกับการยกระดับประสิทธิภาพภาครัฐ และหลักเกณฑ์การพิจารณารางวัล ประจำปี 2566',
      en: 'Public Sector Excellence Awards and their criteria, B.E. 2566 (2023)',
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Messages

const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  target: { th: 'ค่าเป้าหมาย', en: 'Target' },
  actual: { th: 'ผลการดำเนินงาน', en: 'Result' },
  history: { th: 'ผลการดำเนินงาน 2 ปีก่อนหน้า', en: 'Results of the two previous years' },
  'history.0': { th: 'ผลการดำเนินงานเมื่อ 2 ปีก่อน', en: 'Result two years ago' },
  'history.1': { th: 'ผลการดำเนินงานปีที่แล้ว', en: "Last year's result" },
  direction: { th: 'ทิศทางของตัวชี้วัด', en: 'Direction' },
  boundaries: { th: 'การอ่านเกณฑ์ร้อยละ', en: 'Boundary reading' },
  significancePoints: { th: 'คะแนนระดับพัฒนาจนเกิดผล', en: 'Significance points' },
  targets: { th: 'ค่าเป้าหมาย 3 ระดับ', en: 'The three targets' },
  'targets.initial': { th: 'ค่าเป้าหมายขั้นต้น', en: 'Initial target' },
  'targets.standard': { th: 'ค่าเป้าหมายมาตรฐาน', en: 'Standard target' },
  'targets.high': { th: 'ค่าเป้าหมายขั้นสูง', en: 'High target' },
  weight: { th: 'น้ำหนัก', en: 'Weight' },
  kpis: { th: 'ตัวชี้วัด', en: 'KPIs' },
  id: { th: 'รหัสตัวชี้วัด', en: 'KPI id' },
  name: { th: 'ชื่อ', en: 'Name' },
  dimension: { th: 'มิติ (7.1–7.6)', en: 'Dimension (7.1–7.6)' },
  group: { th: 'กลุ่มตัววัด', en: 'KPI group' },
  performance: { th: 'คะแนนประสิทธิผลการดำเนินงาน (Performance Base)', en: 'Performance Base score' },
  digital: { th: 'คะแนนการพัฒนาองค์การสู่ดิจิทัล', en: 'Digital organisation score' },
  pmqa: { th: 'คะแนนสถานะ PMQA 4.0', en: 'PMQA 4.0 status score' },
  round: { th: 'รอบการประเมิน', en: 'Evaluation round' },
  score: { th: 'คะแนน', en: 'Score' },
  categoryPercents: { th: 'ร้อยละของคะแนนรายหมวด', en: 'Category percentages' },
  categoryScores: { th: 'คะแนนรายหมวด', en: 'Category scores' },
  total: { th: 'คะแนนรวม', en: 'Total score' },
  priorCategoryAwards: { th: 'หมวดที่เคยได้รับรางวัลรายหมวด', en: 'Prior by-category awards' },
  applied: { th: 'หมวดที่ขอรับรางวัล', en: 'Categories applied for' },
  cat7RelatedPercents: { th: 'ร้อยละของคะแนนหมวด 7 ที่เกี่ยวข้อง', en: 'Related Category 7 percentages' },
  levels: { th: 'ระดับที่ประเมิน', en: 'Assessed levels' },
  category7Score: { th: 'คะแนนหมวด 7', en: 'Category 7 score' },
  law: { th: 'การแก้ไขกฎหมาย กฎ', en: 'Laws amended' },
  'law.levels': { th: 'ลำดับชั้นของกฎหมายที่แก้ไข', en: 'Levels of law amended' },
  'law.count': { th: 'จำนวนฉบับของกฎหมายที่แก้ไข', en: 'Number of instruments amended' },
  documents: { th: 'สำเนาเอกสาร', en: 'Document copies' },
  'documents.before': { th: 'จำนวนสำเนาเอกสารก่อนปรับปรุง', en: 'Document copies before' },
  'documents.after': { th: 'จำนวนสำเนาเอกสารหลังปรับปรุง', en: 'Document copies after' },
  fees: { th: 'ค่าธรรมเนียม', en: 'Fees' },
  'fees.before': { th: 'ค่าธรรมเนียมก่อนปรับปรุง', en: 'Fee before' },
  'fees.after': { th: 'ค่าธรรมเนียมหลังปรับปรุง', en: 'Fee after' },
  steps: { th: 'ขั้นตอน', en: 'Steps' },
  'steps.before': { th: 'จำนวนขั้นตอนก่อนปรับปรุง', en: 'Steps before' },
  'steps.after': { th: 'จำนวนขั้นตอนหลังปรับปรุง', en: 'Steps after' },
  time: { th: 'ระยะเวลา', en: 'Time' },
  'time.before': { th: 'ระยะเวลาก่อนปรับปรุง', en: 'Time before' },
  'time.after': { th: 'ระยะเวลาหลังปรับปรุง', en: 'Time after' },
  renewalByPayment: { th: 'การชำระค่าธรรมเนียมแทนการยื่นคำขอต่ออายุ', en: 'Renewal by payment' },
  eService: { th: 'บริการอิเล็กทรอนิกส์', en: 'e-Service' },
  other: { th: 'การปรับปรุงอื่น ๆ', en: 'Other improvement' },
  regulatoryGuillotine: { th: 'Regulatory Guillotine', en: 'Regulatory Guillotine' },
  services: { th: 'งานบริการ', en: 'Services' },
  sheetsReduced: { th: 'จำนวนแผ่นเอกสารที่ลดลง', en: 'Sheets no longer copied' },
  feeReduced: { th: 'ค่าธรรมเนียมที่ลดลง', en: 'Fee reduced' },
  hoursReduced: { th: 'ระยะเวลาที่ลดลง (ชั่วโมง)', en: 'Hours saved' },
  minutesReduced: { th: 'ระยะเวลาที่ลดลง (นาที)', en: 'Minutes saved' },
  transactions: { th: 'จำนวนธุรกรรม', en: 'Transactions' },
  constants: { th: 'ค่าคงที่', en: 'Constants' },
  bahtPerSheet: { th: 'ค่าสำเนาต่อแผ่น', en: 'Baht per sheet' },
  wagePerDay: { th: 'ค่าแรงขั้นต่ำต่อวัน', en: 'Minimum wage per day' },
  hoursPerDay: { th: 'ชั่วโมงทำงานต่อวัน', en: 'Working hours per day' },
  pack: { th: 'ชุดเกณฑ์', en: 'Rule pack' },
  bands: { th: 'ช่วงคะแนน', en: 'Bands' },
  scale: { th: 'มาตรวัด', en: 'Scale' },
  value: { th: 'คะแนน', en: 'Value' },
};

/** The Thai/English label of the field at `path` (e.g. `kpis.2.targets.high` → "High target"). */
export function fieldLabel(path: string): Bilingual {
  const parts = (typeof path === 'string' ? path : '').split('.').filter((p) => p !== '');
  // Own keys only: a path such as `levels.constructor` must not find Object.prototype members.
  const lookup = (key: string) =>
    Object.prototype.hasOwnProperty.call(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined;
  for (let n = Math.min(2, parts.length); n >= 1; n -= 1) {
    const label = lookup(parts.slice(-n).join('.'));
    if (label) return label;
    // Skip array indexes when looking up the owning field ('kpis.2' → 'kpis').
    const named = parts.filter((p) => !/^\d+$/.test(p));
    const label2 = lookup(named.slice(-n).join('.'));
    if (label2) return label2;
  }
  return { th: 'ค่าที่กรอก', en: 'Value' };
}

/** Which row a path points into, for messages such as "KPI 3: …". */
function rowPrefix(path: string): Bilingual {
  const m = /^(kpis|services)\.(\d+)\./.exec(path);
  if (!m) return { th: '', en: '' };
  const n = Number(m[2]) + 1;
  return m[1] === 'kpis'
    ? { th: `ตัวชี้วัดที่ ${n}: `, en: `KPI ${n}: ` }
    : { th: `งานบริการที่ ${n}: `, en: `Service ${n}: ` };
}

type Vars = Readonly<Record<string, unknown>>;

/** Longest echoed value in a message (an id, an item, a sum): a pasted megabyte is not repeated back. */
const ECHO_MAX = 100;

/**
 * A value echoed in a message as plain, short text: whitespace runs (newlines, tabs) become one space, angle
 * brackets become ‹ › so no markup travels inside a message, and long text is cut with "…".
 */
export function echo(value: unknown): string {
  const text = toText(value)
    .slice(0, ECHO_MAX * 4)
    .replace(/\s+/g, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
  if (text.length <= ECHO_MAX) return text;
  // Never cut a surrogate pair (an emoji, a rare CJK character) in half.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(ECHO_MAX - 2)) ? ECHO_MAX - 2 : ECHO_MAX - 1;
  return `${text.slice(0, cut)}…`;
}

const MESSAGES: Readonly<Record<ErrorCode, (f: Bilingual, v: Vars) => Bilingual>> = {
  REQUIRED: (f) => ({ th: `กรุณากรอก${f.th}`, en: `${f.en} is required.` }),
  NOT_A_NUMBER: (f) => ({
    th: `${f.th}ต้องเป็นตัวเลข (ใช้เลขไทยหรือเครื่องหมายจุลภาคคั่นหลักพันได้)`,
    en: `${f.en} must be a number (Thai digits and thousands separators are fine).`,
  }),
  TOO_MANY_DIGITS: (f) => ({
    th: `${f.th}มีจำนวนหลักมากเกินไป (ไม่เกิน ${MAX_INTEGER_DIGITS} หลักก่อนจุดทศนิยม และ ${MAX_FRACTION_DIGITS} หลักหลังจุดทศนิยม)`,
    en: `${f.en} has too many digits (at most ${MAX_INTEGER_DIGITS} before the decimal point and ${MAX_FRACTION_DIGITS} after it).`,
  }),
  INVALID_TYPE: (f) => ({ th: `${f.th}มีรูปแบบไม่ถูกต้อง`, en: `${f.en} has the wrong form.` }),
  INVALID_OPTION: (f, v) => ({
    th: `${f.th}ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${echo(v.options ?? '')}`,
    en: `${f.en} must be one of: ${echo(v.options ?? '')}.`,
  }),
  HISTORY_REQUIRED: () => ({
    th: 'กรุณากรอกผลการดำเนินงานของ 2 ปีก่อนหน้า เพื่อคำนวณค่าเฉลี่ยที่ใช้ตรวจว่าเป้าหมายท้าทายหรือไม่',
    en: 'Enter the results of the two previous years: their mean decides whether the target is challenging.',
  }),
  TARGET_ZERO: () => ({
    th: 'ค่าเป้าหมายต้องไม่เป็น 0 เพราะร้อยละที่ดีกว่าเป้าหมายคิดเทียบกับค่าเป้าหมาย',
    en: 'The target cannot be 0: the improvement is a percentage of the target.',
  }),
  TARGETS_NOT_ORDERED: () => ({
    th: 'ค่าเป้าหมายขั้นต้น มาตรฐาน และขั้นสูง ต้องเรียงจากน้อยไปมาก (หรือจากมากไปน้อยเมื่อค่ายิ่งน้อยยิ่งดี) และต้องไม่เท่ากัน',
    en: 'The initial, standard and high targets must strictly increase (or strictly decrease when lower is better).',
  }),
  WEIGHTS_NOT_100: (_f, v) => ({
    th: `น้ำหนักรวมได้ ${echo(v.sum)} ต้องรวมกันเท่ากับ 100 พอดี`,
    en: `The weights add up to ${echo(v.sum)}; they must total exactly 100.`,
  }),
  OUT_OF_RANGE: (f, v) => ({
    th: `${f.th}ต้องอยู่ระหว่าง ${echo(v.min)} ถึง ${echo(v.max)}`,
    en: `${f.en} must be between ${echo(v.min)} and ${echo(v.max)}.`,
  }),
  NEGATIVE: (f) => ({ th: `${f.th}ต้องไม่ติดลบ`, en: `${f.en} cannot be negative.` }),
  NOT_POSITIVE: (f) => ({ th: `${f.th}ต้องมากกว่า 0`, en: `${f.en} must be greater than 0.` }),
  NOT_AN_INTEGER: (f) => ({ th: `${f.th}ต้องเป็นจำนวนเต็ม`, en: `${f.en} must be a whole number.` }),
  EMPTY: (f) => ({ th: `กรุณาเพิ่ม${f.th}อย่างน้อย 1 รายการ`, en: `Add at least one item to ${f.en}.` }),
  DUPLICATE_ID: (_f, v) => ({
    th: `รหัส “${echo(v.id)}” ซ้ำกัน รหัสต้องไม่ซ้ำ`,
    en: `The id “${echo(v.id)}” is used more than once; ids must be unique.`,
  }),
  UNKNOWN_ITEM: (_f, v) => ({
    th: `“${echo(v.item)}” ไม่ใช่หัวข้อในเกณฑ์ (หัวข้อที่ใช้ได้คือ 1.1–6.4)`,
    en: `“${echo(v.item)}” is not an item of the criteria (items are 1.1–6.4).`,
  }),
  TOO_MANY: (f, v) => ({
    th: `${f.th}มีได้ไม่เกิน ${echo(v.max)} รายการ`,
    en: `${f.en}: at most ${echo(v.max)}.`,
  }),
  BEFORE_ZERO: (f) => ({
    th: `${f.th}ต้องมากกว่า 0 จึงจะคำนวณร้อยละที่ลดลงได้`,
    en: `${f.en} must be greater than 0 to compute a percentage reduction.`,
  }),
  INVALID_DATE: (f) => ({
    th: `${f.th}ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว (พ.ศ. หรือ ค.ศ. เช่น 2566-02-14)`,
    en: `${f.en} must be a date written YYYY-MM-DD (Buddhist or Common Era, e.g. 2023-02-14).`,
  }),
  UNKNOWN_KEY: (_f, v) => ({
    th: `“${echo(v.key)}” ไม่ใช่ข้อมูลที่เกณฑ์นี้ใช้ (อาจสะกดผิด) จึงไม่นำมาคิดคะแนน`,
    en: `“${echo(v.key)}” is not a field of this rule (a misspelling?), so it was not scored.`,
  }),
  NOTHING_ANSWERED: () => ({
    th: 'ยังไม่ได้ตอบข้อใดเลย จึงยังคำนวณคะแนนไม่ได้ (ไม่ถือว่าได้ 0 คะแนน)',
    en: 'No item has been answered yet, so there is no score to compute (this is not a score of 0).',
  }),
};

/** Builds an error with its Thai/English message (`label` names the field when the path does not). */
export function error(path: string, code: ErrorCode, values: Vars = {}, label?: Bilingual): KnError {
  if (typeof path !== 'string') path = '';
  if (values === null || typeof values !== 'object') values = {};
  const prefix = rowPrefix(path);
  const known = typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code);
  const build = known ? MESSAGES[code] : MESSAGES.INVALID_TYPE;
  const named =
    label !== null &&
    typeof label === 'object' &&
    typeof label.th === 'string' &&
    typeof label.en === 'string';
  const msg = build(named ? label : fieldLabel(path), values);
  const message = { th: prefix.th + msg.th, en: prefix.en + msg.en };
  return Object.keys(values).length > 0 ? { path, code, message, values } : { path, code, message };
}

export function fail(errors: readonly KnError[]): Failure {
  return { ok: false, errors };
}

/** Joins explanation-step citations, e.g. `cite('000', '85-87')` → `000:85-87`. */
export function cite(file: keyof typeof seedFiles & string, lines: string): string {
  return `${toText(file)}:${toText(lines)}`;
}
