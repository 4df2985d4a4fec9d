/**
 * The `awards@2566` rule pack: every constant of the รางวัลเลิศรัฐ 2566 readiness rules (AW.PS, AW.PG, AW.PM)
 * with its citation (`004:line`). Constants the source does not state are this product's defaults, cited to
 * `docs/award-defaults.md`.
 */
import type { RulePack } from '../../packs.js';
import type { Bilingual } from '../../result.js';

/** One scored dimension of an award rubric (มิติ), with its maximum points. */
export interface AwardDimensionSpec {
  readonly id: string;
  readonly max: number;
  readonly label: Bilingual;
  /** `004:line` of the dimension's row in the rubric. */
  readonly source: string;
}

/** An inclusive date window, ISO `YYYY-MM-DD` in the Common Era. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

export type PublicServiceType =
  'innovation' | 'development' | 'expansion' | 'data-integration' | 'right-on-target' | 'facilitation';

export type ParticipatoryType =
  'open-governance' | 'effective-change' | 'engaged-citizen' | 'participation-expanded' | 'network';

export type PmqaAwardType = 'pmqa40' | 'outstanding' | 'by-category';

export interface AwardTypeSpec {
  readonly label: Bilingual;
  /** `004:line` of the type's description and conditions. */
  readonly source: string;
  readonly dimensions: readonly AwardDimensionSpec[];
}

export interface AwardsConstants {
  /** Award year, Buddhist Era. */
  readonly awardYear: number;
  /** Date the readiness is judged on when the caller gives none (default: the end of the results window). */
  readonly asOf: string;
  readonly publicService: {
    readonly minYearsInUse: number;
    readonly types: Readonly<Record<PublicServiceType, AwardTypeSpec>>;
    readonly expansion: { readonly prototypeMaxYears: number; readonly rolloutMinPct: number };
    readonly dataIntegration: { readonly exchangeMinAgencies: number; readonly onBehalfMinAgencies: number };
    readonly rightOnTarget: { readonly onlineMinPct: number };
    readonly facilitation: { readonly neverWon: DateWindow; readonly wonBefore: DateWindow };
  };
  readonly participatory: {
    readonly minYears: number;
    readonly dimensionMinPct: number;
    readonly types: Readonly<Record<ParticipatoryType, AwardTypeSpec>>;
    readonly openGovernanceMaxWorks: number;
    readonly engagedCitizenMinYears: number;
    readonly engagedCitizenMaxNominees: number;
    readonly expandedMinAreas: number;
    readonly expandedStartMaxYears: number;
    readonly expandedContinuedMinYears: number;
  };
  readonly pmqa: {
    readonly priorStage1Min: number;
    readonly stage2PassScore: number;
    /** The PMQA 4.0 score shown on a 4.0 scale: score ÷ 125 (`004:2080-2081`: 491.90 → 3.94). */
    readonly scale40Divisor: number;
    readonly selfAssessment: DateWindow;
  };
}

const dim = (id: string, max: number, th: string, en: string, source: string): AwardDimensionSpec => ({
  id,
  max,
  label: { th, en },
  source,
});

const PROBLEM = { th: 'การวิเคราะห์ปัญหา', en: 'Problem analysis' };
const SOLUTION = { th: 'แนวทางการแก้ไขปัญหาและการนำไปปฏิบัติ', en: 'Solution and implementation' };
const RESULTS = { th: 'ผลผลิต/ผลลัพธ์ เชิงประจักษ์', en: 'Evident outputs and outcomes' };
const SUSTAIN = { th: 'ความยั่งยืนของโครงการ', en: 'Sustainability' };
const MANAGE = { th: 'กระบวนการจัดการ', en: 'Management process' };
const PG_CAPACITY = {
  th: 'ความสำคัญของปัญหาและความสามารถองค์กร',
  en: 'The problem and the organisation’s capacity',
};
const PG_PROCESS = { th: 'กระบวนการมีส่วนร่วม', en: 'Participation process' };
const PG_RESULTS = { th: 'ผลผลิต/ผลลัพธ์/ผลกระทบ', en: 'Outputs, outcomes and impact' };
const PG_SUSTAIN = { th: 'ความยั่งยืน', en: 'Sustainability' };

