// No data loss in kn-criteria-checklist (the widget that keeps drafts): the drafts suite shared with the
// scorecard (drafts-suite.ts: reloads, corrupt drafts set aside, unavailable or full storage, failed imports,
// 1,000 rapid edits), plus what is particular to the checklist: drafts written when the page is hidden, a
// set-aside draft restored through the JSON import, and the search field. (kn-number-field, the other widget
// users type into, has no draft: its rapid-typing test is at the end.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/criteria-checklist/kn-criteria-checklist.js';
import '../../src/number-field/kn-number-field.js';
import type { KnCriteriaChecklist } from '../../src/criteria-checklist/criteria-checklist.js';
import type { ChecklistValue } from '../../src/criteria-checklist/storage.js';
import type { KnNumberField } from '../../src/number-field/number-field.js';
import {
  HUGE_NUMBER,
  IMG,
  SCRIPT,
  captureDownloads,
  settle,
  textOf,
  typeInto,
  type Lang,
} from './harness.js';
import { describeDrafts, guardEachTest, type DraftSubject } from './drafts-suite.js';

type El = KnCriteriaChecklist;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);

let n = 0;
const newKey = () => `kn-reliability-checklist-${Date.now()}-${n++}`;

/** A checklist of category 1 in a `<div lang>`, with the draft under `key` (keys here are plain text). */
async function make(key: string | null, lang: Lang = 'th'): Promise<El> {
  const storage = key === null ? '' : `storage-key="${key}"`;
  const wrap = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><kn-criteria-checklist ${storage} category="1"></kn-criteria-checklist></div>`,
  );
  const el = wrap.querySelector('kn-criteria-checklist') as El;
  await waitUntil(() => $(el, '[part=toolbar]'), 'the criteria should load', { timeout: 8000 });
  await settle(el);
  return el;
}

const dashed = (id: string) => id.replace(/\./g, '-');
const radio = (el: El, item: string, level: string) =>
  $<HTMLInputElement>(el, `input[name="level-${dashed(item)}"][value="${level}"]`)!;
const notes = (el: El, prompt: string) => $<HTMLTextAreaElement>(el, `#notes-${dashed(prompt)}`)!;

async function open(el: El, item: string): Promise<void> {
  const t = $<HTMLButtonElement>(el, `#ih-${dashed(item)}`)!;
  if (t.getAttribute('aria-expanded') !== 'true') t.click();
  await el.updateComplete;
}

async function choose(el: El, item: string, level: string): Promise<void> {
  radio(el, item, level).click();
  await el.updateComplete;
}

const stored = (key: string) => {
  const raw = localStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as ChecklistValue & { version: number });
};

const LEVELS = ['none', 'basic', 'advance', 'significance'] as const;

/** A full assessment: every item has a level; notes with hostile text; links. */
const FULL: ChecklistValue = {
  levels: Object.fromEntries(
    ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']
      .concat(['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4'])
      .map((id, i) => [id, LEVELS[i % 4]!]),
  ),
  prompts: {
    '1.1.1': { notes: IMG, links: ['https://a.go.th/x?y=1&z=<b>'] },
    '1.1.2': { notes: SCRIPT, links: [] },
    '1.2.1': { notes: `=SUM(A1)\n\t"quoted", ๑๒๓ ${HUGE_NUMBER}`, links: [] },
    '6.4.1': { notes: ' leading and trailing spaces ', links: ['http://b.go.th/'] },
  },
};

