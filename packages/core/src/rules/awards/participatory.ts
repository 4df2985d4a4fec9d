/**
 * Rules AW.PG — readiness for the Participatory Governance Award (รางวัลการบริหารราชการแบบมีส่วนร่วม,
 * `004:1426-1765`): each type's conditions, its rubric, and the pass rule "every dimension ≥ 50 %"
 * (`004:1761`). The poverty type (ร่วมใจแก้จน, `004:1472-1481`) is run by another office and has no
 * conditions or rubric in the source, so it is not offered (docs/award-defaults.md#poverty).
 */
import * as z from 'zod/mini';
import { dec, toNumber2 } from '../../decimal.js';
import { fmt, packStep, step } from '../../explain.js';
import type { PackOptions } from '../../packs.js';
import { error, fail, type Bilingual, type ExplanationStep, type Result } from '../../result.js';
import { check, checkPack, dOpt, type DecimalInput } from '../../validate.js';
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
  relabel,
  rubric,
  rubricSteps,
  scoresSchema,
  yesNo,
  type AwardGate,
  type AwardReadinessResult,
  type CalendarDate,
} from './common.js';
import { awards2566, type AwardsConstants, type ParticipatoryType } from './pack.js';

export const PARTICIPATORY_TYPES: readonly ParticipatoryType[] = [
  'open-governance',
  'effective-change',
  'engaged-citizen',
  'participation-expanded',
  'network',
];

const bools = <K extends string>(keys: readonly K[]) =>
  z.optional(
    z.object(Object.fromEntries(keys.map((k) => [k, optBool()])) as Record<K, ReturnType<typeof optBool>>),
  );

export const participatorySchema = z.object({
  type: z.enum(PARTICIPATORY_TYPES as [ParticipatoryType, ...ParticipatoryType[]]),
  asOf: optionalDate(),
  startedOn: optionalDate(),
  openGovernance: z.optional(
    z.object({
      wholeOrganisation: optBool(),
      worksFromDepartment: optCount(),
      informConsult: optBool(),
      ogmp: optBool(),
    }),
  ),
  effectiveChange: bools([
    'policyOrProject',
    'coreMission',
    'collaboration',
    'missionImpact',
    'priorModelExpansion',
  ]),
  engagedCitizen: z.optional(
    z.object({
      route: z.optional(z.enum(['effective-change', 'active-citizen'])),
      nominatorAppliesEffectiveChange: optBool(),
      activeYears: optYears(),
      certificationLetter: optBool(),
      nominees: optCount(),
      stateOfficial: optBool(),
      politicalGroup: optBool(),
      csr: optBool(),
    }),
  ),
  participationExpanded: z.optional(
    z.object({
      route: z.optional(z.enum(['other-areas', 'same-area', 'open-governance'])),
      priorAwardLevel: z.optional(z.enum(['outstanding', 'good', 'none'])),
      otherAreas: optCount(),
      priorAwardYear: optYears(),
      expansionStartYear: optYears(),
      continuedYears: optYears(),
      coreMission: optBool(),
    }),
  ),
  network: bools(['policyOrProject', 'coreMission', 'collaboration', 'missionImpact']),
  scores: scoresSchema(),
  pack: z.optional(z.unknown()),
  constants: z.optional(z.unknown()),
});

