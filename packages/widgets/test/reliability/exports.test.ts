// Exports: no CSV cell a spreadsheet would run as a formula (= + - @ tab CR at the start), the files are
// captured from the real download buttons, CSV text round-trips through the shared parser unchanged, and the
// checklist's JSON export imports back to the same state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/criteria-checklist/kn-criteria-checklist.js';
import type { KnCriteriaChecklist } from '../../src/criteria-checklist/criteria-checklist.js';
import type { ChecklistValue } from '../../src/criteria-checklist/storage.js';
import { csvCell, parseCsv, toCsv } from '../../src/shared/csv.js';
import {
  FORMULA_TEXTS,
  IMG,
  SCRIPT,
  captureDownloads,
  chooseFile,
  expectInert,
  expectNeutralised,
  settle,
} from './harness.js';

type El = KnCriteriaChecklist;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);

describe('shared CSV helpers', () => {
  for (const text of FORMULA_TEXTS) {
    it(`neutralises and round-trips ${JSON.stringify(text)}`, () => {
      const csv = toCsv([['h'], [text]]);
      expectNeutralised(csv);
      expect(parseCsv(csv)).to.deep.equal([['h'], [text]]);
    });
  }

  it('leaves numbers alone and quotes only what needs it', () => {
    expect(csvCell(-5)).to.equal('-5');
    expect(csvCell('-5')).to.equal('-5');
    expect(csvCell('=1')).to.equal("'=1");
    expect(csvCell("'=1")).to.equal("''=1");
    expect(csvCell('a,b')).to.equal('"a,b"');
  });
});

const NOTES: ChecklistValue = {
  levels: { '1.1': 'advance', '1.2': 'none', '6.4': 'significance' },
  prompts: Object.fromEntries(
    [...FORMULA_TEXTS, IMG, SCRIPT, 'ปกติ, "มีเครื่องหมายคำพูด"\nบรรทัดที่สอง'].map((notes, i) => [
      `1.${1 + Math.floor(i / 4)}.${1 + (i % 4)}`,
      { notes, links: i % 3 === 0 ? [`https://a.go.th/${i}?x=1,2`] : [] },
    ]),
  ),
};

async function make(value: ChecklistValue | null, lang = 'th'): Promise<El> {
  const el = await fixture<El>(
    value
      ? html`<kn-criteria-checklist lang=${lang} .value=${value}></kn-criteria-checklist>`
      : html`<kn-criteria-checklist lang=${lang}></kn-criteria-checklist>`,
  );
  await waitUntil(() => $(el, '[part=toolbar]'), 'criteria', { timeout: 8000 });
  await settle(el);
  return el;
}

async function download(el: El, button: string): Promise<{ filename: string; type: string; text: string }> {
  const capture = captureDownloads();
  try {
    $<HTMLButtonElement>(el, button)!.click();
  } finally {
    capture.stop();
  }
  expect(capture.files).to.have.length(1);
  const f = capture.files[0]!;
  return { filename: f.filename, type: f.type, text: await f.text };
}

describe('kn-criteria-checklist exports', () => {
  for (const lang of ['th', 'en']) {
    it(`CSV from the Export CSV button: no formula cell, notes and links come back unchanged (${lang})`, async () => {
      const el = await make(NOTES, lang);
      const file = await download(el, 'button.export-csv');
      expect(file.filename).to.match(/^khanaen-checklist-\d{4}-\d\d-\d\d\.csv$/);
      expect(file.type).to.contain('text/csv');
      expect(file.text.startsWith('\uFEFF')).to.equal(true);
      expectNeutralised(file.text);
      const rows = parseCsv(file.text);
      for (const [id, draft] of Object.entries(NOTES.prompts)) {
        const row = rows.find((r) => r[1] === id)!;
        expect(row[9], `notes of ${id}`).to.equal(draft.notes);
        expect(row[10], `links of ${id}`).to.equal(draft.links.join('\n'));
      }
      for (const [id, level] of Object.entries(NOTES.levels)) {
        expect(rows.find((r) => r[1] === id)![7]).to.equal(level);
      }
    });
  }

  it('JSON from the Export JSON button imports back to the same state (deep-equal)', async () => {
    const el = await make(NOTES);
    const file = await download(el, 'button.export-json');
    expect(file.filename).to.match(/\.json$/);
    expect(file.type).to.equal('application/json');
    const other = await make({ levels: { '3.3': 'basic' }, prompts: {} }, 'en');
    chooseFile($<HTMLInputElement>(other, '#import-file')!, file.text, file.filename, file.type);
    await waitUntil(() => $(other, '.import-done'), 'imported', { timeout: 3000 });
    expect(other.value).to.deep.equal(el.value);
    expect(other.value).to.deep.equal(NOTES);
    expect(JSON.parse(other.exportJson())).to.deep.include({ levels: NOTES.levels, prompts: NOTES.prompts });
    expectInert(other);
  });

  it('an empty checklist exports JSON that imports back to empty', async () => {
    const el = await make(null);
    const file = await download(el, 'button.export-json');
    const other = await make(NOTES);
    expect(other.importJson(file.text)).to.equal(true);
    expect(other.value).to.deep.equal({ levels: {}, prompts: {} });
  });
});
