/**
 * The questions the award readiness calculator asks, per branch and type: what to answer for each gate of
 * core's rules AW.PS, AW.PG and AW.PM (`@khanaen/core`, pack `awards@2566`). Data only: no DOM, no Lit, no
 * rule. Each question names the input path core reads, the rule it feeds and the seed line.
 */
import type {
  AwardBranch,
  Bilingual,
  ParticipatoryType,
  PmqaAwardType,
  PublicServiceType,
} from '@khanaen/core';

export type QuestionKind = 'yesno' | 'date' | 'number' | 'choice' | 'multi';

/** Answers as typed, keyed by input path (`expansion.rollout.units`): text, yes/no, or a list (multi). */
export type Answers = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

export interface QuestionOption {
  readonly value: string;
  readonly label: Bilingual;
}

export interface Question {
  /** The input path core reads (dots for nesting, numbers for list items). */
  readonly path: string;
  readonly kind: QuestionKind;
  readonly label: Bilingual;
  /** The rule the answer decides, e.g. `AW.PS.4`. */
  readonly rule: string;
  /** Seed line, `004:…`. */
  readonly source: string;
  readonly hint?: Bilingual;
  readonly unit?: Bilingual;
  readonly options?: readonly QuestionOption[];
  /** Shown only when this holds for the current answers. */
  readonly when?: (a: Answers) => boolean;
  /** Can be filled from a linked element (`for`): the Category 7 set score or the checklist estimate. */
  readonly linked?: 'category7' | 'overall';
}

const b = (th: string, en: string): Bilingual => ({ th, en });
const yn = (
  path: string,
  rule: string,
  source: string,
  th: string,
  en: string,
  when?: Question['when'],
): Question => ({
  path,
  kind: 'yesno',
  label: b(th, en),
  rule,
  source,
  ...(when ? { when } : {}),
});
const num = (
  path: string,
  rule: string,
  source: string,
  label: Bilingual,
  extra: Partial<Omit<Question, 'path' | 'rule' | 'source' | 'label' | 'kind'>> = {},
): Question => ({ path, kind: 'number', label, rule, source, ...extra });
const date = (
  path: string,
  rule: string,
  source: string,
  label: Bilingual,
  when?: Question['when'],
): Question => ({
  path,
  kind: 'date',
  label,
  rule,
  source,
  hint: b('ปปปป-ดด-วว เช่น 2565-10-01 (พ.ศ. หรือ ค.ศ.)', 'YYYY-MM-DD, e.g. 2022-10-01 (B.E. or C.E.)'),
  ...(when ? { when } : {}),
});
const choice = (
  path: string,
  rule: string,
  source: string,
  label: Bilingual,
  options: readonly QuestionOption[],
  when?: Question['when'],
): Question => ({ path, kind: 'choice', label, rule, source, options, ...(when ? { when } : {}) });

const LEVELS: readonly QuestionOption[] = [
  { value: 'outstanding', label: b('ระดับดีเด่น', 'Outstanding') },
  { value: 'good', label: b('ระดับดี', 'Good') },
  { value: 'none', label: b('ไม่เคยได้รับ', 'Never won') },
];
const YEAR = b('พ.ศ. หรือ ค.ศ.', 'B.E. or C.E.');
const is = (path: string, value: string | boolean) => (a: Answers) => a[path] === value;

export const BRANCH_LABELS: Readonly<Record<AwardBranch, Bilingual>> = {
  'public-service': b('รางวัลบริการภาครัฐ', 'Public Service Award'),
  participatory: b('รางวัลการบริหารราชการแบบมีส่วนร่วม', 'Participatory Governance Award'),
  pmqa: b('รางวัลคุณภาพการบริหารจัดการภาครัฐ (PMQA)', 'Public Sector Management Quality Award (PMQA)'),
};

export const TYPES: Readonly<Record<AwardBranch, readonly string[]>> = {
  'public-service': [
    'innovation',
    'development',
    'expansion',
    'data-integration',
    'right-on-target',
    'facilitation',
  ] satisfies readonly PublicServiceType[],
  participatory: [
    'open-governance',
    'effective-change',
    'engaged-citizen',
    'participation-expanded',
    'network',
  ] satisfies readonly ParticipatoryType[],
  pmqa: ['pmqa40', 'outstanding', 'by-category'] satisfies readonly PmqaAwardType[],
};

