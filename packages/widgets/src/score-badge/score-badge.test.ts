import { expect, fixture, html } from '@open-wc/testing';
import { bandScale, classifyOnScale, scoreCategory7Kpi } from '@khanaen/core';
import './kn-score-badge.js';
import type { KnScoreBadge } from './score-badge.js';

const text = (el: KnScoreBadge) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('kn-score-badge', () => {
  it('shows the score and a level label in Thai by default', async () => {
    const el = await fixture<KnScoreBadge>(
      html`<kn-score-badge score="418" level="advance"></kn-score-badge>`,
    );
    expect(text(el)).to.equal('418 ระดับก้าวหน้า');
    await expect(el).to.be.accessible();
  });

  it('classifies the score on a scale through core when no level is given', async () => {
    const el = await fixture<KnScoreBadge>(
      html`<kn-score-badge lang="en" score="89.995" scale="agency"></kn-score-badge>`,
    );
    expect(el.resolvedLevel).to.equal('quality');
    expect(text(el)).to.contain('Quality');
  });

  it('follows the nearest ancestor lang and Thai digits', async () => {
    const wrap = await fixture(
      html`<div lang="en">
        <kn-score-badge score="1234.5" level="basic" max="500" numerals="thai"></kn-score-badge>
      </div>`,
    );
    const el = wrap.querySelector('kn-score-badge') as KnScoreBadge;
    await el.updateComplete;
    expect(text(el)).to.equal('๑,๒๓๔.๕ / ๕๐๐ Basic');
    wrap.setAttribute('lang', 'th');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.contain('ระดับพื้นฐาน');
  });

  it('marks an estimate and shows a dash without a score', async () => {
    const el = await fixture<KnScoreBadge>(html`<kn-score-badge lang="en" estimate></kn-score-badge>`);
    expect(text(el)).to.equal('– (estimate)');
    await expect(el).to.be.accessible();
  });

  it('shows a core result set as .result through its position, as core rounded it', async () => {
    const kpi = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
    expect(kpi.ok).to.equal(true);
    const el = await fixture<KnScoreBadge>(
      html`<kn-score-badge lang="en" score="1" level="none" .result=${kpi}></kn-score-badge>`,
    );
    const position = kpi.ok ? kpi.position! : null;
    expect(el.position).to.deep.equal(position);
    expect(el.resolvedLevel).to.equal(position!.band.id);
    expect(text(el)).to.contain(String(position!.value));
    el.result = classifyOnScale(bandScale('agency'), '89.995');
    await el.updateComplete;
    expect(text(el)).to.equal('90 Quality');
    el.result = null;
    await el.updateComplete;
    expect(text(el)).to.equal('–');
    await expect(el).to.be.accessible();
  });
});
