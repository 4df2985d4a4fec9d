// No data loss in kn-kpi-scorecard (the calculator that keeps drafts): reloads keep every draft, corrupt
// drafts are set aside with a notice and a download, unavailable or full storage keeps it working with a
// notice, a failed CSV import changes nothing, and 1,000 rapid edits end with the last one shown and stored.
// The other calculators keep no draft: their rapid-typing tests (last value shown and held) are at the end.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AgencyKpiRow, Category7SetKpiInput } from '@khanaen/core';
import '../../src/register.js';
import type { KnKpiScorecard, ScorecardChange } from '../../src/kpi-scorecard/kpi-scorecard.js';
import type { KnKpiTargetCalculator } from '../../src/kpi-target-calculator/kpi-target-calculator.js';
import type { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import {
  HUGE_NUMBER,
  IMG,
  SCRIPT,
  captureDownloads,
  chooseFile,
  expectInert,
  expectLocalised,
  quotaExceeded,
  removeKeysExcept,
  settle,
  storageKeys,
  textOf,
  typeInto,
  watchErrors,
  withStorageStub,
  withoutStorage,
  type ErrorWatch,
} from '../../../widgets/test/reliability/harness.js';

type Card = KnKpiScorecard;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);

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
const asideKeys = (key: string) => [...storageKeys()].filter((k) => k.startsWith(`${key}.corrupt-`));

let keep = new Set<string>();
let watch: ErrorWatch;
beforeEach(() => {
  keep = storageKeys();
  delete window.__pwned;
  watch = watchErrors();
});
afterEach(() => {
  watch.stop();
  removeKeysExcept(keep);
  expect(watch.errors, 'uncaught errors, rejections or console.error').to.deep.equal([]);
});

// ------------------------------------------------------------------------------------ reload