export const PMQA_TYPE_LABELS: Readonly<Record<PmqaAwardType, Bilingual>> = {
  pmqa40: b('รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0', 'PMQA 4.0 award'),
  outstanding: b('ระดับดีเด่น', 'Outstanding'),
  'by-category': b('รายหมวด', 'By category'),
};

const PS_GENERAL: readonly Question[] = [
  yn('stateAgency', 'AW.PS.1', '004:1377', 'ผู้สมัครเป็นหน่วยงานของรัฐ', 'The applicant is a state agency'),
  yn(
    'oneTypeOnly',
    'AW.PS.2',
    '004:1380',
    'ผลงานนี้ส่งสมัครเพียงประเภทเดียว',
    'This work is submitted to this type only',
  ),
  yn(
    'previouslyWon',
    'AW.PS.3',
    '004:1382',
    'ผลงานนี้เคยได้รับรางวัลบริการภาครัฐมาก่อน',
    'This work has won a Public Service Award before',
  ),
  date('inUseSince', 'AW.PS.4', '004:1384', b('วันที่เริ่มนำผลงานไปใช้จริง', 'Date the work went into real use')),
  yn('verifiableResults', 'AW.PS.5', '004:1384', 'มีผลสำเร็จที่ตรวจสอบได้', 'The results can be verified'),
];

