import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checklistEstimate } from '@khanaen/core';
import { criteriaItems, criteriaPrompts } from '@khanaen/core/criteria';
import './kn-criteria-checklist.js';
import type { ChecklistChange, CriteriaLoader, KnCriteriaChecklist } from './criteria-checklist.js';
import { parseCsv } from '../shared/csv.js';
import { checklistCsv } from './csv.js';
import { normaliseForSearch } from './search.js';
import {
  checklistDraftStore,
  parseDocument,
  SCHEMA,
  validateDocument,
  type ChecklistValue,
} from './storage.js';

const PREFIX = 'kn-test-checklist-';
let keyN = 0;
const newKey = () => `${PREFIX}${Date.now()}-${keyN++}`;

function clearTestKeys(): void {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k && k.startsWith(PREFIX)) keys.push(k);
  }
  keys.forEach((k) => localStorage.removeItem(k));
}

const root = (el: KnCriteriaChecklist) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: KnCriteriaChecklist, sel: string) =>
  root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: KnCriteriaChecklist, sel: string) => [
  ...root(el).querySelectorAll<T>(sel),
];
const text = (el: Element | ShadowRoot | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function ready(el: KnCriteriaChecklist): Promise<KnCriteriaChecklist> {
  await waitUntil(() => $(el, '[part=toolbar]'), 'the criteria should load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const radio = (el: KnCriteriaChecklist, item: string, level: string) =>
  $<HTMLInputElement>(el, `input[name="level-${item.replace(/\./g, '-')}"][value="${level}"]`)!;
const toggle = (el: KnCriteriaChecklist, item: string) =>
  $<HTMLButtonElement>(el, `#ih-${item.replace(/\./g, '-')}`)!;

async function choose(el: KnCriteriaChecklist, item: string, level: string): Promise<void> {
  radio(el, item, level).click();
  await el.updateComplete;
}

async function importFile(el: KnCriteriaChecklist, content: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file')!;
  const dt = new DataTransfer();
  dt.items.add(new File([content], 'checklist.json', { type: 'application/json' }));
  input.files = dt.files;
  const report = () => $(el, '.import-problems, .import-done');
  const before = text(report());
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => report() && text(report()) !== before, 'a new import report', { timeout: 3000 });
}

afterEach(() => clearTestKeys());

describe('kn-criteria-checklist: rendering', () => {
  it('shows all 6 categories and 24 items; prompts render when expanded (94 in all), Thai verbatim', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist></kn-criteria-checklist>`),
    );
    expect($$(el, '[part=category]').length).to.equal(6);
    expect($$(el, '[part=item]').length).to.equal(24);
    expect($$(el, '[part=prompt]').length, 'collapsed items render no prompts').to.equal(0);
    expect(text($(el, '[part=status].count'))).to.equal('แสดงทั้งหมด 24 หัวข้อ');
    $<HTMLButtonElement>(el, '.expand-all')!.click();
    await el.updateComplete;
    expect($$(el, '[part=prompt]').length).to.equal(94);
    expect(criteriaPrompts().length).to.equal(94);
    const p112 = criteriaPrompts().find((p) => p.id === '1.1.2')!;
    expect(text($(el, '#ph-1-1-2'))).to.contain(p112.th);
    expect(text($(el, '#ph-1-1-2'))).to.contain('(Basic)');
    // Every level descriptor of every item, Thai verbatim.
    const all = text(root(el));
    for (const item of criteriaItems()) {
      expect(all).to.contain(item.title.th);
      expect(all).to.contain(item.levels.significance.th);
    }
    expect(all).to.contain('ระดับเป็นแบบสะสม');
    // English is not shown in Thai unless asked for.
    expect(all).not.to.contain(p112.en);
  });

  it('shows English first and the Thai original (lang="th") in English', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist lang="en" category="1"></kn-criteria-checklist>`,
      ),
    );
    toggle(el, '1.1').click();
    await el.updateComplete;
    const p112 = criteriaPrompts().find((p) => p.id === '1.1.2')!;
    const prompt = $(el, '#ph-1-1-2')!.closest('[part=prompt]')!;
    expect(text(prompt.querySelector('h5'))).to.contain(p112.en);
    const thai = prompt.querySelector('.other[lang=th]')!;
    expect(text(thai)).to.equal(p112.th);
    expect(text($(el, '.title'))).to.equal('PMQA 4.0 self-assessment checklist');
    expect(text($(el, '#ih-1-1'))).to.contain('A leadership system that builds sustainability');
    expect(text(root(el))).to.contain('A self-assessment estimate, not an official score');
  });

  it('shows English below the Thai with the bilingual option', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    const check = $<HTMLInputElement>(el, '.toolbar input[type=checkbox]')!;
    check.click();
    await el.updateComplete;
    expect(el.bilingual).to.equal(true);
    expect(text($(el, '.other[lang=en]'))).to.equal('Organizational leadership');
  });

  it('uses Thai digits for ids and counts with numerals="thai"', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist numerals="thai" category="2"></kn-criteria-checklist>`,
      ),
    );
    expect(text($(el, '#ih-2-1'))).to.contain('๒.๑');
    expect(text($(el, '[part=status].count'))).to.equal('พบ ๔ จาก ๒๔ หัวข้อ');
  });

  it('labels the estimate as an estimate and shows it on kn-band-meter with kn-explanation', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    const est = $(el, '[part=estimate]')!;
    expect(text(est)).to.contain('ค่าประมาณจากการประเมินตนเอง ไม่ใช่คะแนนอย่างเป็นทางการ');
    const meter = est.querySelector('kn-band-meter')!;
    expect(meter.getAttribute('scale')).to.equal('pmqa40');
    expect(meter.hasAttribute('value')).to.equal(false);
    expect(est.querySelector('kn-explanation')).to.not.equal(null);
  });
});

describe('kn-criteria-checklist: filter, search, expand', () => {
  it('filters by category and announces the count', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist></kn-criteria-checklist>`),
    );
    const select = $<HTMLSelectElement>(el, 'select#cat')!;
    expect(text(root(el).querySelector('label[for=cat]'))).to.equal('หมวด');
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.category).to.equal('3');
    expect($$(el, '[part=category]').length).to.equal(1);
    expect(
      $$(el, '[part=item]').map((i) => i.querySelector('.toggle .id')!.textContent!.trim()),
    ).to.deep.equal(['3.1', '3.2', '3.3', '3.4']);
    expect($(el, '[part=status].count')!.getAttribute('role')).to.equal('status');
    expect(text($(el, '[part=status].count'))).to.equal('พบ 4 จาก 24 หัวข้อ');
  });

  it('searches Thai and English, case-insensitive, with Thai or Latin digits', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist></kn-criteria-checklist>`),
    );
    const search = $<HTMLInputElement>(el, 'input[type=search]')!;
    expect(search.labels?.[0]?.textContent).to.contain('ค้นหา');
    const type = async (q: string) => {
      search.value = q;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    const ids = () => $$(el, '[part=item] .toggle .id').map((x) => x.textContent!.trim());
    await type('LEADERSHIP SYSTEM');
    expect(ids()).to.deep.equal(['1.1', '1.2']);
    expect(text($(el, '[part=status].count'))).to.equal('พบ 2 จาก 24 หัวข้อ');
    await type('Benchmarks');
    expect(ids()).to.deep.equal(['6.3']);
    await type('ระบบการนำ');
    expect($$(el, '[part=item]').length).to.be.greaterThan(0);
    expect($(el, '#ih-1-1')).to.not.equal(null);
    // Thai digits find the Latin-numbered prompt, whose item opens to show it.
    await type('๑.๑.๒');
    expect($$(el, '[part=item]').length).to.equal(1);
    expect($(el, '#ih-1-1')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#ph-1-1-2')!.closest('[part=prompt]')!.classList.contains('match')).to.equal(true);
    await type('zzzz-nothing');
    expect($$(el, '[part=item]').length).to.equal(0);
    expect(text($(el, '.empty'))).to.equal('ไม่พบหัวข้อที่ตรงกับการค้นหา');
    expect(normaliseForSearch('ABC ๑๒๓  นํา')).to.equal('abc 123 นำ');
  });

  it('expands and collapses one item and all items', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    const t = toggle(el, '1.2');
    expect(t.getAttribute('aria-expanded')).to.equal('false');
    t.click();
    await el.updateComplete;
    expect(t.getAttribute('aria-expanded')).to.equal('true');
    expect(t.getAttribute('aria-controls')).to.equal('prompts-1-2');
    expect($$(el, '#prompts-1-2 [part=prompt]').length).to.equal(6);
    t.click();
    await el.updateComplete;
    expect($(el, '#prompts-1-2')).to.equal(null);
    $<HTMLButtonElement>(el, '.expand-all')!.click();
    await el.updateComplete;
    expect($$(el, '[part=prompt]').length).to.equal(5 + 6 + 4 + 4);
    $<HTMLButtonElement>(el, '.collapse-all')!.click();
    await el.updateComplete;
    expect($$(el, '[part=prompt]').length).to.equal(0);
  });

  it('renders everything for printing (beforeprint) and goes back afterwards', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="2"></kn-criteria-checklist>`),
    );
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[part=prompt]').length, 'rendered synchronously').to.equal(94);
    expect($$(el, '[part=category]').length).to.equal(6);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '[part=prompt]').length).to.equal(0);
    expect($$(el, '[part=category]').length).to.equal(1);
  });
});

