#!/usr/bin/env node
// End-to-end tests of the built demo (apps/demo/dist) in Debian's Chromium via playwright-core: a user fills
// the calculators (typing, Thai digits) on the intranet page (npm imports), the public page (script tags
// only, strict CSP) and the embedding guide; axe on each page; zero CSP violations; bundles loaded twice.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launch, axe, harness, assert, settle } from '../../../scripts/browser.mjs';
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

/** Opens a page in a fresh context (empty localStorage), collecting errors, warnings and CSP violations. */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
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
  await settle(page, 4);
  return { page, errors, warnings, close: () => context.close() };
}

/** The text of an element's shadow root (whitespace collapsed). */
const shadowText = (page, selector) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

const meterText = (page, selector) =>
  page
    .locator(selector)
    .evaluate((el) => el.shadowRoot?.querySelector('[role=meter]')?.getAttribute('aria-valuetext') ?? '');

console.log('Demo end-to-end tests');

await t.check(
  'intranet: the agency scorecard scores the sample KPIs and the overview meter follows it',
  async () => {
    const { page, errors, close } = await open('/');
    const result = await page.locator('#agency-scorecard').evaluate((el) => el.result);
    assert(result.ok, `scorecard result: ${JSON.stringify(result)}`);
    const valuetext = await meterText(page, 'kn-band-meter[for="agency-scorecard"]');
    assert(valuetext.includes(String(result.total)), `meter "${valuetext}" should name ${result.total}`);
    assert(/ระดับ/.test(valuetext), `meter valuetext in Thai: ${valuetext}`);
    assert(errors.length === 0, errors.join('\n'));
    await close();
  },
);

await t.check('intranet: typing a result in Thai digits updates the total and the meter', async () => {
  const { page, errors, close } = await open('/');
  const before = await page.locator('#agency-scorecard').evaluate((el) => el.result.total);
  // The first KPI's result cell (a native input labelled in Thai).
  const cell = page.locator('#agency-scorecard').locator('input[aria-label*="ผลการดำเนินงาน"]').first();
  await cell.fill('');
  await cell.pressSequentially('๙๐');
  await page.waitForTimeout(400);
  await settle(page);
  const after = await page.locator('#agency-scorecard').evaluate((el) => el.result);
  assert(
    after.ok && after.total !== before,
    `total should change from ${before}: ${JSON.stringify(after.ok ? after.total : after.errors)}`,
  );
  const valuetext = await meterText(page, 'kn-band-meter[for="agency-scorecard"]');
  assert(valuetext.includes(String(after.total)), `meter "${valuetext}" should follow ${after.total}`);
  assert(errors.length === 0, errors.join('\n'));
  await close();
});

await t.check(
  'intranet: data entered once — the Category 7 score feeds the self-assessment estimate',
  async () => {
    const { page, errors, close } = await open('/');
    const cat7 = await page.locator('#cat7-scorecard').evaluate((el) => el.result);
    assert(cat7.ok, `cat7 result: ${JSON.stringify(cat7)}`);
    await page.waitForFunction(() => document.querySelector('#checklist')?.result?.ok === true);
    const checklist = await page.locator('#checklist').evaluate((el) => el.result);
    const c7 = checklist.categories.find((c) => c.id === 7);
    assert(c7 && c7.score === cat7.score, `checklist category 7 = ${c7?.score}, scorecard = ${cat7.score}`);
    assert(errors.length === 0, errors.join('\n'));
    await close();
  },
);

