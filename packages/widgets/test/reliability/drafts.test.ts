// No data loss in kn-criteria-checklist (the widget that keeps drafts): reloads keep every draft, corrupt
// drafts are set aside with a notice and a download, unavailable or full storage keeps the element working
// with a notice, a failed import changes nothing, and 1,000 rapid edits end with the last one shown and stored.
// (kn-number-field, the other widget users type into, has no draft: its rapid-typing test is at the end.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/criteria-checklist/kn-criteria-checklist.js';
import '../../src/number-field/kn-number-field.js';
import type {
  ChecklistChange,
  KnCriteriaChecklist,
} from '../../src/criteria-checklist/criteria-checklist.js';
import type { ChecklistValue } from '../../src/criteria-checklist/storage.js';
import type { KnNumberField } from '../../src/number-field/number-field.js';
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
} from './harness.js';

type El = KnCriteriaChecklist;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);

let n = 0;
const newKey = () => `kn-reliability-checklist-${Date.now()}-${n++}`;

/** A checklist in a `<div lang>`, with the draft under `key` (keys here are plain text). */
async function make(key: string | null, attrs = 'category="1"', lang = 'th'): Promise<El> {
  const storage = key === null ? '' : `storage-key="${key}"`;
  const wrap = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><kn-criteria-checklist ${storage} ${attrs}></kn-criteria-checklist></div>`,
  );
  const el = wrap.querySelector('kn-criteria-checklist') as El;
  await waitUntil(() => $(el, '[part=toolbar]'), 'the criteria should load', { timeout: 8000 });
  await settle(el);
  return el;
}

const radio = (el: El, item: string, level: string) =>
  $<HTMLInputElement>(el, `input[name="level-${item.replace(/\./g, '-')}"][value="${level}"]`)!;

async function open(el: El, item: string): Promise<void> {
  const t = $<HTMLButtonElement>(el, `#ih-${item.replace(/\./g, '-')}`)!;
  if (t.getAttribute('aria-expanded') !== 'true') t.click();
  await el.updateComplete;
}

const stored = (key: string) => {
  const raw = localStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as ChecklistValue & { version: number });
};
const asideKeys = (key: string) => [...storageKeys()].filter((k) => k.startsWith(`${key}.corrupt-`));

/** A full assessment: every item has a level; notes with hostile text; links. */
const FULL: ChecklistValue = {
  levels: Object.fromEntries(
    ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']
      .concat(['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4'])
      .map((id, i) => [id, (['none', 'basic', 'advance', 'significance'] as const)[i % 4]!]),
  ),
  prompts: {
    '1.1.1': { notes: IMG, links: ['https://a.go.th/x?y=1&z=<b>'] },
    '1.1.2': { notes: SCRIPT, links: [] },
    '1.2.1': { notes: `=SUM(A1)\n\t"quoted", ๑๒๓ ${HUGE_NUMBER}`, links: [] },
    '6.4.1': { notes: ' leading and trailing spaces ', links: ['http://b.go.th/'] },
  },
};

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

describe('kn-criteria-checklist drafts: reload', () => {
  it('keeps every draft of every element across a reload (remove, then a new element with the same key)', async () => {
    const k1 = newKey();
    const k2 = newKey();
    const a = await make(k1);
    const b = await make(k2, 'category="2"');
    a.value = FULL;
    await choose(b, '2.3', 'advance');
    await open(b, '2.3');
    typeInto($<HTMLTextAreaElement>(b, '#notes-2-3-1')!, 'บันทึกของ b');
    // Removed at once, before the save delay: the disconnect writes what is pending.
    a.remove();
    b.remove();
    const a2 = await make(k1);
    const b2 = await make(k2, 'category="2"');
    expect(a2.value).to.deep.equal(FULL);
    expect(b2.value).to.deep.equal({
      levels: { '2.3': 'advance' },
      prompts: { '2.3.1': { notes: 'บันทึกของ b', links: [] } },
    });
    expect(radio(a2, '1.3', 'advance').checked).to.equal(true);
    await open(a2, '1.1');
    expect($<HTMLTextAreaElement>(a2, '#notes-1-1-1')!.value).to.equal(IMG);
    expectInert(a2);
  });

  it('writes the pending draft on pagehide and when the page is hidden, without a disconnect', async () => {
    const key = newKey();
    const el = await make(key);
    await choose(el, '1.4', 'significance');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(key)?.levels).to.deep.equal({ '1.4': 'significance' });
    await choose(el, '1.4', 'basic');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(stored(key)?.levels).to.deep.equal({ '1.4': 'basic' });
  });

  it('keeps the draft of the old key when storage-key changes, and loads the new one', async () => {
    const oldKey = newKey();
    const newer = newKey();
    localStorage.setItem(
      newer,
      JSON.stringify({ schema: 'khanaen.checklist', version: 1, levels: { '1.2': 'basic' }, prompts: {} }),
    );
    const el = await make(oldKey);
    await choose(el, '1.1', 'advance');
    el.setAttribute('storage-key', newer);
    await settle(el);
    expect(stored(oldKey)?.levels).to.deep.equal({ '1.1': 'advance' });
    expect(el.value.levels).to.deep.equal({ '1.2': 'basic' });
  });
});

