import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './kn-trend-chart.js';
import type { TrendPoint } from './trend-chart.js';

interface Args {
  points?: TrendPoint[];
  target?: number;
  unit?: string;
  label?: string;
  direction?: string;
  numerals?: string;
}

const category7: TrendPoint[] = [
  { year: 2562, value: 300 },
  { year: 2563, value: 450 },
  { year: 2564, value: 400 },
];

const meta: Meta<Args> = {
  title: 'Widgets/Trend chart',
  component: 'kn-trend-chart',
  args: { points: category7, target: 375, unit: 'ล้านบาท' },
  render: (a) =>
    html`<kn-trend-chart
      .points=${a.points ?? null}
      target=${a.target ?? nothing}
      unit=${a.unit ?? nothing}
      label=${a.label ?? nothing}
      direction=${a.direction ?? nothing}
      numerals=${a.numerals ?? nothing}
    ></kn-trend-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Category7ThreeYears: Story = {};

export const CommonEraInput: Story = {
  args: {
    points: [
      { year: 2021, value: 82 },
      { year: 2022, value: 76.5 },
      { year: 2023, value: 71 },
      { year: 2024, value: 64.25 },
    ],
    target: 70,
    unit: 'วัน',
    label: 'ระยะเวลาให้บริการเฉลี่ย',
    direction: 'lower',
  },
};

export const WithGap: Story = {
  args: {
    points: [
      { year: 2563, value: 300 },
      { year: 2564, value: 350 },
      { year: 2565, value: null },
      { year: 2566, value: 420 },
      { year: 2567, value: 460 },
    ],
  },
};

export const TooFewPoints: Story = { args: { points: [{ year: 2567, value: 400 }] } };

export const ThaiDigits: Story = { args: { numerals: 'thai' } };

export const Narrow: Story = { globals: { width: 'narrow' } };

/** Category7ThreeYears in dark theme. */
export const Dark: Story = { ...Category7ThreeYears, name: 'Dark', globals: { theme: 'dark' } };
