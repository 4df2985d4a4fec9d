// Exports of the calculators: the files captured from the real download buttons, no CSV cell that a
// spreadsheet would run as a formula (= + - @ tab CR at the start), and the scorecard's CSV imports back to
// the same KPIs. (The target calculator has no export; no calculator exports JSON: the scorecard's set-aside
// draft download is covered in drafts.test.ts.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AgencyKpiRow, Category7SetKpiInput, ServiceSaving } from '@khanaen/core';
import '../../src/register.js';
import type { KnKpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import type { KnCostSavingsCalculator } from '../../src/cost-savings-calculator/cost-savings-calculator.js';
import {
  FORMULA_TEXTS,
  IMG,
  captureDownloads,
  chooseFile,
  expectNeutralised,
  rawCells,
  settle,
} from '#test-utils';

async function download(
  el: Element,
  button: string,
): Promise<{ filename: string; type: string; text: string }> {
  const capture = captureDownloads();
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>(button)!.click();
  } finally {
    capture.stop();
  }
  expect(capture.files).to.have.length(1);
  const f = capture.files[0]!;
  return { filename: f.filename, type: f.type, text: await f.text };
}

/** One KPI per formula-like text, in the id and the name (weights total 100 over the rows). */
const AGENCY: AgencyKpiRow[] = [...FORMULA_TEXTS, IMG].map((text, i, all) => ({
  id: `${text}#${i}`,
  name: text,
  weight: i === 0 ? 100 - (all.length - 1) : 1,
  actual: 85,
  targets: { initial: 80, standard: 90, high: 100 },
  ...(i % 2 ? { direction: 'higher' as const } : {}),
}));

const CAT7: Category7SetKpiInput[] = FORMULA_TEXTS.slice(0, 6).map((name, i) => ({
  dimension: `7.${i + 1}` as Category7SetKpiInput['dimension'],
  name,
  unit: '+%',
  target: 100,
  actual: 107,
  history: [90, 100],
}));

describe('kn-kpi-scorecard CSV export', () => {
  for (const lang of ['th', 'en']) {
    it(`agency: the Export CSV file has no formula cell and imports back to the same KPIs (${lang})`, async () => {
      const el = await fixture<KnKpiScorecard>(
        html`<kn-kpi-scorecard lang=${lang} .kpis=${AGENCY}></kn-kpi-scorecard>`,
      );
      await settle(el);
      expect(el.result.ok).to.equal(true);
      const file = await download(el, 'button.export');
      expect(file.filename).to.match(/^khanaen-scorecard-agency-\d{4}-\d\d-\d\d\.csv$/);
      expect(file.type).to.contain('text/csv');
      expect(file.text.startsWith('\uFEFF')).to.equal(true);
      expectNeutralised(file.text);
      const other = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard lang=${lang}></kn-kpi-scorecard>`);
      chooseFile(
        other.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!,
        file.text,
        file.filename,
        file.type,
      );
      await waitUntil(() => other.shadowRoot!.querySelector('.import-done'), 'imported', { timeout: 3000 });
      await settle(other);
      expect(other.kpis).to.deep.equal(el.kpis);
      expect(other.result).to.deep.equal(el.result);
    });
  }

  it('agency: formula text typed into number cells is neutralised too', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard .kpis=${AGENCY.slice(0, 2)}></kn-kpi-scorecard>`,
    );
    await settle(el);
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('tbody input[data-field]')];
    FORMULA_TEXTS.forEach((text, i) => {
      const input = inputs[i % inputs.length]!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await settle(el);
    const file = await download(el, 'button.export');
    expectNeutralised(file.text);
    expect(rawCells(file.text).length).to.be.greaterThan(8);
  });

  it('cat7: the Export CSV file has no formula cell and imports back to the same KPIs', async () => {
    const el = await fixture<KnKpiScorecard>(
      html`<kn-kpi-scorecard mode="cat7" .kpis=${CAT7}></kn-kpi-scorecard>`,
    );
    await settle(el);
    const file = await download(el, 'button.export');
    expect(file.filename).to.match(/^khanaen-scorecard-cat7-/);
    expectNeutralised(file.text);
    const other = await fixture<KnKpiScorecard>(html`<kn-kpi-scorecard mode="cat7"></kn-kpi-scorecard>`);
    expect(other.importCsv(file.text)).to.equal(true);
    expect(other.kpis).to.deep.equal(el.kpis);
    expect(other.result).to.deep.equal(el.result);
  });
});

describe('kn-cost-savings-calculator CSV export', () => {
  for (const lang of ['th', 'en']) {
    it(`the Download CSV file has no formula cell, keeps the names and equals the csv property (${lang})`, async () => {
      const services: ServiceSaving[] = [...FORMULA_TEXTS, IMG].map((name, i) => ({
        name,
        sheetsReduced: i,
        feeReduced: 100,
        hoursReduced: 0.5,
        transactions: 1000 + i,
      }));
      const el = await fixture<KnCostSavingsCalculator>(
        html`<kn-cost-savings-calculator lang=${lang} .services=${services}></kn-cost-savings-calculator>`,
      );
      await settle(el);
      const file = await download(el, 'button.csv');
      expect(file.filename).to.equal('cost-savings.csv');
      expect(file.type).to.contain('text/csv');
      expect(file.text).to.equal(el.csv);
      expect(file.text.startsWith('\uFEFF')).to.equal(true);
      expectNeutralised(file.text);
      const cells = rawCells(file.text);
      for (const given of FORMULA_TEXTS) {
        // Each name is there (as core gives it back: trimmed), as itself or with the quote that neutralises it.
        const name = given.trim();
        expect(
          cells.some((c) => c === name || c === `'${name}`),
          JSON.stringify(name),
        ).to.equal(true);
      }
    });
  }
});
