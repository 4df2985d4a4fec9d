import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/calculators/register.js';

/** Live worked examples of rules C7 and C7S (docs page: Rules/Category 7). */
const meta: Meta = { title: 'Rules/Category 7 (C7, C7S)/Examples', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const example = (target: string) =>
  html`<kn-kpi-target-calculator
    name="รายได้จากการท่องเที่ยว"
    unit="ล้านบาท"
    year="2564"
    target=${target}
    actual="400"
    history="[300,450]"
  ></kn-kpi-target-calculator>`;

/** กรณีที่ 1 (001:1188-1195): target 450, result 400 → −11.11 %, Basic, 300. */
export const Case1: Story = { render: () => example('450') };
/** กรณีที่ 2 (001:1196-1197): target 375 = the 2-year mean → 6.67 %, Advance, 400. */
export const Case2: Story = { render: () => example('375') };
/** กรณีที่ 3 (001:1198-1199): target 300 below the 2-year mean → not challenging, 0. */
export const Case3: Story = { render: () => example('300') };
/** Boundary: 100 → 105 is exactly 5.00 %: Basic as the text reads it, Advance as the table reads it. */
export const Boundary: Story = {
  render: () =>
    html`<div class="kn-stack">
      <kn-kpi-target-calculator
        target="100"
        actual="105"
        history="[90,100]"
        year="2567"
        boundaries="text"
      ></kn-kpi-target-calculator>
      <kn-kpi-target-calculator
        target="100"
        actual="105"
        history="[90,100]"
        year="2567"
        boundaries="table"
      ></kn-kpi-target-calculator>
    </div>`,
};
