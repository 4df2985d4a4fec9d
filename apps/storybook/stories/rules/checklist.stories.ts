import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/widgets/register.js';

/** Live example of rule CL (docs page: Rules/Self-assessment estimate). */
const meta: Meta = { title: 'Rules/Self-assessment estimate (CL)/Examples', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

export const Category1: Story = {
  render: () => html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`,
};