export interface ParticipatoryInput extends PackOptions<AwardsConstants> {
  readonly type: ParticipatoryType;
  /** The date readiness is judged on (`YYYY-MM-DD`, B.E. or C.E.); default `constants.asOf`. */
  readonly asOf?: string;
  /** AW.PG.1: the date the work started (≥ 1 year before `asOf`, `004:1600`). */
  readonly startedOn?: string;
  readonly openGovernance?: {
    readonly wholeOrganisation?: boolean;
    /** Works the department submits to Open Governance this year (at most 1, `004:1544`). */
    readonly worksFromDepartment?: DecimalInput;
    readonly informConsult?: boolean;
    readonly ogmp?: boolean;
  };
  readonly effectiveChange?: {
    readonly policyOrProject?: boolean;
    readonly coreMission?: boolean;
    readonly collaboration?: boolean;
    readonly missionImpact?: boolean;
    /** An awarded model taken to other areas: that belongs to Participation Expanded (`004:1596`). */
    readonly priorModelExpansion?: boolean;
  };
  readonly engagedCitizen?: {
    /** Who nominates: the agency applying for Effective Change this year, or an agency for an Active Citizen. */
    readonly route?: 'effective-change' | 'active-citizen';
    readonly nominatorAppliesEffectiveChange?: boolean;
    /** Years the person or group has been active (≥ 2 for an Active Citizen, `004:1636`). */
    readonly activeYears?: DecimalInput;
    readonly certificationLetter?: boolean;
    /** Persons or groups nominated (1, `004:1638`). */
    readonly nominees?: DecimalInput;
    readonly stateOfficial?: boolean;
    readonly politicalGroup?: boolean;
    readonly csr?: boolean;
  };
  readonly participationExpanded?: {
    /**
     * `other-areas`: an Effective Change model taken to ≥ 2 other areas, started ≤ 3 years after its award
     * (`004:1675`); `same-area`: continued ≥ 3 years in the same area (`004:1680`); `open-governance`: an
     * Open Governance model continued ≥ 3 years (`004:1684`).
     */
    readonly route?: 'other-areas' | 'same-area' | 'open-governance';
    readonly priorAwardLevel?: 'outstanding' | 'good' | 'none';
    readonly otherAreas?: DecimalInput;
    /** B.E. or C.E. */
    readonly priorAwardYear?: DecimalInput;
    /** B.E. or C.E. */
    readonly expansionStartYear?: DecimalInput;
    readonly continuedYears?: DecimalInput;
    readonly coreMission?: boolean;
  };
  readonly network?: {
    readonly policyOrProject?: boolean;
    readonly coreMission?: boolean;
    readonly collaboration?: boolean;
    readonly missionImpact?: boolean;
  };
  readonly scores?: Readonly<Record<string, DecimalInput | undefined>>;
}

type Check = readonly [
  rule: string,
  source: string,
  key: string,
  q: Bilingual,
  yes: Bilingual,
  no: Bilingual,
  expected?: boolean,
];

function checks(list: readonly Check[], answers: object | undefined): AwardGate[] {
  const a = (answers ?? {}) as Readonly<Record<string, unknown>>;
  return list.map(([rule, source, key, q, yes, no, expected]) =>
    yesNo(rule, source, a[key] as boolean | undefined, q, yes, no, expected ?? true),
  );
}

const tb = (th: string, en: string): Bilingual => ({ th, en });

const COMMON = (prefix: string, src: readonly [string, string, string, string]): Check[] => [
  [
    `${prefix}.1`,
    src[0],
    'policyOrProject',
    tb('ดำเนินการตามนโยบายหรือโครงการหรือไม่', 'Is it carried out under a policy or project?'),
    tb('ดำเนินการตามนโยบายหรือโครงการ', 'Carried out under a policy or project.'),
    tb('ต้องเป็นการดำเนินการตามนโยบายหรือโครงการ', 'It must be carried out under a policy or project.'),
  ],
  [
    `${prefix}.2`,
    src[1],
    'coreMission',
    tb(
      'สอดคล้องกับภารกิจหลักหรือนโยบายสำคัญของหน่วยงานหรือไม่',
      'Does it serve the agency’s core mission or a key policy?',
    ),
    tb('สอดคล้องกับภารกิจหลักหรือนโยบายสำคัญ', 'It serves the core mission or a key policy.'),
    tb('ต้องสอดคล้องกับภารกิจหลักหรือนโยบายสำคัญของหน่วยงาน', 'It must serve the core mission or a key policy.'),
  ],
  [
    `${prefix}.3`,
    src[2],
    'collaboration',
    tb(
      'การมีส่วนร่วมถึงระดับความร่วมมือ (Collaboration) หรือไม่',
      'Does participation reach the Collaboration level?',
    ),
    tb('การมีส่วนร่วมถึงระดับความร่วมมือ (Collaboration)', 'Participation reaches the Collaboration level.'),
    tb('การมีส่วนร่วมต้องถึงระดับความร่วมมือ (Collaboration)', 'Participation must reach the Collaboration level.'),
  ],
  [
    `${prefix}.4`,
    src[3],
    'missionImpact',
    tb(
      'สร้างผลกระทบต่อการดำเนินงานตามพันธกิจขององค์กร/กรมหรือไม่',
      'Does it affect the mission of the organisation?',
    ),
    tb('สร้างผลกระทบต่อการดำเนินงานตามพันธกิจขององค์กร/กรม', 'It affects the organisation’s mission.'),
    tb('ต้องสร้างผลกระทบต่อการดำเนินงานตามพันธกิจขององค์กร/กรม', 'It must affect the organisation’s mission.'),
  ],
];