describe('kn-kpi-scorecard drafts: reload', () => {
  it('keeps every draft of every scorecard across a reload (remove, then a new element with the same key)', async () => {
    const k1 = newKey();
    const k2 = newKey();
    const a = await make(k1);
    const b = await make(k2, { mode: 'cat7', kpis: CAT7 });
    typeInto(cell(a, 0, 'name'), IMG);
    typeInto(cell(a, 1, 'weight'), '๔๐');
    typeInto(cell(a, 0, 'actual'), HUGE_NUMBER);
    typeInto(
      a.shadowRoot!.querySelector('kn-number-field.digital')!.shadowRoot!.querySelector('input')!,
      '๘๐',
    );
    typeInto(cell(b, 0, 'target'), '=1+1');
    await settle(a);
    await settle(b);
    const kpisA = a.kpis;
    const kpisB = b.kpis;
    // Removed at once, before the save delay: the disconnect writes what is pending.
    a.remove();
    b.remove();
    // The page gives other KPIs now: the draft wins, and nothing of it is lost.
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

  it('writes the pending draft on pagehide, without a disconnect', async () => {
    const key = newKey();
    const el = await make(key);
    typeInto(cell(el, 0, 'actual'), '95');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(key)?.kpis[0]!.actual).to.equal('95');
  });

  it('keeps the draft of the old key when storage-key changes, and loads the new one', async () => {
    const oldKey = newKey();
    const other = newKey();
    localStorage.setItem(
      other,
      JSON.stringify({
        schema: 'khanaen.scorecard',
        version: 1,
        mode: 'agency',
        kpis: [TWO[1]],
        digital: '',
        pmqa: '',
      }),
    );
    const el = await make(oldKey);
    typeInto(cell(el, 0, 'actual'), '91');
    el.setAttribute('storage-key', other);
    await settle(el);
    expect(stored(oldKey)?.kpis[0]!.actual).to.equal('91');
    expect((el.kpis as AgencyKpiRow[]).map((k) => k.id)).to.deep.equal(['K2']);
  });
});

// ------------------------------------------------------------------------------------ corrupt drafts

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

const CORRUPT: readonly { name: string; raw: string; newer?: boolean }[] = [
  { name: 'garbage JSON', raw: '{"schema":"khanaen.scorecard","version":1,"kpis":[{"id":"K' },
  { name: 'an empty string', raw: '' },
  { name: 'null', raw: 'null' },
  { name: 'an array', raw: '[1,2]' },
  { name: 'a newer version', raw: draft({ version: 99 }), newer: true },
  { name: 'a version that is text', raw: draft({ version: '1' }) },
  { name: 'version 0', raw: draft({ version: 0 }) },
  { name: 'another schema', raw: draft({ schema: 'khanaen.checklist' }) },
  { name: 'kpis as text', raw: draft({ kpis: 'oops' }) },
  { name: 'kpis of numbers', raw: draft({ kpis: [1, 2] }) },
  { name: 'a KPI with an object value', raw: draft({ kpis: [{ id: 'K', weight: { x: 1 } }] }) },
  { name: 'an unknown mode', raw: draft({ mode: 'x' }) },
  { name: 'digital as an object', raw: draft({ digital: {} }) },
  { name: 'markup', raw: IMG },
  { name: '1 MB of garbage', raw: `[${'x'.repeat(1 << 20)}` },
];

describe('kn-kpi-scorecard drafts: a corrupt draft is set aside, never lost', () => {
  CORRUPT.forEach((c, i) => {
    const lang = i % 2 === 0 ? 'th' : 'en';
    it(`${c.name} (lang=${lang})`, async () => {
      const key = newKey();
      localStorage.setItem(key, c.raw);
      const el = await make(key, { lang });
      const aside = asideKeys(key);
      expect(aside).to.have.length(1);
      expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
      expect(localStorage.getItem(key)).to.equal(null);
      const notice = $(el, '.set-aside')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expectLocalised(textOf(el, '.set-aside strong'), lang as 'th' | 'en');
      expect(notice.textContent).to.contain(aside[0]!);
      if (c.newer) expect(textOf(el, '.set-aside strong')).to.match(/newer|ใหม่กว่า/);
      expectInert(el);
      // The page's KPIs are used instead; the download gives the draft back exactly.
      expect(el.kpis).to.have.length(2);
      const downloads = captureDownloads();
      try {
        notice.querySelector<HTMLButtonElement>('.actions button')!.click();
      } finally {
        downloads.stop();
      }
      expect(downloads.files).to.have.length(1);
      expect(await downloads.files[0]!.text).to.equal(c.raw);
      // New work is saved under the key; the copy stays.
      typeInto(cell(el, 0, 'actual'), '88');
      el.flush();
      expect(stored(key)?.kpis[0]!.actual).to.equal('88');
      expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
    });
  });

  it('a draft that cannot even be copied aside (storage full) stays under its key and is never written over', async () => {
    const key = newKey();
    const raw = '{not json';
    localStorage.setItem(key, raw);
    const setItem = Storage.prototype.setItem;
    let el!: Card;
    await withStorageStub(
      {
        setItem(this: Storage, k: string, v: string) {
          if (k.startsWith(`${key}.corrupt-`)) quotaExceeded();
          setItem.call(this, k, v);
        },
      },
      async () => {
        el = await make(key);
      },
    );
    expect(textOf(el, '.set-aside')).to.contain('เก็บแยกไม่ได้');
    expect($(el, '.storage-unavailable')).to.not.equal(null);
    typeInto(cell(el, 0, 'actual'), '77');
    el.flush();
    el.remove();
    expect(localStorage.getItem(key)).to.equal(raw);
  });
});

// ------------------------------------------------------------------------------------ storage unavailable

describe('kn-kpi-scorecard drafts: storage unavailable or full', () => {
  async function worksInMemory(el: Card, lang: 'th' | 'en'): Promise<void> {
    typeInto(cell(el, 0, 'actual'), '95');
    el.flush();
    await settle(el);
    expectLocalised(textOf(el, '.storage-unavailable'), lang, 'the storage notice');
    const events: ScorecardChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ScorecardChange>).detail));
    typeInto(cell(el, 1, 'actual'), '10');
    el.flush();
    await settle(el);
    expect((el.kpis as AgencyKpiRow[]).map((k) => k.actual)).to.deep.equal(['95', '10']);
    expect(el.result.ok).to.equal(true);
    expect(events).to.have.length(1);
    expect($(el, '.storage-unavailable')).to.not.equal(null);
  }

  it('window.localStorage throws SecurityError (private mode, sandboxed iframe)', async () => {
    await withoutStorage(async () => {
      const el = await make(newKey(), { lang: 'en' });
      await worksInMemory(el, 'en');
      el.remove();
    });
  });

  it('getItem and setItem throw', async () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    await withStorageStub({ getItem: denied, setItem: denied }, async () => {
      const el = await make(newKey());
      await worksInMemory(el, 'th');
      el.remove();
    });
  });

  it('storage is full from the start (setItem throws QuotaExceededError)', async () => {
    await withStorageStub({ setItem: quotaExceeded }, async () => {
      const el = await make(newKey(), { lang: 'en' });
      await worksInMemory(el, 'en');
      el.remove();
    });
  });

  it('storage fills up while working: says so, keeps the work, saves it (and drops the notice) once there is room', async () => {
    const key = newKey();
    const el = await make(key);
    typeInto(cell(el, 0, 'actual'), '81');
    el.flush();
    await withStorageStub({ setItem: quotaExceeded }, async () => {
      typeInto(cell(el, 0, 'actual'), '82');
      el.flush();
      await settle(el);
      expectLocalised(textOf(el, '.storage-unavailable'), 'th');
      expect(stored(key)?.kpis[0]!.actual).to.equal('81');
    });
    expect((el.kpis[0] as AgencyKpiRow).actual).to.equal('82');
    typeInto(cell(el, 0, 'actual'), '83');
    el.flush();
    await settle(el);
    expect(stored(key)?.kpis[0]!.actual).to.equal('83');
    expect($(el, '.storage-unavailable')).to.equal(null);
  });
});

