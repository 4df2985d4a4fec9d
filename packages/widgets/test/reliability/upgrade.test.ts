// Elements written into the page (or created by a script) before the Khanaen script has loaded: attributes
// and properties set on them then must survive the upgrade. This file imports no element up front: the
// definitions arrive through a dynamic import of the register module, after the elements exist.
import { expect, waitUntil } from '@open-wc/testing';
import { scoreCategory7Kpi } from '@khanaen/core';
import { beforeDefinitions, settle, squash, textOf, type Setup } from './harness.js';

const example = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
if (!example.ok) throw new Error('the example must score');

const TAGS = [
  'kn-number-field',
  'kn-score-badge',
  'kn-explanation',
  'kn-band-meter',
  'kn-trend-chart',
  'kn-criteria-checklist',
] as const;

type Props = Record<string, unknown>;

/** Attributes and properties a page may set before the upgrade. */
const SETUP: Record<(typeof TAGS)[number], Setup> = {
  'kn-number-field': { attrs: { label: 'ค่าเป้าหมาย', min: '๐' }, props: { value: '๑,๒๓๔.๕', unit: 'บาท' } },
  'kn-score-badge': { attrs: { scale: 'pmqa40' }, props: { score: 418, estimate: true } },
  'kn-explanation': {
    attrs: { open: '' },
    props: { steps: example.explanation, warnings: example.warnings },
  },
  'kn-band-meter': {
    attrs: { label: 'มาตรวัด' },
    props: {
      bands: {
        min: 0,
        max: 10,
        unit: { th: 'แต้ม', en: 'points' },
        bands: [
          { id: 'low', min: 0, label: { th: 'ต่ำ', en: 'Low' } },
          { id: 'high', min: 5, label: { th: 'สูง', en: 'High' } },
        ],
      },
      value: 7,
    },
  },
  'kn-trend-chart': {
    attrs: { unit: 'ล้านบาท' },
    props: {
      points: [
        { year: 2565, value: 300 },
        { year: 2566, value: 450 },
      ],
      target: 375,
    },
  },
  'kn-criteria-checklist': {
    attrs: { category: '2' },
    props: {
      value: { levels: { '2.1': 'significance' }, prompts: { '2.1.1': { notes: 'ก่อนโหลด', links: [] } } },
    },
  },
};

const fromHtml: Record<string, HTMLElement> = {};
const { host, connected, detached, errors } = beforeDefinitions(
  TAGS,
  SETUP,
  () => import('../../src/register.js'),
  (into) => {
    // As if written in the page's HTML.
    const div = document.createElement('div');
    div.innerHTML = `<kn-number-field label="ผล" value="๑๒๓"></kn-number-field>
    <kn-score-badge score="๔๑๘" level="advance"></kn-score-badge>
    <kn-band-meter value="๓๐๐"></kn-band-meter>
    <kn-trend-chart points='[{"year":"๒๕๖๕","value":"๓๐๐"},{"year":2566,"value":450}]'></kn-trend-chart>`;
    into.append(div);
    for (const el of div.children) fromHtml[el.localName] = el as HTMLElement;
  },
);

describe('widgets created before their definition is loaded', () => {
  it('are upgraded when the definitions arrive, without an error', () => {
    for (const tag of TAGS) expect(connected[tag] instanceof customElements.get(tag)!, tag).to.equal(true);
    expect(errors.errors).to.deep.equal([]);
  });

  it('kn-number-field keeps its properties and attributes', () => {
    const el = connected['kn-number-field'] as HTMLElement & {
      value: string;
      valueAsNumber: number;
      min: number;
    };
    expect(el.value).to.equal('๑,๒๓๔.๕');
    expect(el.valueAsNumber).to.equal(1234.5);
    expect(el.min).to.equal(0);
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('๑,๒๓๔.๕');
    expect(textOf(el, '[part=unit]')).to.equal('บาท');
  });

  it('kn-score-badge, kn-explanation, kn-band-meter and kn-trend-chart render what was set before', () => {
    expect(squash(connected['kn-score-badge']!.shadowRoot!.textContent ?? '')).to.equal(
      '418 ระดับก้าวหน้า (ค่าประมาณ)',
    );
    expect(connected['kn-explanation']!.shadowRoot!.querySelectorAll('[part=step]').length).to.equal(
      example.explanation.length,
    );
    expect(textOf(connected['kn-band-meter']!, '[part=band-label]')).to.contain('สูง');
    expect(textOf(connected['kn-trend-chart']!, 'figcaption')).to.equal('ผลการดำเนินงาน 2 ปี');
  });

  it('kn-criteria-checklist keeps the value set before (and shows it once the criteria load)', async () => {
    const el = connected['kn-criteria-checklist'] as HTMLElement & {
      value: unknown;
      result: { ok: boolean; categories?: { id: number; assessed: number }[] };
    };
    await waitUntil(() => el.shadowRoot!.querySelector('[part=toolbar]'), 'criteria', { timeout: 8000 });
    await settle(el);
    expect(el.value).to.deep.equal(SETUP['kn-criteria-checklist'].props.value);
    expect(el.result.ok && el.result.categories!.find((c) => c.id === 2)!.assessed).to.equal(1);
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="level-2-1"][value="significance"]',
    )!;
    expect(radio.checked).to.equal(true);
  });

  it('detached elements upgrade when connected later, keeping what was set', async () => {
    for (const tag of TAGS) {
      const el = detached[tag]!;
      host.append(el);
    }
    await settle(host);
    for (const tag of TAGS) {
      const el = detached[tag]!;
      expect(el instanceof customElements.get(tag)!, tag).to.equal(true);
      for (const [k, v] of Object.entries(SETUP[tag].props)) {
        expect((el as unknown as Props)[k], `${tag}.${k}`).to.deep.equal(v);
      }
    }
  });

  it('elements from the page HTML read their attributes (Thai digits included)', () => {
    expect((fromHtml['kn-number-field'] as HTMLElement & { valueAsNumber: number }).valueAsNumber).to.equal(
      123,
    );
    expect(squash(fromHtml['kn-score-badge']!.shadowRoot!.textContent ?? '')).to.equal('418 ระดับก้าวหน้า');
    expect(textOf(fromHtml['kn-band-meter']!, '[part=value]')).to.equal('300');
    expect(textOf(fromHtml['kn-trend-chart']!, 'tbody th')).to.equal('2565 2566');
    expect(errors.errors).to.deep.equal([]);
  });
});