/** รางวัลเลิศรัฐ 2566: readiness rules of the three branches (AW.PS, AW.PG, AW.PM). */
export const awards2566: RulePack<AwardsConstants> = {
  id: 'awards@2566',
  family: 'awards',
  year: 2566,
  title: {
    th: 'หลักเกณฑ์การพิจารณารางวัลเลิศรัฐ ประจำปี 2566 (คุณสมบัติและเกณฑ์การประเมินก่อนสมัคร)',
    en: 'Public Sector Excellence Awards 2566 (B.E.): application conditions and rubrics',
  },
  constants: {
    awardYear: 2566,
    asOf: '2023-02-14',
    publicService: {
      minYearsInUse: 1,
      types: {
        innovation: {
          label: { th: 'นวัตกรรมการบริการ', en: 'Service innovation' },
          source: '004:1060-1062',
          dimensions: [
            dim('problem', 10, PROBLEM.th, PROBLEM.en, '004:1153'),
            dim('solution', 30, SOLUTION.th, SOLUTION.en, '004:1158'),
            dim('results', 50, RESULTS.th, RESULTS.en, '004:1165'),
            dim('sustainability', 10, SUSTAIN.th, SUSTAIN.en, '004:1168'),
          ],
        },
        development: {
          label: { th: 'พัฒนาการบริการ', en: 'Service development' },
          source: '004:1066-1072',
          dimensions: [
            dim('problem', 10, PROBLEM.th, PROBLEM.en, '004:1181'),
            dim('solution', 30, SOLUTION.th, SOLUTION.en, '004:1186'),
            dim('results', 50, RESULTS.th, RESULTS.en, '004:1192'),
            dim('sustainability', 10, SUSTAIN.th, SUSTAIN.en, '004:1195'),
          ],
        },
        expansion: {
          label: { th: 'ขยายผลมาตรฐานการบริการ', en: 'Service-standard expansion' },
          source: '004:1076-1097',
          dimensions: [
            dim('management', 40, MANAGE.th, MANAGE.en, '004:1208'),
            dim('results', 60, RESULTS.th, RESULTS.en, '004:1214'),
          ],
        },
        'data-integration': {
          label: { th: 'บูรณาการข้อมูลเพื่อการบริการ', en: 'Data integration for services' },
          source: '004:1099-1107',
          dimensions: [
            dim('management', 40, MANAGE.th, MANAGE.en, '004:1229'),
            dim('results', 60, RESULTS.th, RESULTS.en, '004:1236'),
          ],
        },
        'right-on-target': {
          label: { th: 'บริการตอบโจทย์ตรงใจ', en: 'Right-on-target service' },
          source: '004:1109-1119',
          dimensions: [
            dim('problem', 20, PROBLEM.th, PROBLEM.en, '004:1251'),
            dim('solution', 30, SOLUTION.th, SOLUTION.en, '004:1256'),
            dim('results', 40, RESULTS.th, RESULTS.en, '004:1261'),
            dim('sustainability', 10, SUSTAIN.th, SUSTAIN.en, '004:1264'),
          ],
        },
        facilitation: {
          label: {
            th: 'ยกระดับการอำนวยความสะดวกในการให้บริการ',
            en: 'Improved facilitation of services',
          },
          source: '004:1121-1144',
          dimensions: [
            dim('efficiency', 85, 'ประสิทธิภาพ', 'Efficiency', '004:1277'),
            dim('value', 15, 'ความคุ้มค่า', 'Value for money', '004:1287'),
          ],
        },
      },
      expansion: { prototypeMaxYears: 5, rolloutMinPct: 80 },
      dataIntegration: { exchangeMinAgencies: 3, onBehalfMinAgencies: 2 },
      rightOnTarget: { onlineMinPct: 50 },
      facilitation: {
        neverWon: { from: '2016-10-01', to: '2023-02-14' },
        wonBefore: { from: '2021-06-01', to: '2023-02-14' },
      },
    },
    participatory: {
      minYears: 1,
      dimensionMinPct: 50,
      types: {
        'open-governance': {
          label: { th: 'เปิดใจใกล้ชิดประชาชน (Open Governance)', en: 'Open Governance' },
          source: '004:1518-1553',
          dimensions: [
            dim('capacity', 10, PG_CAPACITY.th, PG_CAPACITY.en, '004:1560'),
            dim('opening', 40, 'การเปิดระบบราชการ', 'Opening up the administration', '004:1568'),
            dim('results', 40, PG_RESULTS.th, PG_RESULTS.en, '004:1576'),
            dim('sustainability', 10, PG_SUSTAIN.th, PG_SUSTAIN.en, '004:1580'),
          ],
        },
        'effective-change': {
          label: { th: 'สัมฤทธิ์ผลประชาชนมีส่วนร่วม (Effective Change)', en: 'Effective Change' },
          source: '004:1584-1596',
          dimensions: [
            dim('capacity', 5, PG_CAPACITY.th, PG_CAPACITY.en, '004:1607'),
            dim('process', 35, PG_PROCESS.th, PG_PROCESS.en, '004:1609'),
            dim('results', 50, PG_RESULTS.th, PG_RESULTS.en, '004:1611'),
            dim('sustainability', 10, PG_SUSTAIN.th, PG_SUSTAIN.en, '004:1613'),
          ],
        },
        'engaged-citizen': {
          label: { th: 'ผู้นำหุ้นส่วนความร่วมมือ (Engaged Citizen)', en: 'Engaged Citizen' },
          source: '004:1617-1638',
          dimensions: [
            dim('role', 50, 'บทบาทหลักในการร่วมภารกิจของภาครัฐ', 'Main role in the state’s work', '004:1652'),
            dim('results', 50, 'ผลงานและผลสำเร็จในการร่วมขับเคลื่อน', 'Results of the joint work', '004:1658'),
          ],
        },
        'participation-expanded': {
          label: { th: 'เลื่องลือขยายผล (Participation Expanded)', en: 'Participation Expanded' },
          source: '004:1663-1686',
          dimensions: [
            dim(
              'capacity',
              10,
              'ความสำคัญในการขยายผลและความสามารถองค์กร',
              'Why expand, and capacity',
              '004:1693',
            ),
            dim('process', 40, 'กระบวนการขยายผลหรือต่อยอด', 'Expansion process', '004:1694'),
            dim('results', 40, PG_RESULTS.th, PG_RESULTS.en, '004:1695'),
            dim('sustainability', 10, PG_SUSTAIN.th, PG_SUSTAIN.en, '004:1696'),
          ],
        },
        network: {
          label: {
            th: 'ประสิทธิผลเครือข่าย (Collaborative Network Governance)',
            en: 'Collaborative Network Governance',
          },
          source: '004:1699-1713',
          dimensions: [
            dim('capacity', 5, PG_CAPACITY.th, PG_CAPACITY.en, '004:1719'),
            dim('process', 35, PG_PROCESS.th, PG_PROCESS.en, '004:1724'),
            dim('results', 50, PG_RESULTS.th, PG_RESULTS.en, '004:1726'),
            dim('sustainability', 10, PG_SUSTAIN.th, PG_SUSTAIN.en, '004:1728'),
          ],
        },
      },
      openGovernanceMaxWorks: 1,
      engagedCitizenMinYears: 2,
      engagedCitizenMaxNominees: 1,
      expandedMinAreas: 2,
      expandedStartMaxYears: 3,
      expandedContinuedMinYears: 3,
    },
    pmqa: {
      priorStage1Min: 400,
      stage2PassScore: 400,
      scale40Divisor: 125,
      selfAssessment: { from: '2023-05-01', to: '2023-06-30' },
    },
  },
  citations: {
    awardYear: '004:1426',
    asOf: 'docs/award-defaults.md#as-of',
    'publicService.minYearsInUse': '004:1384',
    'publicService.types': '004:1014-1058, 004:1146-1365',
    'publicService.expansion.prototypeMaxYears': '004:1084',
    'publicService.expansion.rolloutMinPct': '004:1078, 004:1088',
    'publicService.dataIntegration.exchangeMinAgencies': '004:1101, 004:1105',
    'publicService.dataIntegration.onBehalfMinAgencies': '004:1101, 004:1106',
    'publicService.rightOnTarget.onlineMinPct': '004:1118',
    'publicService.facilitation.neverWon': '004:1143',
    'publicService.facilitation.wonBefore': '004:1144',
    'participatory.minYears': '004:1600, 004:1686, 004:1713',
    'participatory.dimensionMinPct': '004:1761',
    'participatory.types': '004:1434-1730',
    'participatory.openGovernanceMaxWorks': '004:1544',
    'participatory.engagedCitizenMinYears': '004:1634-1636',
    'participatory.engagedCitizenMaxNominees': '004:1638',
    'participatory.expandedMinAreas': '004:1666, 004:1675',
    'participatory.expandedStartMaxYears': '004:1675',
    'participatory.expandedContinuedMinYears': '004:1680, 004:1684',
    'pmqa.priorStage1Min': '004:1960',
    'pmqa.stage2PassScore': '004:1882-1885',
    'pmqa.scale40Divisor': '004:2070-2081',
    'pmqa.selfAssessment': '004:2047-2050',
    'pmqa.stage1PassScore': '004:1873-1877 (pmqa40-cat7@2566 stage1PassScore)',
  },
};
