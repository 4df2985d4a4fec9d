/**
 * Rule packs: every constant of every rule, as versioned data with its citation (SPEC §0 "Rule packs").
 * A caller may pass another pack (`pack`) or override single constants (`constants`) on any rule; the
 * result names the pack it used (`pack`).
 */
import { category7Items } from './criteria/category7.js';
import { toText } from './decimal.js';
import type { Bilingual } from './result.js';

export interface RulePack<C> {
  /** `family@fiscal-year`, e.g. `agency-eval@2567`. */
  readonly id: string;
  readonly family: string;
  /** Fiscal/award year in the Buddhist Era. */
  readonly year: number;
  readonly title: Bilingual;
  readonly constants: C;
  /** Where each constant comes from, `file:line` (see `seedFiles`). */
  readonly citations: Readonly<Record<string, string>>;
}

export type Dimension = '7.1' | '7.2' | '7.3' | '7.4' | '7.5' | '7.6';
export const DIMENSIONS: readonly Dimension[] = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'];

/** A Category 7 KPI group; `mandatory` groups are printed with `*` (`001:1109-1121`, `000:48-50`). */
export interface KpiGroup {
  readonly id: string;
  readonly label: Bilingual;
  readonly mandatory: boolean;
  /**
   * Mandatory only for one kind of agency (2566: "นวัตกรรมการปรับปรุงการบริการ *(หน่วยบริการ)" for service
   * units, "เครือข่ายความร่วมมือ * (หน่วยนโยบาย)" for policy units, `000:49`); absent = for every agency.
   */
  readonly mandatoryFor?: 'service' | 'policy';
  /** At most this many KPIs in the group (core-mission 3, the others 2: `000:68-69`); default `otherGroupMax`. */
  readonly max?: number;
  /** KPIs the criteria require in this group (printed `**`, `000:100-105`), for display. */
  readonly requiredKpis?: readonly Bilingual[];
  /** Seed line of the group. */
  readonly source?: string;
}

export interface Category7Constants {
  /** Improvement ≤ this (text) / < this (table) is Basic. */
  readonly basicMaxPct: number;
  /** Improvement ≤ this (text) / < this (table) is Advance; above is Significance. */
  readonly advanceMaxPct: number;
  readonly points: {
    readonly none: number;
    readonly basic: number;
    readonly advance: number;
    readonly significance: number;
  };
  readonly slotsPerDimension: number;
  readonly stage1PassScore: number;
  readonly mandatoryGroupMax: number;
  readonly otherGroupMax: number;
  readonly dimensions: Readonly<
    Record<Dimension, { readonly label: Bilingual; readonly groups: readonly KpiGroup[] }>
  >;
}

/** @deprecated Use `Category7Constants`. */
export type Cat7Constants = Category7Constants;

/** Category 7 dimensions and KPI groups of the 2565 criteria (`001:1141-1190`). */
function dimensionsFromCriteria(): Category7Constants['dimensions'] {
  const out = {} as Record<Dimension, { label: Bilingual; groups: KpiGroup[] }>;
  for (const item of category7Items) {
    out[item.id as Dimension] = {
      label: { th: item.title.th, en: item.title.en },
      groups: item.groups.map((g) => ({
        id: g.id,
        label: { th: g.th, en: g.en },
        mandatory: g.mandatory,
        // 000:68-69: the core-mission group takes up to 3 KPIs, every other group up to 2.
        max: g.id === 'core-mission' ? 3 : 2,
        source: `001:${g.line}`,
      })),
    };
  }
  return out;
}

const group = (
  id: string,
  th: string,
  en: string,
  source: string,
  extra: Partial<Omit<KpiGroup, 'id' | 'label' | 'source'>> = {},
): KpiGroup => ({ id, label: { th, en }, mandatory: false, max: 2, source, ...extra });

/**
 * Category 7 dimensions and KPI groups of the 2566 criteria: the "ใหม่" column of `000:47-50`, `*` = mandatory,
 * with the KPIs printed `**` in `000:100-105` (also `004:1836-1855`).
 */
