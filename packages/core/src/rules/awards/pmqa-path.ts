/**
 * Rules AW.PM — the PMQA award path (`004:1801-2081`, `000:19-32`): the entry prerequisite, the two
 * assessment gates, the outstanding and by-category conditions (rules PA.1/PA.2, called, not copied), the
 * "outstanding cancels by-category" rule, the self-assessment window and the 4.0-scale display.
 */
import * as z from 'zod/mini';
import { dec, round, toNumber2, type Decimal } from '../../decimal.js';
import { fmt, packStep, step } from '../../explain.js';
import { rulePacks, type PackOptions, type PmqaBand, type RulePack } from '../../packs.js';
import { error, fail, type ExplanationStep, type KnError, type Result } from '../../result.js';
import { check, checkPack, dOpt, optionalDecimal, type DecimalInput } from '../../validate.js';
import {
  pmqa40Band,
  pmqaByCategory,
  pmqaOutstanding,
  pmqaOverall,
  type PmqaByCategoryInput,
  type PmqaOutstandingInput,
} from '../pmqa.js';
import {
  dateOpt,
  dateText,
  dayNumber,
  gate,
  gateSteps,
  missing,
  optBool,
  optionalDate,
  relabel,
  yesNo,
  type AwardGate,
  type AwardReadinessResult,
  type CalendarDate,
} from './common.js';
import { awards2566, type AwardsConstants, type PmqaAwardType } from './pack.js';

export const PMQA_AWARD_TYPES: readonly PmqaAwardType[] = ['pmqa40', 'outstanding', 'by-category'];

const score500 = () => optionalDecimal({ range: [0, 500] });

