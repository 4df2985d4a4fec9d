// The script-tag bundles are safe to load twice on one page (same or another Khanaen version), which is the
// most common embedding bug. These tests load the built bundles from dist/cdn/ into one page.
import { expect } from '@open-wc/testing';

const CDN = '/packages/calculators/dist/cdn';

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(s);
  });
}

describe('CDN bundles', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('khanaen.js loads an element when the page first uses its tag, and can be imported twice', async () => {
    // Created before the loader runs: found by the first scan.
    const before = document.createElement('kn-score-badge');
    document.body.append(before);
    const loader = (await import(`${CDN}/khanaen.js`)) as {
      tags: string[];
      load(t: string): Promise<unknown>;
    };
    await import(`${CDN}/khanaen.js?second-copy`);
    await customElements.whenDefined('kn-score-badge');
    expect(customElements.get('kn-score-badge')).to.be.a('function');
    // Added after: found by the observer; an unused element is never downloaded.
    expect(customElements.get('kn-trend-chart')).to.equal(undefined);
    const after = document.createElement('div');
    after.innerHTML = '<p><kn-trend-chart></kn-trend-chart></p>';
    document.body.append(after);
    await customElements.whenDefined('kn-trend-chart');
    expect(loader.tags).to.include.members([
      'kn-band-meter',
      'kn-kpi-scorecard',
      'kn-criteria-checklist',
      'kn-award-readiness',
    ]);
    expect(loader.tags).to.have.length(10);
    let rejected = false;
    await loader.load('kn-nothing').catch(() => (rejected = true));
    expect(rejected).to.equal(true);
    before.remove();
    after.remove();
    expect(errors).to.deep.equal([]);
  });

  it('khanaen-all.js registers every element at once', async () => {
    await import(`${CDN}/khanaen-all.js`);
    for (const tag of ['kn-band-meter', 'kn-kpi-scorecard', 'kn-criteria-checklist', 'kn-number-field'])
      expect(customElements.get(tag), tag).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });

  it('khanaen.iife.js loads twice next to the ES module without errors', async () => {
    await loadClassic(`${CDN}/khanaen.iife.js`);
    await loadClassic(`${CDN}/khanaen.iife.js?again`);
    expect((window as unknown as { Khanaen?: { VERSION: string } }).Khanaen?.VERSION).to.be.a('string');
    expect(errors).to.deep.equal([]);
    const el = document.createElement('kn-score-badge');
    el.setAttribute('score', '418');
    el.setAttribute('scale', 'pmqa40');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Advance');
    el.remove();
  });

  it('a per-element bundle next to the full bundle does not throw', async () => {
    await import(`${CDN}/kn-score-badge.js`);
    expect(errors).to.deep.equal([]);
  });

  it('another Khanaen version on the page warns once and keeps the first registration', async () => {
    // Another version's copy of one element: its own define() module (version replaced) and its own class,
    // loaded from blob URLs, the rest of its imports pointing at the real files.
    const entry = await (await fetch(`${CDN}/kn-score-badge.js`)).text();
    const defineChunk = /"\.\/(chunks\/define-[^"]+\.js)"/.exec(entry)?.[1];
    expect(defineChunk, 'kn-score-badge.js imports the define chunk').to.be.a('string');
    const defineSource = await (await fetch(`${CDN}/${defineChunk}`)).text();
    // The version literal (whatever this release is) becomes another version's.
    const otherDefine = defineSource.replace(/"\d+\.\d+\.\d+(?:-[\w.]+)?"/g, '"9.9.9-other"');
    expect(otherDefine).not.to.equal(defineSource);
    const defineUrl = URL.createObjectURL(new Blob([otherDefine], { type: 'text/javascript' }));
    const other = entry
      .replaceAll(`"./${defineChunk}"`, `"${defineUrl}"`)
      .replaceAll('"./', `"${location.origin}${CDN}/`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const url = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
      await import(/* @vite-ignore */ url);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9-other');
    expect(errors).to.deep.equal([]);
  });
});
