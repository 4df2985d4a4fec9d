// No data loss in kn-kpi-scorecard (the calculator that keeps drafts): the drafts suite shared with the
// checklist (widgets/test/reliability/drafts-suite.ts: reloads, corrupt drafts set aside, unavailable or full
// storage, failed imports, 1,000 rapid edits), plus what is particular to the scorecard: a draft wins over the
// page's mode and KPIs, and a recompute over 605 rows. The other calculators keep no draft: their rapid-typing
// tests (last value shown and held) are at the end.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AgencyKpiRow, Category7SetKpiInput } from '@khanaen/core';
import '../../src/register.js';
import type { KnKpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import type { KnKpiTargetCalculator } from '../../src/kpi-target-calculator/kpi-target-calculator.js';
import type { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import {
  HUGE_NUMBER,
  IMG,
  SCRIPT,
  expectInert,
  expectLocalised,
  settle,
  textOf,
  typeInto,
  describeDrafts,
  guardEachTest,
  type DraftSubject,
} from '#test-utils';

type Card = KnKpiScorecard;

let n = 0;
const newKey = () => `kn-reliability-scorecard-${Date.now()}-${n++}`;

const TWO: AgencyKpiRow[] = [
  { id: 'K1', name: 'เบิกจ่าย', weight: 60, actual: 85, targets: { initial: 80, standard: 90, high: 100 } },
  { id: 'K2', name: 'ร้องเรียน', weight: 40, actual: 12, targets: { initial: 20, standard: 15, high: 10 } },
];
const CAT7: Category7SetKpiInput[] = [
  { dimension: '7.1', name: 'A', unit: '%', target: 100, actual: 107, history: [90, 100] },
  { dimension: '7.2', name: SCRIPT, unit: 'ราย', target: 5, actual: 3, history: [6, 5], direction: 'lower' },
];

async function make(key: string | null, options: { lang?: string; mode?: string; kpis?: unknown[] } = {}) {
  const el = await fixture<Card>(
    html`<kn-kpi-scorecard
      lang=${options.lang ?? 'th'}
      mode=${options.mode ?? 'agency'}
      storage-key=${key ?? ''}
      .kpis=${options.kpis ?? TWO}
    ></kn-kpi-scorecard>`,
  );
  if (key === null) el.removeAttribute('storage-key');
  await settle(el);
  return el;
}

const cell = (el: Card, row: number, field: string) =>
  el.shadowRoot!.querySelectorAll<HTMLInputElement>(`tbody input[data-field="${field}"]`)[row]!;
const stored = (key: string) => {
  const raw = localStorage.getItem(key);
  return raw === null
    ? null
    : (JSON.parse(raw) as Record<string, unknown> & { kpis: Record<string, unknown>[] });
};
/** What a draft keeps, as plain data. */
const stateOf = (d: { mode: unknown; kpis: unknown; digital: unknown; pmqa: unknown }) =>
  JSON.parse(JSON.stringify({ mode: d.mode, kpis: d.kpis, digital: d.digital, pmqa: d.pmqa })) as {
    mode: string;
    kpis: Record<string, unknown>[];
    digital: string;
    pmqa: string;
  };

/** A current draft as stored, with `patch` over its fields. */
const draft = (patch: Record<string, unknown>) =>
  JSON.stringify({
    schema: 'khanaen.scorecard',
    version: 1,
    mode: 'agency',
    kpis: [],
    digital: '',
    pmqa: '',
    ...patch,
  });

const HEADER = 'id,name,weight,initial,standard,high,actual,direction';
const BAD_CSV: readonly { name: string; text: string }[] = [
  { name: 'an empty file', text: '' },
  { name: 'the header only', text: HEADER },
  { name: 'a wrong header', text: 'a,b,c\r\n1,2,3' },
  { name: 'a bad weight', text: `${HEADER}\r\nK1,x,abc,80,90,100,85,` },
  { name: 'a short row', text: `${HEADER}\r\nK1,x,60,80` },
  {
    name: 'the columns of the other mode',
    text: 'dimension,group,name,unit,target,actual,year_minus_2,year_minus_1,direction\r\n7.1,,A,%,1,2,3,4,',
  },
  { name: 'JSON instead of CSV', text: JSON.stringify(TWO) },
  { name: 'markup', text: `${HEADER}\r\n${IMG},${SCRIPT},x,1,2,3,4,` },
  { name: '1 MB of garbage', text: 'x'.repeat(1 << 20) },
];

const SCORECARD: DraftSubject<Card> = {
  tag: 'kn-kpi-scorecard',
  newKey,
  make: (key, lang) => make(key, { lang }),
  state: (el) => stateOf(el),
  saved(key) {
    const s = stored(key);
    return s && stateOf(s as Parameters<typeof stateOf>[0]);
  },
  // Types the actual value of the first or the second KPI.
  async edit(el, round) {
    const before = stateOf(el);
    const row = round % 2;
    const actual = String(80 + round);
    typeInto(cell(el, row, 'actual'), actual);
    await settle(el);
    before.kpis[row] = { ...before.kpis[row], actual };
    return before;
  },
  async fill(el) {
    typeInto(cell(el, 0, 'name'), IMG);
    typeInto(cell(el, 1, 'weight'), '๔๐');
    typeInto(cell(el, 0, 'actual'), HUGE_NUMBER);
    typeInto(
      el.shadowRoot!.querySelector('kn-number-field.digital')!.shadowRoot!.querySelector('input')!,
      '๘๐',
    );
    await settle(el);
    return stateOf(el);
  },
  async expectRestored(el) {
    expect(el.digital).to.equal('๘๐');
    expect(cell(el, 0, 'name').value).to.equal(IMG);
    expectLocalised(textOf(el, '.restored'), 'th');
  },
  draft,
  otherSchema: 'khanaen.checklist',
  corrupt: [
    { name: 'garbage JSON', raw: '{"schema":"khanaen.scorecard","version":1,"kpis":[{"id":"K' },
    // Version 0 is no version here (the checklist migrates its unversioned drafts as version 0).
    { name: 'version 0', raw: draft({ version: 0 }) },
    { name: 'kpis as text', raw: draft({ kpis: 'oops' }) },
    { name: 'kpis of numbers', raw: draft({ kpis: [1, 2] }) },
    { name: 'a KPI with an object value', raw: draft({ kpis: [{ id: 'K', weight: { x: 1 } }] }) },
    { name: 'an unknown mode', raw: draft({ mode: 'x' }) },
    { name: 'digital as an object', raw: draft({ digital: {} }) },
    { name: '1 MB of garbage (an array)', raw: `[${'x'.repeat(1 << 20)}` },
  ],
  // The page's KPIs are used instead.
  expectSetAside(el) {
    expect(el.kpis).to.have.length(2);
  },
  importFile: { selector: 'input[type=file]', name: 'kpis.csv', type: 'text/csv' },
  badImports: BAD_CSV,
  rapid: {
    what: 'cells',
    type(el, i) {
      typeInto(cell(el, 0, 'name'), `ชื่อ ${i}`);
      typeInto(cell(el, 0, 'weight'), String(i % 100));
    },
    // (Its kn-change events are coalesced while typing: no count.)
    last: ['ชื่อ 999', '99'],
    shown: (el) => [cell(el, 0, 'name').value, cell(el, 0, 'weight').value],
    held: (el) => [(el.kpis[0] as AgencyKpiRow).name, (el.kpis[0] as AgencyKpiRow).weight],
    stored(key) {
      const k = stored(key)?.kpis[0];
      return k && [k.name, k.weight];
    },
  },
};

guardEachTest();
describeDrafts(SCORECARD);

// ------------------------------------------------------------------------------------ the scorecard's own

describe('kn-kpi-scorecard drafts: particular to the scorecard', () => {
  it("a restored draft wins over the page's mode and KPIs, and nothing of it is lost", async () => {
    const k1 = newKey();
    const k2 = newKey();
    const a = await make(k1);
    const b = await make(k2, { mode: 'cat7', kpis: CAT7 });
    await SCORECARD.fill(a);
    typeInto(cell(b, 0, 'target'), '=1+1');
    await settle(b);
    const kpisA = a.kpis;
    const kpisB = b.kpis;
    // Removed at once, before the save delay: the disconnect writes what is pending.
    a.remove();
    b.remove();
    // The page gives other KPIs (and another mode) now: the draft wins.
    const a2 = await make(k1, { kpis: [] });
    const b2 = await make(k2, { mode: 'agency', kpis: [] });
    expect(a2.kpis).to.deep.equal(kpisA);
    expect(a2.digital).to.equal('๘๐');
    expect(b2.mode).to.equal('cat7');
    expect(b2.kpis).to.deep.equal(kpisB);
    expect(cell(a2, 0, 'name').value).to.equal(IMG);
    expectLocalised(textOf(a2, '.restored'), 'th');
    expectInert(a2);
    expectInert(b2);
  });
});

// ------------------------------------------------------------------------------------ rapid input

describe('1,000 rapid inputs end with the last value shown and stored', () => {
  it('kn-kpi-scorecard with 605 rows (debounced recompute): the last value and its result', async () => {
    const key = newKey();
    // 600 × 0.1 + 5 × 8 = 100.
    const many = Array.from({ length: 605 }, (_, i) => ({
      ...TWO[0]!,
      id: `K${i}`,
      weight: i < 600 ? '0.1' : '8',
    }));
    const el = await make(key, { kpis: many });
    const first = el.result;
    for (let i = 0; i < 1000; i++) typeInto(cell(el, 0, 'actual'), String(i));
    expect(cell(el, 0, 'actual').value).to.equal('999');
    await waitUntil(() => el.result !== first && el.result.ok, 'recomputed after the pause', {
      timeout: 5000,
    });
    expect((el.result as unknown as { kpis: { score: number }[] }).kpis[0]!.score).to.equal(100);
    await waitUntil(() => stored(key)?.kpis[0]?.actual === '999', 'saved after the delay', { timeout: 5000 });
  });

  it('kn-kpi-target-calculator number field: the last value is shown, held and scored', async () => {
    const el = await fixture<KnKpiTargetCalculator>(
      html`<kn-kpi-target-calculator target="375" history="[300,450]"></kn-kpi-target-calculator>`,
    );
    await settle(el);
    const input = () =>
      el
        .shadowRoot!.querySelector('kn-number-field[data-field="actual"]')!
        .shadowRoot!.querySelector('input')!;
    for (let i = 0; i < 1000; i++) {
      typeInto(input(), String(i));
      if (i % 100 === 99) await settle(el);
    }
    await settle(el);
    expect(input().value).to.equal('999');
    expect(el.actual).to.equal('999');
    expect(el.getAttribute('actual')).to.equal('999');
    expect(el.result.ok).to.equal(true);
  });

  it('kn-cost-savings-calculator service name and number field: the last values are shown and held', async () => {
    const el = await fixture<KnCostSavingsCalculator>(
      html`<kn-cost-savings-calculator></kn-cost-savings-calculator>`,
    );
    await settle(el);
    const name = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="services.0.name"]')!;
    const sheets = () =>
      el
        .shadowRoot!.querySelector('kn-number-field[data-field="services.0.sheetsReduced"]')!
        .shadowRoot!.querySelector('input')!;
    for (let i = 0; i < 1000; i++) {
      typeInto(name(), `บริการ ${i}`);
      typeInto(sheets(), String(i));
      if (i % 100 === 99) await settle(el);
    }
    await settle(el);
    expect(name().value).to.equal('บริการ 999');
    expect(sheets().value).to.equal('999');
    expect(el.services[0]!.name).to.equal('บริการ 999');
    expect(el.services[0]!.sheetsReduced).to.equal('999');
  });
});
