import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { bandScale, checklistEstimate, classifyOnScale, type BandScale } from '@khanaen/core';
import './kn-band-meter.js';
import '../criteria-checklist/kn-criteria-checklist.js';

interface Args {
  scale?: string;
  value?: number | string;
  compare?: number;
  valueLabel?: string;
  compareLabel?: string;
  label?: string;
  numerals?: string;
  bands?: BandScale;
}

const kpiScale: BandScale = {
  id: 'kpi',
  min: 1,
  max: 5,
  unit: { th: 'คะแนน', en: 'points' },
  rule: 'custom',
  source: '',
  bands: [
    { id: 'low', min: 1, label: { th: 'ต้องปรับปรุง', en: 'Needs work' } },
    { id: 'mid', min: 3, label: { th: 'ตามเป้าหมาย', en: 'On target' } },
    { id: 'high', min: 4.5, label: { th: 'เกินเป้าหมาย', en: 'Above target' } },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Band meter',
  component: 'kn-band-meter',
  args: { scale: 'pmqa40', value: 418 },
  render: (a) =>
    html`<kn-band-meter
      scale=${a.scale ?? nothing}
      value=${a.value ?? nothing}
      compare=${a.compare ?? nothing}
      value-label=${a.valueLabel ?? nothing}
      compare-label=${a.compareLabel ?? nothing}
      label=${a.label ?? nothing}
      numerals=${a.numerals ?? nothing}
      .bands=${a.bands ?? null}
    ></kn-band-meter>`,
};
export default meta;
type Story = StoryObj<Args>;

export const PmqaBelowBasic: Story = { args: { value: 250 } };
export const PmqaBasic: Story = { args: { value: 350 } };
export const PmqaAdvance: Story = { args: { value: 418 } };
export const PmqaSignificance: Story = { args: { value: 480 } };

export const AgencyLevels: Story = {
  render: () =>
    html`${[45, 65, 82.5, 89.995].map(
      (v) => html`<kn-band-meter scale="agency" value=${v}></kn-band-meter>`,
    )}`,
};

export const Category7Levels: Story = {
  render: () =>
    html`${[0, 300, 400, 500].map((v) => html`<kn-band-meter scale="cat7" value=${v}></kn-band-meter>`)}`,
};

export const CompareMarker: Story = {
  args: { value: 418, compare: 452.5, valueLabel: 'คะแนนประเมินตนเอง', compareLabel: 'คะแนนผู้ตรวจประเมิน' },
};

export const CustomBands: Story = {
  args: { scale: undefined, bands: kpiScale, value: 4.2, label: 'ระดับผลตัวชี้วัด' },
};

export const InvalidCustomBands: Story = {
  args: { scale: undefined, bands: { ...kpiScale, bands: [...kpiScale.bands].reverse() }, value: 3 },
};

export const Empty: Story = { args: { value: undefined } };

export const OutOfRange: Story = { args: { value: 520 } };

export const ThaiDigits: Story = { args: { value: 418, compare: 452.5, numerals: 'thai' } };

export const Narrow: Story = {
  args: {
    value: 466.5,
    compare: 471,
    valueLabel: 'คะแนนประเมินตนเองของส่วนราชการ',
    compareLabel: 'คะแนนของคณะผู้ตรวจประเมิน',
  },
  globals: { width: 'narrow' },
};

/**
 * `.result` takes any core result and shows its `position` (found by core's `positionOf`): here the checklist
 * estimate of rule CL for 1.1 Advance, 1.2 Basic, 2.1 Significance. The meter classifies nothing itself.
 */
export const CoreResult: Story = {
  render: () =>
    html`<kn-band-meter
      .result=${checklistEstimate({ levels: { '1.1': 'advance', '1.2': 'basic', '2.1': 'significance' } })}
      label="ค่าประมาณคะแนนรวม"
    ></kn-band-meter>`,
};

/**
 * The meter follows another element's `kn-change`: it shows `detail.result` as is (here a button standing in
 * for a calculator sends core's position of 82.5 on the agency scale).
 */
export const FollowsAnotherElement: Story = {
  render: () => {
    const send = (e: Event) =>
      (e.currentTarget as HTMLElement).dispatchEvent(
        new CustomEvent('kn-change', {
          detail: { result: classifyOnScale(bandScale('agency'), '82.5') },
          bubbles: true,
        }),
      );
    return html`<button id="story-calc" type="button" @click=${send}>ส่งผล 82.5 คะแนน</button>
      <kn-band-meter scale="agency" for="story-calc"></kn-band-meter>`;
  },
};

/** A meter beside a checklist shows the checklist's estimate (its `result`), not a count of items. */
export const FollowsTheChecklist: Story = {
  render: () =>
    html`<kn-band-meter for="story-checklist" label="ค่าประมาณจากแบบประเมิน"></kn-band-meter>
      <kn-criteria-checklist
        id="story-checklist"
        category="1"
        .value=${{ levels: { '1.1': 'advance', '1.2': 'basic' }, prompts: {} }}
      ></kn-criteria-checklist>`,
};

/** PmqaAdvance in dark theme. */
export const Dark: Story = { ...PmqaAdvance, name: 'Dark', globals: { theme: 'dark' } };