const DIMENSIONS_2566: Category7Constants['dimensions'] = {
  '7.1': {
    label: { th: 'ด้านประสิทธิผลและการบรรลุพันธกิจ', en: 'Effectiveness and mission achievement' },
    groups: [
      group(
        'core-mission',
        'ตัววัดตามภารกิจหลัก/คำรับรองการปฏิบัติราชการ',
        'Measures of core functions / performance agreement',
        '000:48',
        { mandatory: true, max: 3 },
      ),
      group('strategic-plan', 'ตัววัดตามแผนยุทธศาสตร์', 'Measures of the strategic plan', '000:48'),
      group('legal', 'ผลการปรับปรุงการดำเนินการตามกฎหมาย', 'Results of improving legal work', '000:48'),
      group(
        'government-policy',
        'การบรรลุนโยบายและแผนรัฐบาล/แผนบูรณาการกลุ่มจังหวัด',
        'Achievement of government policies and plans / provincial-cluster integrated plans',
        '000:48',
      ),
    ],
  },
  '7.2': {
    label: { th: 'ด้านผู้รับบริการและประชาชน', en: 'Service recipients and citizens' },
    groups: [
      group(
        'satisfaction',
        'ความพึงพอใจของกลุ่มผู้รับบริการหลัก',
        'Satisfaction of the main service-recipient groups',
        '000:49',
      ),
      group('service-innovation', 'นวัตกรรมการปรับปรุงการบริการ', 'Service improvement innovation', '000:49', {
        mandatory: true,
        mandatoryFor: 'service',
        requiredKpis: [
          {
            th: 'ร้อยละของการให้บริการที่ปรับสู่ดิจิทัลเต็มรูปแบบ',
            en: 'Percentage of services moved fully to digital',
          },
        ],
      }),
      group('complaints', 'การแก้ไขเรื่องร้องเรียน', 'Complaints resolved', '000:49'),
      group('network', 'เครือข่ายความร่วมมือ', 'Cooperation networks', '000:49', {
        mandatory: true,
        mandatoryFor: 'policy',
        requiredKpis: [
          {
            th: 'ร้อยละความสำเร็จของโครงการ/กิจกรรม ที่เกิดขึ้นจากความร่วมมือของเครือข่าย',
            en: 'Percentage of projects/activities achieved through network cooperation',
          },
        ],
      }),
      group(
        'stakeholder-trust',
        'ความเชื่อมั่นของกลุ่มผู้มีส่วนได้ส่วนเสียต่อการดำเนินการของส่วนราชการ',
        "Stakeholders' trust in the agency's work",
        '000:49',
      ),
    ],
  },
  '7.3': {
    label: { th: 'ด้านบุคลากร', en: 'Personnel' },
    groups: [
      group('staff-innovation', 'นวัตกรรมที่เกิดจากบุคลากร', 'Innovations by staff', '000:50'),
      group('learning', 'การเรียนรู้และผลการพัฒนา', 'Learning and development results', '000:50', {
        mandatory: true,
        requiredKpis: [
          {
            th: 'ดัชนีการพัฒนาสมรรถนะด้านดิจิทัลของบุคลากร (digital capability)',
            en: 'Staff digital capability index',
          },
        ],
      }),
      group('career-progress', 'ความก้าวหน้าและการก้าวขึ้นสู่ตำแหน่ง', 'Career progress and promotion', '000:50'),
      group('staff-engagement', 'ความผูกพันของบุคลากร', 'Staff engagement', '000:50'),
    ],
  },
  '7.4': {
    label: { th: 'ด้านการเป็นต้นแบบ', en: 'Being a role model' },
    groups: [
      group('external-awards', 'รางวัลที่ได้รับจากภายนอก', 'Awards from outside bodies', '000:48'),
      group('best-practices', 'การนำ best practices ไปขยายผล', 'Best practices rolled out', '000:48'),
      group('international-rankings', 'ตัววัดการจัดอันดับในระดับนานาชาติ', 'International rankings', '000:48'),
      group(
        'external-assessment',
        'ผลการประเมินจากองค์การภายนอกในด้านต่าง ๆ',
        'Assessments by outside organisations',
        '000:48',
      ),
      group(
        'internal-awards',
        'รางวัลที่ได้รับจากหน่วยงานระดับกรม/ระดับกระทรวง',
        'Awards from department or ministry level',
        '000:48',
      ),
    ],
  },
  '7.5': {
    label: {
      th: 'ด้านผลกระทบต่อเศรษฐกิจ สังคม สาธารณสุข สิ่งแวดล้อม',
      en: 'Impact on the economy, society, public health and the environment',
    },
    groups: [
      group('joint-kpis', 'การบรรลุผลตัววัดร่วม', 'Joint KPIs achieved', '000:49'),
      group(
        'core-impact',
        'ผลกระทบจากการดำเนินการในภารกิจหลัก (เศรษฐกิจ สังคม สาธารณสุข สิ่งแวดล้อม)',
        'Impact of core functions (economy, society, public health, environment)',
        '000:49',
      ),
    ],
  },
  '7.6': {
    label: { th: 'ด้านประสิทธิผลการจัดการกระบวนการ', en: 'Process management effectiveness' },
    groups: [
      group('cost-reduced', 'ต้นทุนที่ลดลงในภาพรวม', 'Overall cost reduced', '000:50'),
      group(
        'disaster-mitigation',
        'ประสิทธิภาพการเตรียมพร้อมและการบรรเทาผลกระทบด้านภัยพิบัติต่าง ๆ',
        'Disaster preparedness and mitigation',
        '000:50',
      ),
      group('process-innovation', 'นวัตกรรมการปรับปรุงกระบวนการ', 'Process improvement innovation', '000:50', {
        mandatory: true,
        requiredKpis: [
          {
            th: 'ร้อยละของการปรับปรุงกระบวนการที่ใช้เทคโนโลยี',
            en: 'Percentage of process improvements using technology',
          },
        ],
      }),
      group('process-efficiency', 'ประสิทธิภาพของกระบวนการ', 'Process efficiency', '000:50', {
        mandatory: true,
        requiredKpis: [
          { th: 'ร้อยละของชุดข้อมูลดิจิทัลที่เปิดเผยต่อสาธารณะ (Open Data)', en: 'Open data sets (%)' },
          {
            th: 'ร้อยละของฐานข้อมูลที่ได้รับการพัฒนาในรูปแบบ Digitized',
            en: 'Databases digitised (%)',
          },
        ],
      }),
    ],
  },
};