async function choose(el: El, item: string, level: string): Promise<void> {
  radio(el, item, level).click();
  await el.updateComplete;
}

// ------------------------------------------------------------------------------------ corrupt drafts

const CORRUPT: readonly { name: string; raw: string; newer?: boolean }[] = [
  { name: 'garbage JSON', raw: '{"schema":"khanaen.checklist","version":1,"levels":{"1.1":"adv' },
  { name: 'an empty string', raw: '' },
  { name: 'null', raw: 'null' },
  { name: 'an array', raw: '[1,2]' },
  { name: 'a JSON string', raw: '"levels"' },
  {
    name: 'a newer version',
    raw: JSON.stringify({ schema: 'khanaen.checklist', version: 99, levels: {} }),
    newer: true,
  },
  {
    name: 'a version that is text',
    raw: JSON.stringify({ schema: 'khanaen.checklist', version: '1', levels: {} }),
  },
  {
    name: 'a negative version',
    raw: JSON.stringify({ schema: 'khanaen.checklist', version: -1, levels: {} }),
  },
  {
    name: 'another schema',
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
  { name: 'markup', raw: IMG },
  { name: '1 MB of garbage', raw: `{${'x'.repeat(1 << 20)}` },
];

describe('kn-criteria-checklist drafts: a corrupt draft is set aside, never lost', () => {
  CORRUPT.forEach((c, i) => {
    const lang = i % 2 === 0 ? 'th' : 'en';
    it(`${c.name} (lang=${lang})`, async () => {
      const key = newKey();
      localStorage.setItem(key, c.raw);
      const el = await make(key, 'category="1"', lang);
      // Copied aside, byte for byte, under <key>.corrupt-<time>; the key is free for new work.
      const aside = asideKeys(key);
      expect(aside).to.have.length(1);
      expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
      expect(localStorage.getItem(key)).to.equal(null);
      // A visible, localised notice naming where it went, with a download button.
      const notice = $(el, '.set-aside')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expectLocalised(textOf(el, '.set-aside strong'), lang);
      expect(notice.textContent).to.contain(aside[0]!);
      if (c.newer) expect(textOf(el, '.set-aside strong')).to.match(/newer|ใหม่กว่า/);
      expectInert(el);
      // The download gives the draft back exactly.
      const downloads = captureDownloads();
      try {
        notice.querySelector<HTMLButtonElement>('.actions button')!.click();
      } finally {
        downloads.stop();
      }
      expect(downloads.files).to.have.length(1);
      expect(downloads.files[0]!.filename).to.match(/\.json$/);
      expect(await downloads.files[0]!.text).to.equal(c.raw);
      // The element works; new work is saved under the key; the copy stays.
      await choose(el, '1.2', 'basic');
      el.flush();
      expect(stored(key)?.levels).to.deep.equal({ '1.2': 'basic' });
      expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
      // Dismissing the notice does not delete the copy.
      notice.querySelector<HTMLButtonElement>('button.secondary')!.click();
      await el.updateComplete;
      expect($(el, '.set-aside')).to.equal(null);
      expect(localStorage.getItem(aside[0]!)).to.equal(c.raw);
    });
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

  it('a draft that cannot even be copied aside (storage full) stays under its key and is never written over', async () => {
    const key = newKey();
    const raw = '{not json';
    localStorage.setItem(key, raw);
    const setItem = Storage.prototype.setItem;
    let el!: El;
    // The probe works; copying the draft aside hits the quota.
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
    await choose(el, '1.1', 'basic');
    el.flush();
    el.remove();
    expect(localStorage.getItem(key)).to.equal(raw);
  });
});

// ------------------------------------------------------------------------------------ storage unavailable

describe('kn-criteria-checklist drafts: storage unavailable or full', () => {
  async function worksInMemory(el: El, lang: 'th' | 'en'): Promise<void> {
    expectLocalised(textOf(el, '.storage-unavailable'), lang, 'the storage notice');
    const events: ChecklistChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ChecklistChange>).detail));
    await choose(el, '1.3', 'advance');
    await open(el, '1.3');
    typeInto($<HTMLTextAreaElement>(el, '#notes-1-3-1')!, 'ในหน่วยความจำ');
    el.flush();
    await settle(el);
    expect(el.value).to.deep.equal({
      levels: { '1.3': 'advance' },
      prompts: { '1.3.1': { notes: 'ในหน่วยความจำ', links: [] } },
    });
    expect(events).to.have.length(2);
    expect(el.result.ok).to.equal(true);
    expect($(el, '.storage-unavailable')).to.not.equal(null);
  }

  it('window.localStorage throws SecurityError (private mode, sandboxed iframe)', async () => {
    await withoutStorage(async () => {
      const el = await make(newKey(), 'category="1"', 'en');
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
      const el = await make(newKey(), 'category="1"', 'en');
      await worksInMemory(el, 'en');
      el.remove();
    });
  });

  it('storage fills up while working: says so, keeps the work, saves it once there is room again', async () => {
    const key = newKey();
    const el = await make(key);
    await choose(el, '1.1', 'basic');
    el.flush();
    await withStorageStub({ setItem: quotaExceeded }, async () => {
      await choose(el, '1.1', 'significance');
      el.flush();
      await el.updateComplete;
      expectLocalised(textOf(el, '.storage-unavailable'), 'th');
      expect(stored(key)?.levels).to.deep.equal({ '1.1': 'basic' });
    });
    expect(el.value.levels).to.deep.equal({ '1.1': 'significance' });
    await choose(el, '1.2', 'none');
    el.flush();
    expect(stored(key)?.levels).to.deep.equal({ '1.1': 'significance', '1.2': 'none' });
  });
});

