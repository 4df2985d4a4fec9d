import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import './kn-kpi-target-calculator.js';
import type { KnKpiTargetCalculator } from './kpi-target-calculator.js';

interface Args {
  mode?: string;
  name?: string;
  unit?: string;
  target?: string;
  actual?: string;
  history?: string;
  direction?: string;
  boundaries?: string;
  year?: number;
  'initial-target'?: string;
  'standard-target'?: string;
  'high-target'?: string;
  weight?: string;
  numerals?: string;
}

const meta: Meta<Args> = {
  title: 'Calculators/KPI target calculator',
  component: 'kn-kpi-target-calculator',
  render: (a) =>
    html`<kn-kpi-target-calculator
      mode=${a.mode ?? nothing}
      name=${a.name ?? nothing}
      unit=${a.unit ?? nothing}
      target=${a.target ?? nothing}
      actual=${a.actual ?? nothing}
      history=${a.history ?? nothing}
      direction=${a.direction ?? nothing}
      boundaries=${a.boundaries ?? nothing}
      year=${a.year ?? nothing}
      initial-target=${a['initial-target'] ?? nothing}
      standard-target=${a['standard-target'] ?? nothing}
      high-target=${a['high-target'] ?? nothing}
      weight=${a.weight ?? nothing}
      numerals=${a.numerals ?? nothing}
    ></kn-kpi-target-calculator>`,
};
export default meta;
type Story = StoryObj<Args>;

const tourism = {
  name: 'รายได้จากการท่องเที่ยว',
  unit: 'ล้านบาท',
  year: 2564,
  history: '[300,450]',
  actual: '400',
};

/** The worked example of the criteria (001:1188-1199), case 2: target = the 2-year mean → Advance. */
export const Cat7Advance: Story = { args: { ...tourism, target: '375' } };
/** Case 1: a higher target, result below it → Basic (300). */
export const Cat7BelowTarget: Story = { args: { ...tourism, target: '450' } };
/** Case 3: target below the 2-year mean → not challenging, 0 points. */
export const Cat7NotChallenging: Story = { args: { ...tourism, target: '300' } };
/** Lower is better (e.g. PM2.5): target 50, result 45 → 10 % better → Advance. */
export const Cat7LowerIsBetter: Story = {
  args: {
    name: 'ค่าเฉลี่ย PM2.5',
    unit: 'มคก./ลบ.ม.',
    direction: 'lower',
    target: '50',
    actual: '45',
    history: '[60,55]',
    year: 2567,
  },
};
/** The 5 % boundary read as the table (< 5 Basic): 105 vs 100 → Advance. */
export const Cat7TableBoundaries: Story = {
  args: { target: '100', actual: '105', history: '[90,100]', boundaries: 'table', year: 2567 },
};
export const Cat7Empty: Story = { args: {} };
export const Cat7BadInput: Story = { args: { target: '0', actual: 'abc', history: '[300]', year: 2567 } };
export const Cat7ThaiDigits: Story = { args: { ...tourism, target: '375', numerals: 'thai' } };

/** Agency evaluation FY2567, targets 80/90/100, result 85 → 62.5, weight 30 → 18.75. */
export const Agency: Story = {
  args: {
    mode: 'agency',
    name: 'ร้อยละความพึงพอใจของผู้รับบริการ',
    unit: '%',
    'initial-target': '80',
    'standard-target': '90',
    'high-target': '100',
    actual: '85',
    weight: '30',
  },
};
/** Lower is better, inferred from the target order 20/15/10: 17 → 65. */
export const AgencyLowerIsBetter: Story = {
  args: {
    mode: 'agency',
    name: 'จำนวนเรื่องร้องเรียน',
    unit: 'เรื่อง',
    'initial-target': '20',
    'standard-target': '15',
    'high-target': '10',
    actual: '17',
  },
};
export const AgencyTargetsNotOrdered: Story = {
  args: {
    mode: 'agency',
    'initial-target': '80',
    'standard-target': '70',
    'high-target': '100',
    actual: '85',
  },
};

/** Interaction: a user types a result; the level and the explanation follow. */
export const TypingAResult: Story = {
  args: { ...tourism, target: '375', actual: '' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-kpi-target-calculator') as KnKpiTargetCalculator;
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector('kn-number-field[data-field="actual"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, '๔๒๐');
    await waitFor(() => expect(el.result.ok && 'level' in el.result && el.result.level).toBe('significance'));
  },
};

/** Cat7Advance in dark theme. */
export const Dark: Story = { ...Cat7Advance, name: 'Dark', globals: { theme: 'dark' } };

/** Cat7Advance in a 240 px container. */
export const Narrow: Story = { ...Cat7Advance, name: 'Narrow', globals: { width: 'narrow' } };

/** Agency in the high-contrast theme. */
export const HighContrast: Story = { ...Agency, name: 'HighContrast', globals: { theme: 'high-contrast' } };