const OG_CHECKS: readonly Check[] = [
  [
    'AW.PG.OG.1',
    '004:1540',
    'wholeOrganisation',
    tb(
      'เป็นภาพรวมหรือภารกิจสำคัญขององค์กรที่เกี่ยวข้องกับประชาชนและทำทั้งองค์กรหรือไม่',
      'Is it the whole organisation (or a key mission touching citizens), done organisation-wide?',
    ),
    tb(
      'เป็นภาพรวมหรือภารกิจสำคัญขององค์กร ทำทั้งองค์กร',
      'The whole organisation, or a key mission, done organisation-wide.',
    ),
    tb(
      'ต้องเป็นภาพรวมขององค์กรหรือภารกิจสำคัญที่เกี่ยวข้องกับประชาชนและทำทั้งองค์กร',
      'It must be organisation-wide (or a key mission touching citizens).',
    ),
  ],
  [
    'AW.PG.OG.3',
    '004:1549',
    'informConsult',
    tb(
      'มีส่วนร่วมระดับการให้ข้อมูล (Inform) และการปรึกษาหารือ (Consult) หรือไม่',
      'Does participation include Inform and Consult?',
    ),
    tb('มีส่วนร่วมระดับ Inform และ Consult', 'Participation includes Inform and Consult.'),
    tb('การมีส่วนร่วมต้องเกิดจาก Inform และ Consult', 'Participation must come from Inform and Consult.'),
  ],
  [
    'AW.PG.OG.4',
    '004:1553',
    'ogmp',
    tb('สอดคล้องกับหลักองค์ประกอบ OG&MP หรือไม่', 'Does it follow the OG&MP ecosystem elements?'),
    tb('สอดคล้องกับหลักองค์ประกอบ OG&MP', 'It follows the OG&MP elements.'),
    tb(
      'ต้องสอดคล้องกับหลักองค์ประกอบระบบนิเวศภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย (OG&MP)',
      'It must follow the OG&MP elements.',
    ),
  ],
];

function yearsGate(
  rule: string,
  source: string,
  value: DecimalInput | undefined,
  min: number,
  what: Bilingual,
): AwardGate {
  const v = dOpt(value);
  if (v === undefined) return missing(rule, source, what);
  return gate(
    rule,
    source,
    v.gte(min),
    {
      th: `${what.th} ${fmt(v)} ปี (ไม่น้อยกว่า ${min} ปี)`,
      en: `${what.en}: ${fmt(v)} years (at least ${min}).`,
    },
    {
      th: `${what.th} ${fmt(v)} ปี ต้องไม่น้อยกว่า ${min} ปี`,
      en: `${what.en}: ${fmt(v)} years; at least ${min} are required.`,
    },
  );
}