const PS_TYPES: Readonly<Record<PublicServiceType, readonly Question[]>> = {
  innovation: [],
  development: [
    yn(
      'differentFromPriorWin',
      'AW.PS.DV.1',
      '004:1072',
      'แตกต่างจากรูปแบบที่หน่วยงานเคยได้รับรางวัล',
      'Differs from the form the agency already won with',
    ),
  ],
  expansion: [
    choice(
      'expansion.prototypeAwardLevel',
      'AW.PS.EX.1',
      '004:1084',
      b('ผลงานต้นแบบเคยได้รับรางวัลระดับ', 'Level the prototype won'),
      LEVELS,
    ),
    num(
      'expansion.prototypeAwardYear',
      'AW.PS.EX.2',
      '004:1084',
      b('ปีที่ผลงานต้นแบบได้รับรางวัล', 'Year the prototype won'),
      { hint: YEAR },
    ),
    num(
      'expansion.rollout.units',
      'AW.PS.EX.3',
      '004:1088',
      b('หน่วยบริการสาขา/พื้นที่ทั้งหมด', 'Branch units in all'),
      { unit: b('หน่วย', 'units') },
    ),
    num(
      'expansion.rollout.reached',
      'AW.PS.EX.3',
      '004:1088',
      b('หน่วยบริการที่ขยายผลแล้ว', 'Branch units reached'),
      { unit: b('หน่วย', 'units') },
    ),
    yn(
      'expansion.qualitativeExtension',
      'AW.PS.EX.3',
      '004:1089',
      'ต่อยอดขยายผลเชิงคุณภาพ',
      'A qualitative extension',
    ),
    yn(
      'expansion.monitoring',
      'AW.PS.EX.4',
      '004:1093',
      'มีการติดตามและประเมินผลคุณภาพและมาตรฐาน',
      'Quality and standards are monitored and evaluated',
    ),
  ],
  'data-integration': [
    choice(
      'dataIntegration.route',
      'AW.PS.DI.1',
      '004:1105-1106',
      b('รูปแบบการบูรณาการ', 'Kind of integration'),
      [
        {
          value: 'exchange',
          label: b('เชื่อมโยง/แลกเปลี่ยนข้อมูลผ่านระบบดิจิทัล (≥ 3 หน่วยงาน)', 'Digital data exchange (≥ 3 agencies)'),
        },
        {
          value: 'on-behalf',
          label: b('ให้บริการแทนกัน (≥ 2 หน่วยงาน)', 'Serving on each other’s behalf (≥ 2 agencies)'),
        },
      ],
    ),
    num(
      'dataIntegration.agencies',
      'AW.PS.DI.1',
      '004:1105-1106',
      b('จำนวนหน่วยงานที่ร่วมดำเนินการ', 'Agencies taking part'),
      { unit: b('หน่วยงาน', 'agencies') },
    ),
    yn(
      'dataIntegration.digitalExchange',
      'AW.PS.DI.2',
      '004:1105',
      'แลกเปลี่ยนข้อมูลผ่านระบบดิจิทัล',
      'Data is exchanged digitally',
      is('dataIntegration.route', 'exchange'),
    ),
    yn(
      'dataIntegration.digitalSatisfaction',
      'AW.PS.DI.3',
      '004:1105',
      'รวบรวมและวิเคราะห์ความพึงพอใจผ่านระบบดิจิทัล',
      'Satisfaction is collected and analysed digitally',
      is('dataIntegration.route', 'exchange'),
    ),
    yn(
      'dataIntegration.formalOrder',
      'AW.PS.DI.2',
      '004:1106',
      'มีคำสั่งมอบหมายที่เป็นทางการ',
      'A formal order assigns the work',
      is('dataIntegration.route', 'on-behalf'),
    ),
    yn(
      'dataIntegration.guidelines',
      'AW.PS.DI.3',
      '004:1106',
      'มีแนวปฏิบัติในการให้บริการแทนกัน',
      'Guidelines exist',
      is('dataIntegration.route', 'on-behalf'),
    ),
    yn(
      'dataIntegration.wideImpact',
      'AW.PS.DI.4',
      '004:1107',
      'มุ่งผลลัพธ์ในวงกว้างระดับประเทศหรือนานาชาติ',
      'Aims at national or international results',
    ),
  ],
  'right-on-target': [
    yn(
      'rightOnTarget.endToEnd',
      'AW.PS.RT.1',
      '004:1117',
      'แก้ปัญหาทั้งกระบวนการ (End to End) ร่วมกับพันธมิตร',
      'The whole process is solved end to end with partners',
    ),
    yn('rightOnTarget.online', 'AW.PS.RT.2', '004:1118', 'เป็นระบบบริการออนไลน์', 'It is an online service'),
    num('rightOnTarget.recipients.total', 'AW.PS.RT.2', '004:1118', b('ผู้รับบริการทั้งหมด', 'Recipients in all'), {
      when: is('rightOnTarget.online', true),
      unit: b('คน', 'people'),
    }),
    num(
      'rightOnTarget.recipients.online',
      'AW.PS.RT.2',
      '004:1118',
      b('ผู้รับบริการผ่านระบบออนไลน์', 'Recipients online'),
      { when: is('rightOnTarget.online', true), unit: b('คน', 'people') },
    ),
    num(
      'rightOnTarget.transactions.total',
      'AW.PS.RT.2',
      '004:1118',
      b('ธุรกรรมทั้งหมด', 'Transactions in all'),
      { when: is('rightOnTarget.online', true), unit: b('รายการ', 'transactions') },
    ),
    num(
      'rightOnTarget.transactions.online',
      'AW.PS.RT.2',
      '004:1118',
      b('ธุรกรรมผ่านระบบออนไลน์', 'Transactions online'),
      { when: is('rightOnTarget.online', true), unit: b('รายการ', 'transactions') },
    ),
    yn(
      'rightOnTarget.improvementPlan',
      'AW.PS.RT.3',
      '004:1119',
      'มีแผนการปรับปรุงและแนวทางการขยายผล',
      'An improvement plan and a plan to expand exist',
    ),
  ],
  facilitation: [
    yn(
      'facilitation.agencyWide',
      'AW.PS.FA.1',
      '004:1139',
      'เป็นผลภาพรวมขององค์กรตาม พ.ร.บ. อำนวยความสะดวกฯ และมีคู่มือสำหรับประชาชน',
      'Whole-organisation results under the Facilitation Act, with a citizen’s manual',
    ),
    date(
      'facilitation.resultsFrom',
      'AW.PS.FA.2',
      '004:1143-1144',
      b('ผลการดำเนินการตั้งแต่วันที่', 'Results from'),
    ),
    date('facilitation.resultsTo', 'AW.PS.FA.2', '004:1143-1144', b('ผลการดำเนินการถึงวันที่', 'Results to')),
  ],
};

