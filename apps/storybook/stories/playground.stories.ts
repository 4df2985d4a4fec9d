import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/calculators/register.js';

/**
 * Calculators feed band meters through `for`: each meter follows the `kn-change` result (`score`, `total`
 * or `overall`) of the element whose id it names. Edit a calculator and watch its meter.
 */
const meta: Meta = { title: 'Playground', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

export const CalculatorsFeedMeters: Story = {
  render: () =>
    html`<div class="kn-stack">
      <kn-kpi-target-calculator
        id="pg-cat7"
        name="รายได้จากการท่องเที่ยว"
        unit="ล้านบาท"
        year="2564"
        target="375"
        actual="400"
        history="[300,450]"
      ></kn-kpi-target-calculator>
      <kn-band-meter for="pg-cat7" scale="cat7" label="คะแนนตัวชี้วัดหมวด 7"></kn-band-meter>
      <kn-kpi-target-calculator
        id="pg-agency"
        mode="agency"
        name="ร้อยละความพึงพอใจ"
        initial-target="80"
        standard-target="90"
        high-target="100"
        actual="85"
      ></kn-kpi-target-calculator>
      <kn-band-meter for="pg-agency" scale="agency" label="คะแนนตัวชี้วัด (การประเมินส่วนราชการ)"></kn-band-meter>
    </div>`,
};