const CATEGORY7_SCORING = {
  basicMaxPct: 5,
  advanceMaxPct: 10,
  points: { none: 0, basic: 300, advance: 400, significance: 500 },
  slotsPerDimension: 5,
  stage1PassScore: 400,
  mandatoryGroupMax: 3,
  otherGroupMax: 2,
} as const;

const CATEGORY7_CITATIONS = {
  challengingTarget: '000:83, 001:1196-1197',
  notChallenging: '001:1198-1199',
  improvement: '001:1197',
  levelsText: '000:85-87',
  levelsTable: '000:99',
  points: '000:85-87',
  slots: '000:66, 001:1113-1121',
  groupLimits: '000:68-69, 001:1115-1117',
  duplicates: '000:73-77',
  stage1: '004:1873-1877',
};

/** PMQA 4.0 Category 7 KPI scoring with the 2565 criteria's KPI groups (rules C7, C7S). */
export const pmqa40Category7_2565: RulePack<Category7Constants> = {
  id: 'pmqa40-cat7@2565',
  family: 'pmqa40-cat7',
  year: 2565,
  title: {
    th: 'การให้คะแนนตัววัดหมวด 7 ผลลัพธ์การดำเนินการ (PMQA 4.0) ปี 2565',
    en: 'PMQA 4.0 Category 7 (results) KPI scoring, B.E. 2565',
  },
  constants: { ...CATEGORY7_SCORING, dimensions: /* @__PURE__ */ dimensionsFromCriteria() },
  citations: { ...CATEGORY7_CITATIONS, groups: '001:1141-1190' },
};

