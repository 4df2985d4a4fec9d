import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  facilitationValue,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  type ExplanationStep,
  type Warning,
} from '@khanaen/core';
import './kn-explanation.js';

const category7 = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
const agency = scoreAgencyKpi({ actual: 85, targets: { initial: 80, standard: 90, high: 100 }, weight: 30 });
const value = facilitationValue({
  services: [
    { name: 'ขออนุญาตประกอบกิจการ', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 },
  ],
});

const steps = (r: { ok: boolean; explanation?: readonly ExplanationStep[] }) =>
  r.ok ? (r.explanation ?? []) : [];
const warnings = (r: { ok: boolean; warnings?: readonly Warning[] }) => (r.ok ? (r.warnings ?? []) : []);

const meta: Meta = {
  title: 'Widgets/Explanation',
  component: 'kn-explanation',
};
export default meta;
type Story = StoryObj;

/** Rule C7, the worked example's case 2 (with the "target below last year" warning). */
export const Category7: Story = {
  render: () =>
    html`<kn-explanation open .steps=${steps(category7)} .warnings=${warnings(category7)}></kn-explanation>`,
};
/** Rule AE.1 with a weight. */
export const AgencyKpi: Story = {
  render: () => html`<kn-explanation open .steps=${steps(agency)}></kn-explanation>`,
};
/** Rule FV. */
export const ValueForMoney: Story = {
  render: () => html`<kn-explanation .steps=${steps(value)}></kn-explanation>`,
};
export const English: Story = {
  render: () =>
    html`<kn-explanation
      lang="en"
      open
      .steps=${steps(category7)}
      .warnings=${warnings(category7)}
    ></kn-explanation>`,
};
export const ThaiDigits: Story = {
  render: () => html`<kn-explanation numerals="thai" open .steps=${steps(category7)}></kn-explanation>`,
};
export const Empty: Story = { render: () => html`<kn-explanation></kn-explanation>` };

/** Category7 in dark theme. */
export const Dark: Story = { ...Category7, name: 'Dark', globals: { theme: 'dark' } };

/** Category7 in a 240 px container. */
export const Narrow: Story = { ...Category7, name: 'Narrow', globals: { width: 'narrow' } };
