/**
 * Rules AW.PS — readiness for the Public Service Award (รางวัลบริการภาครัฐ), six types (`004:1002-1384`):
 * the general conditions (`004:1373-1384`), each type's conditions and its rubric (`004:1146-1365`).
 * The facilitation type's dimensions come from rules FE and FV (rules/facilitation.ts), never re-computed here.
 */
import * as z from 'zod/mini';
import { toNumber2 } from '../../decimal.js';
import { fmt, packStep, step } from '../../explain.js';
import type { PackOptions } from '../../packs.js';
import { error, fail, type ExplanationStep, type KnError, type Result } from '../../result.js';
import { check, checkPack, dOpt, type DecimalInput } from '../../validate.js';
import {
  facilitationEfficiency,
  facilitationValue,
  type FacilitationEfficiencyInput,
  type ServiceSaving,
} from '../facilitation.js';
import {
  addYears,
  beYear,
  dateOpt,
  dateText,
  dayNumber,
  gate,
  gateSteps,
  isoOf,
  missing,
  optBool,
  optCount,
  optionalDate,
  optYears,
  pctOf,
  relabel,
  rubric,
  rubricSteps,
  scoresSchema,
  yesNo,
  type AwardGate,
  type AwardReadinessResult,
  type CalendarDate,
} from './common.js';
import { awards2566, type AwardsConstants, type PublicServiceType } from './pack.js';

export const PUBLIC_SERVICE_TYPES: readonly PublicServiceType[] = [
  'innovation',
  'development',
  'expansion',
  'data-integration',
  'right-on-target',
  'facilitation',
];

const share = () => z.optional(z.object({ online: optCount(), total: optCount() }));

