import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './kn-trend-chart.js';
import type { KnTrendChart, TrendPoint } from './trend-chart.js';

const category7: TrendPoint[] = [
  { year: 2562, value: 300 },
  { year: 2563, value: 450 },
  { year: 2564, value: 400 },
];
const category7Json = JSON.stringify(category7);

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const svgName = (el: Element) => $(el, 'svg[role="img"]')!.getAttribute('aria-label');
const texts = (el: Element, sel: string) => $$(el, sel).map((n) => clean(n.textContent));
const rows = (el: Element) =>
  $$(el, '[part="table"] tr').map((tr) =>
    [...tr.children].map(
      (c) =>
        `${c.tagName.toLowerCase()}${c.getAttribute('scope') ? `[${c.getAttribute('scope')}]` : ''}:${clean(c.textContent)}`,
    ),
  );

describe('kn-trend-chart', () => {
  it('draws the Category 7 example in Thai with Buddhist-Era years, a summary and a table', async () => {
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart points=${category7Json} target="375" unit="ล้านบาท"></kn-trend-chart>`,
    );
    expect(svgName(el)).to.equal('ผลการดำเนินงาน 3 ปี: 2562 300, 2563 450, 2564 400 ล้านบาท; ค่าเป้าหมาย 375');
    expect(el.summary).to.equal(svgName(el));
    expect(texts(el, 'text.year')).to.deep.equal(['2562', '2563', '2564']);
    expect(texts(el, 'text.value-label')).to.deep.equal(['300', '450', '400']);
    expect(clean($(el, '[part="target"]')!.textContent)).to.equal('ค่าเป้าหมาย 375');
    expect($(el, '[part="target"] line')).to.not.equal(null);
    expect($$(el, '[part="line"]').length).to.equal(1);
    // Earlier years are circles, the latest year a diamond.
    expect($$(el, '[part="point"]').map((p) => p.tagName)).to.deep.equal(['circle', 'circle', 'path']);
    expect(clean($(el, '[part="table"] caption')!.textContent)).to.equal('ผลการดำเนินงาน 3 ปี');
    expect(rows(el)).to.deep.equal([
      ['th[col]:ปี พ.ศ.', 'th[col]:ค่า (ล้านบาท)'],
      ['th[row]:2562', 'td:300'],
      ['th[row]:2563', 'td:450'],
      ['th[row]:2564', 'td:400'],
      ['th[row]:ค่าเป้าหมาย', 'td:375'],
    ]);
    expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(false);
    await expect(el).to.be.accessible();
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('shows Common-Era years in English, from BE or CE input, with the direction wording', async () => {
    const ce = category7.map((p) => ({ year: p.year - 543, value: p.value }));
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart
        lang="en"
        .points=${ce}
        target="375"
        unit="million baht"
        direction="higher"
      ></kn-trend-chart>`,
    );
    expect(svgName(el)).to.equal(
      'Results over 3 years: 2019 300, 2020 450, 2021 400 million baht; target 375; higher is better',
    );
    expect(texts(el, 'text.year')).to.deep.equal(['2019', '2020', '2021']);
    expect(clean($(el, '[part="target"]')!.textContent)).to.equal('Target 375');
    expect(rows(el)[0]).to.deep.equal(['th[col]:Year', 'th[col]:Value (million baht)']);
    el.setAttribute('lang', 'th');
    await el.updateComplete;
    expect(texts(el, 'text.year')).to.deep.equal(['2562', '2563', '2564']);
    expect(svgName(el)).to.contain('ค่ายิ่งมากยิ่งดี');
    await expect(el).to.be.accessible();
  });

  it('uses the label as name, sorts years, and says when lower is better', async () => {
    const pts = [
      { year: 2566, value: 12.5 },
      { year: 2565, value: 14 },
    ];
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart
        label="ระยะเวลารอคอย"
        unit="วัน"
        direction="lower"
        .points=${pts}
      ></kn-trend-chart>`,
    );
    expect(svgName(el)).to.equal('ระยะเวลารอคอย 2 ปี: 2565 14, 2566 12.5 วัน; ค่ายิ่งน้อยยิ่งดี');
    expect(clean($(el, '[part="caption"]')!.textContent)).to.equal('ระยะเวลารอคอย 2 ปี');
    expect($(el, '[part="target"]')).to.equal(null);
    expect($(el, 'tfoot')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves a gap for a missing year', async () => {
    const pts = [
      { year: 2020, value: 10 },
      { year: 2021, value: 12 },
      { year: 2022, value: null },
      { year: 2023, value: 15 },
      { year: 2024, value: 18 },
    ];
    const el = await fixture<KnTrendChart>(html`<kn-trend-chart lang="en" .points=${pts}></kn-trend-chart>`);
    expect(svgName(el)).to.equal('Results over 5 years: 2020 10, 2021 12, 2022 no data, 2023 15, 2024 18');
    expect($$(el, '[part="line"]').length).to.equal(2);
    expect($$(el, '[part="point"]').length).to.equal(4);
    expect(texts(el, 'text.gap')).to.deep.equal(['–']);
    expect(rows(el)[3]).to.deep.equal(['th[row]:2022', 'td:no data']);
    await expect(el).to.be.accessible();
  });

  it('does not put the unit after a missing last value', async () => {
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart
        .points=${[
          { year: 2565, value: 5 },
          { year: 2566, value: null },
        ]}
        unit="%"
      ></kn-trend-chart>`,
    );
    expect(svgName(el)).to.equal('ผลการดำเนินงาน 2 ปี: 2565 5 %, 2566 ไม่มีข้อมูล');
    expect($$(el, '[part="line"]').length).to.equal(0);
  });

  it('writes Thai digits with numerals="thai"', async () => {
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart numerals="thai" points=${category7Json} target="375"></kn-trend-chart>`,
    );
    expect(texts(el, 'text.year')).to.deep.equal(['๒๕๖๒', '๒๕๖๓', '๒๕๖๔']);
    expect(svgName(el)).to.equal('ผลการดำเนินงาน ๓ ปี: ๒๕๖๒ ๓๐๐, ๒๕๖๓ ๔๕๐, ๒๕๖๔ ๔๐๐; ค่าเป้าหมาย ๓๗๕');
  });

  it('shows a localised message instead of a chart for too few, too many or bad points', async () => {
    const cases: [unknown, string, string][] = [
      [null, 'ต้องมีข้อมูลอย่างน้อย 2 ปี', 'At least 2 years'],
      [[{ year: 2566, value: 1 }], 'ต้องมีข้อมูลอย่างน้อย 2 ปี', 'At least 2 years'],
      [
        [2561, 2562, 2563, 2564, 2565, 2566].map((year) => ({ year, value: 1 })),
        'ไม่เกิน 5 ปี',
        'at most 5 years',
      ],
      [
        [
          { year: 2566, value: 'abc' },
          { year: 2567, value: 1 },
        ],
        'ข้อมูลแผนภูมิไม่ถูกต้อง',
        'not valid',
      ],
      [
        [
          { year: 2566.5, value: 1 },
          { year: 2567, value: 1 },
        ],
        'ข้อมูลแผนภูมิไม่ถูกต้อง',
        'not valid',
      ],
      [{ year: 2566 }, 'ข้อมูลแผนภูมิไม่ถูกต้อง', 'not valid'],
      [
        [
          { year: 2566, value: 1 },
          { year: 2023, value: 2 },
        ],
        'มีปีซ้ำกัน',
        'more than once',
      ],
    ];
    for (const [points, th, en] of cases) {
      const el = await fixture<KnTrendChart>(
        html`<kn-trend-chart .points=${points as TrendPoint[]}></kn-trend-chart>`,
      );
      expect($(el, 'svg')).to.equal(null);
      expect(clean($(el, '[part="message"]')!.textContent)).to.contain(th);
      el.lang = 'en';
      await el.updateComplete;
      expect(clean($(el, '[part="message"]')!.textContent)).to.contain(en);
      await expect(el).to.be.accessible();
    }
    const junk = await fixture<KnTrendChart>(
      html`<kn-trend-chart points="[{year: 2566" lang="en"></kn-trend-chart>`,
    );
    expect(clean($(junk, '[part="message"]')!.textContent)).to.contain('not valid');
  });

  it('ignores a target that is not a number and accepts Thai digits in the target', async () => {
    const el = await fixture<KnTrendChart>(
      html`<kn-trend-chart points=${category7Json} target="abc"></kn-trend-chart>`,
    );
    expect($(el, '[part="target"]')).to.equal(null);
    el.setAttribute('target', '๓๗๕');
    await el.updateComplete;
    expect(clean($(el, '[part="target"]')!.textContent)).to.equal('ค่าเป้าหมาย 375');
  });

  for (const width of [240, 960]) {
    it(`fills ${width}px without overflow and keeps its text size`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><kn-trend-chart points=${category7Json} target="375" unit="ล้านบาท"></kn-trend-chart></div>`,
      );
      wrap.style.width = `${width}px`;
      const el = wrap.querySelector('kn-trend-chart')!;
      // The chart follows its width through a ResizeObserver: wait for it (not a fixed time).
      await waitUntil(
        () => el.shadowRoot?.querySelector('svg')?.getAttribute('viewBox') === `0 0 ${width} 220`,
        'the chart to take its width',
        { timeout: 5000 },
      );
      await el.updateComplete;
      const svgEl = $(el, 'svg') as SVGSVGElement;
      expect(svgEl.getAttribute('viewBox')).to.equal(`0 0 ${width} 220`);
      expect(Math.round(svgEl.getBoundingClientRect().width)).to.equal(width);
      expect(el.scrollWidth).to.be.at.most(width);
      const inner = $(el, '.wrap') as HTMLElement;
      expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
      for (const t of $$(el, 'text') as SVGTextElement[]) {
        const box = t.getBoundingClientRect();
        expect(box.left).to.be.at.least(svgEl.getBoundingClientRect().left - 1);
        expect(box.right).to.be.at.most(svgEl.getBoundingClientRect().right + 1);
      }
    });
  }
});
