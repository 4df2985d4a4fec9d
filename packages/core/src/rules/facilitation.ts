/**
 * Rules FE and FV — the facilitation award (ยกระดับการอำนวยความสะดวกในการให้บริการ), SPEC §6.
 * Source: `004:1121-1144`, `004:1272-1365`.
 */
import * as z from 'zod/mini';
import { HUNDRED, dec, round, sum, toNumber2, type Decimal } from '../decimal.js';
import { fmt, packStep, step } from '../explain.js';
import { facilitationAward2566, type FacilitationConstants, type PackOptions } from '../packs.js';
import { error, fail, type ExplanationStep, type KnError, type Result, type Warning } from '../result.js';
import { check, checkPack, d, decimal, dOpt, optionalDecimal, type DecimalInput } from '../validate.js';

export type LawLevel = 'act' | 'ministerial' | 'department';
const LAW_LEVELS: readonly LawLevel[] = ['act', 'ministerial', 'department'];

const beforeAfter = () =>
  z.optional(
    z.strictObject({ before: decimal({ nonNegative: true }), after: decimal({ nonNegative: true }) }),
  );

/** Strict objects: an unknown (misspelt) key is refused with `UNKNOWN_KEY`, never scored as 0 (SPEC §6). */
export const facilitationEfficiencySchema = z.strictObject({
  law: z.optional(
    z.strictObject({
      levels: z.optional(z.array(z.enum(LAW_LEVELS as [LawLevel, ...LawLevel[]]))),
      count: optionalDecimal({ nonNegative: true, integer: true }),
    }),
  ),
  documents: beforeAfter(),
  fees: beforeAfter(),
  steps: beforeAfter(),
  time: beforeAfter(),
  renewalByPayment: z.optional(z.boolean()),
  eService: z.optional(
    z.strictObject({
      form: z.optional(z.boolean()),
      payment: z.optional(z.boolean()),
      document: z.optional(z.boolean()),
    }),
  ),
  other: z.optional(z.boolean()),
  regulatoryGuillotine: z.optional(z.boolean()),
  valuePoints: optionalDecimal({ range: [0, 15] }),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

/** The rubric's items 1–9: at least one must be answered. */
const ITEM_KEYS = [
  'law',
  'documents',
  'fees',
  'steps',
  'time',
  'renewalByPayment',
  'eService',
  'other',
  'regulatoryGuillotine',
] as const;

export interface BeforeAfter {
  readonly before: DecimalInput;
  readonly after: DecimalInput;
}

export interface FacilitationEfficiencyInput extends PackOptions<FacilitationConstants> {
  /** Item 1: levels of law amended (each counted once) and the number of instruments amended. */
  readonly law?: { readonly levels?: readonly LawLevel[]; readonly count?: DecimalInput };
  /** Item 2: government-issued document copies required per application, before and after. */
  readonly documents?: BeforeAfter;
  /** Item 3: fee (baht), before and after. */
  readonly fees?: BeforeAfter;
  /** Item 4: number of service steps, before and after. */
  readonly steps?: BeforeAfter;
  /** Item 5: service time (any unit, the same before and after). */
  readonly time?: BeforeAfter;
  /** Item 6: renewal by paying the fee instead of applying, with pre/post-audit evidence. */
  readonly renewalByPayment?: boolean;
  /** Item 7: e-Form, e-Payment, e-Document. */
  readonly eService?: { readonly form?: boolean; readonly payment?: boolean; readonly document?: boolean };
  /** Item 8: another outstanding improvement. */
  readonly other?: boolean;
  /** Item 9: Regulatory Guillotine proposals implemented, with evidence (+5 bonus). */
  readonly regulatoryGuillotine?: boolean;
  /**
   * Dimension 2 (value for money, 0–15) as entered by an assessor: the criteria give no mapping from the
   * baht total of rule FV to points (`004:1360-1365`), so Khanaen never computes it.
   */
  readonly valuePoints?: DecimalInput;
}

export interface EfficiencyItem {
  readonly points: number;
  readonly max: number;
  /** Percentage reduction for fees, steps and time (`null` when not computed). */
  readonly reductionPct: number | null;
}

export interface FacilitationEfficiencyResult {
  readonly pack: string;
  readonly items: {
    readonly law: EfficiencyItem;
    readonly documents: EfficiencyItem;
    readonly fees: EfficiencyItem;
    readonly steps: EfficiencyItem;
    readonly time: EfficiencyItem;
    readonly renewal: EfficiencyItem;
    readonly eService: EfficiencyItem;
    readonly other: EfficiencyItem;
  };
  /** Items 1–8. */
  readonly subtotal: number;
  readonly bonus: number;
  /** Dimension 1 (efficiency) = min(85, items 1–8 + bonus). */
  readonly dimension1: number;
  readonly max: number;
  /** Dimension 2 as entered by the assessor, or `null`. */
  readonly valuePoints: number | null;
  /** Dimension 1 + dimension 2 (out of 100) when `valuePoints` was entered, else `null`. */
  readonly total: number | null;
  readonly warnings: readonly Warning[];
  readonly explanation: readonly ExplanationStep[];
}

const LAW_LABEL: Record<LawLevel, { th: string; en: string }> = {
  act: { th: 'พระราชบัญญัติ/พระราชกฤษฎีกา', en: 'Act or Royal Decree' },
  ministerial: { th: 'กฎกระทรวง/ประกาศ', en: 'ministerial regulation or notification' },
  department: { th: 'ประกาศ/ระเบียบ/ข้อบังคับกรม', en: 'department rule' },
};

/** Rule FE: efficiency points (dimension 1, 85 points). Never throws. */
export function facilitationEfficiency(
  input: FacilitationEfficiencyInput,
): Result<FacilitationEfficiencyResult> {
  const parsed = check(facilitationEfficiencySchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(facilitationAward2566, input);
  if (!packed.ok) return fail([packed.error]);
  // SPEC §6: input with no item answered is refused (never a silent 0). An empty group (`law: {}`,
  // `eService: {}`) answers nothing; `false` is an answer ("not done").
  const answered = ITEM_KEYS.some((k) => {
    const v: unknown = parsed.data[k];
    if (v === undefined) return false;
    if (typeof v !== 'object' || v === null) return true;
    return Object.values(v).some((x) => x !== undefined && !(Array.isArray(x) && x.length === 0) && x !== '');
  });
  if (!answered) return fail([error('', 'NOTHING_ANSWERED')]);
  const pack = packed.pack;
  const c = pack.constants;
  // Points are summed as exact decimals too (SPEC §0): overridden constants may have fractions.
  const add = (...xs: number[]) => toNumber2(sum(xs.map((x) => dec(x))));
  const data = parsed.data;
  const steps: ExplanationStep[] = [...packStep(pack.id, '004:1276-1289')];
  const warnings: Warning[] = [];
  const errors: KnError[] = [];

  // Item 1 — laws amended.
  const levels = [...new Set(data.law?.levels ?? [])];
  const levelPts = Math.min(c.law.levelsMax, add(...levels.map((l) => c.law[l])));
  const count = Number((dOpt(data.law?.count) ?? dec(0)).toString());
  const countPts = count >= 2 ? c.law.countTwoOrMore : count === 1 ? c.law.countOne : 0;
  const law = {
    points: add(levelPts, countPts),
    max: add(c.law.levelsMax, c.law.countTwoOrMore),
    reductionPct: null,
  };
  steps.push(
    step(
      'FE.1',
      '004:1310',
      `1. การแก้ไขกฎหมาย กฎ: ${levels.length ? levels.map((l) => `${LAW_LABEL[l].th} ${c.law[l]}`).join(' + ') : 'ไม่มีการแก้ไขลำดับชั้นใด 0'} = ${levelPts} คะแนน (ไม่เกิน ${c.law.levelsMax}); จำนวน ${count} ฉบับ ได้ ${countPts} คะแนน; รวม ${law.points} คะแนน`,
      `1. Laws amended: ${levels.length ? levels.map((l) => `${LAW_LABEL[l].en} ${c.law[l]}`).join(' + ') : 'no level amended 0'} = ${levelPts} points (at most ${c.law.levelsMax}); ${count} instrument(s): ${countPts} points; ${law.points} points in all.`,
      { levels: levels as string[], levelPoints: levelPts, count, countPoints: countPts, points: law.points },
    ),
  );

  const pair = (key: 'documents' | 'fees' | 'steps' | 'time') => {
    const v = data[key];
    if (!v) return null;
    const before = d(v.before);
    const after = d(v.after);
    if (after.gt(before)) {
      warnings.push({
        code: 'AFTER_EXCEEDS_BEFORE',
        path: `${key}.after`,
        message: {
          th: `ค่าหลังปรับปรุง (${fmt(after)}) มากกว่าก่อนปรับปรุง (${fmt(before)}) จึงไม่นับเป็นการลด`,
          en: `The value after (${fmt(after)}) exceeds the value before (${fmt(before)}), so nothing was reduced.`,
        },
      });
    }
    return { before, after, reduced: before.minus(after) };
  };
  const pctOf = (p: { before: Decimal; reduced: Decimal }) => round(p.reduced.div(p.before).times(HUNDRED));

  // Item 2 — document copies no longer required.
  const docs = pair('documents');
  let docPts = 0;
  let docText: { th: string; en: string };
  if (!docs) docText = { th: 'ไม่ได้กรอก 0 คะแนน', en: 'not given: 0 points' };
  else if (docs.before.gt(0) && docs.after.eq(0)) {
    docPts = c.documents.all;
    docText = { th: `ยกเลิกเอกสารได้ทั้งหมด ${docPts} คะแนน`, en: `all copies cancelled: ${docPts} points` };
  } else if (docs.reduced.gte(2)) {
    docPts = c.documents.twoOrMore;
    docText = {
      th: `ลดเอกสารได้ ${fmt(docs.reduced)} รายการ ${docPts} คะแนน`,
      en: `${fmt(docs.reduced)} copies removed: ${docPts} points`,
    };
  } else if (docs.reduced.gt(0)) {
    docPts = c.documents.one;
    docText = {
      th: `ลดเอกสารได้ ${fmt(docs.reduced)} รายการ ${docPts} คะแนน`,
      en: `${fmt(docs.reduced)} copy removed: ${docPts} points`,
    };
  } else docText = { th: 'ไม่ได้ลดเอกสาร 0 คะแนน', en: 'no copy removed: 0 points' };
  const documents = { points: docPts, max: c.documents.all, reductionPct: null };
  steps.push(
    step(
      'FE.2',
      '004:1311',
      `2. การยกเลิก/ลดสำเนาเอกสาร: ${docText.th}`,
      `2. Document copies: ${docText.en}.`,
      { points: docPts },
    ),
  );

  // Item 3 — fees.
  const fee = pair('fees');
  let feePts = 0;
  let feePct: Decimal | null = null;
  let feeText: { th: string; en: string };
  if (!fee) feeText = { th: 'ไม่ได้กรอก 0 คะแนน', en: 'not given: 0 points' };
  else if (fee.before.gt(0) && fee.after.eq(0)) {
    feePts = c.fees.all;
    feePct = dec(100);
    feeText = { th: `ยกเลิกค่าธรรมเนียมทั้งหมด ${feePts} คะแนน`, en: `all fees cancelled: ${feePts} points` };
  } else if (fee.before.gt(0) && fee.reduced.gt(0)) {
    feePct = pctOf(fee);
    feePts = feePct.gte(50) ? c.fees.halfOrMore : c.fees.lessThanHalf;
    feeText = {
      th: `ลดค่าธรรมเนียมได้ร้อยละ ${fmt(feePct)} ${feePts} คะแนน`,
      en: `fee reduced by ${fmt(feePct)}%: ${feePts} points`,
    };
  } else {
    feePts = c.fees.none;
    feeText = {
      th: `ไม่สามารถลดค่าธรรมเนียมได้ ${feePts} คะแนน`,
      en: `fee could not be reduced: ${feePts} point`,
    };
  }
  const fees = { points: feePts, max: c.fees.all, reductionPct: feePct ? toNumber2(feePct) : null };
  steps.push(
    step('FE.3', '004:1312', `3. การยกเลิก/ลดค่าธรรมเนียม: ${feeText.th}`, `3. Fees: ${feeText.en}.`, {
      points: feePts,
      reductionPct: fees.reductionPct,
    }),
  );

  // Items 4 and 5 — steps and time: ≥ 50 % → 10, any reduction → 5.
  const halfRule = (key: 'steps' | 'time', no: number, label: { th: string; en: string }, source: string) => {
    const p = pair(key);
    const k = c[key];
    let pts = 0;
    let pct: Decimal | null = null;
    let text: { th: string; en: string };
    if (!p) text = { th: 'ไม่ได้กรอก 0 คะแนน', en: 'not given: 0 points' };
    else if (p.before.eq(0)) {
      errors.push(error(`${key}.before`, 'BEFORE_ZERO'));
      text = { th: '', en: '' };
    } else {
      pct = pctOf(p);
      pts = pct.gte(50) ? k.halfOrMore : pct.gt(0) ? k.lessThanHalf : 0;
      text = { th: `ลดได้ร้อยละ ${fmt(pct)} ${pts} คะแนน`, en: `reduced by ${fmt(pct)}%: ${pts} points` };
    }
    steps.push(
      step(`FE.${no}`, source, `${no}. ${label.th}: ${text.th}`, `${no}. ${label.en}: ${text.en}.`, {
        points: pts,
        reductionPct: pct ? toNumber2(pct) : null,
      }),
    );
    return { points: pts, max: k.halfOrMore, reductionPct: pct ? toNumber2(pct) : null };
  };
  const stepsItem = halfRule('steps', 4, { th: 'การลดขั้นตอนการให้บริการ', en: 'Service steps' }, '004:1313');
  const timeItem = halfRule('time', 5, { th: 'การลดระยะเวลาการให้บริการ', en: 'Service time' }, '004:1344');
  if (errors.length > 0) return fail(errors);

  // Item 6 — renewal by payment.
  const renewalPts = data.renewalByPayment ? c.renewal : 0;
  const renewal = { points: renewalPts, max: c.renewal, reductionPct: null };
  steps.push(
    step(
      'FE.6',
      '004:1345',
      `6. การชำระค่าธรรมเนียมแทนการยื่นคำขอต่ออายุใบอนุญาต: ${data.renewalByPayment ? 'มีการดำเนินการพร้อมหลักฐาน' : 'ไม่มีการดำเนินการ'} ${renewalPts} คะแนน`,
      `6. Renewal by payment: ${data.renewalByPayment ? 'done, with evidence' : 'not done'}: ${renewalPts} points.`,
      { points: renewalPts },
    ),
  );

  // Item 7 — e-service.
  const e = data.eService ?? {};
  const eParts = (['form', 'payment', 'document'] as const).filter((k) => e[k]);
  const ePts = add(...eParts.map((k) => c.eService[k]));
  const eService = {
    points: ePts,
    max: add(c.eService.form, c.eService.payment, c.eService.document),
    reductionPct: null,
  };
  const eNames = { form: 'e-Form', payment: 'e-Payment', document: 'e-Document' };
  steps.push(
    step(
      'FE.7',
      '004:1346',
      `7. บริการอิเล็กทรอนิกส์: ${eParts.length ? eParts.map((k) => `${eNames[k]} ${c.eService[k]}`).join(' + ') : 'ไม่มี'} = ${ePts} คะแนน`,
      `7. e-Service: ${eParts.length ? eParts.map((k) => `${eNames[k]} ${c.eService[k]}`).join(' + ') : 'none'} = ${ePts} points.`,
      { parts: eParts as string[], points: ePts },
    ),
  );

  // Item 8 — other.
  const otherPts = data.other ? c.other : 0;
  const other = { points: otherPts, max: c.other, reductionPct: null };
  steps.push(
    step(
      'FE.8',
      '004:1347',
      `8. อื่น ๆ: ${otherPts} คะแนน`,
      `8. Other outstanding improvement: ${otherPts} points.`,
      { points: otherPts },
    ),
  );

  // Item 9 — Regulatory Guillotine bonus; dimension 1 capped at 85.
  const bonus = data.regulatoryGuillotine ? c.guillotineBonus : 0;
  const items = { law, documents, fees, steps: stepsItem, time: timeItem, renewal, eService, other };
  const subtotal = add(...Object.values(items).map((i) => i.points));
  const uncapped = add(subtotal, bonus);
  const dimension1 = Math.min(c.dimension1Max, uncapped);
  steps.push(
    step(
      'FE.9',
      '004:1348',
      `9. Regulatory Guillotine: ${bonus ? `ดำเนินการและมีหลักฐาน คะแนนพิเศษ ${bonus}` : 'ไม่มีคะแนนพิเศษ'}; มิติที่ 1 = ${subtotal} + ${bonus} = ${uncapped}${uncapped > c.dimension1Max ? ` คิดไม่เกิน ${c.dimension1Max}` : ''} → ${dimension1} คะแนน`,
      `9. Regulatory Guillotine: ${bonus ? `done with evidence, bonus ${bonus}` : 'no bonus'}; dimension 1 = ${subtotal} + ${bonus} = ${uncapped}${uncapped > c.dimension1Max ? `, capped at ${c.dimension1Max}` : ''} → ${dimension1} points.`,
      { subtotal, bonus, dimension1 },
    ),
  );
  const valuePoints = dOpt(data.valuePoints);
  const total = valuePoints ? valuePoints.plus(dimension1) : null;
  if (valuePoints && total) {
    steps.push(
      step(
        'FV.3',
        '004:1287-1289',
        `มิติที่ 2 ความคุ้มค่า ${fmt(valuePoints)} คะแนน (ผู้ตรวจประเมินเป็นผู้ให้ เกณฑ์ไม่ได้กำหนดการแปลงจากจำนวนเงิน); คะแนนรวม = ${dimension1} + ${fmt(valuePoints)} = ${fmt(total)} จาก 100`,
        `Dimension 2 (value for money) ${fmt(valuePoints)} points (entered by the assessor: the criteria give no conversion from baht); total = ${dimension1} + ${fmt(valuePoints)} = ${fmt(total)} of 100.`,
        { dimension1, valuePoints: toNumber2(valuePoints), total: toNumber2(total) },
      ),
    );
  }
  return {
    ok: true,
    pack: pack.id,
    items,
    subtotal,
    bonus,
    dimension1,
    max: c.dimension1Max,
    valuePoints: valuePoints ? toNumber2(valuePoints) : null,
    total: total ? toNumber2(total) : null,
    warnings,
    explanation: steps,
  };
}

export const facilitationValueSchema = z.object({
  services: z.array(
    z.object({
      name: z.optional(z.nullable(z.string())),
      sheetsReduced: decimal({ nonNegative: true }),
      feeReduced: decimal({ nonNegative: true }),
      hoursReduced: optionalDecimal({ nonNegative: true }),
      minutesReduced: optionalDecimal({ nonNegative: true }),
      transactions: decimal({ nonNegative: true, integer: true }),
    }),
  ),
  constants: z.optional(
    z.object({
      bahtPerSheet: optionalDecimal({ nonNegative: true }),
      wagePerDay: optionalDecimal({ nonNegative: true }),
      hoursPerDay: optionalDecimal({ positive: true }),
    }),
  ),
  pack: z.optional(z.unknown()),
});

export interface ServiceSaving {
  readonly name?: string | null;
  /** Sheets of government-issued copies no longer needed, per person per visit. */
  readonly sheetsReduced: DecimalInput;
  /** Fee reduced, baht per person per visit. */
  readonly feeReduced: DecimalInput;
  /** Time saved per person per visit, in hours (or give `minutesReduced`). */
  readonly hoursReduced?: DecimalInput;
  /** Time saved per person per visit, in minutes (converted to hours). */
  readonly minutesReduced?: DecimalInput;
  /** Number of transactions (D). */
  readonly transactions: DecimalInput;
}

export interface FacilitationValueInput {
  readonly services: readonly ServiceSaving[];
  /** Override single constants (e.g. a newer minimum wage); the rest come from the pack. */
  readonly constants?: {
    readonly bahtPerSheet?: DecimalInput;
    readonly wagePerDay?: DecimalInput;
    readonly hoursPerDay?: DecimalInput;
  };
  readonly pack?: PackOptions<FacilitationConstants>['pack'];
}

export interface ServiceValue {
  readonly name: string | null;
  readonly hours: number;
  /** A = sheets × baht per sheet */
  readonly A: number;
  /** B = fee reduced */
  readonly B: number;
  /** C = hours × hourly wage */
  readonly C: number;
  readonly D: number;
  /** A + B + C */
  readonly perTransaction: number;
  /** (A + B + C) × D */
  readonly total: number;
}

export interface FacilitationValueResult {
  readonly pack: string;
  readonly services: readonly ServiceValue[];
  /** The agency total, baht. */
  readonly total: number;
  /** The constants used (the hourly wage is wagePerDay / hoursPerDay). */
  readonly constants: {
    readonly bahtPerSheet: number;
    readonly wagePerDay: number;
    readonly hoursPerDay: number;
    readonly hourlyWage: number;
  };
  /** Points of dimension 2: the criteria give no mapping from baht to points, so an assessor enters them. */
  readonly maxPoints: number;
  readonly explanation: readonly ExplanationStep[];
}

/** Rule FV: value for money, Total Value = (A + B + C) × D per service (`004:1360-1365`). Never throws. */
export function facilitationValue(input: FacilitationValueInput): Result<FacilitationValueResult> {
  const parsed = check(facilitationValueSchema, input);
  if (!parsed.ok) return fail(parsed.errors);
  const packed = checkPack(facilitationAward2566, { pack: input.pack });
  if (!packed.ok) return fail([packed.error]);
  const base = packed.pack;
  const over = parsed.data.constants ?? {};
  const perSheet = dOpt(over.bahtPerSheet) ?? d(base.constants.bahtPerSheet);
  const wage = dOpt(over.wagePerDay) ?? d(base.constants.wagePerDay);
  const hoursPerDay = dOpt(over.hoursPerDay) ?? d(base.constants.hoursPerDay);
  if (hoursPerDay.lte(0)) return fail([error('pack.constants.hoursPerDay', 'NOT_POSITIVE')]);
  const overridden = [over.bahtPerSheet, over.wagePerDay, over.hoursPerDay].some(
    (v) => dOpt(v) !== undefined,
  );
  const packId = overridden ? `${base.id}+overrides` : base.id;
  const hourly = wage.div(hoursPerDay);
  const errors: KnError[] = [];
  parsed.data.services.forEach((s, i) => {
    if (dOpt(s.hoursReduced) === undefined && dOpt(s.minutesReduced) === undefined) {
      errors.push(error(`services.${i}.hoursReduced`, 'REQUIRED'));
    }
  });
  if (errors.length > 0) return fail(errors);

  const steps: ExplanationStep[] = [
    step(
      'FV.0',
      '004:1364',
      `ค่าคงที่: ค่าสำเนา ${fmt(perSheet)} บาทต่อแผ่น; ค่าแรงขั้นต่ำ ${fmt(wage)} บาทต่อวัน ÷ ${fmt(hoursPerDay)} ชั่วโมง = ${fmt(round(hourly))} บาทต่อชั่วโมง${overridden ? ' (ผู้ใช้ปรับค่าจากชุดเกณฑ์ ' + base.id + ')' : ` (ชุดเกณฑ์ ${base.id})`}`,
      `Constants: ${fmt(perSheet)} baht per sheet; minimum wage ${fmt(wage)} baht/day ÷ ${fmt(hoursPerDay)} hours = ${fmt(round(hourly))} baht/hour${overridden ? ` (changed by the user from pack ${base.id})` : ` (pack ${base.id})`}.`,
      {
        bahtPerSheet: toNumber2(perSheet),
        wagePerDay: toNumber2(wage),
        hoursPerDay: toNumber2(hoursPerDay),
        hourlyWage: toNumber2(hourly),
      },
    ),
  ];
  const totals: Decimal[] = [];
  const services: ServiceValue[] = parsed.data.services.map((s, i) => {
    const givenHours = dOpt(s.hoursReduced);
    const minutes = dOpt(s.minutesReduced) as Decimal;
    const hours = givenHours ?? minutes.div(60);
    // Minutes are shown as given (÷ 60), so the line can be checked by hand without a rounded hour figure.
    const time = givenHours
      ? { th: `${fmt(hours)} ชั่วโมง`, en: `${fmt(hours)} hours` }
      : { th: `${fmt(minutes)} นาที ÷ 60`, en: `${fmt(minutes)} minutes ÷ 60` };
    const A = d(s.sheetsReduced).times(perSheet);
    const B = d(s.feeReduced);
    const C = hours.times(hourly);
    const D = d(s.transactions);
    const per = A.plus(B).plus(C);
    const total = per.times(D);
    totals.push(total);
    const name = s.name && s.name.trim() !== '' ? s.name.trim() : null;
    const label = name ?? { th: `งานบริการที่ ${i + 1}`, en: `Service ${i + 1}` };
    const lth = typeof label === 'string' ? label : label.th;
    const len = typeof label === 'string' ? label : label.en;
    steps.push(
      step(
        'FV.1',
        '004:1360-1365',
        `${lth}: A = ${fmt(d(s.sheetsReduced))} แผ่น × ${fmt(perSheet)} = ${fmt(round(A))} บาท; B = ${fmt(round(B))} บาท; C = ${time.th} × ${fmt(round(hourly))} = ${fmt(round(C))} บาท; (A + B + C) × D = ${fmt(round(per))} × ${fmt(D)} = ${fmt(round(total))} บาท`,
        `${len}: A = ${fmt(d(s.sheetsReduced))} sheets × ${fmt(perSheet)} = ${fmt(round(A))} baht; B = ${fmt(round(B))} baht; C = ${time.en} × ${fmt(round(hourly))} = ${fmt(round(C))} baht; (A + B + C) × D = ${fmt(round(per))} × ${fmt(D)} = ${fmt(round(total))} baht`,
        { A: toNumber2(A), B: toNumber2(B), C: toNumber2(C), D: toNumber2(D), total: toNumber2(total) },
      ),
    );
    return {
      name,
      hours: toNumber2(hours),
      A: toNumber2(A),
      B: toNumber2(B),
      C: toNumber2(C),
      D: toNumber2(D),
      perTransaction: toNumber2(per),
      total: toNumber2(total),
    };
  });
  const total = sum(totals);
  steps.push(
    step(
      'FV.2',
      '004:1360-1365',
      `รวมค่าใช้จ่ายที่ประชาชนประหยัดได้ทั้งหน่วยงาน ${services.length} งานบริการ = ${fmt(round(total))} บาท (เกณฑ์ไม่ได้กำหนดการแปลงเป็นคะแนน ${base.constants.valueMaxPoints} คะแนน ผู้ตรวจประเมินเป็นผู้ให้คะแนน)`,
      `Total saved for citizens over ${services.length} service(s) = ${fmt(round(total))} baht (the criteria give no conversion to the ${base.constants.valueMaxPoints} points; an assessor awards them).`,
      { total: toNumber2(total), services: services.length },
    ),
  );
  return {
    ok: true,
    pack: packId,
    services,
    total: toNumber2(total),
    constants: {
      bahtPerSheet: toNumber2(perSheet),
      wagePerDay: toNumber2(wage),
      hoursPerDay: toNumber2(hoursPerDay),
      hourlyWage: toNumber2(hourly),
    },
    maxPoints: base.constants.valueMaxPoints,
    explanation: [...packStep(packId, '004:1364'), ...steps],
  };
}