const PG_TYPES: Readonly<Record<ParticipatoryType, readonly Question[]>> = {
  'open-governance': [
    yn(
      'openGovernance.wholeOrganisation',
      'AW.PG.OG.1',
      '004:1540',
      'เป็นภาพรวม/ภารกิจสำคัญขององค์กร ทำทั้งองค์กร',
      'Organisation-wide (or a key mission), done by the whole organisation',
    ),
    num(
      'openGovernance.worksFromDepartment',
      'AW.PG.OG.2',
      '004:1544',
      b('จำนวนผลงานของกรมที่ส่งประเภทนี้', 'Works the department submits to this type'),
      { unit: b('ผลงาน', 'works') },
    ),
    yn(
      'openGovernance.informConsult',
      'AW.PG.OG.3',
      '004:1549',
      'มีส่วนร่วมระดับ Inform และ Consult',
      'Participation includes Inform and Consult',
    ),
    yn(
      'openGovernance.ogmp',
      'AW.PG.OG.4',
      '004:1553',
      'สอดคล้องกับหลักองค์ประกอบ OG&MP',
      'Follows the OG&MP elements',
    ),
  ],
  'effective-change': [
    yn(
      'effectiveChange.policyOrProject',
      'AW.PG.EC.1',
      '004:1591',
      'ดำเนินการตามนโยบายหรือโครงการ',
      'Carried out under a policy or project',
    ),
    yn(
      'effectiveChange.coreMission',
      'AW.PG.EC.2',
      '004:1592',
      'สอดคล้องกับภารกิจหลักหรือนโยบายสำคัญ',
      'Serves the core mission or a key policy',
    ),
    yn(
      'effectiveChange.collaboration',
      'AW.PG.EC.3',
      '004:1593',
      'การมีส่วนร่วมถึงระดับความร่วมมือ (Collaboration)',
      'Participation reaches Collaboration',
    ),
    yn(
      'effectiveChange.missionImpact',
      'AW.PG.EC.4',
      '004:1595',
      'สร้างผลกระทบต่อพันธกิจขององค์กร/กรม',
      'Affects the organisation’s mission',
    ),
    yn(
      'effectiveChange.priorModelExpansion',
      'AW.PG.EC.5',
      '004:1596',
      'เป็นการนำโมเดลที่เคยได้รับรางวัลไปทำในพื้นที่อื่น',
      'An awarded model taken to other areas',
    ),
  ],
  'engaged-citizen': [
    choice('engagedCitizen.route', 'AW.PG.EN.1', '004:1627-1636', b('ผู้เสนอชื่อ', 'Who nominates'), [
      {
        value: 'effective-change',
        label: b('หน่วยงานที่สมัคร Effective Change ปีนี้', 'The agency applying for Effective Change this year'),
      },
      {
        value: 'active-citizen',
        label: b('หน่วยงานเสนอชื่อ Active Citizen', 'An agency nominating an Active Citizen'),
      },
    ]),
    yn(
      'engagedCitizen.nominatorAppliesEffectiveChange',
      'AW.PG.EN.1',
      '004:1627',
      'หน่วยงานผู้เสนอชื่อสมัคร Effective Change ในปีนี้',
      'The nominating agency applies for Effective Change this year',
      is('engagedCitizen.route', 'effective-change'),
    ),
    num('engagedCitizen.activeYears', 'AW.PG.EN.1', '004:1636', b('ระยะเวลาที่ดำเนินการ', 'Years active'), {
      unit: b('ปี', 'years'),
      when: is('engagedCitizen.route', 'active-citizen'),
    }),
    yn(
      'engagedCitizen.certificationLetter',
      'AW.PG.EN.2',
      '004:1636',
      'มีหนังสือรับรองผลงานจากหน่วยงานต้นสังกัด',
      'A letter certifies the work',
      is('engagedCitizen.route', 'active-citizen'),
    ),
    num(
      'engagedCitizen.nominees',
      'AW.PG.EN.3',
      '004:1638',
      b('จำนวนบุคคล/กลุ่มบุคคลที่เสนอชื่อ', 'Persons or groups nominated'),
    ),
    yn(
      'engagedCitizen.stateOfficial',
      'AW.PG.EN.4',
      '004:1638',
      'ผู้ได้รับการเสนอชื่อเป็นเจ้าหน้าที่ของรัฐหรือได้รับผลตอบแทนจากรัฐ',
      'The nominee is a state official or paid by the state',
    ),
    yn(
      'engagedCitizen.politicalGroup',
      'AW.PG.EN.5',
      '004:1638',
      'อิงกลุ่มผลประโยชน์ทางการเมือง',
      'Tied to a political interest group',
    ),
    yn('engagedCitizen.csr', 'AW.PG.EN.6', '004:1638', 'เป็นกิจกรรมบริจาค/CSR', 'A donation or CSR activity'),
  ],
  'participation-expanded': [
    choice('participationExpanded.route', 'AW.PG.PX.2', '004:1675-1684', b('รูปแบบการขยายผล', 'Route'), [
      {
        value: 'other-areas',
        label: b('ขยายผล Effective Change ในพื้นที่อื่น', 'Effective Change model in other areas'),
      },
      { value: 'same-area', label: b('ต่อยอดในพื้นที่เดิม', 'Continued in the same area') },
      { value: 'open-governance', label: b('ต่อยอดผลงาน Open Governance', 'Open Governance model continued') },
    ]),
    choice(
      'participationExpanded.priorAwardLevel',
      'AW.PG.PX.1',
      '004:1675-1684',
      b('ต้นแบบได้รับรางวัลระดับ', 'Level the model won'),
      LEVELS,
    ),
    num(
      'participationExpanded.otherAreas',
      'AW.PG.PX.2',
      '004:1675',
      b('จำนวนพื้นที่อื่นที่ขยายผล', 'Other areas reached'),
      { unit: b('พื้นที่', 'areas'), when: is('participationExpanded.route', 'other-areas') },
    ),
    num(
      'participationExpanded.priorAwardYear',
      'AW.PG.PX.3',
      '004:1675',
      b('ปีที่ต้นแบบได้รับรางวัล', 'Year the model won'),
      { hint: YEAR, when: is('participationExpanded.route', 'other-areas') },
    ),
    num(
      'participationExpanded.expansionStartYear',
      'AW.PG.PX.3',
      '004:1675',
      b('ปีที่เริ่มขยายผล', 'Year the expansion started'),
      { hint: YEAR, when: is('participationExpanded.route', 'other-areas') },
    ),
    num(
      'participationExpanded.continuedYears',
      'AW.PG.PX.2',
      '004:1680-1684',
      b('จำนวนปีที่ต่อยอด', 'Years continued'),
      {
        unit: b('ปี', 'years'),
        when: (a) =>
          a['participationExpanded.route'] === 'same-area' ||
          a['participationExpanded.route'] === 'open-governance',
      },
    ),
    yn(
      'participationExpanded.coreMission',
      'AW.PG.PX.4',
      '004:1671',
      'เป็นภารกิจหลักหรือนโยบายสำคัญ',
      'A core mission or key policy',
    ),
  ],
  network: [
    yn(
      'network.policyOrProject',
      'AW.PG.NW.1',
      '004:1708',
      'ดำเนินการตามนโยบายหรือโครงการ',
      'Carried out under a policy or project',
    ),
    yn(
      'network.coreMission',
      'AW.PG.NW.2',
      '004:1709',
      'สอดคล้องกับภารกิจหลักหรือนโยบายสำคัญ',
      'Serves the core mission or a key policy',
    ),
    yn(
      'network.collaboration',
      'AW.PG.NW.3',
      '004:1710',
      'การมีส่วนร่วมถึงระดับความร่วมมือ (Collaboration)',
      'Participation reaches Collaboration',
    ),
    yn(
      'network.missionImpact',
      'AW.PG.NW.4',
      '004:1711',
      'สร้างผลกระทบต่อพันธกิจขององค์กร/กรม',
      'Affects the organisation’s mission',
    ),
  ],
};

