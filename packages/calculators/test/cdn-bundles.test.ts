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

  it('khanaen.js registers every element and can be imported twice', async () => {
    await import(`${CDN}/khanaen.js`);
    await import(`${CDN}/khanaen.js?second-copy`);
    expect(customElements.get('kn-score-badge')).to.be.a('function');
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
    const source = await (await fetch(`${CDN}/khanaen.js`)).text();
    // A second copy with another version; its relative chunk imports made absolute for the blob URL.
    const other = source
      .replaceAll('"0.0.0"', '"9.9.9-other"')
      .replaceAll('"./chunks/', `"${location.origin}${CDN}/chunks/`);
    expect(other).not.to.equal(source);
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
