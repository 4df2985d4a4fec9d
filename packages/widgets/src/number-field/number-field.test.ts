import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './kn-number-field.js';
import type { KnNumberField, NumberFieldChange } from './number-field.js';

const inner = (el: KnNumberField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: KnNumberField) => el.shadowRoot!.querySelector('[part=error]')!.textContent!.trim();

describe('kn-number-field', () => {
  it('is labelled and passes axe', async () => {
    const el = await fixture<KnNumberField>(
      html`<kn-number-field label="ค่าเป้าหมาย" unit="ล้านบาท" hint="ตัวเลขปีนี้"></kn-number-field>`,
    );
    const input = inner(el);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(input.id);
    expect(input.getAttribute('aria-describedby')).to.contain('hint');
    expect(input.inputMode).to.equal('decimal');
    await expect(el).to.be.accessible();
  });

  it('accepts Thai digits and thousands separators typed by the user', async () => {
    const el = await fixture<KnNumberField>(
      html`<kn-number-field label="Target" lang="en"></kn-number-field>`,
    );
    inner(el).focus();
    const changed = oneEvent(el, 'kn-change');
    await sendKeys({ type: '๑,๒๓๔.๕' });
    const { detail } = (await changed) as CustomEvent<NumberFieldChange>;
    expect(detail.value).to.equal('๑');
    await el.updateComplete;
    expect(el.value).to.equal('๑,๒๓๔.๕');
    expect(el.valueAsNumber).to.equal(1234.5);
    expect(el.checkValidity()).to.equal(true);
  });

  it('keeps what the user typed and shows a localised error after leaving the field', async () => {
    const el = await fixture<KnNumberField>(html`<kn-number-field label="ค่าเป้าหมาย"></kn-number-field>`);
    inner(el).focus();
    await sendKeys({ type: '12abc' });
    expect(errorText(el)).to.equal('');
    inner(el).blur();
    await el.updateComplete;
    expect(el.value).to.equal('12abc');
    expect(inner(el).value).to.equal('12abc');
    expect(errorText(el)).to.contain('ต้องเป็นตัวเลข');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.validity.badInput).to.equal(true);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(errorText(el)).to.contain('must be a number');
    await expect(el).to.be.accessible();
  });

  it('takes part in forms: value, required, range, reset, disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <kn-number-field
            name="weight"
            label="น้ำหนัก"
            value="30"
            min="0"
            max="100"
            required
          ></kn-number-field>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('kn-number-field')!;
    await el.updateComplete;
    expect(new FormData(form).get('weight')).to.equal('30');
    el.value = '๑,๐๐๐';
    await el.updateComplete;
    expect(new FormData(form).get('weight')).to.equal('1000');
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    el.value = '';
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('30');
    expect(el.checkValidity()).to.equal(true);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(el.disabled).to.equal(true);
    expect(inner(el).disabled).to.equal(true);
  });

  it('steps with the arrow keys when step is set, within min and max', async () => {
    const el = await fixture<KnNumberField>(
      html`<kn-number-field label="x" value="0.2" step="0.1" max="0.3"></kn-number-field>`,
    );
    inner(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('0.3');
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('0.3');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('0.2');
  });

  it('shows an error set from outside and becomes invalid', async () => {
    const el = await fixture<KnNumberField>(
      html`<kn-number-field label="x" value="0" error="ค่าเป้าหมายต้องไม่เป็น 0"></kn-number-field>`,
    );
    expect(errorText(el)).to.contain('ค่าเป้าหมายต้องไม่เป็น 0');
    expect(el.validity.customError).to.equal(true);
    el.error = '';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('can be labelled by an outside <label for>', async () => {
    const wrap = await fixture(
      html`<div><label for="nf">Outside</label><kn-number-field id="nf" label="x"></kn-number-field></div>`,
    );
    const el = wrap.querySelector('kn-number-field')!;
    expect(el.labels.length).to.equal(1);
  });
});
