/**
 * Category 7 (results) of the PMQA 4.0 criteria: sub-items 7.1–7.6 and their KPI groups, `*` = mandatory
 * (seed `001:1109-1175`). Kept apart from the large criteria data so the scoring core (rule C7S, the
 * `pmqa40-cat7` rule pack) can use it without loading the whole checklist.
 */
import type { Category7SubItem } from './types.js';

export const category7Items: readonly Category7SubItem[] = [
  {
    id: '7.1',
    title: {
      th: 'ด้านพันธกิจ',
      en: 'Mission',
      line: 1141,
    },
    groups: [
      {
        id: 'core-mission',
        th: 'ตัววัดตามภารกิจหลัก',
        en: 'Measures of core functions',
        mandatory: true,
        line: 1145,
      },
      {
        id: 'strategic-plan',
        th: 'ตัววัดตามแผนยุทธศาสตร์',
        en: 'Measures of the strategic plan',
        mandatory: true,
        line: 1145,
      },
      {
        id: 'legal',
        th: 'การดำเนินการด้านกฎหมาย',
        en: 'Legal and regulatory work',
        mandatory: false,
        line: 1145,
      },
      {
        id: 'data-governance',
        th: 'ตัวชี้วัดที่สะท้อนผลสัมฤทธิ์ของการกำกับข้อมูลที่ดี (data governance)',
        en: 'Indicators of the results of good data governance',
        mandatory: false,
        line: 1145,
      },
      {
        id: 'government-policy',
        th: 'นโยบายและแผนรัฐบาล',
        en: 'Government policies and plans',
        mandatory: false,
        line: 1145,
      },
      {
        id: 'other-strategies',
        th: 'การบรรลุตามยุทธศาสตร์อื่นๆ',
        en: 'Achievement of other strategies',
        mandatory: false,
        line: 1145,
      },
    ],
  },
  {
    id: '7.2',
    title: {
      th: 'ด้านผู้รับบริการ และประชาชน',
      en: 'Service users and the public',
      line: 1147,
    },
    groups: [
      {
        id: 'satisfaction',
        th: 'ความพึงพอใจ',
        en: 'Satisfaction',
        mandatory: true,
        line: 1151,
      },
      {
        id: 'service-changes',
        th: 'การปรับเปลี่ยนด้านการบริการที่เกิดประโยชน์',
        en: 'Beneficial changes to services',
        mandatory: false,
        line: 1151,
      },
      {
        id: 'engagement',
        th: 'ความผูกพันและความร่วมมือ',
        en: 'Engagement and cooperation',
        mandatory: true,
        line: 1152,
      },
      {
        id: 'complaints',
        th: 'การแก้ไขเรื่องร้องเรียน',
        en: 'Complaint resolution',
        mandatory: false,
        line: 1152,
      },
      {
        id: 'population',
        th: 'ประชากร',
        en: 'Population',
        mandatory: false,
        line: 1153,
      },
    ],
  },
  {
    id: '7.3',
    title: {
      th: 'ด้านการพัฒนา บุคลากรและเครือข่าย',
      en: 'Developing staff and networks',
      line: 1155,
    },
    groups: [
      {
        id: 'innovation-per-staff',
        th: 'จำนวนนวัตกรรมต่อบุคลากร (จำนวนโครงการที่สำเร็จจากการมีส่วนร่วมของเครือข่าย)',
        en: 'Number of innovations per staff member (number of projects completed with network participation)',
        mandatory: true,
        line: 1159,
      },
      {
        id: 'network-staff',
        th: 'บุคลากรร่วมในภาคีเครือข่าย',
        en: 'Staff taking part in partner networks',
        mandatory: false,
        line: 1160,
      },
      {
        id: 'learning',
        th: 'การเรียนรู้และผลการพัฒนา',
        en: 'Learning and development results',
        mandatory: true,
        line: 1160,
      },
      {
        id: 'career-progress',
        th: 'ความก้าวหน้า',
        en: 'Career progression',
        mandatory: false,
        line: 1161,
      },
      {
        id: 'volunteers',
        th: 'บุคลากรอาสาสมัครที่สนองนโยบายหน่วยงาน',
        en: 'Staff who volunteer in support of agency policy',
        mandatory: false,
        line: 1161,
      },
    ],
  },
  {
    id: '7.4',
    title: {
      th: 'ด้านการเป็น ต้นแบบ',
      en: 'Being a role model',
      line: 1163,
    },
    groups: [
      {
        id: 'external-awards',
        th: 'จำนวนรางวัลที่ได้รับจากภายนอก',
        en: 'Number of awards received from outside bodies',
        mandatory: true,
        line: 1167,
      },
      {
        id: 'best-practices',
        th: 'จำนวน Best practice',
        en: 'Number of best practices',
        mandatory: true,
        line: 1167,
      },
      {
        id: 'staff-honoured',
        th: 'จำนวนบุคลากรที่ได้รับการยกย่องจากภายนอก',
        en: 'Number of staff recognized by outside bodies',
        mandatory: false,
        line: 1168,
      },
      {
        id: 'internal-awards',
        th: 'จำนวนรางวัลที่ได้รับจากจากหน่วยงานระดับกรม/ระดับกระทรวง',
        en: 'Number of awards received from department- or ministry-level bodies',
        mandatory: false,
        line: 1169,
      },
    ],
  },
  {
    id: '7.5',
    title: {
      th: 'ด้านผลกระทบต่อ เศรษฐกิจ สังคม สาธารณสุขสิ่งแวดล้อม',
      en: 'Impact on the economy, society, public health and the environment',
      line: 1171,
    },
    groups: [
      {
        id: 'joint-kpis',
        th: 'การบรรลุผลตัววัดร่วม',
        en: 'Achievement of joint measures',
        mandatory: true,
        line: 1175,
      },
      {
        id: 'international-rankings',
        th: 'การจัดอันดับในระดับนานาชาติ',
        en: 'International rankings',
        mandatory: false,
        line: 1175,
      },
      {
        id: 'digital-impact',
        th: 'ตัววัดด้านเศรษฐกิจ สังคม สาธารณสุข และสิ่งแวดล้อมผ่านการใช้เทคโนโลยีดิจิทัล',
        en: 'Economic, social, public health and environmental measures achieved through digital technology',
        mandatory: false,
        line: 1176,
      },
      {
        id: 'data-linking',
        th: 'การเชื่อมโยงข้อมูล',
        en: 'Data linkage',
        mandatory: false,
        line: 1177,
      },
    ],
  },
  {
    id: '7.6',
    title: {
      th: 'ด้านการลดต้นทุน สร้างนวัตกรรม และ การจัดการกระบวนการ',
      en: 'Cost reduction, innovation and process management',
      line: 1179,
    },
    groups: [
      {
        id: 'cost-reduced',
        th: 'ต้นทุนที่ลดลง',
        en: 'Cost reductions',
        mandatory: false,
        line: 1183,
      },
      {
        id: 'disaster-mitigation',
        th: 'ประสิทธิภาพการบรรเทาผลกระทบด้านภัยพิบัติต่างๆ',
        en: 'Effectiveness in mitigating the impact of disasters',
        mandatory: false,
        line: 1183,
      },
      {
        id: 'improvement-innovation',
        th: 'นวัตกรรมการปรับปรุง',
        en: 'Improvement innovations',
        mandatory: true,
        line: 1184,
      },
      {
        id: 'policy-innovation',
        th: 'นวัตกรรมด้านนโยบาย กฎระเบียบ และกฎหมาย',
        en: 'Innovation in policy, regulations and law',
        mandatory: false,
        line: 1185,
      },
      {
        id: 'digital-improvement',
        th: 'ผลการปรับปรุงจากการใช้เทคโนโลยีดิจิทัล (Open Data, เชื่อมโยงข้อมูล, Digitize Process, e-Services)',
        en: 'Improvements from using digital technology (open data, data linkage, digitized processes, e-services)',
        mandatory: true,
        line: 1186,
      },
    ],
  },
];
