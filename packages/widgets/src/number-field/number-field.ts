import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { parseDecimal, type Bilingual } from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { decimalAttribute } from '../shared/convert.js';
import { styles } from './number-field.styles.js';

let nextId = 0;

export interface NumberFieldChange {
  /** Exactly what the user typed. */
  readonly value: string;
  /** The parsed number, or `null` when blank or not a number. */
  readonly number: number | null;
  readonly valid: boolean;
}

/**
 * @tag kn-number-field
 * @summary A labelled, form-associated number input that accepts Thai digits and thousands separators
 * ("๑,๒๓๔.๕"), shows a localised inline error, and never loses what the user typed.
 *
 * @attr {string} label - Visible label (required for accessibility).
 * @attr {string} value - The text in the field (what the user typed, kept as is).
 * @attr {string} name - Form field name; the form value is the canonical number (e.g. `1234.5`).
 * @attr {string} hint - Help text under the label.
 * @attr {string} unit - Unit shown after the input (e.g. "บาท", "%").
 * @attr {number} min - Smallest allowed value.
 * @attr {number} max - Largest allowed value.
 * @attr {number} step - Arrow-key step (ArrowUp/ArrowDown); no stepping when absent.
 * @attr {boolean} integer - Whole numbers only.
 * @attr {boolean} required - A value is required.
 * @attr {boolean} disabled - Disabled (also when a surrounding fieldset is disabled).
 * @attr {boolean} readonly - Read-only.
 * @attr {string} placeholder - Placeholder text.
 * @attr {string} error - An error message set from outside (e.g. a calculator's rule error); shown like
 *   the field's own errors and makes the field invalid.
 *
 * @prop {string} value - The typed text.
 * @prop {number} valueAsNumber - The parsed number, or `NaN`.
 * @prop {ValidityState} validity - Form validity.
 *
 * @fires kn-change - On every edit; `detail: { value, number, valid }`.
 * @fires change - When the user commits an edit (blur or Enter), like a native input.
 *
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart input - The `<input>`.
 * @csspart unit - The unit.
 * @csspart error - The error message.
 *
 * @cssprop --kn-color-danger - Error colour.
 * @cssprop --kn-color-border - Input border.
 * @cssprop --kn-focus-ring - Focus outline.
 */
export class KnNumberField extends KnElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...KnElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...KnElement.styles, styles];

  @property() label = '';
  @property() value = '';
  @property({ reflect: true }) name = '';
  @property() hint = '';
  @property() unit = '';
  @property({ converter: decimalAttribute }) min: number | null = null;
  @property({ converter: decimalAttribute }) max: number | null = null;
  @property({ converter: decimalAttribute }) step: number | null = null;
  @property({ type: Boolean }) integer = false;
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property() placeholder = '';
  @property() error = '';

  /** Shown only after the user has left the field once (or a form tried to submit it). */
  @state() private touched = false;
  @query('input') private input!: HTMLInputElement;

  private readonly internals: ElementInternals;
  private readonly id_ = `kn-nf-${nextId++}`;
  private defaultValue = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.touched = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.defaultValue === '') this.defaultValue = this.getAttribute('value') ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.touched = true;
    return this.internals.reportValidity();
  }

  /** The parsed number, or `NaN` when blank or not a number. */
  get valueAsNumber(): number {
    const r = parseDecimal(this.text);
    return r.ok ? r.value : NaN;
  }

  /** `value` as text, whatever a script set it to (a number is written out; anything else but text is blank). */
  private get text(): string {
    const v: unknown = this.value;
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }

  /** The problem with the current value, in both languages, or `null`. */
  get problem(): Bilingual | null {
    if (this.error) return { th: this.error, en: this.error };
    const text = this.text.trim();
    if (text === '')
      return this.required ? { th: `กรุณากรอก${this.label}`, en: `Enter ${this.label}.` } : null;
    const r = parseDecimal(text, '', { th: this.label, en: this.label });
    if (!r.ok) return r.errors[0]?.message ?? null;
    if (this.integer && !Number.isInteger(r.value))
      return { th: 'ต้องเป็นจำนวนเต็ม', en: 'Must be a whole number.' };
    if (this.min !== null && r.value < this.min) {
      return { th: `ต้องไม่น้อยกว่า ${this.num(this.min)}`, en: `Must be at least ${this.num(this.min)}.` };
    }
    if (this.max !== null && r.value > this.max) {
      return { th: `ต้องไม่มากกว่า ${this.num(this.max)}`, en: `Must be at most ${this.num(this.max)}.` };
    }
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && typeof this.value !== 'string') this.value = this.text;
    if (changed.has('error') && this.error) this.touched = true;
  }

  protected override updated(): void {
    this.syncForm();
  }

  private syncForm(): void {
    const text = this.text;
    const r = parseDecimal(text);
    this.internals.setFormValue(r.ok ? r.text : text.trim() === '' ? null : text, text);
    const problem = this.problem;
    if (!problem) {
      this.internals.setValidity({});
      return;
    }
    const blank = text.trim() === '';
    const flags: ValidityStateFlags = this.error
      ? { customError: true }
      : blank
        ? { valueMissing: true }
        : !r.ok
          ? { badInput: true }
          : this.integer && !Number.isInteger(r.value)
            ? { stepMismatch: true }
            : this.min !== null && r.value < this.min
              ? { rangeUnderflow: true }
              : { rangeOverflow: true };
    this.internals.setValidity(flags, problem[this.locale], this.input ?? undefined);
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.touched = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.emit();
  }

  private emit(): void {
    const r = parseDecimal(this.value);
    this.emitChange<'kn-number-field'>({
      value: this.value,
      number: r.ok ? r.value : null,
      valid: this.problem === null,
    });
  }

  private onChange(): void {
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.step === null || this.readonly || this.disabled) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const current = parseDecimal(this.text);
    if (!current.ok && this.text.trim() !== '') return;
    e.preventDefault();
    const base = current.ok ? current.value : (this.min ?? 0);
    let next = base + (e.key === 'ArrowUp' ? this.step : -this.step);
    // Keep decimal steps clean (0.1 + 0.2): round to the step's own decimals.
    const decimals = (String(this.step).split('.')[1] ?? '').length;
    next = Number(next.toFixed(decimals));
    if (this.min !== null) next = Math.max(this.min, next);
    if (this.max !== null) next = Math.min(this.max, next);
    this.value = String(next);
    this.emit();
  }

  override render() {
    const problem = this.touched ? this.problem : null;
    const hintId = `${this.id_}-hint`;
    const errorId = `${this.id_}-error`;
    const unitId = `${this.id_}-unit`;
    const describedBy = [this.hint ? hintId : '', this.unit ? unitId : '', problem ? errorId : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <label part="label" for=${this.id_}
        >${this.label}${
          this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
        }</label
      >
      ${this.hint ? html`<div part="hint" class="hint" id=${hintId}>${this.hint}</div>` : nothing}
      <div class="control ${problem ? 'invalid' : ''}">
        <input
          part="input"
          id=${this.id_}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.value)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          ?required=${this.required}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${() => (this.touched = true)}
          @keydown=${this.onKeyDown}
        />
        ${this.unit ? html`<span part="unit" class="unit" id=${unitId}>${this.unit}</span>` : nothing}
      </div>
      <div part="error" class="error" id=${errorId} aria-live="polite">
        ${problem ? html`<span aria-hidden="true">⚠ </span>${this.digits(problem[this.locale])}` : nothing}
      </div>
    `;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-number-field': NumberFieldChange;
  }
}