function typeGates(c: AwardsConstants, data: z.infer<typeof participatorySchema>): AwardGate[] {
  const p = c.participatory;
  switch (data.type) {
    case 'open-governance': {
      const g = data.openGovernance ?? {};
      const n = dOpt(g.worksFromDepartment);
      const works =
        n === undefined
          ? missing(
              'AW.PG.OG.2',
              '004:1544',
              tb('จำนวนผลงานของกรมที่ส่งประเภทนี้ในปีนี้', 'the works the department submits to this type this year'),
            )
          : gate(
              'AW.PG.OG.2',
              '004:1544',
              n.lte(p.openGovernanceMaxWorks) && n.gte(1),
              tb(
                `กรมส่ง ${fmt(n)} ผลงาน (1 กรมต่อ 1 ผลงาน)`,
                `The department submits ${fmt(n)} work (one per department).`,
              ),
              tb(
                `กรมส่ง ${fmt(n)} ผลงาน ประเภทนี้ส่งได้ 1 กรมต่อ 1 ผลงาน/ภารกิจ`,
                `The department submits ${fmt(n)} works; this type takes one work per department.`,
              ),
            );
      const [first, ...rest] = checks(OG_CHECKS, g);
      return [first as AwardGate, works, ...rest];
    }
    case 'effective-change':
      return checks(
        [
          ...COMMON('AW.PG.EC', ['004:1591', '004:1592', '004:1593', '004:1595']),
          [
            'AW.PG.EC.5',
            '004:1596',
            'priorModelExpansion',
            tb(
              'เป็นการนำโมเดลที่เคยได้รับรางวัลไปดำเนินการในพื้นที่อื่นหรือไม่',
              'Is it an awarded model taken to other areas?',
            ),
            tb('ไม่ใช่การนำโมเดลที่เคยได้รับรางวัลไปขยายผลในพื้นที่อื่น', 'Not an awarded model taken to other areas.'),
            tb(
              'การนำโมเดลที่เคยได้รับรางวัลไปดำเนินการในพื้นที่อื่น ให้สมัครประเภทเลื่องลือขยายผล',
              'An awarded model taken to other areas must apply as Participation Expanded.',
            ),
            false,
          ],
        ],
        data.effectiveChange,
      );
    case 'network':
      return checks(COMMON('AW.PG.NW', ['004:1708', '004:1709', '004:1710', '004:1711']), data.network);
    case 'engaged-citizen': {
      const g = data.engagedCitizen ?? {};
      const out: AwardGate[] = [];
      if (g.route === undefined)
        out.push(
          missing(
            'AW.PG.EN.1',
            '004:1627-1636',
            tb(
              'ผู้เสนอชื่อเป็นหน่วยงานที่สมัคร Effective Change ปีนี้ หรือหน่วยงานเสนอชื่อ Active Citizen',
              'who nominates: the agency applying for Effective Change this year, or an agency nominating an Active Citizen',
            ),
          ),
        );
      else if (g.route === 'effective-change')
        out.push(
          yesNo(
            'AW.PG.EN.1',
            '004:1627-1629',
            g.nominatorAppliesEffectiveChange,
            tb(
              'หน่วยงานผู้เสนอชื่อสมัครประเภท Effective Change ในปีนี้หรือไม่',
              'Does the nominating agency apply for Effective Change this year?',
            ),
            tb(
              'หน่วยงานผู้เสนอชื่อสมัคร Effective Change ในปีนี้ (จะพิจารณาเมื่อผลงานนั้นได้รับรางวัลระดับดีเด่น 004:1629)',
              'The nominating agency applies for Effective Change this year (considered only if that work wins at outstanding level, 004:1629).',
            ),
            tb(
              'กรณีนี้หน่วยงานผู้เสนอชื่อต้องสมัครประเภท Effective Change ในปีนี้',
              'In this route the nominating agency must apply for Effective Change this year.',
            ),
          ),
        );
      else {
        out.push(
          yearsGate(
            'AW.PG.EN.1',
            '004:1634-1636',
            g.activeYears,
            p.engagedCitizenMinYears,
            tb('ระยะเวลาที่ดำเนินการในลักษณะ Active Citizen', 'Years active as an Active Citizen'),
          ),
          yesNo(
            'AW.PG.EN.2',
            '004:1636',
            g.certificationLetter,
            tb(
              'มีหนังสือรับรองผลงานจากหน่วยงานต้นสังกัดหรือไม่',
              'Is there a letter certifying the work from the agency?',
            ),
            tb('มีหนังสือรับรองผลงานจากหน่วยงานต้นสังกัด', 'A letter certifies the work.'),
            tb('ต้องมีหนังสือรับรองผลงานจากหน่วยงานต้นสังกัด', 'A letter certifying the work is required.'),
          ),
        );
      }
      const n = dOpt(g.nominees);
      out.push(
        n === undefined
          ? missing(
              'AW.PG.EN.3',
              '004:1638',
              tb('จำนวนบุคคล/กลุ่มบุคคลที่เสนอชื่อ', 'the number of persons or groups nominated'),
            )
          : gate(
              'AW.PG.EN.3',
              '004:1638',
              n.eq(p.engagedCitizenMaxNominees),
              tb(`เสนอชื่อ ${fmt(n)} คน/กลุ่มบุคคล`, `${fmt(n)} person or group nominated.`),
              tb(
                `เสนอชื่อ ${fmt(n)} คน/กลุ่ม ส่งสมัครได้เพียง ${p.engagedCitizenMaxNominees} คน/กลุ่มบุคคลเท่านั้น`,
                `${fmt(n)} nominated; only ${p.engagedCitizenMaxNominees} person or group may be.`,
              ),
            ),
        ...checks(
          [
            [
              'AW.PG.EN.4',
              '004:1638',
              'stateOfficial',
              tb(
                'ผู้ได้รับการเสนอชื่อเป็นเจ้าหน้าที่ของรัฐหรือได้รับผลตอบแทนจากรัฐหรือไม่',
                'Is the nominee a state official or paid by the state?',
              ),
              tb('ไม่ใช่เจ้าหน้าที่ของรัฐและไม่ได้รับผลตอบแทนจากรัฐ', 'Not a state official, not paid by the state.'),
              tb(
                'ผู้ได้รับการเสนอชื่อต้องไม่ใช่เจ้าหน้าที่ของรัฐหรือได้รับผลตอบแทนจากรัฐ',
                'The nominee must not be a state official or paid by the state.',
              ),
              false,
            ],
            [
              'AW.PG.EN.5',
              '004:1638',
              'politicalGroup',
              tb(
                'เกี่ยวข้องกับกลุ่มผลประโยชน์ทางการเมืองหรือไม่',
                'Is the nominee tied to a political interest group?',
              ),
              tb('ไม่อิงกลุ่มผลประโยชน์ทางการเมือง', 'Not tied to a political interest group.'),
              tb(
                'ต้องไม่อิงกลุ่มผลประโยชน์ทางการเมือง',
                'The nominee must not be tied to a political interest group.',
              ),
              false,
            ],
            [
              'AW.PG.EN.6',
              '004:1638',
              'csr',
              tb('ผลงานเป็นการจัดกิจกรรมบริจาคหรือ CSR หรือไม่', 'Is the work a donation or CSR activity?'),
              tb('ไม่ใช่การจัดกิจกรรมบริจาค/CSR', 'Not a donation or CSR activity.'),
              tb('ต้องไม่ใช่การจัดกิจกรรมบริจาค/CSR', 'It must not be a donation or CSR activity.'),
              false,
            ],
          ],
          g,
        ),
      );
      return out;
    }
    case 'participation-expanded': {
      const g = data.participationExpanded ?? {};
      const out: AwardGate[] = [];
      const route = g.route;
      const src = route === 'open-governance' ? '004:1684' : route === 'same-area' ? '004:1680' : '004:1675';
      const model = route === 'open-governance' ? 'Open Governance' : 'Effective Change';
      out.push(
        g.priorAwardLevel === undefined
          ? missing(
              'AW.PG.PX.1',
              src,
              tb(`ต้นแบบเคยได้รับรางวัล ${model} ระดับใด`, `which level the ${model} model won`),
            )
          : gate(
              'AW.PG.PX.1',
              src,
              g.priorAwardLevel !== 'none',
              tb(
                `ต้นแบบได้รับรางวัล ${model} ${g.priorAwardLevel === 'outstanding' ? 'ระดับดีเด่น' : 'ระดับดี'}`,
                `The model won ${model} at ${g.priorAwardLevel === 'outstanding' ? 'outstanding' : 'good'} level.`,
              ),
              tb(
                `ต้องนำต้นแบบที่ได้รับรางวัล ${model} ระดับดีเด่นหรือระดับดีมาขยายผล`,
                `The model must have won ${model} at good or outstanding level.`,
              ),
            ),
      );
      if (route === undefined)
        out.push(
          missing(
            'AW.PG.PX.2',
            '004:1675-1684',
            tb(
              'รูปแบบการขยายผล: พื้นที่อื่น ต่อยอดพื้นที่เดิม หรือต่อยอด Open Governance',
              'the route: other areas, the same area, or an Open Governance model',
            ),
          ),
        );
      else if (route === 'other-areas') {
        const n = dOpt(g.otherAreas);
        out.push(
          n === undefined
            ? missing('AW.PG.PX.2', '004:1675', tb('จำนวนพื้นที่อื่นที่ขยายผล', 'the number of other areas reached'))
            : gate(
                'AW.PG.PX.2',
                '004:1675',
                n.gte(p.expandedMinAreas),
                tb(
                  `ขยายผลใน ${fmt(n)} พื้นที่อื่น (ไม่น้อยกว่า ${p.expandedMinAreas} พื้นที่)`,
                  `Taken to ${fmt(n)} other areas (at least ${p.expandedMinAreas}).`,
                ),
                tb(
                  `ขยายผลใน ${fmt(n)} พื้นที่อื่น ต้องไม่น้อยกว่า ${p.expandedMinAreas} พื้นที่`,
                  `Taken to ${fmt(n)} other areas; at least ${p.expandedMinAreas} are required.`,
                ),
              ),
        );
        const won = dOpt(g.priorAwardYear);
        const start = dOpt(g.expansionStartYear);
        if (won === undefined || start === undefined)
          out.push(
            missing(
              'AW.PG.PX.3',
              '004:1675',
              tb(
                'ปีที่ต้นแบบได้รับรางวัลและปีที่เริ่มขยายผล',
                'the year the model won and the year the expansion started',
              ),
            ),
          );
        else {
          const a = beYear(won);
          const b = beYear(start);
          const gap = b - a;
          out.push(
            gate(
              'AW.PG.PX.3',
              '004:1675',
              gap >= 0 && gap <= p.expandedStartMaxYears,
              tb(
                `ได้รับรางวัลปี ${a} เริ่มขยายผลปี ${b}: ${gap} ปีหลังได้รับรางวัล (ไม่เกิน ${p.expandedStartMaxYears} ปี)`,
                `Won in B.E. ${a}, expansion started B.E. ${b}: ${gap} years after the award (at most ${p.expandedStartMaxYears}).`,
              ),
              gap < 0
                ? tb(
                    `ปีที่เริ่มขยายผล ${b} อยู่ก่อนปีที่ได้รับรางวัล ${a}`,
                    `The expansion (B.E. ${b}) started before the award (B.E. ${a}).`,
                  )
                : tb(
                    `ได้รับรางวัลปี ${a} เริ่มขยายผลปี ${b}: ${gap} ปี ต้องเริ่มขยายผลไม่เกิน ${p.expandedStartMaxYears} ปีหลังได้รับรางวัล`,
                    `Won in B.E. ${a}, expansion started B.E. ${b}: ${gap} years; it must start at most ${p.expandedStartMaxYears} years after the award.`,
                  ),
            ),
          );
        }
      } else
        out.push(
          yearsGate(
            'AW.PG.PX.2',
            src,
            g.continuedYears,
            p.expandedContinuedMinYears,
            route === 'same-area'
              ? tb('ระยะเวลาที่ต่อยอดในพื้นที่เดิม', 'Years continued in the same area')
              : tb('ระยะเวลาที่ต่อยอดผลงาน Open Governance', 'Years the Open Governance model was continued'),
          ),
        );
      out.push(
        yesNo(
          'AW.PG.PX.4',
          '004:1671',
          g.coreMission,
          tb('เป็นภารกิจหลักขององค์กรหรือนโยบายสำคัญหรือไม่', 'Is it a core mission or key policy?'),
          tb('เป็นภารกิจหลักขององค์กรหรือนโยบายสำคัญ', 'A core mission or key policy.'),
          tb('ต้องเป็นภารกิจหลักขององค์กรหรือนโยบายสำคัญ', 'It must be a core mission or key policy.'),
        ),
      );
      return out;
    }
  }
}