describe('kn-criteria-checklist: levels, result, kn-change', () => {
  it('updates result from core and fires kn-change with { value, result }', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    const events: ChecklistChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ChecklistChange>).detail));
    await choose(el, '1.1', 'advance');
    await choose(el, '1.2', 'basic');
    expect(events.length).to.equal(2);
    const r = el.result;
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const expected = checklistEstimate({ levels: { '1.1': 'advance', '1.2': 'basic' } });
    expect(r).to.deep.equal(expected);
    expect(r.categories[0]).to.deep.equal({ id: 1, score: 350, assessed: 2, total: 4 });
    expect(events[1]!.value.levels).to.deep.equal({ '1.1': 'advance', '1.2': 'basic' });
    expect(events[1]!.result).to.deep.equal(expected);
    await el.updateComplete;
    expect(text($(el, '[part=progress]'))).to.contain('ประเมินแล้ว 2 จาก 4 หัวข้อ');
    const meter = $(el, '[part=estimate] kn-band-meter')!;
    await (meter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(meter.shadowRoot!.querySelector('[part=value]')!.textContent!.trim()).to.equal('350');
    expect(text($(el, '[part=estimate]'))).to.contain('คะแนนรวมโดยประมาณ 350 จาก 500 (ระดับพื้นฐาน)');
    // Cumulative: Advance marks Basic as reached too.
    const basic = radio(el, '1.1', 'basic').closest('label')!;
    expect(basic.classList.contains('reached')).to.equal(true);
    expect(text(basic)).to.contain('บรรลุแล้ว (ระดับสะสม)');
    expect(radio(el, '1.1', 'significance').closest('label')!.classList.contains('reached')).to.equal(false);
  });

  it('takes value and category7-score; setting value does not fire kn-change', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist category7-score="450"></kn-criteria-checklist>`,
      ),
    );
    let fired = 0;
    el.addEventListener('kn-change', () => fired++);
    el.value = {
      levels: { '2.1': 'significance', '2.2': 'not-assessed' },
      prompts: { '2.1.1': { notes: 'ok', links: [] } },
    };
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(el.value.levels).to.deep.equal({ '2.1': 'significance' });
    expect(radio(el, '2.1', 'significance').checked).to.equal(true);
    expect(el.result).to.deep.equal(
      checklistEstimate({ levels: { '2.1': 'significance' }, category7Score: '450' }),
    );
    expect(el.result.ok && el.result.overall).to.equal(475);
    el.category7Score = 900;
    await el.updateComplete;
    expect(el.result.ok).to.equal(false);
    expect($(el, '[part=estimate] .problems')).to.not.equal(null);
  });

  it('edits notes and links per prompt, validating URLs with a localised message', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    toggle(el, '1.1').click();
    await el.updateComplete;
    const notes = $<HTMLTextAreaElement>(el, '#notes-1-1-1')!;
    expect(notes.labels?.[0]?.textContent).to.contain('1.1.1');
    notes.value = 'มีแผนยุทธศาสตร์';
    const changed = oneEvent(el, 'kn-change');
    notes.dispatchEvent(new Event('input'));
    expect(((await changed) as CustomEvent<ChecklistChange>).detail.value.prompts['1.1.1']).to.deep.equal({
      notes: 'มีแผนยุทธศาสตร์',
      links: [],
    });
    const link = $<HTMLInputElement>(el, '#link-1-1-1')!;
    link.value = 'javascript:alert(1)';
    link.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '#link-1-1-1 + .add-link-button')!.click();
    await el.updateComplete;
    expect(text($(el, '#linkerr-1-1-1'))).to.contain('http:// หรือ https://');
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(el.value.prompts['1.1.1']!.links).to.deep.equal([]);
    link.value = 'https://example.go.th/plan.pdf';
    link.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '#link-1-1-1 + .add-link-button')!.click();
    await el.updateComplete;
    expect(el.value.prompts['1.1.1']!.links).to.deep.equal(['https://example.go.th/plan.pdf']);
    expect(text($(el, '#linkerr-1-1-1'))).to.equal('');
    const a = root(el).querySelector<HTMLAnchorElement>('[part=links] a')!;
    expect(a.href).to.equal('https://example.go.th/plan.pdf');
    root(el).querySelector<HTMLButtonElement>('.remove-link')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.prompts['1.1.1']!.links).to.deep.equal([]);
    expect(root(el).activeElement).to.equal($(el, '#link-1-1-1'));
  });
});

describe('kn-criteria-checklist: keyboard', () => {
  it('reaches a level radio with Tab and changes it with the arrow keys', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    toggle(el, '1.1').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(radio(el, '1.1', 'not-assessed'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(radio(el, '1.1', 'basic'));
    expect(el.value.levels['1.1']).to.equal('basic');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.levels['1.1']).to.equal('advance');
    // Tab leaves the group (never trapped) for the next item's toggle.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(toggle(el, '1.2'));
    // Enter opens the item; Enter in the link field adds the link.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el, '1.2').getAttribute('aria-expanded')).to.equal('true');
    $<HTMLInputElement>(el, '#link-1-2-1')!.focus();
    await sendKeys({ type: 'https://example.go.th/a' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.prompts['1.2.1']!.links).to.deep.equal(['https://example.go.th/a']);
  });
});

describe('kn-criteria-checklist: drafts in localStorage', () => {
  it('saves a versioned draft and restores it in a new element', async () => {
    const key = newKey();
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="1"></kn-criteria-checklist>`,
      ),
    );
    await choose(el, '1.1', 'advance');
    await choose(el, '1.3', 'none');
    toggle(el, '1.3').click();
    await el.updateComplete;
    const notes = $<HTMLTextAreaElement>(el, '#notes-1-3-2')!;
    notes.value = 'บันทึกสำคัญ';
    notes.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await waitUntil(() => localStorage.getItem(key)?.includes('บันทึกสำคัญ'), 'saved within the debounce', {
      timeout: 2000,
    });
    await el.updateComplete;
    expect(text($(el, '[part=status].save'))).to.contain('บันทึกร่างในเครื่องแล้ว');
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.schema).to.equal(SCHEMA);
    expect(stored.version).to.equal(1);
    expect(typeof stored.savedAt).to.equal('string');
    expect(stored.levels).to.deep.equal({ '1.1': 'advance', '1.3': 'none' });
    expect(stored.prompts).to.deep.equal({ '1.3.2': { notes: 'บันทึกสำคัญ', links: [] } });

    const el2 = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="1"></kn-criteria-checklist>`,
      ),
    );
    expect(el2.value).to.deep.equal({
      levels: { '1.1': 'advance', '1.3': 'none' },
      prompts: { '1.3.2': { notes: 'บันทึกสำคัญ', links: [] } },
    });
    expect(radio(el2, '1.1', 'advance').checked).to.equal(true);
    toggle(el2, '1.3').click();
    await el2.updateComplete;
    expect($<HTMLTextAreaElement>(el2, '#notes-1-3-2')!.value).to.equal('บันทึกสำคัญ');
  });

  it('writes a pending change at once when disconnected', async () => {
    const key = newKey();
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="4"></kn-criteria-checklist>`,
      ),
    );
    await choose(el, '4.2', 'significance');
    el.remove();
    expect(JSON.parse(localStorage.getItem(key)!).levels).to.deep.equal({ '4.2': 'significance' });
  });

  it('sets a corrupt draft aside with a notice and a download, losing nothing', async () => {
    const key = newKey();
    const raw = '{"schema":"khanaen.checklist","version":1,"levels":{"1.1":"adv';
    localStorage.setItem(key, raw);
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="1"></kn-criteria-checklist>`,
      ),
    );
    const asideKeys = Object.keys(localStorage).filter((k) => k.startsWith(`${key}.corrupt-`));
    expect(asideKeys.length).to.equal(1);
    expect(asideKeys[0]!.slice(key.length)).to.match(/^\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(localStorage.getItem(asideKeys[0]!)).to.equal(raw);
    const notice = $(el, '[part=notice][role=alert]')!;
    expect(text(notice)).to.contain('ร่างที่บันทึกไว้เสียหรืออ่านไม่ได้');
    expect(text(notice)).to.contain(asideKeys[0]!);
    expect(text(notice.querySelector('button'))).to.equal('ดาวน์โหลดร่างเดิม');
    expect(el.value).to.deep.equal({ levels: {}, prompts: {} });
    await expect(el).to.be.accessible();
    // New work is saved under the key; the aside copy stays.
    await choose(el, '1.2', 'basic');
    el.flush();
    expect(JSON.parse(localStorage.getItem(key)!).levels).to.deep.equal({ '1.2': 'basic' });
    expect(localStorage.getItem(asideKeys[0]!)).to.equal(raw);
  });

  it('sets aside a draft with bad content or from a newer version', async () => {
    const key = newKey();
    localStorage.setItem(
      key,
      JSON.stringify({ schema: SCHEMA, version: 1, levels: { '9.9': 'basic' }, prompts: {} }),
    );
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="1"></kn-criteria-checklist>`,
      ),
    );
    expect(text($(el, '[part=notice]'))).to.contain('ไม่รู้จักหัวข้อ "9.9"');
    const key2 = newKey();
    localStorage.setItem(key2, JSON.stringify({ schema: SCHEMA, version: 2, levels: {} }));
    const el2 = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist lang="en" storage-key=${key2} category="1"></kn-criteria-checklist>`,
      ),
    );
    expect(text($(el2, '[part=notice]'))).to.contain('newer version');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`${key2}.corrupt-`)).length).to.equal(1);
  });

  it('migrates an older (version 0) draft', async () => {
    const key = newKey();
    localStorage.setItem(
      key,
      JSON.stringify({ levels: { '1.1': 'basic', '5.2': 'advance' }, notes: { '5.2.1': 'เดิม' } }),
    );
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="5"></kn-criteria-checklist>`,
      ),
    );
    expect(el.value).to.deep.equal({
      levels: { '1.1': 'basic', '5.2': 'advance' },
      prompts: { '5.2.1': { notes: 'เดิม', links: [] } },
    });
    expect(text($(el, '[part=notice]'))).to.contain('แปลงร่างที่บันทึกไว้จากรุ่นเก่า (รุ่น 0)');
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.version).to.equal(1);
    expect(stored.prompts).to.deep.equal({ '5.2.1': { notes: 'เดิม', links: [] } });
  });

  it('works in memory and says so when storage throws', async () => {
    const proto = Storage.prototype;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await ready(
        await fixture<KnCriteriaChecklist>(
          html`<kn-criteria-checklist storage-key=${newKey()} category="1"></kn-criteria-checklist>`,
        ),
      );
      expect(text($(el, '.storage-unavailable'))).to.contain('บันทึกร่างในเครื่องไม่ได้ ข้อมูลจะหายเมื่อปิดหน้า');
      await choose(el, '1.4', 'advance');
      el.flush();
      await el.updateComplete;
      expect(el.value.levels).to.deep.equal({ '1.4': 'advance' });
      expect(el.result.ok && el.result.categories[0]!.score).to.equal(400);
      expect(text($(el, '[part=status].save'))).to.contain('บันทึกร่างในเครื่องไม่ได้');
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });

  it('says so when saving fails later (quota) and recovers', async () => {
    const key = newKey();
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist storage-key=${key} category="1"></kn-criteria-checklist>`,
      ),
    );
    const proto = Storage.prototype;
    const { setItem } = proto;
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await choose(el, '1.1', 'basic');
      el.flush();
      await el.updateComplete;
      expect($(el, '.storage-unavailable')).to.not.equal(null);
    } finally {
      proto.setItem = setItem;
    }
    await choose(el, '1.1', 'advance');
    el.flush();
    await el.updateComplete;
    expect($(el, '.storage-unavailable')).to.equal(null);
    expect(JSON.parse(localStorage.getItem(key)!).levels).to.deep.equal({ '1.1': 'advance' });
  });
});

describe('kn-criteria-checklist: JSON export and import', () => {
  const before: ChecklistValue = {
    levels: { '1.1': 'basic' },
    prompts: { '1.1.1': { notes: 'เดิม', links: ['https://a.go.th/'] } },
  };

  it('rejects a bad file completely, listing localised problems, and changes nothing', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist category="1" .value=${before}></kn-criteria-checklist>`,
      ),
    );
    let fired = 0;
    el.addEventListener('kn-change', () => fired++);
    const bad = {
      schema: SCHEMA,
      version: 1,
      levels: { '1.2': 'advance', '8.1': 'basic', '1.3': 'excellent' },
      prompts: { '1.1.1': { notes: 5, links: ['ftp://x'] }, '1.1.99': { notes: '', links: [] } },
    };
    await importFile(el, JSON.stringify(bad));
    expect(el.value).to.deep.equal(before);
    expect(fired).to.equal(0);
    const report = text($(el, '.import-problems'));
    expect(report).to.contain('นำเข้าไม่ได้ พบปัญหา 5 รายการ ข้อมูลเดิมไม่เปลี่ยนแปลง');
    expect(report).to.contain('ไม่รู้จักหัวข้อ "8.1"');
    expect(report).to.contain('หัวข้อ 1.3: ระดับ "excellent" ไม่ถูกต้อง');
    expect(report).to.contain('บันทึก (notes) ต้องเป็นข้อความ');
    expect(report).to.contain('ftp://x');
    expect(report).to.contain('ไม่รู้จักประเด็น "1.1.99"');
    expect($(el, '.undo-import')).to.equal(null);
    await expect(el).to.be.accessible();

    await importFile(el, '{ not json');
    expect(text($(el, '.import-problems'))).to.contain('ไม่ใช่ JSON ที่ถูกต้อง');
    expect(el.value).to.deep.equal(before);
  });

  it('imports a good file, replacing the state, and "undo import" restores it', async () => {
    const key = newKey();
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist category="1" storage-key=${key}></kn-criteria-checklist>`,
      ),
    );
    el.value = before;
    const good = {
      schema: SCHEMA,
      version: 1,
      savedAt: '2025-01-01T00:00:00.000Z',
      levels: { '1.2': 'significance', '6.4': 'none' },
      prompts: { '6.4.1': { notes: 'ใหม่', links: [] } },
    };
    const events: ChecklistChange[] = [];
    el.addEventListener('kn-change', (e) => events.push((e as CustomEvent<ChecklistChange>).detail));
    await importFile(el, JSON.stringify(good));
    expect(el.value).to.deep.equal({ levels: good.levels, prompts: good.prompts });
    expect(events.length).to.equal(1);
    expect(radio(el, '1.2', 'significance').checked).to.equal(true);
    el.flush();
    expect(JSON.parse(localStorage.getItem(key)!).levels).to.deep.equal(good.levels);
    await expect(el).to.be.accessible();
    const undo = $<HTMLButtonElement>(el, '.undo-import')!;
    expect(text(undo)).to.contain('เลิกนำเข้า');
    undo.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(before);
    expect(events.length).to.equal(2);
    expect(radio(el, '1.1', 'basic').checked).to.equal(true);
    el.flush();
    expect(JSON.parse(localStorage.getItem(key)!).levels).to.deep.equal(before.levels);
    expect($(el, '.undo-import')).to.equal(null);
  });

  it('exports JSON that imports back', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist category="1" .value=${before}></kn-criteria-checklist>`,
      ),
    );
    const json = el.exportJson();
    const doc = JSON.parse(json);
    expect(doc.schema).to.equal(SCHEMA);
    expect(doc.version).to.equal(1);
    const r = parseDocument(json);
    expect(r.ok && r.value).to.deep.equal(before);
    expect(el.importJson(json)).to.equal(true);
    expect(el.value).to.deep.equal(before);
  });
});