const CHECKLIST: DraftSubject<El> = {
  tag: 'kn-criteria-checklist',
  newKey,
  make,
  state: (el) => el.value,
  saved(key) {
    const s = stored(key);
    return s && { levels: s.levels, prompts: s.prompts };
  },
  // Odd rounds choose a level, even rounds type the notes of an item's first prompt.
  async edit(el, round) {
    const before = el.value;
    const item = `1.${(round % 4) + 1}`;
    if (round % 2) {
      const level = LEVELS[(round >> 1) % 4]!;
      await choose(el, item, level);
      return { levels: { ...before.levels, [item]: level }, prompts: before.prompts };
    }
    const text = `บันทึก ${round} <b>`;
    await open(el, item);
    typeInto(notes(el, `${item}.1`), text);
    await el.updateComplete;
    const prompt = before.prompts[`${item}.1`];
    return {
      levels: before.levels,
      prompts: { ...before.prompts, [`${item}.1`]: { links: [], ...prompt, notes: text } },
    };
  },
  async fill(el) {
    el.value = FULL;
    await el.updateComplete;
    return FULL;
  },
  async expectRestored(el) {
    expect(radio(el, '1.3', 'advance').checked).to.equal(true);
    expect(radio(el, '1.4', 'significance').checked).to.equal(true);
    await open(el, '1.1');
    expect(notes(el, '1.1.1').value).to.equal(IMG);
    expect(notes(el, '1.1.2').value).to.equal(SCRIPT);
  },
  draft: (patch) =>
    JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: {}, prompts: {}, ...patch }),
  otherSchema: 'khanaen.scorecard',
  corrupt: [
    {
      name: 'a draft of the scorecard',
      raw: JSON.stringify({ schema: 'khanaen.scorecard', version: 1, mode: 'agency', kpis: [] }),
    },
    {
      name: 'levels as an array',
      raw: JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: [] }),
    },
    {
      name: 'prompts as text',
      raw: JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: {}, prompts: 'x' }),
    },
    {
      name: 'an unknown level',
      raw: JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: { '1.1': 'excellent' } }),
    },
    {
      name: 'a javascript: link',
      raw: JSON.stringify({
        schema: 'khanaen.checklist',
        version: 1,
        levels: {},
        prompts: { '1.1.1': { notes: '', links: ['javascript:alert(1)'] } },
      }),
    },
  ],
  importFile: { selector: '#import-file', name: 'checklist.json', type: 'application/json' },
  badImports: [
    { name: 'not JSON', text: '{ not json' },
    { name: 'empty', text: '' },
    { name: 'CSV instead of JSON', text: 'type,id\r\nitem,1.1' },
    { name: 'an array', text: '[1,2]' },
    {
      name: 'a bad level',
      text: JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: { '1.1': 'x' } }),
    },
    {
      name: 'a newer version',
      text: JSON.stringify({ schema: 'khanaen.checklist', version: 7, levels: {} }),
    },
    { name: 'markup', text: SCRIPT },
    { name: '1 MB of garbage', text: 'x'.repeat(1 << 20) },
  ],
  rapid: {
    what: 'notes',
    prepare: (el) => open(el, '1.1'),
    type: (el, i) => typeInto(notes(el, '1.1.1'), `บันทึก ${i}`),
    events: 1000,
    last: 'บันทึก 999',
    shown: (el) => notes(el, '1.1.1').value,
    held: (el) => el.value.prompts['1.1.1']?.notes,
    stored: (key) => stored(key)?.prompts['1.1.1']?.notes,
    expectSaved(el) {
      expect(textOf(el, '.save')).to.contain('บันทึกร่างในเครื่องแล้ว');
    },
  },
};

guardEachTest();
describeDrafts(CHECKLIST);

// ------------------------------------------------------------------------------------ the checklist's own

describe('kn-criteria-checklist drafts: particular to the checklist', () => {
  it('writes the pending draft when the page is hidden, without a disconnect', async () => {
    const key = newKey();
    const el = await make(key);
    await choose(el, '1.4', 'basic');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(stored(key)?.levels).to.deep.equal({ '1.4': 'basic' });
  });

  it('a set-aside draft can be restored: downloaded, corrected, imported', async () => {
    const key = newKey();
    const raw = JSON.stringify({
      schema: 'khanaen.checklist',
      version: 1,
      levels: { '1.1': 'advance', '1.2': 'excellent' },
      prompts: { '1.1.1': { notes: 'เก็บไว้', links: [] } },
    });
    localStorage.setItem(key, raw);
    const el = await make(key);
    const downloads = captureDownloads();
    try {
      $(el, '.set-aside')!.querySelector<HTMLButtonElement>('.actions button')!.click();
    } finally {
      downloads.stop();
    }
    const text = (await downloads.files[0]!.text).replace('excellent', 'basic');
    expect(el.importJson(text)).to.equal(true);
    el.flush();
    const restored = {
      levels: { '1.1': 'advance', '1.2': 'basic' },
      prompts: { '1.1.1': { notes: 'เก็บไว้', links: [] } },
    };
    expect(el.value).to.deep.equal(restored);
    expect(stored(key)).to.deep.include(restored);
  });
});

// ------------------------------------------------------------------------------------ rapid input

describe('1,000 rapid inputs end with the last value shown and stored', () => {
  it('kn-criteria-checklist search field', async () => {
    const el = await make(null);
    for (let i = 0; i < 1000; i++) {
      typeInto($<HTMLInputElement>(el, 'input[type=search]')!, `q${i}`);
      if (i % 100 === 99) await el.updateComplete;
    }
    typeInto($<HTMLInputElement>(el, 'input[type=search]')!, 'ผู้นำ');
    await settle(el);
    expect(el.query).to.equal('ผู้นำ');
    expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('ผู้นำ');
  });

  it('kn-number-field (no draft): the last value is shown, is the value and is the form value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><kn-number-field name="n" label="n"></kn-number-field></form>`,
    );
    const field = form.querySelector('kn-number-field') as KnNumberField;
    let last = '';
    field.addEventListener('kn-change', (e) => (last = (e as CustomEvent<{ value: string }>).detail.value));
    for (let i = 0; i < 1000; i++) {
      typeInto(field.shadowRoot!.querySelector('input')!, `${i},000`);
      if (i % 100 === 99) await field.updateComplete;
    }
    await settle(field);
    expect(field.value).to.equal('999,000');
    expect(field.shadowRoot!.querySelector('input')!.value).to.equal('999,000');
    expect(last).to.equal('999,000');
    expect(new FormData(form).get('n')).to.equal('999000');
  });
});
