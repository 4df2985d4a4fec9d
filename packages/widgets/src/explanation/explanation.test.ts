import { expect, fixture, html } from '@open-wc/testing';
import { scoreCategory7Kpi } from '@khanaen/core';
import './kn-explanation.js';
import type { KnExplanation } from './explanation.js';

const result = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
if (!result.ok) throw new Error('example must score');

describe('kn-explanation', () => {
  it('lists every step with its rule and source, in Thai', async () => {
    const el = await fixture<KnExplanation>(
      html`<kn-explanation open .steps=${result.explanation} .warnings=${result.warnings}></kn-explanation>`,
    );
    const steps = el.shadowRoot!.querySelectorAll('[part=step]');
    expect(steps.length).to.equal(result.explanation.length);
    expect(el.shadowRoot!.textContent).to.contain(
      'ผลการดำเนินงานดีกว่าค่าเป้าหมายร้อยละ 6.67 อยู่ในระดับก้าวหน้า (400 คะแนน)',
    );
    expect(el.shadowRoot!.textContent).to.contain('001:1197');
    expect(el.shadowRoot!.querySelector('[part=warnings]')!.textContent).to.contain('ปีที่แล้ว');
    await expect(el).to.be.accessible();
  });

  it('switches to English and Thai digits, and gives its text for copying', async () => {
    const el = await fixture<KnExplanation>(
      html`<kn-explanation lang="en" numerals="thai" .steps=${result.explanation}></kn-explanation>`,
    );
    expect(el.text).to.contain('Advance (๔๐๐ points)');
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.contain('How this was calculated');
  });

  it('renders nothing without steps', async () => {
    const el = await fixture<KnExplanation>(html`<kn-explanation></kn-explanation>`);
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
  });
});