describe('checklist CSV and storage functions', () => {
  it('neutralises formula cells and quotes only the cells that need it', () => {
    // Prompt 1.1.1 with these notes and no links: its row ends `,<notes cell>,` (the links cell is empty).
    const row = (notes: string) =>
      checklistCsv(criteriaItems().slice(0, 1), { levels: {}, prompts: { '1.1.1': { notes, links: [] } } });
    const expectCell = (notes: string, cell: string) =>
      expect(row(notes), notes).to.contain(`\r\nประเด็น,1.1.1,`).and.to.contain(`,${cell},\r\n`);
    expectCell('=SUM(A1)', "'=SUM(A1)");
    expectCell('+66 2 123', "'+66 2 123");
    expectCell('-1+2', "'-1+2");
    expectCell('@cmd', "'@cmd");
    expectCell('\tx', "'\tx");
    expectCell('ปกติ', 'ปกติ');
    expectCell('a "b", c', '"a ""b"", c"');
    expectCell('=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"');
    // Plain numbers are left alone, and cells that need no quotes get none.
    expectCell('-5', '-5');
    expect(row('x')).to.contain('\r\nหัวข้อ,1.1,1,1.1,');
  });

  it('writes one row per item and per prompt, UTF-8 BOM, neutralised cells', () => {
    const value: ChecklistValue = {
      levels: { '1.1': 'advance' },
      prompts: {
        '1.1.2': { notes: '=HYPERLINK("http://evil")', links: ['https://a.go.th/x', 'https://b.go.th/y'] },
      },
    };
    const csv = checklistCsv(criteriaItems(), value, 'th');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const rows = parseCsv(csv);
    expect(rows.length).to.equal(1 + 24 + 94);
    expect(rows.every((r) => r.length === 11)).to.equal(true);
    expect(rows[0]![0]).to.equal('ประเภท');
    expect(rows.find((r) => r[0] === 'หัวข้อ' && r[1] === '1.1')!.slice(7, 9)).to.deep.equal([
      'advance',
      'ระดับก้าวหน้า',
    ]);
    expect(csv).to.contain('\r\nหัวข้อ,1.1,1,1.1,');
    expect(csv).to.contain(',advance,ระดับก้าวหน้า,');
    expect(csv).to.contain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).to.contain('"https://a.go.th/x\nhttps://b.go.th/y"');
    const p112 = rows.find((r) => r[1] === '1.1.2')!;
    expect(p112[9]).to.equal('=HYPERLINK("http://evil")');
    expect(p112[10]).to.equal('https://a.go.th/x\nhttps://b.go.th/y');
    expect(csv).to.contain(criteriaPrompts()[1]!.th);
    expect(checklistCsv(criteriaItems(), value, 'en').startsWith('\uFEFFtype,id,')).to.equal(true);
  });

  it('validates documents completely and migrates version 0', () => {
    const v0 = validateDocument({ levels: { '2.2': 'basic' }, notes: { '2.2.1': 'x' } });
    expect(v0.ok && v0.migratedFrom).to.equal(0);
    expect(v0.ok && v0.value).to.deep.equal({
      levels: { '2.2': 'basic' },
      prompts: { '2.2.1': { notes: 'x', links: [] } },
    });
    const bad = validateDocument({ schema: 'other', version: 1, levels: [], prompts: 'x' });
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.problems.map((p) => p.en)).to.deep.equal([
      'schema must be "khanaen.checklist", not "other".',
      'levels is missing or not an object.',
      'prompts must be an object.',
    ]);
    const known = validateDocument(
      { schema: SCHEMA, version: 1, levels: {}, prompts: { '1.1.9': { notes: 'x' } } },
      { prompts: new Set(['1.1.1']) },
    );
    expect(known.ok).to.equal(false);
    // The same validation reads drafts, through the shared DraftStore.
    const key = newKey();
    const store = checklistDraftStore(key, () => ({ prompts: new Set(['2.2.1']) }));
    localStorage.setItem(key, JSON.stringify({ levels: { '2.2': 'basic' }, notes: { '2.2.1': 'x' } }));
    const loaded = store.load();
    expect(loaded.status === 'loaded' && loaded.migratedFrom).to.equal(0);
    expect(loaded.status === 'loaded' && loaded.data).to.deep.equal(v0.ok && v0.value);
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(Object.keys(stored)).to.deep.equal(['schema', 'version', 'savedAt', 'levels', 'prompts']);
    expect(parseDocument(localStorage.getItem(key)!).ok).to.equal(true);
    const raw = JSON.stringify({
      schema: SCHEMA,
      version: 1,
      levels: {},
      prompts: { '1.1.9': { notes: 'x' } },
    });
    localStorage.setItem(key, raw);
    const aside = store.load();
    expect(aside.status).to.equal('set-aside');
    if (aside.status !== 'set-aside') return;
    expect(aside.problems.map((p) => p.en)).to.deep.equal(['Unknown prompt "1.1.9".']);
    expect(aside.newer).to.equal(false);
    expect(aside.asideKey).to.match(/\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(localStorage.getItem(aside.asideKey!)).to.equal(raw);
    expect(localStorage.getItem(key)).to.equal(null);
  });
});

