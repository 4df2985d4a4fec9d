import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/calculators/register.js';

/** Live examples of rule AE (docs page: Rules/Agency evaluation). */
const meta: Meta = { title: 'Rules/Agency evaluation (AE)/Examples', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

export const Interpolation: Story = {
  render: () =>
    html`<kn-kpi-target-calculator
      mode="agency"
      name="ร้อยละความสำเร็จของการเบิกจ่ายงบประมาณ"
      unit="%"
      initial-target="80"
      standard-target="90"
      high-target="100"
      actual="85"
      weight="30"
    ></kn-kpi-target-calculator>`,
};
export const LowerIsBetter: Story = {
  render: () =>
    html`<kn-kpi-target-calculator
      mode="agency"
      name="จำนวนผู้เสียชีวิตจากอุบัติเหตุทางถนน"
      unit="ราย"
      initial-target="20"
      standard-target="15"
      high-target="10"
      actual="17"
    ></kn-kpi-target-calculator>`,
};
export const Levels: Story = {
  render: () =>
    html`<div class="kn-stack">
      ${[59.99, 60, 74.99, 75, 89.99, 89.995, 90].map((v) => html`<kn-band-meter scale="agency" value=${v}></kn-band-meter>`)}
    </div>`,
};
