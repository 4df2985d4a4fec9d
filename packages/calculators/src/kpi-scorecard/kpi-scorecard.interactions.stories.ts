import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import meta from './kpi-scorecard.stories.js';
import { FY2567 } from './samples.js';

/** Interaction stories (kept apart from the stories the unit tests render, which run without Storybook). */
export default { ...meta, title: 'Calculators/KPI scorecard/Interactions', tags: ['!autodocs'] } as Meta;
type Story = StoryObj;

/** Interaction: a user changes a weight so they no longer total 100, reads the message, and fixes it. */
export const EditingWeights: Story = {
  args: { kpis: FY2567 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-kpi-scorecard') as HTMLElement & {
      updateComplete: Promise<unknown>;
      result: { ok: boolean };
    };
    await el.updateComplete;
    const weight = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="weight"]')!;
    const original = weight.value;
    await userEvent.tripleClick(weight); // select what is there, then type over it
    await userEvent.keyboard('5');
    await waitFor(() => expect(el.result.ok).toBe(false));
    await waitFor(() => expect(el.shadowRoot!.textContent).toContain('ต้องรวมกันเท่ากับ 100'));
    await userEvent.tripleClick(weight); // select what is there, then type over it
    await userEvent.keyboard(original);
    await waitFor(() => expect(el.result.ok).toBe(true));
  },
};
