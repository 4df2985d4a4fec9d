import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import meta from './cost-savings-calculator.stories.js';
import { SPEC } from './samples.js';

/** Interaction stories (kept apart from the stories the unit tests render, which run without Storybook). */
export default {
  ...meta,
  title: 'Calculators/Cost-savings calculator/Interactions',
  tags: ['!autodocs'],
} as Meta;
type Story = StoryObj;

/** Interaction: a user types the number of transactions in Thai digits; the totals follow. */
export const TypingTransactions: Story = {
  args: { services: SPEC },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-cost-savings-calculator') as HTMLElement & {
      updateComplete: Promise<unknown>;
      result: { ok: boolean; total?: number };
    };
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector('kn-number-field[data-field="services.0.transactions"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.tripleClick(input); // select what is there, then type over it
    await userEvent.keyboard('๒๐,๐๐๐');
    await waitFor(() => expect(el.result.ok && el.result.total).toBe(4_500_000));
  },
};