/** PMQA 4.0 Category 7 KPI scoring with the 2566 KPI groups (rules C7, C7S): the default. */
export const pmqa40Category7_2566: RulePack<Category7Constants> = {
  id: 'pmqa40-cat7@2566',
  family: 'pmqa40-cat7',
  year: 2566,
  title: {
    th: 'การให้คะแนนตัววัดหมวด 7 ผลลัพธ์การดำเนินการ (PMQA 4.0) ปี 2566',
    en: 'PMQA 4.0 Category 7 (results) KPI scoring, B.E. 2566',
  },
  constants: { ...CATEGORY7_SCORING, dimensions: DIMENSIONS_2566 },
  citations: { ...CATEGORY7_CITATIONS, groups: '000:47-50', requiredKpis: '000:100-105, 004:1836-1855' },
};

/** The newest Category 7 pack (the default of rules C7 and C7S). */
export const pmqa40Category7 = pmqa40Category7_2566;
/** @deprecated Use `pmqa40Category7`. */
export const pmqa40Cat7 = pmqa40Category7;

export type AgencyLevel = 'quality' | 'standard-high' | 'standard-basic' | 'needs-improvement';

export interface AgencyConstants {
  readonly targetPoints: { readonly initial: number; readonly standard: number; readonly high: number };
  /** Level floors, best first; a score at or above `min` (after rounding) is in that level. */
  readonly levels: readonly { readonly id: AgencyLevel; readonly min: number }[];
  readonly weightTotal: number;
  /** Composite weights in percent (Performance Base 70, digital 20, PMQA 10). */
  readonly composite: { readonly performance: number; readonly digital: number; readonly pmqa: number };
  /** Evaluation rounds (month-day, in the fiscal year that starts on 1 October). */
  readonly rounds: {
    readonly sixMonth: { readonly start: string; readonly end: string };
    readonly twelveMonth: { readonly start: string; readonly end: string };
  };
}

/** Agency evaluation, fiscal year 2567 (rule AE). */
export const agencyEval2567: RulePack<AgencyConstants> = {
  id: 'agency-eval@2567',
  family: 'agency-eval',
  year: 2567,
  title: {
    th: 'การประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567',
    en: 'Agency performance evaluation, fiscal year B.E. 2567',
  },
  constants: {
    targetPoints: { initial: 50, standard: 75, high: 100 },
    levels: [
      { id: 'quality', min: 90 },
      { id: 'standard-high', min: 75 },
      { id: 'standard-basic', min: 60 },
      { id: 'needs-improvement', min: 0 },
    ],
    weightTotal: 100,
    composite: { performance: 70, digital: 20, pmqa: 10 },
    rounds: {
      sixMonth: { start: '10-01', end: '03-31' },
      twelveMonth: { start: '10-01', end: '09-30' },
    },
  },
  citations: {
    targetPoints: '003:234, 003:613',
    interpolation: '003:613',
    levels: '003:236-239, 003:617-619',
    weights: '003:615',
    composite: '003:212-220',
    rounds: '003:233',
    headRounds: '003:250-254',
  },
};

export type PmqaBand = 'none' | 'basic' | 'advance' | 'significance';

export interface PmqaAwardConstants {
  readonly maxScore: number;
  /** Band floors, lowest first (PB.1, half-open intervals). */
  readonly bands: readonly { readonly id: PmqaBand; readonly min: number; readonly award: boolean }[];
  readonly outstanding: {
    readonly everyCategoryAbovePct: number;
    readonly totalMin: number;
    readonly priorCategoryAwardsMin: number;
  };
  readonly byCategory: {
    readonly everyCategoryMinPct: number;
    readonly totalMin: number;
    readonly appliedAbovePct: number;
    readonly cat7RelatedMinPct: number;
    readonly othersAbovePct: number;
    readonly maxCategoriesPerYear: number;
  };
}