// ------------------------------------------------------------------------------------ failed imports

describe('kn-criteria-checklist drafts: a failed import changes nothing', () => {
  const bad: readonly { name: string; text: string }[] = [
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
  ];
  bad.forEach((b, i) => {
    const lang = i % 2 === 0 ? 'th' : 'en';
    it(`${b.name} (lang=${lang})`, async () => {
      const key = newKey();
      const el = await make(key, 'category="1"', lang);
      el.value = FULL;
      el.flush();
      const storedBefore = localStorage.getItem(key);
      let fired = 0;
      el.addEventListener('kn-change', () => fired++);
      chooseFile($<HTMLInputElement>(el, '#import-file')!, b.text, 'checklist.json', 'application/json');
      await waitUntil(() => $(el, '.import-problems'), 'the import report', { timeout: 3000 });
      await settle(el);
      el.flush();
      expect(el.value).to.deep.equal(FULL);
      expect(localStorage.getItem(key)).to.equal(storedBefore);
      expect(fired).to.equal(0);
      expectLocalised(textOf(el, '.import-problems'), lang);
      expectInert(el);
    });
  });
});

// ------------------------------------------------------------------------------------ rapid input

describe('1,000 rapid inputs end with the last value shown and stored', () => {
  it('kn-criteria-checklist notes: shown, in value and in the draft after the save delay', async () => {
    const key = newKey();
    const el = await make(key);
    await open(el, '1.1');
    let events = 0;
    el.addEventListener('kn-change', () => events++);
    for (let i = 0; i < 1000; i++) {
      // Re-query: a render may happen in between (every 100 inputs it is let happen).
      typeInto($<HTMLTextAreaElement>(el, '#notes-1-1-1')!, `บันทึก ${i}`);
      if (i % 100 === 99) await el.updateComplete;
    }
    await settle(el);
    expect(events).to.equal(1000);
    expect($<HTMLTextAreaElement>(el, '#notes-1-1-1')!.value).to.equal('บันทึก 999');
    expect(el.value.prompts['1.1.1']!.notes).to.equal('บันทึก 999');
    await waitUntil(() => stored(key)?.prompts['1.1.1']?.notes === 'บันทึก 999', 'saved after the delay', {
      timeout: 5000,
    });
    expect(textOf(el, '.save')).to.contain('บันทึกร่างในเครื่องแล้ว');
  });

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