export const pmqaPathSchema = z.object({
  type: z.enum(PMQA_AWARD_TYPES as [PmqaAwardType, ...PmqaAwardType[]]),
  certifiedBasic: optBool(),
  lastYearStage1: score500(),
  agencyKind: optBool(),
  goodStanding: optBool(),
  category7Score: score500(),
  categoryScores: z.optional(z.array(z.unknown())),
  overallScore: score500(),
  selfAssessedOn: optionalDate(),
  outstanding: z.optional(z.unknown()),
  byCategory: z.optional(z.unknown()),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

type Without<T> = Omit<T, 'pack' | 'constants'>;

export interface PmqaPathInput extends PackOptions<AwardsConstants> {
  readonly type: PmqaAwardType;
  /** AW.PM.1 (outstanding, by-category): certified at the basic level, edition 1 (`004:1960`). */
  readonly certifiedBasic?: boolean;
  /** AW.PM.1: or last year's stage-1 mean ≥ 400 (`004:1960`). */
  readonly lastYearStage1?: DecimalInput;
  /** AW.PM.1 (PMQA 4.0): a department, province or public organisation, or another agency that declared its intent (`004:1988-1989`). */
  readonly agencyKind?: boolean;
  /** AW.PM.2: admired, with no evident scandal (`004:1965`, `004:1991`). */
  readonly goodStanding?: boolean;
  /** AW.PM.3: the Category 7 score (rule C7S), stage 1 (`004:1873-1877`). */
  readonly category7Score?: DecimalInput;
  /** AW.PM.4: the 7 category scores (rule PB.2), stage 2 (`004:1882-1885`). */
  readonly categoryScores?: readonly DecimalInput[];
  /** AW.PM.4: or an overall score already known (e.g. the checklist estimate, rule CL). */
  readonly overallScore?: DecimalInput;
  /** AW.PM.5: the date of the online self-assessment (1 May – 30 Jun 2566, `004:2047-2050`). */
  readonly selfAssessedOn?: string;
  /** AW.PM.6 (outstanding): the inputs of rule PA.1. */
  readonly outstanding?: Without<PmqaOutstandingInput>;
  /** AW.PM.7 (by-category): the inputs of rule PA.2 (at most 3 categories included). */
  readonly byCategory?: Without<PmqaByCategoryInput>;
}

export interface PmqaPathResult extends AwardReadinessResult {
  /** The overall score (mean of 7 categories, or as given), or `null`. */
  readonly overall: number | null;
  /** PB.1 band of the overall score, or `null`. */
  readonly band: PmqaBand | null;
  /** The overall score on the 4.0 scale (÷ 125, 2 decimals), or `null`. */
  readonly scale40: number | null;
  /** By-category: whether it will be considered (not when the outstanding award passes, `004:1974`). */
  readonly byCategoryConsidered: boolean | null;
}

const prefix = (p: string, errors: readonly KnError[]) =>
  errors.map((e) => error(e.path ? `${p}.${e.path}` : p, e.code, e.values ?? {}));

const tb = (th: string, en: string) => ({ th, en });

/** Rules AW.PM: readiness for one PMQA award. Never throws. */
export function pmqaAwardPath(input: PmqaPathInput): Result<PmqaPathResult> {
  const parsed = check(pmqaPathSchema, input);
  if (!parsed.ok) return fail(relabel(parsed.errors));
  const packed = checkPack(awards2566, input);
  if (!packed.ok) return fail(relabel([error(packed.path, 'INVALID_TYPE')]));
  const pack = packed.pack;
  const c = pack.constants.pmqa;
  const data = parsed.data;
  const type = data.type;
  const label =
    type === 'pmqa40'
      ? tb('รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0', 'PMQA 4.0 award')
      : type === 'outstanding'
        ? tb('รางวัลคุณภาพการบริหารจัดการภาครัฐ ระดับดีเด่น', 'PMQA outstanding award')
        : tb('รางวัลคุณภาพการบริหารจัดการภาครัฐ รายหมวด', 'PMQA by-category award');
  const reasons: AwardGate[] = [];
  const extra: ExplanationStep[] = [];

  // AW.PM.1 entry prerequisite
  if (type === 'pmqa40') {
    reasons.push(
      yesNo(
        'AW.PM.1',
        '004:1988-1989',
        data.agencyKind,
        tb(
          'เป็นกรม จังหวัด องค์การมหาชน หรือหน่วยงานอื่นที่แจ้งความจำนงสมัครหรือไม่',
          'Is the applicant a department, province or public organisation, or another agency that declared its intent?',
        ),
        tb('เป็นหน่วยงานที่สมัครรางวัล PMQA 4.0 ได้', 'The agency may apply for the PMQA 4.0 award.'),
        tb(
          'ต้องเป็นกรม จังหวัด องค์การมหาชน (มติ ครม. 1 พ.ค. 2561) หรือหน่วยงานอื่นที่แจ้งความจำนงขอสมัคร',
          'It must be a department, province or public organisation (Cabinet resolution of 1 May 2018), or another agency that declared its intent.',
        ),
      ),
    );
  } else {
    const last = dOpt(data.lastYearStage1);
    if (data.certifiedBasic === true)
      reasons.push(
        gate(
          'AW.PM.1',
          '004:1960',
          true,
          tb(
            'ผ่านการรับรองคุณภาพการบริหารจัดการภาครัฐระดับพื้นฐาน ฉบับที่ 1',
            'Certified at the basic level (edition 1).',
          ),
          tb('', ''),
        ),
      );
    else if (last !== undefined) {
      const s = round(last);
      reasons.push(
        gate(
          'AW.PM.1',
          '004:1960',
          s.gte(c.priorStage1Min),
          tb(
            `คะแนนเฉลี่ยขั้นตอนที่ 1 ปีที่ผ่านมา ${fmt(s)} ไม่น้อยกว่า ${c.priorStage1Min} คะแนน`,
            `Last year's stage-1 mean ${fmt(s)} is at least ${c.priorStage1Min}.`,
          ),
          tb(
            `คะแนนเฉลี่ยขั้นตอนที่ 1 ปีที่ผ่านมา ${fmt(s)} ต่ำกว่า ${c.priorStage1Min} คะแนน และยังไม่ผ่านการรับรองระดับพื้นฐาน ฉบับที่ 1`,
            `Last year's stage-1 mean ${fmt(s)} is below ${c.priorStage1Min}, and the agency is not certified at the basic level.`,
          ),
        ),
      );
    } else if (data.certifiedBasic === false)
      reasons.push(
        missing(
          'AW.PM.1',
          '004:1960',
          tb(
            'คะแนนเฉลี่ยการประเมินขั้นตอนที่ 1 ในรอบปีที่ผ่านมา (เมื่อยังไม่ผ่านการรับรองระดับพื้นฐาน)',
            "last year's stage-1 mean (as the agency is not certified at the basic level)",
          ),
        ),
      );
    else
      reasons.push(
        missing(
          'AW.PM.1',
          '004:1960',
          tb(
            'ผ่านการรับรองระดับพื้นฐาน ฉบับที่ 1 หรือไม่ หรือคะแนนขั้นตอนที่ 1 ปีที่ผ่านมา',
            'basic-level certification, or last year’s stage-1 mean',
          ),
        ),
      );
  }
  reasons.push(
    yesNo(
      'AW.PM.2',
      type === 'pmqa40' ? '004:1991' : '004:1965',
      data.goodStanding,
      tb(
        'เป็นหน่วยงานที่เป็นที่ชื่นชมและไม่มีกรณีเสื่อมเสียจนเป็นที่ประจักษ์หรือไม่',
        'Is the agency admired, with no evident scandal?',
      ),
      tb('เป็นที่ชื่นชมและไม่มีกรณีเสื่อมเสีย', 'Admired, with no evident scandal.'),
      tb(
        'ต้องเป็นหน่วยงานที่เป็นที่ชื่นชมและไม่มีกรณีเสื่อมเสียจนเป็นที่ประจักษ์ในสังคม',
        'The agency must be admired, with no evident scandal.',
      ),
    ),
  );

  let overall: Decimal | null = null;
  let band: PmqaBand | null = null;
  let scale40: Decimal | null = null;
  if (type === 'pmqa40') {
    // AW.PM.3 stage 1: the gate constant of rule C7S (the Category 7 pack, looked up by its id).
    const cat7 = (rulePacks as Readonly<Record<string, RulePack<{ readonly stage1PassScore: number }>>>)[
      'pmqa40-cat7@2566'
    ];
    const gate1 = cat7?.constants.stage1PassScore ?? c.stage2PassScore;
    const c7 = dOpt(data.category7Score);
    reasons.push(
      c7 === undefined
        ? missing('AW.PM.3', '004:1873-1877', tb('คะแนนหมวด 7 (ชุดตัวชี้วัด)', 'the Category 7 score (KPI set)'))
        : gate(
            'AW.PM.3',
            '004:1873-1877',
            round(c7).gte(gate1),
            tb(
              `ขั้นตอนที่ 1: คะแนนเฉลี่ยหมวด 7 = ${fmt(round(c7))} ตั้งแต่ ${gate1} คะแนนขึ้นไป ผ่านเข้ารอบต่อไป`,
              `Stage 1: Category 7 mean ${fmt(round(c7))} is at least ${gate1}: passes to the next round.`,
            ),
            tb(
              `ขั้นตอนที่ 1: คะแนนเฉลี่ยหมวด 7 = ${fmt(round(c7))} ต่ำกว่า ${gate1} คะแนน (ขาดอีก ${fmt(dec(gate1).minus(round(c7)))} คะแนน)`,
              `Stage 1: Category 7 mean ${fmt(round(c7))} is below ${gate1} (${fmt(dec(gate1).minus(round(c7)))} points short).`,
            ),
          ),
    );
    // AW.PM.4 stage 2 (rule PB.2 for the mean, PB.1 for the band).
    if (data.categoryScores !== undefined) {
      const o = pmqaOverall({ categoryScores: data.categoryScores as DecimalInput[] });
      if (!o.ok) return fail(o.errors);
      overall = dec(o.score);
      extra.push(...o.explanation);
    } else if (data.overallScore !== undefined && String(data.overallScore).trim() !== '') {
      const b = pmqa40Band(data.overallScore);
      /* c8 ignore next */
      if (!b.ok) return fail(b.errors);
      overall = dec(b.score);
      extra.push(...b.explanation);
    }
    if (overall === null)
      reasons.push(
        missing(
          'AW.PM.4',
          '004:1882-1885',
          tb('คะแนนรายหมวดทั้ง 7 หมวด หรือคะแนนเฉลี่ย 7 หมวด', 'the 7 category scores, or their mean'),
        ),
      );
    else {
      const b = pmqa40Band(overall.toString());
      /* c8 ignore next */
      band = b.ok ? b.band : null;
      scale40 = round(overall.div(c.scale40Divisor));
      reasons.push(
        gate(
          'AW.PM.4',
          '004:1882-1885',
          overall.gte(c.stage2PassScore),
          tb(
            `ขั้นตอนที่ 2: คะแนนเฉลี่ย 7 หมวด = ${fmt(overall)} ตั้งแต่ ${c.stage2PassScore} คะแนนขึ้นไป ผ่านเข้ารอบต่อไป`,
            `Stage 2: the 7-category mean ${fmt(overall)} is at least ${c.stage2PassScore}: passes to the next round.`,
          ),
          tb(
            `ขั้นตอนที่ 2: คะแนนเฉลี่ย 7 หมวด = ${fmt(overall)} ต่ำกว่า ${c.stage2PassScore} คะแนน (ขาดอีก ${fmt(dec(c.stage2PassScore).minus(overall))} คะแนน)`,
            `Stage 2: the 7-category mean ${fmt(overall)} is below ${c.stage2PassScore} (${fmt(dec(c.stage2PassScore).minus(overall))} points short).`,
          ),
        ),
      );
      extra.push(
        step(
          'AW.PM.4',
          '004:2070-2081',
          `คะแนน ${fmt(overall)} เทียบมาตรา 4.0 = ${fmt(overall)} ÷ ${c.scale40Divisor} = ${fmt(scale40)} (ตาราง 004:2080-2081: 491.90 → 3.94)`,
          `Score ${fmt(overall)} on the 4.0 scale = ${fmt(overall)} ÷ ${c.scale40Divisor} = ${fmt(scale40)} (table 004:2080-2081: 491.90 → 3.94).`,
          { overall: toNumber2(overall), scale40: toNumber2(scale40) },
        ),
      );
    }
  }

  // AW.PM.5 self-assessment window
  const on = dateOpt(data.selfAssessedOn);
  const wf = dateOpt(c.selfAssessment.from) as CalendarDate;
  const wt = dateOpt(c.selfAssessment.to) as CalendarDate;
  const a = dateText(wf);
  const b = dateText(wt);
  if (!on)
    reasons.push(
      missing(
        'AW.PM.5',
        '004:2047-2050',
        tb(
          `วันที่ประเมินตนเองผ่านระบบออนไลน์ (${a.th} – ${b.th})`,
          `the date of the online self-assessment (${a.en} – ${b.en})`,
        ),
      ),
    );
  else {
    const t = dateText(on);
    const inside = dayNumber(on) >= dayNumber(wf) && dayNumber(on) <= dayNumber(wt);
    reasons.push(
      gate(
        'AW.PM.5',
        '004:2047-2050',
        inside,
        tb(
          `ประเมินตนเอง ${t.th} อยู่ในช่วง ${a.th} – ${b.th}`,
          `Self-assessment on ${t.en} lies within ${a.en} – ${b.en}.`,
        ),
        tb(
          `ประเมินตนเอง ${t.th} อยู่นอกช่วง ${a.th} – ${b.th}`,
          `Self-assessment on ${t.en} lies outside ${a.en} – ${b.en}.`,
        ),
      ),
    );
  }

  // AW.PM.6 / AW.PM.7 (rules PA.1 and PA.2) and AW.PM.8 (outstanding cancels by-category).
  let byCategoryConsidered: boolean | null = null;
  const outIn = input.outstanding;
  const outR = outIn !== undefined ? pmqaOutstanding(outIn as PmqaOutstandingInput) : null;
  if (outR && !outR.ok) return fail(prefix('outstanding', outR.errors));
  if (type === 'outstanding') {
    if (!outR)
      reasons.push(
        missing(
          'AW.PM.6',
          '004:1948, 004:1970',
          tb(
            'ร้อยละของคะแนนรายหมวด คะแนนรวม และหมวดที่เคยได้รับรางวัลรายหมวด',
            'the category percentages, the total and the by-category awards already won',
          ),
        ),
      );
    else {
      reasons.push(
        ...outR.reasons.map((x) => ({
          rule: `AW.PM.6 (${x.rule})`,
          met: x.met,
          missing: false,
          text: x.text,
          source: x.rule === 'PA.1c' ? '004:1970' : '004:1948',
        })),
      );
      extra.push(...outR.explanation);
    }
  }
  if (type === 'by-category') {
    const byIn = input.byCategory;
    if (byIn === undefined)
      reasons.push(
        missing(
          'AW.PM.7',
          '004:1953-1955, 004:1972',
          tb(
            'ร้อยละของคะแนนรายหมวด คะแนนรวม หมวดที่ขอรับรางวัล และคะแนนหมวด 7 ที่เกี่ยวข้อง',
            'the category percentages, the total, the categories applied for and the related Category 7 percentages',
          ),
        ),
      );
    else {
      const r = pmqaByCategory(byIn as PmqaByCategoryInput);
      if (!r.ok) return fail(prefix('byCategory', r.errors));
      reasons.push(
        ...r.reasons.map((x) => ({
          rule: `AW.PM.7 (${x.rule})`,
          met: x.met,
          missing: false,
          text: x.text,
          source: x.rule === 'PA.2f' ? '004:1972' : '004:1953-1955',
        })),
      );
      extra.push(...r.explanation);
    }
    byCategoryConsidered = true;
    if (outR) {
      byCategoryConsidered = !outR.eligible;
      reasons.push(
        gate(
          'AW.PM.8',
          '004:1974',
          byCategoryConsidered,
          tb(
            'สมัครระดับดีเด่นพร้อมกัน แต่ยังไม่ผ่านเกณฑ์ระดับดีเด่น จึงพิจารณารางวัลรายหมวด',
            'Also applying for outstanding, which does not pass: the by-category award is considered.',
          ),
          tb(
            'สมัครระดับดีเด่นพร้อมกันและผ่านเกณฑ์ระดับดีเด่น จึงไม่พิจารณารางวัลรายหมวดในปีนั้น',
            'Also applying for outstanding, which passes: the by-category award is not considered that year.',
          ),
        ),
      );
    }
  }

  const steps: ExplanationStep[] = [
    ...packStep(pack.id, '004:1801-2081'),
    step('AW.PM', '004:1801-1824', label.th, `${label.en}.`, { type }),
    ...gateSteps(reasons),
    ...extra,
  ];
  const unmet = reasons.filter((g) => !g.met);
  return {
    ok: true,
    pack: pack.id,
    branch: 'pmqa',
    type,
    typeLabel: label,
    eligible: unmet.length === 0,
    reasons,
    unmet,
    dimensions: [],
    total: null,
    max: null,
    overall: overall === null ? null : toNumber2(overall),
    band,
    scale40: scale40 === null ? null : toNumber2(scale40),
    byCategoryConsidered,
    explanation: steps,
  };
}
