import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { awardReadiness } from '@khanaen/core';
import type { KnNumberField } from '@khanaen/widgets';
import '../cost-savings-calculator/kn-cost-savings-calculator.js';
import './kn-award-readiness.js';
import type { AwardReadinessChangeDetail, KnAwardReadiness } from './award-readiness.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element>(el: KnAwardReadiness, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

async function settle(el: KnAwardReadiness) {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    const inner = [...el.shadowRoot!.querySelectorAll('*')];
    await Promise.all(inner.map((e) => (e as Partial<KnAwardReadiness>).updateComplete));
  }
}

async function yes(el: KnAwardReadiness, path: string, answer: 'yes' | 'no' = 'yes') {
  const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>(
    `fieldset[data-path="${path}"] input[type=radio]`,
  );
  radios[answer === 'yes' ? 0 : 1]!.click();
  await settle(el);
}

async function type(el: KnAwardReadiness, path: string, value: string) {
  const input = $<HTMLInputElement>(el, `[data-path="${path}"] input[type=text]`);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await settle(el);
}

async function score(el: KnAwardReadiness, field: string, value: string) {
  const f = $<KnNumberField>(el, `kn-number-field[data-field="${field}"]`);
  f.dispatchEvent(new CustomEvent('kn-change', { detail: { value } }));
  await settle(el);
}