export const publicServiceSchema = z.object({
  type: z.enum(PUBLIC_SERVICE_TYPES as [PublicServiceType, ...PublicServiceType[]]),
  asOf: optionalDate(),
  stateAgency: optBool(),
  oneTypeOnly: optBool(),
  previouslyWon: optBool(),
  inUseSince: optionalDate(),
  verifiableResults: optBool(),
  differentFromPriorWin: optBool(),
  expansion: z.optional(
    z.object({
      prototypeAwardLevel: z.optional(z.enum(['outstanding', 'good', 'none'])),
      prototypeAwardYear: optYears(),
      rollout: z.optional(z.object({ units: optCount(), reached: optCount() })),
      qualitativeExtension: optBool(),
      monitoring: optBool(),
    }),
  ),
  dataIntegration: z.optional(
    z.object({
      route: z.optional(z.enum(['exchange', 'on-behalf'])),
      agencies: optCount(),
      digitalExchange: optBool(),
      digitalSatisfaction: optBool(),
      formalOrder: optBool(),
      guidelines: optBool(),
      wideImpact: optBool(),
    }),
  ),
  rightOnTarget: z.optional(
    z.object({
      endToEnd: optBool(),
      online: optBool(),
      recipients: share(),
      transactions: share(),
      improvementPlan: optBool(),
    }),
  ),
  facilitation: z.optional(
    z.object({
      agencyWide: optBool(),
      resultsFrom: optionalDate(),
      resultsTo: optionalDate(),
      rubric: z.optional(z.unknown()),
      services: z.optional(z.unknown()),
    }),
  ),
  scores: scoresSchema(),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

/** Online count and total, e.g. of recipients or of transactions. */
export interface OnlineShare {
  readonly online?: DecimalInput;
  readonly total?: DecimalInput;
}

export interface PublicServiceInput extends PackOptions<AwardsConstants> {
  readonly type: PublicServiceType;
  /** The date readiness is judged on (`YYYY-MM-DD`, B.E. or C.E.); default `constants.asOf` (14 Feb 2566). */
  readonly asOf?: string;
  /** AW.PS.1: the applicant is a state agency (any kind, `004:1377`). */
  readonly stateAgency?: boolean;
  /** AW.PS.2: this work is submitted to this one award type only (`004:1380`). */
  readonly oneTypeOnly?: boolean;
  /**
   * AW.PS.3: this work has won a Public Service Award before (`004:1382`). For the facilitation type it means
   * "won the facilitation award before" and picks the results window (`004:1143-1144`).
   */
  readonly previouslyWon?: boolean;
  /** AW.PS.4: the date the work went into real use (≥ 1 year before `asOf`, `004:1384`). */
  readonly inUseSince?: string;
  /** AW.PS.5: results that can be verified (`004:1384`). */
  readonly verifiableResults?: boolean;
  /** AW.PS.DV.1 (development): differs from the form the agency already won with (`004:1072`). */
  readonly differentFromPriorWin?: boolean;
  readonly expansion?: {
    /** AW.PS.EX.1: the level the prototype won (`004:1084`). */
    readonly prototypeAwardLevel?: 'outstanding' | 'good' | 'none';
    /** AW.PS.EX.2: the award year of the prototype, B.E. or C.E. (≤ 5 years back, `004:1084`). */
    readonly prototypeAwardYear?: DecimalInput;
    /** AW.PS.EX.3: branch units in all and reached (≥ 80 %, `004:1088`). */
    readonly rollout?: { readonly units?: DecimalInput; readonly reached?: DecimalInput };
    /** AW.PS.EX.3: or a qualitative extension of the prototype (`004:1089`). */
    readonly qualitativeExtension?: boolean;
    /** AW.PS.EX.4: monitoring and evaluation of quality and standards (`004:1093`). */
    readonly monitoring?: boolean;
  };
  readonly dataIntegration?: {
    /** `exchange`: digital data exchange, ≥ 3 agencies (`004:1105`); `on-behalf`: ≥ 2 agencies (`004:1106`). */
    readonly route?: 'exchange' | 'on-behalf';
    readonly agencies?: DecimalInput;
    readonly digitalExchange?: boolean;
    readonly digitalSatisfaction?: boolean;
    readonly formalOrder?: boolean;
    readonly guidelines?: boolean;
    /** AW.PS.DI.4: results aimed at national or international scale (`004:1107`). */
    readonly wideImpact?: boolean;
  };
  readonly rightOnTarget?: {
    readonly endToEnd?: boolean;
    /** The service was developed as an online system (`004:1118`). */
    readonly online?: boolean;
    readonly recipients?: OnlineShare;
    readonly transactions?: OnlineShare;
    readonly improvementPlan?: boolean;
  };
  readonly facilitation?: {
    /** AW.PS.FA.1: agency-wide results of an agency under the Facilitation Act with a citizen's manual. */
    readonly agencyWide?: boolean;
    /** AW.PS.FA.2: the period of the results reported (`004:1143-1144`). */
    readonly resultsFrom?: string;
    readonly resultsTo?: string;
    /** The FE rubric: dimension 1 (and the assessor's dimension 2) are computed by rule FE. */
    readonly rubric?: FacilitationEfficiencyInput;
    /** The FV services: their baht total is shown (the source maps no baht to points). */
    readonly services?: readonly ServiceSaving[];
  };
  /** Self-scores per dimension id (see `awards2566.constants.publicService.types[type].dimensions`). */
  readonly scores?: Readonly<Record<string, DecimalInput | undefined>>;
}

const Q = {
  stateAgency: { th: 'ผู้สมัครเป็นหน่วยงานของรัฐหรือไม่', en: 'Is the applicant a state agency?' },
  oneType: {
    th: 'ผลงานนี้ส่งสมัครเพียงประเภทรางวัลเดียวหรือไม่',
    en: 'Is this work submitted to this one award type only?',
  },
  won: {
    th: 'ผลงานนี้เคยได้รับรางวัลบริการภาครัฐมาก่อนหรือไม่',
    en: 'Has this work won a Public Service Award before?',
  },
  inUse: { th: 'วันที่เริ่มนำผลงานไปใช้จริง', en: 'the date the work went into real use' },
  verifiable: {
    th: 'มีผลสำเร็จที่ตรวจสอบได้หรือไม่',
    en: 'Are the results verifiable?',
  },
};

function generalGates(
  c: AwardsConstants,
  type: PublicServiceType,
  data: z.infer<typeof publicServiceSchema>,
  asOf: CalendarDate,
): AwardGate[] {
  const out: AwardGate[] = [];
  out.push(
    yesNo(
      'AW.PS.1',
      '004:1377',
      data.stateAgency,
      Q.stateAgency,
      { th: 'เป็นหน่วยงานของรัฐ (สมัครได้ทุกประเภทหน่วยงาน)', en: 'A state agency (every kind may apply).' },
      { th: 'รางวัลนี้มอบให้หน่วยงานของรัฐเท่านั้น', en: 'The award is for state agencies only.' },
    ),
  );
  out.push(
    yesNo(
      'AW.PS.2',
      '004:1380',
      data.oneTypeOnly,
      Q.oneType,
      { th: 'ผลงานนี้ส่งสมัครเพียง 1 ประเภทรางวัล', en: 'The work is submitted to one award type only.' },
      {
        th: '1 ผลงานส่งสมัครได้เพียง 1 ประเภทรางวัลเท่านั้น',
        en: 'One work may be submitted to one award type only.',
      },
    ),
  );
  if (type === 'expansion') {
    out.push(
      gate(
        'AW.PS.3',
        '004:1382',
        true,
        {
          th: 'ประเภทขยายผลมาตรฐานการบริการเป็นข้อยกเว้น: ต้องต่อยอดจากผลงานที่เคยได้รับรางวัลระดับดีหรือดีเด่น (ดู AW.PS.EX.1)',
          en: 'Service-standard expansion is an exception: it builds on a work that won at good or outstanding level (see AW.PS.EX.1).',
        },
        { th: '', en: '' },
      ),
    );
  } else if (type === 'facilitation') {
    out.push(
      gate(
        'AW.PS.3',
        'docs/award-defaults.md#facilitation-won-before',
        true,
        {
          th: 'ประเภทยกระดับการอำนวยความสะดวกเป็นข้อยกเว้น: เคยได้รับรางวัลแล้วก็สมัครได้ โดยช่วงเวลาผลการดำเนินการต่างกัน (ค่าเริ่มต้นของ Khanaen: 004:1382 เขียนว่า "ต้องเคยได้รับรางวัล" ขัดกับ 004:1143 ที่ให้ผลงานที่ไม่เคยได้รับรางวัลสมัครได้)',
          en: 'Improved facilitation is an exception: works that won before may apply, with a different results window (Khanaen default: 004:1382 reads "must have won", which contradicts 004:1143, where works that never won apply).',
        },
        { th: '', en: '' },
      ),
    );
  } else {
    out.push(
      yesNo(
        'AW.PS.3',
        '004:1382',
        data.previouslyWon,
        Q.won,
        { th: 'ผลงานนี้ยังไม่เคยได้รับรางวัลบริการภาครัฐ', en: 'The work has not won a Public Service Award before.' },
        {
          th: 'ผลงานที่เคยได้รับรางวัลบริการภาครัฐแล้วสมัครซ้ำไม่ได้ (ยกเว้นประเภทขยายผลมาตรฐานการบริการและยกระดับการอำนวยความสะดวก)',
          en: 'A work that already won a Public Service Award cannot apply again (except for expansion and facilitation).',
        },
        false,
      ),
    );
  }
  const since = dateOpt(data.inUseSince);
  if (!since) out.push(missing('AW.PS.4', '004:1384', Q.inUse));
  else {
    const due = addYears(since, c.publicService.minYearsInUse);
    const met = dayNumber(due) <= dayNumber(asOf);
    const s = dateText(since);
    const a = dateText(asOf);
    const dd = dateText(due);
    out.push(
      gate(
        'AW.PS.4',
        '004:1384',
        met,
        {
          th: `นำไปใช้จริงตั้งแต่ ${s.th} ครบ ${c.publicService.minYearsInUse} ปีเมื่อ ${dd.th} (ไม่เกินวันที่ตรวจ ${a.th})`,
          en: `In real use since ${s.en}: ${c.publicService.minYearsInUse} year reached on ${dd.en} (on or before the check date ${a.en}).`,
        },
        {
          th: `นำไปใช้จริงตั้งแต่ ${s.th} จะครบ ${c.publicService.minYearsInUse} ปีเมื่อ ${dd.th} ซึ่งหลังวันที่ตรวจ ${a.th} (ต้องไม่น้อยกว่า ${c.publicService.minYearsInUse} ปี)`,
          en: `In real use since ${s.en}: ${c.publicService.minYearsInUse} year is reached only on ${dd.en}, after the check date ${a.en} (at least ${c.publicService.minYearsInUse} year is required).`,
        },
      ),
    );
  }
  out.push(
    yesNo(
      'AW.PS.5',
      '004:1384',
      data.verifiableResults,
      Q.verifiable,
      { th: 'มีผลสำเร็จที่ตรวจสอบได้', en: 'The results are verifiable.' },
      { th: 'ผลงานต้องมีผลสำเร็จที่ตรวจสอบได้', en: 'The work must have verifiable results.' },
    ),
  );
  return out;
}

function expansionGates(c: AwardsConstants, e: NonNullable<PublicServiceInput['expansion']>): AwardGate[] {
  const x = c.publicService.expansion;
  const out: AwardGate[] = [];
  const level = e.prototypeAwardLevel;
  out.push(
    level === undefined
      ? missing('AW.PS.EX.1', '004:1084', {
          th: 'ผลงานต้นแบบเคยได้รับรางวัลบริการภาครัฐระดับใด',
          en: 'Which level did the prototype win?',
        })
      : gate(
          'AW.PS.EX.1',
          '004:1084',
          level !== 'none',
          {
            th: `ผลงานต้นแบบเคยได้รับรางวัลบริการภาครัฐ${level === 'outstanding' ? 'ระดับดีเด่น' : 'ระดับดี'} (เป็นของหน่วยงานผู้สมัครหรือหน่วยงานอื่นก็ได้ 004:1097)`,
            en: `The prototype won the Public Service Award at ${level === 'outstanding' ? 'outstanding' : 'good'} level (its owner may be another agency, 004:1097).`,
          },
          {
            th: 'ผลงานต้นแบบต้องเคยได้รับรางวัลบริการภาครัฐระดับดีหรือระดับดีเด่น',
            en: 'The prototype must have won the Public Service Award at good or outstanding level.',
          },
        ),
  );
  const year = dOpt(e.prototypeAwardYear);
  if (year === undefined)
    out.push(
      missing('AW.PS.EX.2', '004:1084', { th: 'ปีที่ผลงานต้นแบบได้รับรางวัล', en: 'the year the prototype won' }),
    );
  else {
    const y = beYear(year);
    const ago = c.awardYear - y;
    out.push(
      gate(
        'AW.PS.EX.2',
        '004:1084',
        ago >= 0 && ago <= x.prototypeMaxYears,
        {
          th: `ผลงานต้นแบบได้รับรางวัลปี ${y} ย้อนหลัง ${ago} ปีจากปี ${c.awardYear} (ไม่เกิน ${x.prototypeMaxYears} ปี)`,
          en: `The prototype won in ${y - 543} (B.E. ${y}), ${ago} years before ${c.awardYear - 543} (at most ${x.prototypeMaxYears}).`,
        },
        ago < 0
          ? {
              th: `ปีที่ได้รับรางวัล ${y} อยู่หลังปีรางวัล ${c.awardYear}`,
              en: `The prototype's award year B.E. ${y} is after the award year B.E. ${c.awardYear}.`,
            }
          : {
              th: `ผลงานต้นแบบได้รับรางวัลปี ${y} ย้อนหลัง ${ago} ปี เกิน ${x.prototypeMaxYears} ปี (ต้องได้รับรางวัลตั้งแต่ปี ${c.awardYear - x.prototypeMaxYears})`,
              en: `The prototype won in B.E. ${y}, ${ago} years back: more than ${x.prototypeMaxYears} (it must have won in B.E. ${c.awardYear - x.prototypeMaxYears} or later).`,
            },
      ),
    );
  }
  const units = dOpt(e.rollout?.units);
  const reached = dOpt(e.rollout?.reached);
  if (units !== undefined && reached !== undefined && units.gt(0)) {
    const pct = pctOf(reached, units);
    const met = pct.gte(x.rolloutMinPct);
    out.push(
      gate(
        'AW.PS.EX.3',
        '004:1088',
        met || e.qualitativeExtension === true,
        met
          ? {
              th: `ขยายผลแล้ว ${fmt(reached)} จาก ${fmt(units)} หน่วยบริการ = ร้อยละ ${fmt(pct)} (ไม่น้อยกว่าร้อยละ ${x.rolloutMinPct})`,
              en: `Rolled out to ${fmt(reached)} of ${fmt(units)} branch units = ${fmt(pct)}% (at least ${x.rolloutMinPct}%).`,
            }
          : {
              th: `ขยายผลแล้ว ${fmt(reached)} จาก ${fmt(units)} หน่วยบริการ = ร้อยละ ${fmt(pct)} ต่ำกว่าร้อยละ ${x.rolloutMinPct} แต่เป็นการต่อยอดเชิงคุณภาพ (004:1089)`,
              en: `Rolled out to ${fmt(reached)} of ${fmt(units)} branch units = ${fmt(pct)}%, below ${x.rolloutMinPct}%, but a qualitative extension (004:1089).`,
            },
        {
          th: `ขยายผลแล้ว ${fmt(reached)} จาก ${fmt(units)} หน่วยบริการ = ร้อยละ ${fmt(pct)} ต้องไม่น้อยกว่าร้อยละ ${x.rolloutMinPct} (อีกอย่างน้อย ${fmt(units.times(x.rolloutMinPct).div(100).round(0, 3).minus(reached))} หน่วย) หรือเป็นการต่อยอดเชิงคุณภาพ`,
          en: `Rolled out to ${fmt(reached)} of ${fmt(units)} branch units = ${fmt(pct)}%; at least ${x.rolloutMinPct}% is needed (${fmt(units.times(x.rolloutMinPct).div(100).round(0, 3).minus(reached))} more units), or a qualitative extension.`,
        },
      ),
    );
  } else if (e.qualitativeExtension !== undefined) {
    out.push(
      gate(
        'AW.PS.EX.3',
        '004:1089',
        e.qualitativeExtension,
        {
          th: 'เป็นการต่อยอดผลงานเชิงคุณภาพ',
          en: 'A qualitative extension of the prototype.',
        },
        {
          th: `ต้องขยายผลไม่น้อยกว่าร้อยละ ${x.rolloutMinPct} ของหน่วยบริการสาขา/พื้นที่ หรือต่อยอดเชิงคุณภาพ: กรอกจำนวนหน่วยบริการ`,
          en: `Roll out to at least ${x.rolloutMinPct}% of branch units, or extend it qualitatively: enter the unit counts.`,
        },
      ),
    );
  } else
    out.push(
      missing('AW.PS.EX.3', '004:1088-1089', {
        th: 'จำนวนหน่วยบริการสาขา/พื้นที่ทั้งหมดและที่ขยายผลแล้ว หรือการต่อยอดเชิงคุณภาพ',
        en: 'the branch units in all and reached, or a qualitative extension',
      }),
    );
  out.push(
    yesNo(
      'AW.PS.EX.4',
      '004:1093',
      e.monitoring,
      {
        th: 'มีกระบวนการติดตามและประเมินผลเพื่อควบคุมคุณภาพและมาตรฐานหรือไม่',
        en: 'Is there monitoring and evaluation of quality and standards?',
      },
      { th: 'มีกระบวนการติดตามและประเมินผล', en: 'Monitoring and evaluation are in place.' },
      {
        th: 'ต้องแสดงกระบวนการติดตามและประเมินผลในการควบคุมคุณภาพและมาตรฐานการให้บริการได้',
        en: 'The work must show how quality and standards are monitored and evaluated.',
      },
    ),
  );
  return out;
}

function dataIntegrationGates(
  c: AwardsConstants,
  g: NonNullable<PublicServiceInput['dataIntegration']>,
): AwardGate[] {
  const x = c.publicService.dataIntegration;
  const out: AwardGate[] = [];
  if (g.route === undefined) {
    out.push(
      missing('AW.PS.DI.1', '004:1105-1106', {
        th: 'รูปแบบการบูรณาการ: เชื่อมโยงข้อมูลผ่านระบบดิจิทัล หรือให้บริการแทนกัน',
        en: 'the kind of integration: digital data exchange, or serving on each other’s behalf',
      }),
    );
  } else {
    const exchange = g.route === 'exchange';
    const min = exchange ? x.exchangeMinAgencies : x.onBehalfMinAgencies;
    const src = exchange ? '004:1105' : '004:1106';
    const n = dOpt(g.agencies);
    out.push(
      n === undefined
        ? missing('AW.PS.DI.1', src, {
            th: 'จำนวนหน่วยงานที่ร่วมดำเนินการ',
            en: 'the number of agencies taking part',
          })
        : gate(
            'AW.PS.DI.1',
            src,
            n.gte(min),
            {
              th: `มีหน่วยงานร่วมดำเนินการ ${fmt(n)} หน่วยงาน (ตั้งแต่ ${min} หน่วยงานขึ้นไป)`,
              en: `${fmt(n)} agencies take part (${min} or more).`,
            },
            {
              th: `มีหน่วยงานร่วมดำเนินการ ${fmt(n)} หน่วยงาน ต้องตั้งแต่ ${min} หน่วยงานขึ้นไป${exchange ? 'สำหรับการเชื่อมโยงข้อมูล' : 'สำหรับการให้บริการแทนกัน'}`,
              en: `${fmt(n)} agencies take part; ${min} or more are needed ${exchange ? 'to exchange data' : 'to serve on each other’s behalf'}.`,
            },
          ),
    );
    if (exchange) {
      out.push(
        yesNo(
          'AW.PS.DI.2',
          src,
          g.digitalExchange,
          { th: 'เชื่อมโยงหรือแลกเปลี่ยนข้อมูลผ่านระบบดิจิทัลหรือไม่', en: 'Is data exchanged digitally?' },
          { th: 'เชื่อมโยงหรือแลกเปลี่ยนข้อมูลระหว่างหน่วยงานผ่านระบบดิจิทัล', en: 'Data is exchanged digitally.' },
          {
            th: 'ต้องเชื่อมโยงหรือแลกเปลี่ยนข้อมูลระหว่างหน่วยงานผ่านระบบดิจิทัล',
            en: 'Data must be exchanged digitally.',
          },
        ),
        yesNo(
          'AW.PS.DI.3',
          src,
          g.digitalSatisfaction,
          {
            th: 'รวบรวมและวิเคราะห์ความพึงพอใจของผู้รับบริการผ่านระบบดิจิทัลหรือไม่',
            en: 'Is satisfaction collected and analysed digitally?',
          },
          {
            th: 'รวบรวมและวิเคราะห์ความพึงพอใจผ่านระบบดิจิทัล',
            en: 'Satisfaction is collected and analysed digitally.',
          },
          {
            th: 'ต้องรวบรวมและวิเคราะห์ความพึงพอใจของผู้รับบริการผ่านระบบดิจิทัล',
            en: 'Satisfaction must be collected and analysed digitally.',
          },
        ),
      );
    } else {
      out.push(
        yesNo(
          'AW.PS.DI.2',
          src,
          g.formalOrder,
          { th: 'มีคำสั่งมอบหมายที่เป็นทางการหรือไม่', en: 'Is there a formal order?' },
          { th: 'มีคำสั่งมอบหมายที่เป็นทางการ', en: 'A formal order assigns the work.' },
          { th: 'ต้องมีคำสั่งมอบหมายที่เป็นทางการ', en: 'A formal order is required.' },
        ),
        yesNo(
          'AW.PS.DI.3',
          src,
          g.guidelines,
          { th: 'มีแนวปฏิบัติในการดำเนินการหรือการให้บริการหรือไม่', en: 'Are there written guidelines?' },
          { th: 'มีแนวปฏิบัติในการให้บริการแทนกัน', en: 'Guidelines for serving on each other’s behalf exist.' },
          { th: 'ต้องมีแนวปฏิบัติในการดำเนินการหรือการให้บริการ', en: 'Guidelines are required.' },
        ),
      );
    }
  }
  out.push(
    yesNo(
      'AW.PS.DI.4',
      '004:1107',
      g.wideImpact,
      {
        th: 'เป้าหมายมุ่งผลลัพธ์ในวงกว้างระดับประเทศหรือนานาชาติหรือไม่',
        en: 'Does it aim at national or international results?',
      },
      { th: 'มุ่งผลลัพธ์ในวงกว้างระดับประเทศหรือนานาชาติ', en: 'It aims at national or international results.' },
      {
        th: 'เป้าหมายต้องมุ่งเน้นผลลัพธ์ในวงกว้างระดับประเทศหรือระดับนานาชาติ',
        en: 'It must aim at national or international results.',
      },
    ),
  );
  return out;
}

function rightOnTargetGates(
  c: AwardsConstants,
  g: NonNullable<PublicServiceInput['rightOnTarget']>,
): AwardGate[] {
  const min = c.publicService.rightOnTarget.onlineMinPct;
  const out: AwardGate[] = [
    yesNo(
      'AW.PS.RT.1',
      '004:1117',
      g.endToEnd,
      {
        th: 'แก้ปัญหาทั้งกระบวนการ (End to End) ร่วมกับภาคประชาชน ชุมชน และเอกชนแบบพันธมิตรหรือไม่',
        en: 'Is the whole process solved end to end with citizens, communities and business as partners?',
      },
      { th: 'แก้ปัญหาทั้งกระบวนการร่วมกับพันธมิตร', en: 'The whole process is solved end to end with partners.' },
      {
        th: 'ต้องแก้ปัญหาทั้งกระบวนการ (End to End Process) ร่วมกับภาคประชาชน ชุมชน และเอกชนแบบพันธมิตร',
        en: 'The whole process must be solved end to end with partners.',
      },
    ),
  ];
  if (g.online === undefined)
    out.push(
      missing('AW.PS.RT.2', '004:1118', { th: 'เป็นระบบบริการออนไลน์หรือไม่', en: 'Is it an online service?' }),
    );
  else if (!g.online)
    out.push(
      gate(
        'AW.PS.RT.2',
        '004:1118',
        true,
        {
          th: `ไม่ใช่ระบบบริการออนไลน์: เงื่อนไขผู้ใช้ออนไลน์ร้อยละ ${min} ไม่ใช้บังคับ`,
          en: `Not an online service: the ${min}% online-use condition does not apply.`,
        },
        { th: '', en: '' },
      ),
    );
  else {
    const parts = (
      [
        ['recipients', g.recipients, { th: 'ผู้รับบริการ', en: 'recipients' }],
        ['transactions', g.transactions, { th: 'ธุรกรรม', en: 'transactions' }],
      ] as const
    ).flatMap(([key, s, label]) => {
      const on = dOpt(s?.online);
      const tot = dOpt(s?.total);
      if (on === undefined || tot === undefined || !tot.gt(0)) return [];
      return [{ key, label, on, tot, pct: pctOf(on, tot) }];
    });
    if (parts.length === 0)
      out.push(
        missing('AW.PS.RT.2', '004:1118', {
          th: 'จำนวนผู้รับบริการ และ/หรือ ธุรกรรม ทั้งหมดและที่ผ่านระบบออนไลน์',
          en: 'the recipients and/or transactions, in all and online',
        }),
      );
    else {
      const met = parts.some((p) => p.pct.gte(min));
      const th = parts
        .map((p) => `${p.label.th}ออนไลน์ ${fmt(p.on)} จาก ${fmt(p.tot)} = ร้อยละ ${fmt(p.pct)}`)
        .join(', ');
      const en = parts
        .map((p) => `online ${p.label.en} ${fmt(p.on)} of ${fmt(p.tot)} = ${fmt(p.pct)}%`)
        .join(', ');
      out.push(
        gate(
          'AW.PS.RT.2',
          '004:1118',
          met,
          { th: `${th} (ไม่น้อยกว่าร้อยละ ${min})`, en: `${en} (at least ${min}%).` },
          {
            th: `${th} ต้องไม่น้อยกว่าร้อยละ ${min} ของผู้รับบริการ และ/หรือ จำนวนธุรกรรมทั้งหมด`,
            en: `${en}: at least ${min}% of recipients and/or transactions must be online.`,
          },
        ),
      );
    }
  }
  out.push(
    yesNo(
      'AW.PS.RT.3',
      '004:1119',
      g.improvementPlan,
      {
        th: 'มีแผนการปรับปรุงและแนวทางการขยายผลหรือไม่',
        en: 'Is there an improvement plan and a plan to expand?',
      },
      { th: 'มีแผนการปรับปรุงและแนวทางการขยายผล', en: 'An improvement plan and a plan to expand exist.' },
      {
        th: 'ต้องมีแผนการปรับปรุงและแนวทางในการพัฒนาขยายผล',
        en: 'An improvement plan and a plan to expand are required.',
      },
    ),
  );
  return out;
}

function facilitationGates(
  c: AwardsConstants,
  wonBefore: boolean | undefined,
  g: { readonly agencyWide?: boolean; readonly resultsFrom?: string; readonly resultsTo?: string },
): AwardGate[] {
  const out: AwardGate[] = [
    yesNo(
      'AW.PS.FA.1',
      '004:1139',
      g.agencyWide,
      {
        th: 'เป็นผลการดำเนินการภาพรวมขององค์กรที่ดำเนินงานตาม พ.ร.บ. การอำนวยความสะดวกฯ และมีคู่มือสำหรับประชาชนหรือไม่',
        en: 'Are these the whole organisation’s results under the Facilitation Act, with a citizen’s manual?',
      },
      {
        th: 'เป็นผลการดำเนินการภาพรวมขององค์กรตาม พ.ร.บ. การอำนวยความสะดวกฯ และมีคู่มือสำหรับประชาชน',
        en: 'The whole organisation’s results under the Facilitation Act, with a citizen’s manual.',
      },
      {
        th: 'ต้องเป็นผลการดำเนินการภาพรวมขององค์กร (กรม/เทียบเท่า องค์การมหาชน หน่วยงานอิสระ รัฐวิสาหกิจ) ที่ดำเนินงานตาม พ.ร.บ. การอำนวยความสะดวกฯ และมีคู่มือสำหรับประชาชน',
        en: 'It must be the whole organisation’s results (department or equivalent, public organisation, independent agency, state enterprise) under the Facilitation Act, with a citizen’s manual.',
      },
    ),
  ];
  const from = dateOpt(g.resultsFrom);
  const to = dateOpt(g.resultsTo);
  if (wonBefore === undefined) out.push(missing('AW.PS.FA.2', '004:1143-1144', Q.won));
  else if (!from || !to)
    out.push(
      missing('AW.PS.FA.2', wonBefore ? '004:1144' : '004:1143', {
        th: 'ช่วงวันที่ของผลการดำเนินการที่เสนอ',
        en: 'the period of the results reported',
      }),
    );
  else {
    const w = wonBefore ? c.publicService.facilitation.wonBefore : c.publicService.facilitation.neverWon;
    const wf = dateOpt(w.from) as CalendarDate;
    const wt = dateOpt(w.to) as CalendarDate;
    const inside =
      dayNumber(from) >= dayNumber(wf) && dayNumber(to) <= dayNumber(wt) && dayNumber(from) <= dayNumber(to);
    const f = dateText(from);
    const t = dateText(to);
    const a = dateText(wf);
    const b = dateText(wt);
    const whose = wonBefore
      ? { th: 'กรณีเคยได้รับรางวัลประเภทนี้', en: 'having won this type before' }
      : { th: 'กรณีไม่เคยได้รับรางวัลประเภทนี้', en: 'never having won this type' };
    out.push(
      gate(
        'AW.PS.FA.2',
        wonBefore ? '004:1144' : '004:1143',
        inside,
        {
          th: `ผลการดำเนินการ ${f.th} – ${t.th} อยู่ในช่วง ${a.th} – ${b.th} (${whose.th})`,
          en: `Results ${f.en} – ${t.en} lie within ${a.en} – ${b.en} (${whose.en}).`,
        },
        {
          th: `ผลการดำเนินการ ${f.th} – ${t.th} ต้องอยู่ในช่วง ${a.th} – ${b.th} (${whose.th}) ผลนอกช่วงนี้นับไม่ได้`,
          en: `Results ${f.en} – ${t.en} must lie within ${a.en} – ${b.en} (${whose.en}); results outside it do not count.`,
        },
      ),
    );
  }
  return out;
}

const prefixErrors = (prefix: string, errors: readonly KnError[]): KnError[] =>
  errors.map((e) => error(e.path ? `${prefix}.${e.path}` : prefix, e.code, e.values ?? {}));

/** Rules AW.PS: readiness for one Public Service Award type. Never throws. */
export function publicServiceReadiness(input: PublicServiceInput): Result<AwardReadinessResult> {
  const parsed = check(publicServiceSchema, input);
  if (!parsed.ok) return fail(relabel(parsed.errors));
  const packed = checkPack(awards2566, input);
  if (!packed.ok) return fail(relabel([error(packed.path, 'INVALID_TYPE')]));
  const pack = packed.pack;
  const c = pack.constants;
  const data = parsed.data;
  const type = data.type;
  const spec = c.publicService.types[type];
  const asOf = dateOpt(data.asOf) ?? (dateOpt(c.asOf) as CalendarDate);
  const steps: ExplanationStep[] = [...packStep(pack.id, spec.source)];
  if (data.asOf === undefined || String(data.asOf).trim() === '') {
    const a = dateText(asOf);
    steps.push(
      step(
        'AW.ASOF',
        'docs/award-defaults.md#as-of',
        `ตรวจความพร้อม ณ วันที่ ${a.th} (ค่าเริ่มต้นของ Khanaen: วันสุดท้ายของช่วงผลการดำเนินการ 004:1143-1144 เพราะเอกสารไม่ระบุวันปิดรับสมัคร)`,
        `Readiness is checked as of ${a.en} (Khanaen default: the last day of the results window, 004:1143-1144, as the source gives no closing date).`,
        { asOf: isoOf(asOf) },
      ),
    );
  }
  const reasons = generalGates(c, type, data, asOf);
  if (type === 'development')
    reasons.push(
      yesNo(
        'AW.PS.DV.1',
        '004:1072',
        data.differentFromPriorWin,
        {
          th: 'ผลงานแตกต่างจากเดิมและไม่เป็นรูปแบบเดียวกับที่หน่วยงานเคยได้รับรางวัลหรือไม่',
          en: 'Does the work differ from the form the agency already won with?',
        },
        {
          th: 'เป็นการพัฒนาที่แตกต่างจากเดิม ไม่ใช่รูปแบบที่เคยได้รับรางวัล',
          en: 'A development unlike the form that already won.',
        },
        {
          th: 'ต้องไม่เป็นรูปแบบเดียวกับที่หน่วยงานเคยได้รับรางวัลมาแล้ว',
          en: 'It must not be the same form the agency already won with.',
        },
      ),
    );
  if (type === 'expansion') reasons.push(...expansionGates(c, data.expansion ?? {}));
  if (type === 'data-integration') reasons.push(...dataIntegrationGates(c, data.dataIntegration ?? {}));
  if (type === 'right-on-target') reasons.push(...rightOnTargetGates(c, data.rightOnTarget ?? {}));
  let scores: Record<string, DecimalInput | undefined> = { ...(data.scores ?? {}) };
  const extra: ExplanationStep[] = [];
  if (type === 'facilitation') {
    const f = input.facilitation ?? {};
    reasons.push(...facilitationGates(c, data.previouslyWon, data.facilitation ?? {}));
    if (f.rubric !== undefined) {
      const fe = facilitationEfficiency(f.rubric);
      if (!fe.ok) return fail(prefixErrors('facilitation.rubric', fe.errors));
      scores = {
        ...scores,
        efficiency: fe.dimension1,
        ...(fe.valuePoints !== null ? { value: fe.valuePoints } : {}),
      };
      extra.push(...fe.explanation);
    }
    if (f.services !== undefined) {
      const fv = facilitationValue({ services: f.services });
      if (!fv.ok) return fail(prefixErrors('facilitation.services', fv.errors));
      extra.push(...fv.explanation);
    }
  }
  const r = rubric(spec.dimensions, scores, null);
  if (r.errors.length) return fail(r.errors);
  steps.push(
    step(
      'AW.PS',
      spec.source,
      `รางวัลบริการภาครัฐ ประเภท${spec.label.th}`,
      `Public Service Award, ${spec.label.en}.`,
      { type },
    ),
    ...gateSteps(reasons),
    ...extra,
    ...rubricSteps('AW.PS.SC', r.dimensions, r.total, r.max),
  );
  if (r.dimensions.some((x) => x.score !== null))
    steps.push(
      step(
        'AW.PS.SC',
        'docs/award-defaults.md#public-service-scores',
        'เกณฑ์รางวัลบริการภาครัฐกำหนดคะแนนเต็มรายมิติแต่ไม่กำหนดคะแนนผ่านขั้นต่ำ: คะแนนประเมินตนเองแสดงเพื่อดูจุดที่ต้องเสริม ไม่ใช้ตัดสินความพร้อม',
        'The Public Service rubric gives each dimension’s maximum but no pass mark: self-scores show where to strengthen the work and do not decide readiness.',
        {},
      ),
    );
  const unmet = reasons.filter((g) => !g.met);
  return {
    ok: true,
    pack: pack.id,
    branch: 'public-service',
    type,
    typeLabel: spec.label,
    eligible: unmet.length === 0,
    reasons,
    unmet,
    dimensions: r.dimensions,
    total: r.total === null ? null : toNumber2(r.total),
    max: r.max,
    explanation: steps,
  };
}