await t.check(
  'intranet: the English toggle switches every element, and axe finds no violations',
  async () => {
    const { page, errors, close } = await open('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForTimeout(100);
    await settle(page);
    const valuetext = await meterText(page, 'kn-band-meter[for="agency-scorecard"]');
    assert(/points/.test(valuetext), `English meter valuetext: ${valuetext}`);
    const text = await shadowText(page, '#agency-scorecard');
    assert(/Weight|weight/.test(text), 'scorecard in English');
    const violations = await axe(page);
    assert(violations.length === 0, JSON.stringify(violations, null, 1));
    assert(errors.length === 0, errors.join('\n'));
    await close();
  },
);

await t.check(
  'public page: script tags only, strict CSP, zero violations; a user fills a service with Thai digits',
  async () => {
    const { page, errors, close } = await open('/public.html');
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || 'inline'));
    assert(
      scripts.every((s) => s.includes('/cdn/')),
      `only CDN scripts: ${scripts}`,
    );
    const calc = page.locator('kn-cost-savings-calculator');
    const first = await calc.evaluate((el) => el.result);
    assert(
      first.ok && first.services[0].total === 2250000,
      `SPEC example: ${JSON.stringify(first.ok ? first.services[0] : first.errors)}`,
    );
    // Change the first service's transactions to ๒๐,๐๐๐ by typing.
    const input = calc.getByLabel(/จำนวนธุรกรรม/).first();
    await input.fill('');
    await input.pressSequentially('๒๐,๐๐๐');
    await page.waitForTimeout(200);
    await settle(page);
    const after = await calc.evaluate((el) => el.result);
    assert(
      after.ok && after.services[0].total === 4500000,
      `after typing: ${JSON.stringify(after.ok ? after.services[0] : after.errors)}`,
    );
    const text = await shadowText(page, 'kn-cost-savings-calculator');
    assert(text.includes('4,500,000'), 'the new service total is shown');
    const csp = await page.evaluate(() => window.__csp);
    assert(csp.length === 0, `CSP violations: ${csp.join('\n')}`);
    const violations = await axe(page);
    assert(violations.length === 0, JSON.stringify(violations, null, 1));
    assert(errors.length === 0, errors.join('\n'));
    await close();
  },
);

await t.check(
  'public page: the classic bundle loads the criteria data on demand, under the CSP',
  async () => {
    const { page, errors, close } = await open('/public.html');
    await page.evaluate(() =>
      document.querySelector('main').append(document.createElement('kn-criteria-checklist')),
    );
    await page.waitForFunction(
      () => (document.querySelector('kn-criteria-checklist')?.shadowRoot?.textContent ?? '').includes('1.1'),
      null,
      { timeout: 10_000 },
    );
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert(
      requested.some((u) => u.endsWith('/cdn/khanaen-criteria.js')),
      `criteria loaded lazily: ${requested.join(', ')}`,
    );
    const csp = await page.evaluate(() => window.__csp);
    assert(csp.length === 0, `CSP violations: ${csp.join('\n')}`);
    assert(errors.length === 0, errors.join('\n'));
    await close();
  },
);

await t.check('embedding guide: the live example works and axe finds no violations', async () => {
  const { page, errors, close } = await open('/embed.html');
  const valuetext = await meterText(page, 'kn-band-meter[for="live-kpi"]');
  assert(/400 points/.test(valuetext) && /Advance/.test(valuetext), `live meter: ${valuetext}`);
  const violations = await axe(page);
  assert(violations.length === 0, JSON.stringify(violations, null, 1));
  assert(errors.length === 0, errors.join('\n'));
  await close();
});

await t.check(
  'loading the bundles twice (npm build + both CDN bundles) throws nothing and keeps working',
  async () => {
    const { page, errors, warnings, close } = await open('/embed.html');
    await page.addScriptTag({ url: '/cdn/khanaen.iife.js' });
    await page.addScriptTag({ url: '/cdn/khanaen.js', type: 'module' });
    await page.addScriptTag({ url: '/cdn/khanaen.iife.js?again' });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const el = document.createElement('kn-band-meter');
      el.setAttribute('value', '418');
      el.id = 'twice';
      document.body.append(el);
    });
    await settle(page);
    const valuetext = await meterText(page, '#twice');
    assert(/418/.test(valuetext), `meter after double load: ${valuetext}`);
    assert(errors.length === 0, errors.join('\n'));
    assert(
      warnings.filter((w) => w.includes('[khanaen]')).length <= 1,
      `at most one version warning: ${warnings}`,
    );
    await close();
  },
);

await browser.close();
await server.close();
const { passed, failed } = t.summary();
writeResult({ passed, failed });
console.log(`demo-e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
