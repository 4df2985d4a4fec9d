import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@khanaen/widgets/register.js';

/** Live examples of rules PB and PA (docs page: Rules/PMQA 4.0 bands and awards). */
const meta: Meta = { title: 'Rules/PMQA 4.0 bands and awards (PB, PA)/Examples', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

export const Bands: Story = {
  render: () =>
    html`<div class="kn-stack">
      ${[250, 299.99, 300, 399.99, 400, 418, 469.99, 470, 500].map((v) => html`<kn-band-meter scale="pmqa40" value=${v}></kn-band-meter>`)}
    </div>`,
};
export const SelfScoreAgainstAssessor: Story = {
  render: () =>
    html`<kn-band-meter
      scale="pmqa40"
      value="431"
      compare="398"
      value-label="ประเมินตนเอง"
      compare-label="ผู้ตรวจประเมิน"
    ></kn-band-meter>`,
};