const pct7 = (prefix: string, rule: string, source: string): Question[] =>
  [1, 2, 3, 4, 5, 6, 7].map((c) =>
    num(
      `${prefix}.categoryPercents.${c - 1}`,
      rule,
      source,
      b(`หมวด ${c} (ร้อยละของคะแนนเต็ม)`, `Category ${c} (% of its maximum)`),
      { unit: b('%', '%') },
    ),
  );

const PMQA_COMMON: readonly Question[] = [
  yn(
    'goodStanding',
    'AW.PM.2',
    '004:1965, 004:1991',
    'เป็นที่ชื่นชมและไม่มีกรณีเสื่อมเสียจนเป็นที่ประจักษ์',
    'Admired, with no evident scandal',
  ),
  date(
    'selfAssessedOn',
    'AW.PM.5',
    '004:2047-2050',
    b('วันที่ประเมินตนเองผ่านระบบออนไลน์', 'Date of the online self-assessment'),
  ),
];
const ENTRY: readonly Question[] = [
  yn(
    'certifiedBasic',
    'AW.PM.1',
    '004:1960',
    'ผ่านการรับรองระดับพื้นฐาน ฉบับที่ 1',
    'Certified at the basic level (edition 1)',
  ),
  num('lastYearStage1', 'AW.PM.1', '004:1960', b('คะแนนเฉลี่ยขั้นตอนที่ 1 ปีที่ผ่านมา', 'Last year’s stage-1 mean'), {
    when: is('certifiedBasic', false),
  }),
];

