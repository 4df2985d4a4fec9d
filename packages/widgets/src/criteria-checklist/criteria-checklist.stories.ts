import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import './kn-criteria-checklist.js';
import type { ChecklistValue } from './storage.js';

interface Args {
  category?: string;
  query?: string;
  lang?: string;
  numerals?: string;
  category7Score?: number;
  bilingual?: boolean;
  value?: ChecklistValue;
}

const partly: ChecklistValue = {
  levels: { '1.1': 'advance', '1.2': 'basic', '1.3': 'significance', '2.1': 'none', '5.4': 'advance' },
  prompts: {
    '1.1.2': {
      notes: 'แผนยุทธศาสตร์ 5 ปี ครอบคลุมพันธกิจทั้ง 4 ด้าน (หน้า 12–18)',
      links: ['https://example.go.th/plan-2567.pdf'],
    },
    '1.2.1': { notes: 'ประกาศนโยบาย No Gift Policy', links: [] },
  },
};

const meta: Meta<Args> = {
  title: 'Widgets/Criteria checklist',
  component: 'kn-criteria-checklist',
  args: {},
  render: (a) =>
    html`<kn-criteria-checklist
      category=${a.category ?? nothing}
      query=${a.query ?? nothing}
      lang=${a.lang ?? nothing}
      numerals=${a.numerals ?? nothing}
      category7-score=${a.category7Score ?? nothing}
      ?bilingual=${a.bilingual}
      .value=${a.value ?? { levels: {}, prompts: {} }}
    ></kn-criteria-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const PartlyAssessed: Story = { args: { value: partly, category7Score: 420 } };
export const OneCategory: Story = { args: { value: partly, category: '1' } };
export const English: Story = { args: { value: partly, lang: 'en', category: '1' } };
export const ThaiDigits: Story = { args: { value: partly, numerals: 'thai', category: '1' } };
export const ThaiWithEnglish: Story = { args: { category: '5', bilingual: true } };

/** Interaction: a user records item 1.1 at Advance; the estimate follows (core rule CL). */
export const RecordingALevel: Story = {
  args: { category: '1' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-criteria-checklist') as HTMLElement & {
      updateComplete: Promise<unknown>;
      result: { ok: boolean; categories?: { id: number; score: number | null }[] };
    };
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('input[name="level-1-1"][value="advance"]')).not.toBeNull(),
    );
    await userEvent.click(
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name="level-1-1"][value="advance"]')!,
    );
    await waitFor(() => expect(el.result.ok && el.result.categories?.[0]?.score).toBe(400));
  },
};

/** OneCategory in dark theme. */
export const Dark: Story = { ...OneCategory, name: 'Dark', globals: { theme: 'dark' } };

/** OneCategory in a 240 px container. */
export const Narrow: Story = { ...OneCategory, name: 'Narrow', globals: { width: 'narrow' } };

/** OneCategory in the high-contrast theme. */
export const HighContrast: Story = {
  ...OneCategory,
  name: 'HighContrast',
  globals: { theme: 'high-contrast' },
};