describe('kn-criteria-checklist: loading', () => {
  it('shows a loading state, then an error with a retry button when the import fails', async () => {
    let fail = true;
    let release: () => void = () => {};
    const loader: CriteriaLoader = () =>
      new Promise((resolve, reject) => {
        release = () =>
          fail
            ? reject(new TypeError('Failed to fetch dynamically imported module'))
            : resolve(import('@khanaen/core/criteria'));
      });
    const el = await fixture<KnCriteriaChecklist>(
      html`<kn-criteria-checklist .loadCriteria=${loader}></kn-criteria-checklist>`,
    );
    expect(text($(el, '[part=loading]'))).to.equal('กำลังโหลดเกณฑ์…');
    expect($(el, '[part=loading]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    const warn = console.warn;
    console.warn = () => {};
    try {
      release();
      await waitUntil(() => $(el, '[part=error]'), 'error state');
    } finally {
      console.warn = warn;
    }
    expect(text($(el, '[part=error]'))).to.contain('โหลดเกณฑ์ไม่สำเร็จ');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '.retry')!.click();
    await el.updateComplete;
    expect($(el, '[part=loading]')).to.not.equal(null);
    release();
    await ready(el);
    expect($$(el, '[part=item]').length).to.equal(24);
  });

  it('loads through the replaceable static loader by default', async () => {
    const original = (
      customElements.get('kn-criteria-checklist') as unknown as { loadCriteria: CriteriaLoader }
    ).loadCriteria;
    const ctor = customElements.get('kn-criteria-checklist') as unknown as { loadCriteria: CriteriaLoader };
    let calls = 0;
    ctor.loadCriteria = () => {
      calls++;
      return original();
    };
    try {
      const el = await ready(
        await fixture<KnCriteriaChecklist>(
          html`<kn-criteria-checklist category="6"></kn-criteria-checklist>`,
        ),
      );
      expect(calls).to.equal(1);
      expect($$(el, '[part=item]').length).to.equal(4);
    } finally {
      ctor.loadCriteria = original;
    }
  });
});

describe('kn-criteria-checklist: accessibility', () => {
  it('passes axe on one category with an item expanded (Thai)', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist
          category="1"
          .value=${{ levels: { '1.1': 'advance' }, prompts: { '1.1.1': { notes: 'x', links: ['https://a.go.th/'] } } }}
        ></kn-criteria-checklist>`,
      ),
    );
    toggle(el, '1.1').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe on the whole checklist, every item expanded, Thai digits', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist
          numerals="thai"
          .value=${{ levels: { '2.3': 'basic' }, prompts: {} }}
        ></kn-criteria-checklist>`,
      ),
    );
    el.expandAll();
    await el.updateComplete;
    expect($$(el, '[part=prompt]').length).to.equal(94);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English with the link error shown', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(
        html`<kn-criteria-checklist lang="en" category="3"></kn-criteria-checklist>`,
      ),
    );
    toggle(el, '3.2').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#link-3-2-1 + .add-link-button')!.click();
    await el.updateComplete;
    expect(text($(el, '#linkerr-3-2-1'))).to.contain('Enter a link first.');
    await expect(el).to.be.accessible();
  });

  it('does not let the inner band meter’s kn-change escape', async () => {
    const el = await ready(
      await fixture<KnCriteriaChecklist>(html`<kn-criteria-checklist category="1"></kn-criteria-checklist>`),
    );
    const details: unknown[] = [];
    el.addEventListener('kn-change', (e) => details.push((e as CustomEvent).detail));
    await choose(el, '1.1', 'basic');
    await new Promise((r) => setTimeout(r, 50));
    expect(details.length).to.equal(1);
    expect(details[0]).to.have.property('value');
    expect((details[0] as ChecklistChange).result.ok).to.equal(true);
  });
});
