import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/calculators/register.js';

/** Live example of rules FE and FV (docs page: Rules/Facilitation award). */
const meta: Meta = { title: 'Rules/Facilitation award (FE, FV)/Examples', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

export const SpecExample: Story = {
  render: () =>
    html`<kn-cost-savings-calculator
      .services=${[{ name: 'ขอใบอนุญาตประกอบกิจการ', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 }]}
    ></kn-cost-savings-calculator>`,
};
