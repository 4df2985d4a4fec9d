import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import './kn-number-field.js';
import type { KnNumberField } from './number-field.js';

interface Args {
  label?: string;
  value?: string;
  unit?: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  numerals?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Number field',
  component: 'kn-number-field',
  args: { label: 'ค่าเป้าหมาย', unit: 'ล้านบาท', hint: 'ใช้เลขไทยหรือเครื่องหมายจุลภาคคั่นหลักพันได้' },
  render: (a) =>
    html`<kn-number-field
      label=${a.label ?? nothing}
      value=${a.value ?? nothing}
      unit=${a.unit ?? nothing}
      hint=${a.hint ?? nothing}
      min=${a.min ?? nothing}
      max=${a.max ?? nothing}
      step=${a.step ?? nothing}
      ?integer=${a.integer}
      ?required=${a.required}
      ?disabled=${a.disabled}
      error=${a.error ?? nothing}
      numerals=${a.numerals ?? nothing}
    ></kn-number-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const ThaiDigitsAndSeparators: Story = { args: { value: '๑,๒๓๔.๕' } };
export const WithRange: Story = {
  args: { label: 'น้ำหนัก', unit: '%', value: '30', min: 0, max: 100, step: 1 },
};
export const ErrorFromACalculator: Story = {
  args: { value: '0', error: 'ค่าเป้าหมายต้องไม่เป็น 0 เพราะร้อยละที่ดีกว่าเป้าหมายคิดเทียบกับค่าเป้าหมาย' },
};
export const Disabled: Story = { args: { value: '375', disabled: true } };
export const English: Story = {
  args: { label: 'Target', unit: 'million baht', hint: 'Thai digits and thousands separators are fine' },
};

/** Interaction: a user types Thai digits, then a mistake, and sees the localised error after leaving the field. */
export const TypingAndValidation: Story = {
  args: { label: 'ผลการดำเนินงาน', required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-number-field') as KnNumberField;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, '๑,๒๐๐');
    await waitFor(() => expect(el.valueAsNumber).toBe(1200));
    await userEvent.type(input, 'x');
    await userEvent.tab();
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).toContain('ต้องเป็นตัวเลข'),
    );
    await userEvent.tripleClick(input); // select what is there, then type over it
    await userEvent.keyboard('1200');
    await userEvent.tab();
    await waitFor(() => expect(el.checkValidity()).toBe(true));
  },
};

/** ErrorFromACalculator in dark theme. */
export const Dark: Story = { ...ErrorFromACalculator, name: 'Dark', globals: { theme: 'dark' } };

/** ThaiDigitsAndSeparators in a 240 px container. */
export const Narrow: Story = { ...ThaiDigitsAndSeparators, name: 'Narrow', globals: { width: 'narrow' } };