/** Rules AW.PG: readiness for one Participatory Governance Award type. Never throws. */
export function participatoryReadiness(input: ParticipatoryInput): Result<AwardReadinessResult> {
  const parsed = check(participatorySchema, input);
  if (!parsed.ok) return fail(relabel(parsed.errors));
  const packed = checkPack(awards2566, input);
  if (!packed.ok) return fail(relabel([error(packed.path, 'INVALID_TYPE')]));
  const pack = packed.pack;
  const c = pack.constants;
  const p = c.participatory;
  const data = parsed.data;
  const spec = p.types[data.type];
  const asOf = dateOpt(data.asOf) ?? (dateOpt(c.asOf) as CalendarDate);
  const steps: ExplanationStep[] = [...packStep(pack.id, spec.source)];
  if (data.asOf === undefined || String(data.asOf).trim() === '') {
    const a = dateText(asOf);
    steps.push(
      step(
        'AW.ASOF',
        'docs/award-defaults.md#as-of',
        `ตรวจความพร้อม ณ วันที่ ${a.th} (ค่าเริ่มต้นของ Khanaen เพราะเอกสารไม่ระบุวันปิดรับสมัคร)`,
        `Readiness is checked as of ${a.en} (Khanaen default, as the source gives no closing date).`,
        { asOf: isoOf(asOf) },
      ),
    );
  }
  const reasons: AwardGate[] = [];
  const started = dateOpt(data.startedOn);
  if (!started)
    reasons.push(missing('AW.PG.1', '004:1600', tb('วันที่เริ่มดำเนินการ', 'the date the work started')));
  else {
    const due = addYears(started, p.minYears);
    const s = dateText(started);
    const dd = dateText(due);
    const a = dateText(asOf);
    reasons.push(
      gate(
        'AW.PG.1',
        '004:1600',
        dayNumber(due) <= dayNumber(asOf),
        tb(
          `ดำเนินการตั้งแต่ ${s.th} ครบ ${p.minYears} ปีเมื่อ ${dd.th} (ไม่เกินวันที่ตรวจ ${a.th})`,
          `Running since ${s.en}: ${p.minYears} year reached on ${dd.en} (by the check date ${a.en}).`,
        ),
        tb(
          `ดำเนินการตั้งแต่ ${s.th} จะครบ ${p.minYears} ปีเมื่อ ${dd.th} หลังวันที่ตรวจ ${a.th} (ทุกประเภทต้องดำเนินการมาแล้วไม่น้อยกว่า ${p.minYears} ปี)`,
          `Running since ${s.en}: ${p.minYears} year is reached only on ${dd.en}, after the check date ${a.en} (every type needs at least ${p.minYears} year).`,
        ),
      ),
    );
  }
  reasons.push(...typeGates(c, data));
  const r = rubric(spec.dimensions, data.scores, p.dimensionMinPct);
  if (r.errors.length) return fail(r.errors);
  const unscored = r.dimensions.filter((x) => x.score === null);
  const low = r.dimensions.filter((x) => x.met === false);
  const labels = (xs: typeof r.dimensions, lang: 'th' | 'en') => xs.map((x) => x.label[lang]).join(', ');
  reasons.push(
    unscored.length
      ? missing(
          'AW.PG.2',
          '004:1761',
          tb(`คะแนนประเมินตนเองมิติ ${labels(unscored, 'th')}`, `the self-score of ${labels(unscored, 'en')}`),
        )
      : gate(
          'AW.PG.2',
          '004:1761',
          low.length === 0,
          tb(
            `ทุกมิติได้คะแนนไม่น้อยกว่าร้อยละ ${p.dimensionMinPct} ของคะแนนเต็มมิติ`,
            `Every dimension scores at least ${p.dimensionMinPct}% of its maximum.`,
          ),
          tb(
            `มิติ ${low.map((x) => `${x.label.th} (ร้อยละ ${fmt(x.pct as number)}, ต้องได้อย่างน้อย ${fmt(dec(x.max).times(p.dimensionMinPct).div(100))} จาก ${fmt(x.max)})`).join(', ')} ต่ำกว่าร้อยละ ${p.dimensionMinPct}: ทุกมิติต้องไม่น้อยกว่าร้อยละ ${p.dimensionMinPct}`,
            `${low.map((x) => `${x.label.en} (${fmt(x.pct as number)}%, needs at least ${fmt(dec(x.max).times(p.dimensionMinPct).div(100))} of ${fmt(x.max)})`).join(', ')} below ${p.dimensionMinPct}%: every dimension must reach ${p.dimensionMinPct}%.`,
          ),
        ),
  );
  steps.push(
    step(
      'AW.PG',
      spec.source,
      `รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภท${spec.label.th}`,
      `Participatory Governance Award, ${spec.label.en}.`,
      { type: data.type },
    ),
    ...gateSteps(reasons),
    ...rubricSteps('AW.PG.2', r.dimensions, r.total, r.max),
  );
  const unmet = reasons.filter((g) => !g.met);
  return {
    ok: true,
    pack: pack.id,
    branch: 'participatory',
    type: data.type,
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
