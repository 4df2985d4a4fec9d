// Hostile input on every attribute, property and text field of kn-criteria-checklist (search, notes, links).
import { expect, html, fixture, waitUntil } from '@open-wc/testing';
import '../../src/criteria-checklist/kn-criteria-checklist.js';
import type { KnCriteriaChecklist } from '../../src/criteria-checklist/criteria-checklist.js';
import {
  HOSTILE,
  IMG,
  WRONG_TYPES,
  always,
  asText,
  attr,
  deepQueryAll,
  expectInert,
  hostileSuite,
  prop,
  removeKeysExcept,
  settle,
  storageKeys,
  textOf,
  typeInto,
  typed,
  unlessBlank,
  type InputSpec,
} from './harness.js';

type El = KnCriteriaChecklist;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const message = { message: true };

async function ready(el: El): Promise<void> {
  await waitUntil(() => $(el, '[part=toolbar], [part=error]'), 'the criteria should load (or fail)', {
    timeout: 8000,
  });
  await settle(el);
}

/** Opens item 1.1 (so its prompts' notes and link fields render). */
async function open11(el: El): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, '#ih-1-1')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
}

let keysBefore = new Set<string>();

const levelOf = (el: El, item: string) => el.value.levels[item];

hostileSuite<El>({
  tag: 'kn-criteria-checklist',
  attrs: () => ({ category: '1' }),
  setup: () => {
    keysBefore = storageKeys();
  },
  ready,
  cleanup: () => removeKeysExcept(keysBefore),
  messages: (el) =>
    textOf(el, '[part=notice], [part=error], .empty, [part=estimate] .problems, .links .error, .save'),
  inputs: [
    // Any text is a usable key: the draft is saved under it and the element keeps working.
    {
      name: 'attribute storage-key',
      kind: 'enum',
      values: HOSTILE,
      before: (el, v) => el.setAttribute('storage-key', asText(v)),
      after: async (el) => {
        $<HTMLInputElement>(el, 'input[name="level-1-1"][value="basic"]')!.click();
        el.flush();
        await el.updateComplete;
      },
      read: (el) => levelOf(el, '1.1'),
      // Saved under exactly that key (an empty key means no draft).
      keeps: (el) => {
        const key = el.getAttribute('storage-key') ?? '';
        const saved = key === '' ? null : localStorage.getItem(key);
        return key === '' || (saved !== null && JSON.parse(saved).levels['1.1'] === 'basic') ? key : saved;
      },
    },
    attr('category7-score', 'number', {
      read: (el) => (el.result.ok ? el.result.categories.find((c) => c.id === 7)?.score : null),
      expect: { huge: message },
    }),
    attr('category', 'enum', { values: HOSTILE, expect: unlessBlank(message) }),
    attr('query', 'text', { literal: (el) => $<HTMLInputElement>(el, 'input[type=search]')!.value }),
    attr('bilingual', 'flag'),
    attr('numerals', 'enum'),
    attr('lang', 'enum'),
    typed('the search field', 'text', (el) => $<HTMLInputElement>(el, 'input[type=search]')!, {
      literal: (el) => $<HTMLInputElement>(el, 'input[type=search]')!.value,
      keeps: (el) => el.query,
    }),
    typed(
      'the notes of prompt 1.1.1',
      'text',
      async (el) => {
        await open11(el);
        return $<HTMLTextAreaElement>(el, '#notes-1-1-1')!;
      },
      { keeps: (el) => el.value.prompts['1.1.1']?.notes ?? '' },
    ),
    {
      name: 'typing into the evidence link field of prompt 1.1.1 and adding it',
      kind: 'text',
      values: HOSTILE,
      after: async (el, v) => {
        await open11(el);
        typeInto($<HTMLInputElement>(el, '#link-1-1-1')!, asText(v));
        $<HTMLButtonElement>(el, '#link-1-1-1 + .add-link-button')!.click();
        await el.updateComplete;
        // None of these is an http(s) link: never stored.
        expect(el.value.prompts['1.1.1']).to.equal(undefined);
      },
      // Refused with a message; the text stays in the field to be corrected.
      expect: (v) => (v.kind === 'blank' ? message : { message: true, literal: true }),
      literal: (el) => $<HTMLInputElement>(el, '#link-1-1-1')!.value,
    } satisfies InputSpec<El>,
    prop('value', 'struct'),
    {
      name: 'property loadCriteria',
      kind: 'struct',
      values: WRONG_TYPES,
      before: (el, v) => {
        (el as unknown as { loadCriteria: unknown }).loadCriteria = v;
      },
      // The criteria cannot load: the error with its retry button, in the element's language.
      expect: always(message),
    },
  ],
});

describe('kn-criteria-checklist: evidence links from the value property', () => {
  const value = (links: string[]) => ({ levels: {}, prompts: { '1.1.1': { notes: 'x', links } } });

  for (const bad of ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>']) {
    it(`never renders a link that is not http(s): ${bad.slice(0, 24)}…`, async () => {
      const el = await fixture<El>(
        html`<kn-criteria-checklist
          category="1"
          .value=${value([bad, 'https://ok.go.th/'])}
        ></kn-criteria-checklist>`,
      );
      await ready(el);
      await open11(el);
      const hrefs = deepQueryAll<HTMLAnchorElement>(el, '[part=links] a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://ok.go.th/']);
      expect(el.value.prompts['1.1.1']!.links).to.deep.equal(['https://ok.go.th/']);
      expectInert(el);
    });
  }

  it('shows markup inside an http link as text', async () => {
    const link = `https://x.go.th/?q=${IMG}`;
    const el = await fixture<El>(
      html`<kn-criteria-checklist category="1" .value=${value([link])}></kn-criteria-checklist>`,
    );
    await ready(el);
    await open11(el);
    const a = deepQueryAll<HTMLAnchorElement>(el, '[part=links] a');
    expect(a.map((x) => x.textContent)).to.deep.equal([link]);
    expectInert(el);
  });
});