/** PMQA 4.0 bands and award conditions, award year 2566 (rules PB, PA). */
export const pmqa40Award2566: RulePack<PmqaAwardConstants> = {
  id: 'pmqa40-award@2566',
  family: 'pmqa40-award',
  year: 2566,
  title: {
    th: 'รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 (PMQA 4.0) ประจำปี 2566',
    en: 'Public Sector Management Quality Award 4.0 (PMQA 4.0), B.E. 2566',
  },
  constants: {
    maxScore: 500,
    bands: [
      { id: 'none', min: 0, award: false },
      { id: 'basic', min: 300, award: false },
      { id: 'advance', min: 400, award: true },
      { id: 'significance', min: 470, award: true },
    ],
    outstanding: { everyCategoryAbovePct: 40, totalMin: 400, priorCategoryAwardsMin: 2 },
    byCategory: {
      everyCategoryMinPct: 25,
      totalMin: 300,
      appliedAbovePct: 50,
      cat7RelatedMinPct: 30,
      othersAbovePct: 25,
      maxCategoriesPerYear: 3,
    },
  },
  citations: {
    bands: '004:1980-1982',
    overall: '004:1884-1885',
    stage1: '004:1873-1877',
    outstanding: '004:1948, 004:1970',
    byCategory: '004:1953-1955, 004:1972',
  },
};

export type ItemLevel = 'not-assessed' | 'none' | 'basic' | 'advance' | 'significance';

export interface ChecklistConstants {
  /** Estimate points per level (the Category 7 points and the PB.1 band floors). */
  readonly levelPoints: {
    readonly none: number;
    readonly basic: number;
    readonly advance: number;
    readonly significance: number;
  };
  /** Process items per category (categories 1–6). */
  readonly items: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, readonly string[]>>;
}

const itemsOf = (c: number) => [1, 2, 3, 4].map((i) => `${c}.${i}`);

/** Self-assessment estimate of the PMQA 4.0 checklist (rule CL). The sources give no method; this is ours. */
export const pmqa40Checklist2565: RulePack<ChecklistConstants> = {
  id: 'pmqa40-checklist@2565',
  family: 'pmqa40-checklist',
  year: 2565,
  title: {
    th: 'ค่าประมาณจากการประเมินตนเองตามเกณฑ์ PMQA 4.0 (ฉบับปรับปรุง พ.ศ. 2565)',
    en: 'PMQA 4.0 self-assessment estimate (B.E. 2565 criteria)',
  },
  constants: {
    levelPoints: { none: 0, basic: 300, advance: 400, significance: 500 },
    items: { 1: itemsOf(1), 2: itemsOf(2), 3: itemsOf(3), 4: itemsOf(4), 5: itemsOf(5), 6: itemsOf(6) },
  },
  citations: {
    levels: '001:89-93',
    cumulative: '001:429, 001:487, 001:1104-1105',
    noMethod: '001:75-81',
    points: '000:85-87, 004:1980-1982',
  },
};

export interface FacilitationConstants {
  readonly law: {
    readonly act: number;
    readonly ministerial: number;
    readonly department: number;
    readonly levelsMax: number;
    readonly countTwoOrMore: number;
    readonly countOne: number;
  };
  readonly documents: { readonly all: number; readonly twoOrMore: number; readonly one: number };
  readonly fees: {
    readonly all: number;
    readonly halfOrMore: number;
    readonly lessThanHalf: number;
    readonly none: number;
  };
  readonly steps: { readonly halfOrMore: number; readonly lessThanHalf: number };
  readonly time: { readonly halfOrMore: number; readonly lessThanHalf: number };
  readonly renewal: number;
  readonly eService: { readonly form: number; readonly payment: number; readonly document: number };
  readonly other: number;
  readonly guillotineBonus: number;
  readonly dimension1Max: number;
  readonly valueMaxPoints: number;
  /** FV constants, 2566: 0.5 baht per copied sheet, minimum wage 328 baht/day, 8 working hours/day. */
  readonly bahtPerSheet: number | string;
  readonly wagePerDay: number | string;
  readonly hoursPerDay: number | string;
}

