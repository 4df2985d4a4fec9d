import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { FacilitationEfficiencyInput, ServiceSaving } from '@khanaen/core';
import './kn-cost-savings-calculator.js';
import { SPEC } from './samples.js';

interface Args {
  services?: ServiceSaving[];
  rubric?: FacilitationEfficiencyInput;
  bahtPerSheet?: string;
  wagePerDay?: string;
  hoursPerDay?: string;
  lang?: string;
  numerals?: 'latin' | 'thai';
  disabled?: boolean;
}

/** A municipality's services in its citizen's manual (realistic figures, not from a real agency). */
const AGENCY: ServiceSaving[] = [
  {
    name: 'ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
    sheetsReduced: 4,
    feeReduced: 100,
    hoursReduced: 3,
    transactions: 2400,
  },
  { name: 'คัดสำเนาทะเบียนบ้าน', sheetsReduced: 2, feeReduced: 0, minutesReduced: 45, transactions: 18500 },
  {
    name: 'ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร',
    sheetsReduced: 6,
    feeReduced: 20,
    hoursReduced: 16,
    transactions: 640,
  },
  { name: 'ขอรับเบี้ยยังชีพผู้สูงอายุ', sheetsReduced: 3, feeReduced: 0, minutesReduced: 90, transactions: 5200 },
];

const FULL_RUBRIC: FacilitationEfficiencyInput = {
  law: { levels: ['act', 'ministerial', 'department'], count: 2 },
  documents: { before: 4, after: 0 },
  fees: { before: 200, after: 0 },
  steps: { before: 12, after: 5 },
  time: { before: 15, after: 3 },
  renewalByPayment: true,
  eService: { form: true, payment: true, document: true },
  other: true,
  regulatoryGuillotine: true,
  valuePoints: 12,
};

const meta: Meta<Args> = {
  title: 'Calculators/Cost-savings calculator',
  component: 'kn-cost-savings-calculator',
  args: { services: SPEC },
  render: (a) =>
    html`<kn-cost-savings-calculator
      .services=${a.services ?? []}
      .rubric=${a.rubric ?? {}}
      baht-per-sheet=${a.bahtPerSheet ?? nothing}
      wage-per-day=${a.wagePerDay ?? nothing}
      hours-per-day=${a.hoursPerDay ?? nothing}
      lang=${a.lang ?? nothing}
      numerals=${a.numerals ?? nothing}
      ?disabled=${a.disabled ?? false}
    ></kn-cost-savings-calculator>`,
};
export default meta;
type Story = StoryObj<Args>;

/** SPEC §6 example: 4 sheets, fee cut 100 baht, 3 hours, 10,000 transactions → 2,250,000 baht. */
export const SpecExample: Story = {};

/** Several services of one agency, times in hours and in minutes. */
export const AgencyServices: Story = {
  args: {
    services: AGENCY,
    rubric: {
      law: { levels: ['department'], count: 1 },
      fees: { before: 200, after: 100 },
      eService: { form: true, payment: true },
    },
  },
};

/** A newer minimum wage (e.g. 363 baht/day): the result says "+overrides". */
export const ChangedConstants: Story = { args: { services: AGENCY, wagePerDay: '363' } };

/** Every item at its maximum plus the Regulatory Guillotine bonus: dimension 1 stays at the rule pack's maximum. */
export const RubricAtCap: Story = { args: { services: SPEC, rubric: FULL_RUBRIC } };

/** Bad input, shown next to each field. */
export const Errors: Story = {
  args: {
    services: [
      {
        name: 'ขออนุญาตประกอบกิจการ',
        sheetsReduced: 4,
        feeReduced: 'ร้อย',
        hoursReduced: 3,
        transactions: 10000,
      },
      { name: 'คัดสำเนาทะเบียน', sheetsReduced: -1, feeReduced: 0, minutesReduced: 30, transactions: '12.5' },
    ],
    rubric: { steps: { before: 0, after: 0 }, valuePoints: 16 },
  },
};

export const English: Story = { args: { services: AGENCY, rubric: FULL_RUBRIC, lang: 'en' } };

export const ThaiDigits: Story = { args: { services: AGENCY, rubric: FULL_RUBRIC, numerals: 'thai' } };

/** A new calculator: one blank row, no errors until the user touches it. */
export const Empty: Story = { args: { services: [] } };

/** SpecExample in dark theme. */
export const Dark: Story = { ...SpecExample, name: 'Dark', globals: { theme: 'dark' } };

/** SpecExample in a 240 px container. */
export const Narrow: Story = { ...SpecExample, name: 'Narrow', globals: { width: 'narrow' } };
