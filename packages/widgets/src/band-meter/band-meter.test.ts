import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { bandScale, checklistEstimate, classifyOnScale, positionOf, type BandScale } from '@khanaen/core';
import './kn-band-meter.js';
import '../criteria-checklist/kn-criteria-checklist.js';
import type { BandMeterChange, KnBandMeter } from './band-meter.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const partText = (el: Element, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const meter = (el: Element) => el.shadowRoot!.querySelector('[role="meter"]');
const aria = (el: Element) => {
  const m = meter(el)!;
  return {
    now: m.getAttribute('aria-valuenow'),
    min: m.getAttribute('aria-valuemin'),
    max: m.getAttribute('aria-valuemax'),
    text: m.getAttribute('aria-valuetext'),
  };
};
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

const kpiScale: BandScale = {
  id: 'kpi',
  min: 1,
  max: 5,
  unit: { th: 'คะแนน', en: 'points' },
  rule: 'custom',
  source: '',
  bands: [
    { id: 'low', min: 1, label: { th: 'ต่ำ', en: 'Low' } },
    { id: 'mid', min: 3, label: { th: 'ปานกลาง', en: 'Medium' } },
    { id: 'high', min: 4.5, label: { th: 'สูง', en: 'High' } },
  ],
};

describe('kn-band-meter', () => {
  it('shows a PMQA 4.0 score, its band, the next band and the award note in Thai', async () => {
    const el = await fixture<KnBandMeter>(html`<kn-band-meter value="418"></kn-band-meter>`);
    expect(partText(el, 'value')).to.equal('418');
    expect(partText(el, 'band-label')).to.equal('◑ ระดับก้าวหน้า');
    expect(partText(el, 'next')).to.equal('อีก 52 คะแนนถึงระดับพัฒนาจนเกิดผล');
    expect(partText(el, 'award')).to.contain('รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0');
    expect(partText(el, 'label')).to.equal('ระดับคะแนน PMQA 4.0');
    expect(aria(el)).to.deep.equal({ now: '418', min: '0', max: '500', text: '418 คะแนน ระดับก้าวหน้า' });
    const m = meter(el)!;
    expect(el.shadowRoot!.getElementById(m.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'ระดับคะแนน PMQA 4.0',
    );
    const thresholds = partText(el, 'thresholds')!;
    for (const s of [
      'ต่ำกว่าระดับพื้นฐาน ตั้งแต่ 0',
      'ระดับพื้นฐาน ตั้งแต่ 300',
      'ระดับก้าวหน้า ตั้งแต่ 400',
      'ระดับพัฒนาจนเกิดผล ตั้งแต่ 470',
    ]) {
      expect(thresholds).to.contain(s);
    }
    expect(el.shadowRoot!.querySelectorAll('[part="segment"]').length).to.equal(4);
    expect(el.shadowRoot!.querySelector('[aria-current="true"]')!.textContent).to.contain('ระดับก้าวหน้า');
    expect(el.result).to.include({ ok: true, value: 418 });
    await expect(el).to.be.accessible();
  });

  it('speaks English from lang, with the label attribute as accessible name', async () => {
    const el = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" value="418" label="Our PMQA score"></kn-band-meter>`,
    );
    expect(aria(el).text).to.equal('418 points, Advance');
    expect(partText(el, 'next')).to.equal('52 points to Significance');
    expect(partText(el, 'award')).to.contain('PMQA 4.0 award');
    expect(partText(el, 'label')).to.equal('Our PMQA score');
    expect(text(el)).to.contain('Below Basic from 0');
    await expect(el).to.be.accessible();
  });

  const cases: [string, number, string, string, string][] = [
    ['pmqa40', 250, 'none', '250 points, Below Basic', '50 points to Basic'],
    ['pmqa40', 299.99, 'none', '299.99 points, Below Basic', '0.01 points to Basic'],
    ['pmqa40', 300, 'basic', '300 points, Basic', '100 points to Advance'],
    ['pmqa40', 399.99, 'basic', '399.99 points, Basic', '0.01 points to Advance'],
    ['pmqa40', 400, 'advance', '400 points, Advance', '70 points to Significance'],
    ['pmqa40', 469.995, 'significance', '470 points, Significance', 'The highest band of the scale'],
    ['pmqa40', 470, 'significance', '470 points, Significance', 'The highest band of the scale'],
    ['pmqa40', 500, 'significance', '500 points, Significance', 'The highest band of the scale'],
    [
      'agency',
      59.99,
      'needs-improvement',
      '59.99 points, Needs improvement',
      '0.01 points to Standard (basic)',
    ],
    ['agency', 60, 'standard-basic', '60 points, Standard (basic)', '15 points to Standard (high)'],
    ['agency', 75, 'standard-high', '75 points, Standard (high)', '15 points to Quality'],
    ['agency', 89.994, 'standard-high', '89.99 points, Standard (high)', '0.01 points to Quality'],
    ['agency', 89.995, 'quality', '90 points, Quality', 'The highest band of the scale'],
    ['cat7', 0, 'none', '0 points, Below Basic', '300 points to Basic'],
    ['cat7', 300, 'basic', '300 points, Basic', '100 points to Advance'],
    ['cat7', 400, 'advance', '400 points, Advance', '100 points to Significance'],
    ['cat7', 500, 'significance', '500 points, Significance', 'The highest band of the scale'],
  ];
  for (const [scale, value, band, words, next] of cases) {
    it(`${scale} ${value} → ${band}`, async () => {
      const el = await fixture<KnBandMeter>(
        html`<kn-band-meter lang="en" scale=${scale} value=${value}></kn-band-meter>`,
      );
      const r = el.result!;
      expect(r.ok && r.band.id).to.equal(band);
      const a = aria(el);
      expect(a.text).to.equal(words);
      expect(a.min).to.equal('0');
      expect(a.max).to.equal(scale === 'agency' ? '100' : '500');
      expect(a.now).to.equal(String(r.ok && r.value));
      expect(partText(el, 'next')).to.equal(next);
      expect(part(el, 'award') !== null).to.equal(
        scale === 'pmqa40' && (band === 'advance' || band === 'significance'),
      );
    });
  }

  it('labels each scale by default and shows the Category 7 stage-1 marker at 400', async () => {
    const agency = await fixture<KnBandMeter>(
      html`<kn-band-meter scale="agency" value="82.5"></kn-band-meter>`,
    );
    expect(partText(agency, 'label')).to.equal('ระดับผลการประเมินส่วนราชการ');
    expect(aria(agency).text).to.equal('82.5 คะแนน ระดับมาตรฐานขั้นสูง');
    expect(partText(agency, 'award')).to.equal(null);
    await expect(agency).to.be.accessible();
    const cat7 = await fixture<KnBandMeter>(
      html`<kn-band-meter scale="cat7" value="400" lang="en"></kn-band-meter>`,
    );
    expect(partText(cat7, 'label')).to.equal('Category 7 score level');
    expect(partText(cat7, 'thresholds')).to.contain('Stage-1 pass 400');
    expect(cat7.shadowRoot!.querySelectorAll('.scale-marker').length).to.equal(1);
    await expect(cat7).to.be.accessible();
  });

  it('shows a compare marker with both names', async () => {
    const el = await fixture<KnBandMeter>(
      html`<kn-band-meter
        value="418"
        compare="465.5"
        value-label="ประเมินตนเอง"
        compare-label="ผู้ตรวจประเมิน"
      ></kn-band-meter>`,
    );
    expect(part(el, 'marker')).to.not.equal(null);
    expect(part(el, 'compare-marker')).to.not.equal(null);
    const legend = el.shadowRoot!.querySelector('.markers')!;
    expect(legend.textContent!.replace(/\s+/g, ' ')).to.contain('ประเมินตนเอง: 418 คะแนน ระดับก้าวหน้า');
    expect(legend.textContent!.replace(/\s+/g, ' ')).to.contain('ผู้ตรวจประเมิน: 465.5 คะแนน ระดับก้าวหน้า');
    expect(meter(el)!.getAttribute('aria-describedby')).to.equal(legend.id);
    const left = (p: string) => (part(el, p) as HTMLElement).getBoundingClientRect().left;
    expect(left('compare-marker')).to.be.greaterThan(left('marker'));
    await expect(el).to.be.accessible();
  });

  it('shows the core error for an out-of-range compare value', async () => {
    const el = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" value="418" compare="600"></kn-band-meter>`,
    );
    expect(part(el, 'compare-marker')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.markers')!.textContent).to.contain('between 0 and 500');
    await expect(el).to.be.accessible();
  });

  it('follows another element’s kn-change, passing detail.result through as is, even when added after the meter', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><kn-band-meter scale="agency" for="calc" lang="en"></kn-band-meter></div>`,
    );
    const el = wrap.querySelector('kn-band-meter')!;
    expect(partText(el, 'value')).to.equal('No score yet');
    expect(el.result).to.equal(null);
    const calc = document.createElement('div');
    calc.id = 'calc';
    wrap.append(calc);
    const send = (detail: unknown, from: Element = calc) =>
      from.dispatchEvent(new CustomEvent('kn-change', { detail, bubbles: true }));
    let changed = oneEvent(el, 'kn-change');
    send({ result: classifyOnScale(bandScale('agency'), '82.5') });
    let { detail } = (await changed) as CustomEvent<BandMeterChange>;
    expect(detail.value).to.equal(82.5);
    expect(detail.result!.ok && detail.result!.band.id).to.equal('standard-high');
    expect(aria(el).text).to.equal('82.5 points, Standard (high)');

    // No guessing: a result without a position (a bare `total`, `score` or `overall`) shows no score.
    changed = oneEvent(el, 'kn-change');
    send({ result: { ok: true, total: 24, score: 24, overall: 24 } });
    ({ detail } = (await changed) as CustomEvent<BandMeterChange>);
    expect(detail).to.deep.equal({ value: null, result: null });
    expect(partText(el, 'value')).to.equal('No score yet');

    // A failed result is shown as is (its first error).
    send({ result: classifyOnScale(bandScale('agency'), '120') });
    await el.updateComplete;
    expect(partText(el, 'error')).to.contain('100');

    // A detail that is itself a position works too.
    send(classifyOnScale(bandScale('agency'), '91'));
    await el.updateComplete;
    expect(partText(el, 'band-label')).to.equal('● Quality');

    // Another element's events are not followed.
    const other = document.createElement('div');
    other.id = 'other';
    wrap.append(other);
    send({ result: classifyOnScale(bandScale('agency'), '10') }, other);
    await el.updateComplete;
    expect(partText(el, 'band-label')).to.equal('● Quality');
    await expect(el).to.be.accessible();
  });

  it('reads the result of an element that already has one; follows it inside a shadow root too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const calc = document.createElement('div') as HTMLDivElement & { result: unknown };
    calc.id = 'pmqa-calc';
    calc.result = classifyOnScale(bandScale('pmqa40'), '452.25');
    wrap.append(calc);
    const el = document.createElement('kn-band-meter');
    el.setAttribute('for', 'pmqa-calc');
    el.lang = 'en';
    wrap.append(el);
    await el.updateComplete;
    expect(aria(el).text).to.equal('452.25 points, Advance');

    // kn-change is not composed: a meter in the same shadow root as the element follows it there.
    const host = document.createElement('div');
    wrap.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.id = 'inner-calc';
    const innerMeter = document.createElement('kn-band-meter');
    innerMeter.setAttribute('for', 'inner-calc');
    innerMeter.lang = 'en';
    shadow.append(inner, innerMeter);
    await innerMeter.updateComplete;
    const changed = oneEvent(innerMeter, 'kn-change');
    inner.dispatchEvent(
      new CustomEvent('kn-change', {
        detail: { result: classifyOnScale(bandScale('pmqa40'), '480') },
        bubbles: true,
      }),
    );
    await changed;
    expect(aria(innerMeter).text).to.equal('480 points, Significance');
  });

  it('shows any core result set as .result through its position; undefined goes back to value', async () => {
    const el = await fixture<KnBandMeter>(html`<kn-band-meter lang="en" value="100"></kn-band-meter>`);
    const estimate = checklistEstimate({ levels: { '1.1': 'advance', '1.2': 'basic' } });
    el.result = estimate;
    await el.updateComplete;
    const position = positionOf(estimate)!;
    expect(position.value).to.equal(350);
    expect(aria(el)).to.deep.equal({ now: '350', min: '0', max: '500', text: '350 points, Basic' });
    expect(el.result).to.deep.include({ ok: true, value: 350 });
    // A result with nothing to place yet (no item assessed): no score, no guess.
    el.result = checklistEstimate({ levels: {} });
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('No score yet');
    expect(el.result).to.equal(null);
    // The position carries its scale: an agency result shows the agency scale, whatever `scale` says.
    el.result = classifyOnScale(bandScale('agency'), '75');
    await el.updateComplete;
    expect(aria(el)).to.deep.equal({ now: '75', min: '0', max: '100', text: '75 points, Standard (high)' });
    el.result = undefined;
    await el.updateComplete;
    expect(aria(el).text).to.equal('100 points, Below Basic');
    await expect(el).to.be.accessible();
  });

  it('beside a checklist, shows its overall estimate, not its count of items', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <kn-band-meter for="cl"></kn-band-meter>
        <kn-criteria-checklist id="cl" category="1"></kn-criteria-checklist>
      </div>`,
    );
    const el = wrap.querySelector('kn-band-meter')!;
    const checklist = wrap.querySelector('kn-criteria-checklist')!;
    await waitUntil(() => checklist.shadowRoot!.querySelector('[part=toolbar]'), 'criteria', {
      timeout: 8000,
    });
    const choose = async (item: string, level: string) => {
      const changed = oneEvent(el, 'kn-change');
      checklist
        .shadowRoot!.querySelector<HTMLInputElement>(
          `input[name="level-${item.replace('.', '-')}"][value="${level}"]`,
        )!
        .click();
      await changed;
    };
    await choose('1.1', 'advance');
    await choose('1.2', 'basic');
    const overall = checklist.result.ok ? checklist.result.overall : null;
    expect(overall).to.equal(350);
    expect(aria(el).text).to.equal('350 points, Basic');
    expect(partText(el, 'value')).to.equal('350');
  });

  it('fires kn-change when the value changes, not on a first render without a value', async () => {
    let count = 0;
    const count1 = () => count++;
    document.addEventListener('kn-change', count1);
    const el = await fixture<KnBandMeter>(html`<kn-band-meter></kn-band-meter>`);
    await nextFrame();
    expect(count).to.equal(0);
    document.removeEventListener('kn-change', count1);
    let changed = oneEvent(el, 'kn-change');
    el.value = 350;
    let { detail } = (await changed) as CustomEvent<BandMeterChange>;
    expect(detail).to.deep.equal({ value: 350, result: el.result });
    expect(detail.result!.ok && detail.result!.band.id).to.equal('basic');
    changed = oneEvent(el, 'kn-change');
    el.value = null;
    ({ detail } = (await changed) as CustomEvent<BandMeterChange>);
    expect(detail).to.deep.equal({ value: null, result: null });
  });

  it('uses a custom scale given as a property or JSON attribute', async () => {
    const el = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" .bands=${kpiScale} value="4.2"></kn-band-meter>`,
    );
    expect(aria(el)).to.deep.equal({ now: '4.2', min: '1', max: '5', text: '4.2 points, Medium' });
    expect(partText(el, 'next')).to.equal('0.3 points to High');
    expect(partText(el, 'label')).to.equal('Score band');
    expect(partText(el, 'thresholds')).to.contain('High from 4.5');
    await expect(el).to.be.accessible();
    const json = JSON.stringify({
      min: 0,
      max: 10,
      bands: [
        { id: 'none', min: 0 },
        { id: 'basic', min: 5 },
      ],
    });
    const el2 = await fixture<KnBandMeter>(html`<kn-band-meter bands=${json} value="5"></kn-band-meter>`);
    expect(aria(el2).text).to.equal('5 คะแนน ระดับพื้นฐาน');
  });

  it('shows an error for invalid custom bands or an unknown scale, never throwing', async () => {
    const bad = { ...kpiScale, bands: [...kpiScale.bands].reverse() };
    const el = await fixture<KnBandMeter>(html`<kn-band-meter .bands=${bad} value="3"></kn-band-meter>`);
    expect(partText(el, 'error')).to.contain('ไม่สามารถแสดงแถบระดับได้');
    expect(meter(el)).to.equal(null);
    expect(el.result!.ok).to.equal(false);
    await expect(el).to.be.accessible();
    const junk = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" bands="{not json" value="3"></kn-band-meter>`,
    );
    expect(partText(junk, 'error')).to.contain('cannot be shown');
    junk.bands = { min: 0 } as unknown as BandScale;
    await junk.updateComplete;
    expect(partText(junk, 'error')).to.contain('cannot be shown');
    const unknown = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" scale="pmqa99" value="3"></kn-band-meter>`,
    );
    expect(partText(unknown, 'error')).to.contain('pmqa40, agency, cat7');
    await expect(unknown).to.be.accessible();
  });

  it('shows "no value yet" for an empty or non-numeric value, and the core error out of range', async () => {
    const empty = await fixture<KnBandMeter>(html`<kn-band-meter value=""></kn-band-meter>`);
    expect(partText(empty, 'value')).to.equal('ยังไม่มีคะแนน');
    expect(meter(empty)).to.equal(null);
    expect(empty.result).to.equal(null);
    expect(partText(empty, 'thresholds')).to.contain('ระดับพื้นฐาน');
    await expect(empty).to.be.accessible();
    const word = await fixture<KnBandMeter>(html`<kn-band-meter value="abc"></kn-band-meter>`);
    expect(partText(word, 'value')).to.equal('ยังไม่มีคะแนน');
    expect(word.result!.ok).to.equal(false);
    const over = await fixture<KnBandMeter>(html`<kn-band-meter value="500.01"></kn-band-meter>`);
    expect(partText(over, 'error')).to.contain('ต้องอยู่ระหว่าง 0 ถึง 500');
    expect(meter(over)).to.equal(null);
    expect(part(over, 'marker')).to.equal(null);
    const r = over.result!;
    expect(!r.ok && r.errors[0]!.code).to.equal('OUT_OF_RANGE');
    await expect(over).to.be.accessible();
    const under = await fixture<KnBandMeter>(
      html`<kn-band-meter lang="en" scale="agency" value="-1"></kn-band-meter>`,
    );
    expect(partText(under, 'error')).to.contain('must be between 0 and 100');
  });

  it('writes Thai digits with numerals="thai", keeping aria-valuenow a number', async () => {
    const el = await fixture<KnBandMeter>(html`<kn-band-meter value="๔๑๘" numerals="thai"></kn-band-meter>`);
    expect(partText(el, 'value')).to.equal('๔๑๘');
    expect(aria(el)).to.deep.equal({ now: '418', min: '0', max: '500', text: '๔๑๘ คะแนน ระดับก้าวหน้า' });
    expect(partText(el, 'next')).to.equal('อีก ๕๒ คะแนนถึงระดับพัฒนาจนเกิดผล');
    expect(partText(el, 'thresholds')).to.contain('ตั้งแต่ ๔๗๐');
    await expect(el).to.be.accessible();
  });

  for (const width of [240, 960]) {
    it(`fits ${width}px without horizontal overflow`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <kn-band-meter
            value="500"
            compare="0"
            value-label="คะแนนประเมินตนเองของส่วนราชการ"
            compare-label="คะแนนของคณะผู้ตรวจประเมิน"
          ></kn-band-meter>
          <kn-band-meter scale="cat7" value="0" lang="en"></kn-band-meter>
          <kn-band-meter scale="agency" value="100" lang="en" numerals="thai"></kn-band-meter>
          <kn-band-meter value=""></kn-band-meter>
        </div>`,
      );
      wrap.style.width = `${width}px`;
      const meters = [...wrap.querySelectorAll('kn-band-meter')];
      await Promise.all(meters.map((m) => m.updateComplete));
      await nextFrame();
      for (const m of meters) {
        const inner = m.shadowRoot!.querySelector('.wrap') as HTMLElement;
        expect(inner.clientWidth).to.be.within(width - 1, width);
        expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
        expect(m.scrollWidth).to.be.at.most(width);
      }
      const ticks = meters[0]!.shadowRoot!.querySelector('.ticks') as HTMLElement;
      expect(getComputedStyle(ticks).display).to.equal(width === 240 ? 'none' : 'block');
      const list = meters[0]!.shadowRoot!.querySelector('[part="thresholds"]') as HTMLElement;
      expect(getComputedStyle(list).flexDirection).to.equal(width === 240 ? 'column' : 'row');
      await expect(wrap).to.be.accessible();
    });
  }

  it('moves the marker with a transition only when motion is allowed', async () => {
    const el = await fixture<KnBandMeter>(html`<kn-band-meter value="418"></kn-band-meter>`);
    const marker = () => getComputedStyle(part(el, 'marker')!).transitionDuration;
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(marker()).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(marker()).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('gives each band a distinct pattern class and shape', async () => {
    const el = await fixture<KnBandMeter>(html`<kn-band-meter scale="agency" value="50"></kn-band-meter>`);
    const segs = [...el.shadowRoot!.querySelectorAll('[part="segment"]')].map(
      (s) => getComputedStyle(s).backgroundImage,
    );
    expect(new Set(segs).size).to.equal(4);
    const marks = [...el.shadowRoot!.querySelectorAll('[part="thresholds"] .mark')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['○', '◔', '◑', '●']);
  });
});
