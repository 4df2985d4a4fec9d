import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { scoreCategory7Kpi } from '@khanaen/core';
import './kn-score-badge.js';

interface Args {
  score?: number;
  level?: string;
  scale?: string;
  max?: number;
  estimate?: boolean;
  numerals?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Score badge',
  component: 'kn-score-badge',
  args: { score: 418, scale: 'pmqa40', max: 500 },
  render: (a) =>
    html`<kn-score-badge
      score=${a.score ?? nothing}
      level=${a.level ?? nothing}
      scale=${a.scale ?? nothing}
      max=${a.max ?? nothing}
      ?estimate=${a.estimate}
      numerals=${a.numerals ?? nothing}
    ></kn-score-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Pmqa: Story = {};
export const AgencyLevels: Story = {
  render: () =>
    html`<div style="display:flex;flex-wrap:wrap;gap:8px">
      ${[95, 80, 65, 40].map((s) => html`<kn-score-badge score=${s} scale="agency" max="100"></kn-score-badge>`)}
    </div>`,
};
export const Estimate: Story = { args: { score: 366.67, estimate: true, scale: 'pmqa40' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const Empty: Story = { args: { score: undefined, scale: undefined, max: undefined } };

/** AgencyLevels in dark theme. */
export const Dark: Story = { ...AgencyLevels, name: 'Dark', globals: { theme: 'dark' } };

/** Pmqa in a 240 px container. */
export const Narrow: Story = { ...Pmqa, name: 'Narrow', globals: { width: 'narrow' } };

/** `.result` takes a core result and shows its `position`: here rule C7 for one KPI (core rounds, not the badge). */
export const CoreResult: Story = {
  render: () =>
    html`<kn-score-badge
      .result=${scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] })}
    ></kn-score-badge>`,
};
