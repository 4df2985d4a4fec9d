/**
 * What the cost-savings calculator's render helpers share: the view (the model plus the element's language,
 * digits and formatting), the field templates and the labels. Render helpers only read the model and forward
 * input to it; they compute nothing.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Bilingual, KnError, LawLevel } from '@khanaen/core';
import type { NumberFieldChange } from '@khanaen/widgets';
import type { CostSavingsModel, ServiceField } from './cost-savings-model.js';

/** The element as its render helpers see it. */
export interface CostSavingsView {
  readonly model: CostSavingsModel;
  readonly uid: string;
  readonly disabled: boolean;
  readonly numerals: 'latin' | 'thai';
  t(text: Bilingual): string;
  num(value: number | string): string;
  baht(value: number | string): string;
  pct(value: number | string): string;
  digits(text: string): string;
  addRow(): void;
  removeRow(i: number): void;
  downloadCsv(): void;
  print(): void;
}

export const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** An error's message in the element's language (`''` for none). */
export const message = (v: CostSavingsView, e: KnError | undefined) => (e ? v.t(e.message) : '');

export interface NumberFieldOptions {
  path: string;
  label: string;
  value: unknown;
  unit?: string;
  hint?: string;
  error: string;
  integer?: boolean;
  min?: number;
  max?: number;
  placeholder?: string;
  set: (v: string) => void;
  touch?: () => void;
}

/**
 * A `kn-number-field` that forwards what is typed. Its `kn-change` is not composed, so it never reaches the
 * page as the calculator's event: nothing needs stopping here.
 */
export function numberField(v: CostSavingsView, o: NumberFieldOptions): TemplateResult {
  return html`<kn-number-field
    data-field=${o.path}
    .label=${o.label}
    .value=${str(o.value)}
    .unit=${o.unit ?? ''}
    .hint=${o.hint ?? ''}
    .error=${o.error}
    .placeholder=${o.placeholder ?? ''}
    .min=${o.min ?? null}
    .max=${o.max ?? null}
    ?integer=${o.integer ?? false}
    .numerals=${v.numerals}
    ?disabled=${v.disabled}
    @kn-change=${(e: CustomEvent<NumberFieldChange>) => o.set(e.detail.value)}
    @change=${() => o.touch?.()}
  ></kn-number-field>`;
}

/** A checkbox that forwards its state. */
export function check(
  v: CostSavingsView,
  checked: boolean,
  label: string,
  onChange: (on: boolean) => void,
  field: string,
): TemplateResult {
  return html`<label
    ><input
      type="checkbox"
      data-field=${field}
      .checked=${live(checked)}
      ?disabled=${v.disabled}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    ${label}</label
  >`;
}

/** What the page gave that could not be used, shown in a notice (in the element's language). */
export const DATA_PROBLEM: Record<'services' | 'rubric', Bilingual> = {
  services: {
    th: 'ข้อมูลงานบริการ (services) ที่หน้าเว็บให้มาไม่ถูกต้อง ต้องเป็นรายการ JSON ของงานบริการ ส่วนที่อ่านไม่ได้จึงเป็นแถวว่าง',
    en: 'The services given by the page are not valid: they must be a JSON list of services. What could not be read was left blank.',
  },
  rubric: {
    th: 'ข้อมูลเกณฑ์ประสิทธิภาพ (rubric) ที่หน้าเว็บให้มาไม่ถูกต้อง ต้องเป็นออบเจ็กต์ JSON จึงเริ่มจากแบบประเมินว่าง',
    en: 'The rubric given by the page is not valid: it must be a JSON object. The rubric starts empty.',
  },
};

export const ROW_LABEL: Record<
  Exclude<ServiceField, 'hoursReduced' | 'minutesReduced'> | 'time' | 'unit' | 'remove',
  Bilingual
> = {
  name: { th: 'ชื่องานบริการ', en: 'Service name' },
  sheetsReduced: {
    th: 'จำนวนสำเนาเอกสารที่ลดลง ต่อคน ต่อครั้ง',
    en: 'Sheets no longer copied per person per visit',
  },
  feeReduced: { th: 'ค่าธรรมเนียมที่ลดลง ต่อคน ต่อครั้ง', en: 'Fee reduced per person per visit' },
  time: { th: 'ระยะเวลาที่ลดลง ต่อคน ต่อครั้ง', en: 'Time saved per person per visit' },
  unit: { th: 'หน่วยของระยะเวลา', en: 'Time unit' },
  transactions: { th: 'จำนวนธุรกรรม', en: 'Number of transactions' },
  remove: { th: 'ลบ', en: 'Remove' },
};

export const LAW_LEVELS: readonly { id: LawLevel; label: Bilingual }[] = [
  { id: 'act', label: { th: 'พระราชบัญญัติ/พระราชกฤษฎีกา', en: 'Act or Royal Decree' } },
  { id: 'ministerial', label: { th: 'กฎกระทรวง/ประกาศ', en: 'Ministerial regulation or notification' } },
  {
    id: 'department',
    label: { th: 'ประกาศ/ระเบียบ/ข้อบังคับกรม', en: 'Department notification, regulation or rule' },
  },
];
