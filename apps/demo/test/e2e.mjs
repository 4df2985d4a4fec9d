#!/usr/bin/env node
// End-to-end tests of the built demo (apps/demo/dist) in Debian's Chromium via playwright-core:
// the intranet page (npm imports), the public page (script tags only, strict CSP), the embedding guide.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launch, axe, harness, assert } from '../../../scripts/browser.mjs';
import { writeResult } from '../../../scripts/results.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error('apps/demo/dist is missing: run the demo build first.');
  process.exit(1);
}
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const server = await serveStatic(
  { '/': dist },
  { headers: (p) => (p === '/public.html' ? { 'content-security-policy': CSP } : {}) },
);
const browser = await launch();
const t = harness();

async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console.error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, errors };
}

const shadowText = (page, selector) =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

console.log('Demo end-to-end tests');

await t.check('intranet page renders its widgets (npm import) with no errors and no axe violations', async () => {
  const { page, errors } = await open('/');
  await page.waitForFunction(() => customElements.get('kn-score-badge') !== undefined);
  const text = await shadowText(page, 'kn-score-badge');
  assert(text.includes('ระดับก้าวหน้า'), `badge text: ${text}`);
  const violations = await axe(page);
  assert(violations.length === 0, JSON.stringify(violations, null, 1));
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
});

await t.check('public page works with script tags only under a strict CSP, with zero violations', async () => {
  const { page, errors } = await open('/public.html');
  await page.waitForFunction(() => customElements.get('kn-score-badge') !== undefined);
  const text = await shadowText(page, 'kn-score-badge');
  assert(text.includes('ระดับมาตรฐานขั้นสูง'), `badge text: ${text}`);
  const csp = await page.evaluate(() => window.__csp);
  assert(csp.length === 0, `CSP violations: ${csp.join('\n')}`);
  const violations = await axe(page);
  assert(violations.length === 0, JSON.stringify(violations, null, 1));
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
});

await browser.close();
await server.close();
const { passed, failed } = t.summary();
writeResult({ passed, failed });
console.log(`demo-e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