describe('kn-award-readiness', () => {
  beforeEach(() => localStorage.clear());

  it('answers the Public Service gates and says what is missing, then "พร้อมสมัคร"; equals core; axe clean', async () => {
    const el = await fixture<KnAwardReadiness>(html`<kn-award-readiness></kn-award-readiness>`);
    await settle(el);
    expect(text(el)).to.contain('พร้อมสมัครรางวัลหรือยัง?');
    expect($(el, '[part=verdict]').textContent).to.contain('ยังไม่พร้อม — เหลือ 5 ข้อ');
    expect(text(el)).to.contain('ยังไม่ได้ตอบ');
    await yes(el, 'stateAgency');
    await yes(el, 'oneTypeOnly');
    await yes(el, 'previouslyWon', 'no');
    await yes(el, 'verifiableResults');
    await type(el, 'inUseSince', '2564-10-01');
    expect(text(el)).to.contain('= 1 ต.ค. 2564');
    expect($(el, '[part=verdict]').textContent).to.contain('พร้อมสมัคร');
    expect($<HTMLElement>(el, '[part=verdict]').dataset.eligible).to.equal('true');
    expect(el.result).to.deep.equal(awardReadiness(el.model.input));
    expect(text(el)).to.contain('004:1384');
    await expect(el).to.be.accessible();
  });

  it('Participatory: every dimension ≥ 50 % (004:1761) shown per dimension; fires kn-change with the result', async () => {
    const el = await fixture<KnAwardReadiness>(
      html`<kn-award-readiness lang="en" branch="participatory" type="open-governance"></kn-award-readiness>`,
    );
    await settle(el);
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('open-governance');
    const f = $<KnNumberField>(el, 'kn-number-field[data-field="scores.capacity"]');
    setTimeout(() => f.dispatchEvent(new CustomEvent('kn-change', { detail: { value: '4.99' } })));
    const e = (await oneEvent(el, 'kn-change')) as CustomEvent<AwardReadinessChangeDetail>;
    expect(e.detail.branch).to.equal('participatory');
    expect(e.detail.result).to.deep.equal(awardReadiness(e.detail.input));
    await score(el, 'scores.opening', '20');
    await score(el, 'scores.results', '20');
    await score(el, 'scores.sustainability', '5');
    const dims =
      text($(el, '[part=dimensions]') as unknown as KnAwardReadiness) ||
      $(el, '[part=dimensions]').textContent!;
    expect(dims.replace(/\s+/g, ' ')).to.contain('49.9');
    expect(text(el)).to.contain('below 50%');
    await score(el, 'scores.capacity', '5');
    expect(text(el)).to.contain('Every dimension scores at least 50% of its maximum.');
    await score(el, 'scores.capacity', '11');
    expect(text(el)).to.contain('must be between 0 and 10');
    await expect(el).to.be.accessible();
  });

  it('the facilitation type takes efficiency and value from kn-cost-savings-calculator (for)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <kn-cost-savings-calculator
          id="cs"
          .rubric=${{ fees: { before: 100, after: 0 }, eService: { form: true }, valuePoints: 10 }}
        ></kn-cost-savings-calculator>
        <kn-award-readiness for="cs" branch="public-service" type="facilitation"></kn-award-readiness>
      </div>`,
    );
    const el = wrap.querySelector('kn-award-readiness')!;
    const cs = wrap.querySelector('kn-cost-savings-calculator')!;
    await cs.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
    const fe = cs.efficiency;
    expect(fe.ok).to.equal(true);
    expect(el.model.linked.efficiency).to.equal(fe.ok ? fe.dimension1 : null);
    expect(text(el)).to.contain('รับค่าจากเครื่องคำนวณความคุ้มค่า');
    expect(el.result.ok && el.result.total).to.equal(fe.ok ? fe.dimension1 + 10 : null);
    cs.rubric = { fees: { before: 100, after: 50 }, valuePoints: 15 };
    await cs.updateComplete;
    await settle(el);
    const fe2 = cs.efficiency;
    expect(el.model.linked.efficiency).to.equal(fe2.ok ? fe2.dimension1 : null);
    expect(el.model.linked.value).to.equal(15);
  });

  it('the PMQA path takes the Category 7 score from a linked element’s kn-change', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <div id="c7"></div>
        <kn-award-readiness for="c7" branch="pmqa"></kn-award-readiness>
      </div>`,
    );
    const el = wrap.querySelector('kn-award-readiness')!;
    await settle(el);
    wrap.querySelector('#c7')!.dispatchEvent(
      new CustomEvent('kn-change', {
        bubbles: true,
        detail: { mode: 'cat7', kpis: [], result: { ok: true, score: 405, passesStage1: true } },
      }),
    );
    await settle(el);
    expect(text(el)).to.contain('รับค่าจากเครื่องคำนวณที่เชื่อมไว้');
    const g = el.result.ok ? el.result.reasons.find((x) => x.rule === 'AW.PM.3') : null;
    expect(g?.met).to.equal(true);
    // an unrelated element's kn-change is ignored
    wrap.insertAdjacentHTML('beforeend', '<div id="other"></div>');
    wrap.querySelector('#other')!.dispatchEvent(
      new CustomEvent('kn-change', {
        bubbles: true,
        detail: { mode: 'cat7', kpis: [], result: { ok: true, score: 100, passesStage1: false } },
      }),
    );
    expect(el.model.linked.category7).to.equal(405);
  });

  it('works by keyboard: the branch radios and a yes/no answer', async () => {
    const el = await fixture<KnAwardReadiness>(html`<kn-award-readiness></kn-award-readiness>`);
    await settle(el);
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.branch).to.equal('participatory');
    expect(el.getAttribute('branch')).to.equal('participatory');
    const q = el.shadowRoot!.querySelector<HTMLInputElement>(
      'fieldset[data-path="openGovernance.wholeOrganisation"] input',
    )!;
    q.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.model.answers['openGovernance.wholeOrganisation']).to.equal(true);
  });

  it('keeps a draft (draft-key) and restores it', async () => {
    const a = await fixture<KnAwardReadiness>(
      html`<kn-award-readiness draft-key="kn-aw-test"></kn-award-readiness>`,
    );
    await settle(a);
    await yes(a, 'stateAgency');
    await type(a, 'inUseSince', '2565-01-01');
    const stored = JSON.parse(localStorage.getItem('kn-aw-test') ?? '{}');
    expect(stored.schema).to.equal('khanaen.award-readiness');
    expect(stored.answers).to.deep.equal({ stateAgency: true, inUseSince: '2565-01-01' });
    const b = await fixture<KnAwardReadiness>(
      html`<kn-award-readiness draft-key="kn-aw-test"></kn-award-readiness>`,
    );
    await settle(b);
    expect(b.model.answers).to.deep.equal({ stateAgency: true, inUseSince: '2565-01-01' });
    expect(text(b)).to.contain('กู้คืนคำตอบที่บันทึกไว้แล้ว');
    localStorage.setItem('kn-aw-bad', '{"schema":"khanaen.award-readiness","version":1,"branch":"x"}');
    const c = await fixture<KnAwardReadiness>(
      html`<kn-award-readiness draft-key="kn-aw-bad"></kn-award-readiness>`,
    );
    await settle(c);
    expect(text(c)).to.contain('เก็บแยกไว้');
    expect(Object.keys(localStorage).some((k) => k.startsWith('kn-aw-bad.corrupt'))).to.equal(true);
  });

  it('fits a 390 px phone without horizontal scrolling (container queries)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:390px">
        <kn-award-readiness branch="pmqa" type="by-category"></kn-award-readiness>
      </div>`,
    );
    const el = wrap.querySelector('kn-award-readiness')!;
    await settle(el);
    const calc = $<HTMLElement>(el, '.calc');
    expect(calc.scrollWidth).to.be.at.most(calc.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(390);
    await expect(el).to.be.accessible();
  });
});
