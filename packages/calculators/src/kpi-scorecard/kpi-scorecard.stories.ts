import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { AgencyKpiRow, Category7SetKpiInput } from '@khanaen/core';
import './kn-kpi-scorecard.js';
import { FY2567 } from './samples.js';

interface Args {
  mode?: 'agency' | 'cat7';
  /** Category 7: the Buddhist-era year whose rule pack applies. */
  year?: number;
  lang?: string;
  numerals?: 'latin' | 'thai';
  digital?: string;
  pmqa?: string;
  kpis?: readonly (AgencyKpiRow | Category7SetKpiInput)[];
}

/** The same KPIs with one weight changed: the weights total 95. */
const WEIGHTS_95: AgencyKpiRow[] = FY2567.map((k) => (k.id === '3.2' ? { ...k, weight: 5 } : k));

/** A Category 7 set: groups by id or Thai label, mandatory groups partly missing, one KPI repeated in 7.4. */
const CAT7: Category7SetKpiInput[] = [
  {
    dimension: '7.1',
    group: 'core-mission',
    name: 'ร้อยละความสำเร็จของการตรวจสอบสถานประกอบการตามแผน',
    unit: 'ร้อยละ',
    target: 92,
    actual: 97,
    history: [88, 91],
  },
  {
    dimension: '7.1',
    group: 'ตัววัดตามแผนยุทธศาสตร์',
    name: 'ร้อยละความสำเร็จของโครงการตามแผนยุทธศาสตร์กรม',
    unit: 'ร้อยละ',
    target: 90,
    actual: 93,
    history: [85, 89],
  },
  {
    dimension: '7.2',
    group: 'satisfaction',
    name: 'ร้อยละความพึงพอใจของผู้รับบริการ',
    unit: 'ร้อยละ',
    target: 85,
    actual: 95,
    history: [82, 84],
  },
  {
    dimension: '7.2',
    group: 'complaints',
    name: 'ระยะเวลาเฉลี่ยในการแก้ไขเรื่องร้องเรียน',
    unit: 'วัน',
    target: 10,
    actual: 8,
    history: [14, 12],
    direction: 'lower',
  },
  {
    dimension: '7.3',
    group: 'learning',
    name: 'ร้อยละของบุคลากรที่ผ่านการพัฒนาตามแผนพัฒนารายบุคคล (IDP)',
    unit: 'ร้อยละ',
    target: 90,
    actual: 92,
    history: [80, 88],
  },
  {
    dimension: '7.4',
    group: 'external-awards',
    name: 'จำนวนรางวัลที่ได้รับจากหน่วยงานภายนอก',
    unit: 'รางวัล',
    target: 3,
    actual: 4,
    history: [2, 3],
  },
  {
    dimension: '7.4',
    group: 'best-practices',
    name: 'ร้อยละความพึงพอใจของ ผู้รับบริการ',
    unit: 'คะแนน',
    target: 4.2,
    actual: 4.5,
    history: [4, 4.1],
  },
  {
    dimension: '7.5',
    group: 'joint-kpis',
    name: 'ร้อยละของสถานประกอบการที่ผ่านเกณฑ์มาตรฐานสิ่งแวดล้อม',
    unit: 'ร้อยละ',
    target: 75,
    actual: 80,
    history: [70, 74],
  },
  {
    dimension: '7.6',
    group: 'digital-improvement',
    name: 'ร้อยละของงานบริการที่ยื่นคำขอผ่านระบบดิจิทัล',
    unit: 'ร้อยละ',
    target: 60,
    actual: 72,
    history: [40, 55],
  },
  {
    dimension: '7.6',
    group: 'cost-reduced',
    name: 'ต้นทุนการให้บริการต่อคำขอ',
    unit: 'บาท',
    target: 120,
    actual: 110,
    history: [140, 125],
    direction: 'lower',
  },
];

const meta: Meta<Args> = {
  title: 'Calculators/KPI scorecard',
  component: 'kn-kpi-scorecard',
  args: { mode: 'agency', kpis: FY2567 },
  render: (a) =>
    html`<kn-kpi-scorecard
      mode=${a.mode ?? nothing}
      year=${a.year ?? nothing}
      lang=${a.lang ?? nothing}
      numerals=${a.numerals ?? nothing}
      digital=${a.digital ?? nothing}
      pmqa=${a.pmqa ?? nothing}
      .kpis=${a.kpis ?? []}
    ></kn-kpi-scorecard>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Seven department KPIs of FY2567, weights totalling 100: total, level and band meter. */
export const Fy2567Agency: Story = { name: 'FY2567 agency sample' };

/** The weights add up to 95: a clear message, per-KPI scores, no total until they are exactly 100. */
export const WeightsNot100: Story = { name: 'Weights not 100', args: { kpis: WEIGHTS_95 } };

/** With the digital-organisation and PMQA 4.0 components: the 70/30 composite. */
export const WithComposite: Story = { name: 'With composite', args: { digital: '85', pmqa: '78.5' } };

/** A Category 7 set with a KPI repeated across dimensions (scored 0) and structural warnings. */
export const Cat7Set: Story = { name: 'Category 7 set', args: { mode: 'cat7', kpis: CAT7 } };

/** The same set scored with the 2565 rule pack (`year="2565"`): the 2565 group list and mandatory groups. */
export const Cat7Set2565: Story = {
  name: 'Category 7 set, 2565 pack',
  args: { mode: 'cat7', year: 2565, kpis: CAT7 },
};

/** English, with the composite. */
export const English: Story = { args: { lang: 'en', digital: '85', pmqa: '78.5' } };

/** No KPIs yet. */
export const Empty: Story = { args: { kpis: [] } };

/** Fy2567Agency in dark theme. */
export const Dark: Story = { ...Fy2567Agency, name: 'Dark', globals: { theme: 'dark' } };

/** Fy2567Agency in a 240 px container. */
export const Narrow: Story = { ...Fy2567Agency, name: 'Narrow', globals: { width: 'narrow' } };