// ------------------------------------------------------------------------------------ failed imports

describe('kn-kpi-scorecard drafts: a failed CSV import changes nothing', () => {
  const HEADER = 'id,name,weight,initial,standard,high,actual,direction';
  const bad: readonly { name: string; text: string }[] = [
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
  bad.forEach((b, i) => {
    const lang = i % 2 === 0 ? 'th' : 'en';
    it(`${b.name} (lang=${lang})`, async () => {
      const key = newKey();
      const el = await make(key, { lang });
      typeInto(cell(el, 0, 'actual'), '86');
      el.flush();
      await settle(el);
      const before = { kpis: el.kpis, result: el.result, stored: localStorage.getItem(key) };
      let fired = 0;
      el.addEventListener('kn-change', () => fired++);
      chooseFile($<HTMLInputElement>(el, 'input[type=file]')!, b.text, 'kpis.csv', 'text/csv');
      await waitUntil(() => $(el, '.import-problems'), 'the import report', { timeout: 3000 });
      await settle(el);
      el.flush();
      expect(el.kpis).to.deep.equal(before.kpis);
      expect(el.result).to.deep.equal(before.result);
      expect(localStorage.getItem(key)).to.equal(before.stored);
      expect(fired).to.equal(0);
      expectLocalised(textOf(el, '.import-problems'), lang as 'th' | 'en');
      expectInert(el);
    });
  });
});

// ------------------------------------------------------------------------------------ rapid input

describe('1,000 rapid inputs end with the last value shown and stored', () => {
  it('kn-kpi-scorecard cells: shown, in kpis and in the draft after the save delay', async () => {
    const key = newKey();
    const el = await make(key);
    for (let i = 0; i < 1000; i++) {
      // Re-query each time: a render may happen in between (every 100 inputs it is let happen).
      typeInto(cell(el, 0, 'name'), `ชื่อ ${i}`);
      typeInto(cell(el, 0, 'weight'), String(i % 100));
      if (i % 100 === 99) await settle(el);
    }
    await settle(el);
    expect(cell(el, 0, 'name').value).to.equal('ชื่อ 999');
    expect(cell(el, 0, 'weight').value).to.equal('99');
    expect((el.kpis[0] as AgencyKpiRow).name).to.equal('ชื่อ 999');
    expect((el.kpis[0] as AgencyKpiRow).weight).to.equal('99');
    await waitUntil(() => stored(key)?.kpis[0]?.name === 'ชื่อ 999', 'saved after the delay', {
      timeout: 5000,
    });
    expect(stored(key)?.kpis[0]!.weight).to.equal('99');
  });

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