const PMQA_TYPES: Readonly<Record<PmqaAwardType, readonly Question[]>> = {
  pmqa40: [
    yn(
      'agencyKind',
      'AW.PM.1',
      '004:1988-1989',
      'เป็นกรม จังหวัด องค์การมหาชน หรือแจ้งความจำนงขอสมัคร',
      'A department, province or public organisation, or declared its intent',
    ),
    ...PMQA_COMMON,
    num('category7Score', 'AW.PM.3', '004:1873-1877', b('คะแนนหมวด 7 (0–500)', 'Category 7 score (0–500)'), {
      linked: 'category7',
    }),
    num(
      'overallScore',
      'AW.PM.4',
      '004:1882-1885',
      b('คะแนนเฉลี่ย 7 หมวด (0–500)', 'Mean of the 7 categories (0–500)'),
      { linked: 'overall' },
    ),
  ],
  outstanding: [
    ...ENTRY,
    ...PMQA_COMMON,
    ...pct7('outstanding', 'AW.PM.6', '004:1948'),
    num('outstanding.total', 'AW.PM.6', '004:1948', b('คะแนนรวม (0–500)', 'Total (0–500)')),
    num(
      'outstanding.priorCategoryAwards',
      'AW.PM.6',
      '004:1970',
      b('จำนวนหมวดที่เคยได้รับรางวัลรายหมวด', 'Categories already won by category'),
    ),
  ],
  'by-category': [
    ...ENTRY,
    ...PMQA_COMMON,
    ...pct7('byCategory', 'AW.PM.7', '004:1953-1955'),
    num('byCategory.total', 'AW.PM.7', '004:1953', b('คะแนนรวม (0–500)', 'Total (0–500)')),
    {
      path: 'byCategory.applied',
      kind: 'multi',
      label: b('หมวดที่ขอรับรางวัล (ไม่เกิน 3 หมวด)', 'Categories applied for (at most 3)'),
      rule: 'AW.PM.7',
      source: '004:1972',
      options: [1, 2, 3, 4, 5, 6].map((c) => ({ value: String(c), label: b(`หมวด ${c}`, `Category ${c}`) })),
    },
    ...[1, 2, 3, 4, 5, 6].map((c) =>
      num(
        `byCategory.related.${c}`,
        'AW.PM.7',
        '004:1955',
        b(`คะแนนหมวด 7 ที่เกี่ยวข้องกับหมวด ${c} (%)`, `Category 7 results related to category ${c} (%)`),
        {
          unit: b('%', '%'),
          when: (a) =>
            Array.isArray(a['byCategory.applied']) &&
            (a['byCategory.applied'] as string[]).includes(String(c)),
        },
      ),
    ),
  ],
};

/** The questions of a branch and type, general ones first (all of them; filter with `when`). */
export function questionsFor(branch: AwardBranch, type: string): readonly Question[] {
  if (branch === 'public-service') return [...PS_GENERAL, ...(PS_TYPES[type as PublicServiceType] ?? [])];
  if (branch === 'participatory')
    return [
      date('startedOn', 'AW.PG.1', '004:1600', b('วันที่เริ่มดำเนินการ', 'Date the work started')),
      ...(PG_TYPES[type as ParticipatoryType] ?? []),
    ];
  return PMQA_TYPES[type as PmqaAwardType] ?? [];
}