/** Public Service Award, facilitation category, 2566 (rules FE, FV). */
export const facilitationAward2566: RulePack<FacilitationConstants> = {
  id: 'facilitation-award@2566',
  family: 'facilitation-award',
  year: 2566,
  title: {
    th: 'รางวัลบริการภาครัฐ ประเภทยกระดับการอำนวยความสะดวกในการให้บริการ ประจำปี 2566',
    en: 'Public Service Award, improved facilitation category, B.E. 2566',
  },
  constants: {
    law: { act: 5, ministerial: 3, department: 2, levelsMax: 10, countTwoOrMore: 5, countOne: 3 },
    documents: { all: 5, twoOrMore: 5, one: 3 },
    fees: { all: 15, halfOrMore: 10, lessThanHalf: 5, none: 1 },
    steps: { halfOrMore: 10, lessThanHalf: 5 },
    time: { halfOrMore: 10, lessThanHalf: 5 },
    renewal: 10,
    eService: { form: 5, payment: 5, document: 5 },
    other: 5,
    guillotineBonus: 5,
    dimension1Max: 85,
    valueMaxPoints: 15,
    bahtPerSheet: '0.5',
    wagePerDay: 328,
    hoursPerDay: 8,
  },
  citations: {
    dimensions: '004:1276-1289',
    law: '004:1310',
    documents: '004:1311',
    fees: '004:1312',
    steps: '004:1313',
    time: '004:1344',
    renewal: '004:1345',
    eService: '004:1346',
    other: '004:1347',
    guillotine: '004:1348',
    value: '004:1360-1365',
  },
};

/** Every built-in rule pack, by id. */
export const rulePacks = {
  [pmqa40Category7_2565.id]: pmqa40Category7_2565,
  [pmqa40Category7_2566.id]: pmqa40Category7_2566,
  [agencyEval2567.id]: agencyEval2567,
  [pmqa40Award2566.id]: pmqa40Award2566,
  [pmqa40Checklist2565.id]: pmqa40Checklist2565,
  [facilitationAward2566.id]: facilitationAward2566,
} as const;

/** The built-in packs of a family (e.g. `pmqa40-cat7`), oldest first. */
export function packsOf(family: string): readonly RulePack<unknown>[] {
  return Object.values(rulePacks)
    .filter((p) => p.family === family)
    .sort((a, b) => a.year - b.year) as RulePack<unknown>[];
}

/**
 * The built-in pack of `family` for a Buddhist-era `year` (e.g. `packFor('pmqa40-cat7', 2565)`): the newest
 * pack whose year is at most `year` (a year with no new criteria keeps the last ones), or the newest pack
 * when `year` is omitted; `undefined` for an unknown family or a year before its first pack.
 */
export function packFor(family: string, year?: number): RulePack<unknown> | undefined {
  const packs = packsOf(family);
  if (year === undefined || year === null) return packs[packs.length - 1];
  if (typeof year !== 'number' || !Number.isFinite(year)) return undefined;
  return packs.filter((p) => p.year <= year).pop();
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends readonly unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

/** Options every rule accepts: another pack, or single constants overridden. */
export interface PackOptions<C> {
  /** Another pack, or a built-in pack's id of the same family (e.g. `'pmqa40-cat7@2565'`). */
  readonly pack?: RulePack<C> | string;
  readonly constants?: DeepPartial<C>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = merge(out[k], v);
  return out as T;
}

/** The pack a rule runs with: `options.pack` (or the default) with `options.constants` merged in. */
export function resolvePack<C>(fallback: RulePack<C>, options: PackOptions<C> = {}): RulePack<C> {
  const o: PackOptions<C> = isPlainObject(options) ? options : {};
  // A built-in pack's id of the same family selects it; another value that is not an object is ignored.
  const byId =
    typeof o.pack === 'string'
      ? (packsOf(toText(fallback?.family)).find((p) => p.id === o.pack) as RulePack<C> | undefined)
      : undefined;
  const pack = byId ?? (isPlainObject(o.pack) ? (o.pack as RulePack<C>) : fallback);
  if (!isPlainObject(pack)) return pack; // no usable pack at all: nothing to override
  if (!isPlainObject(o.constants) || Object.keys(o.constants).length === 0) return pack;
  return { ...pack, id: `${toText(pack.id)}+overrides`, constants: merge(pack.constants, o.constants) };
}
