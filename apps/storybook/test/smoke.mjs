#!/usr/bin/env node
// Smoke test of the built Storybook: every story (and docs page) renders in Chromium without errors and
// without console errors, and axe finds no WCAG 2.1 A/AA violations in every story.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launch, axe, harness, assert, settle } from '../../../scripts/browser.mjs';
import { writeResult } from '../../../scripts/results.mjs';

const dir = fileURLToPath(new URL('../storybook-static', import.meta.url));
if (!existsSync(`${dir}/index.json`)) {
  console.error('storybook-static/index.json is missing: run the storybook build first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
// `node test/smoke.mjs <text>` checks only the entries whose id contains <text> (while working on a story).
const only = process.argv[2];
const entries = Object.values(index.entries).filter((e) => !only || e.id.includes(only));
const server = await serveStatic({ '/': dir });
const browser = await launch();
const t = harness();

// Waits until the story rendered, its play function finished, and every Lit element updated.
async function storyReady(page) {
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-main') ||
      document.body.classList.contains('sb-show-errordisplay') ||
      document.body.classList.contains('sb-show-nodocs') ||
      document.querySelector('#storybook-docs .sbdocs') !== null,
    null,
    { timeout: 20_000 },
  );
  // Wait for the story's play function (interaction stories) to finish; an error there fails the story.
  await page.waitForFunction(
    () => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return (
        phase === undefined || ['completed', 'finished', 'afterEach', 'errored', 'aborted'].includes(phase)
      );
    },
    null,
    { timeout: 30_000 },
  );
  await settle(page);
}

console.log(`Storybook smoke test: ${entries.length} entries`);
// Two pages at a time (the machine has two cores); each check is independent.
const queue = [...entries];
async function worker() {
  for (let entry = queue.shift(); entry; entry = queue.shift()) await smoke(entry);
}
async function smoke(entry) {
  const isDocs = entry.type === 'docs';
  await t.check(`${isDocs ? 'docs' : 'story'} ${entry.id}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Failed requests are reported below with their URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        errors.push(`console.error: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    try {
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${isDocs ? 'docs' : 'story'}`);
      await storyReady(page);
      const state = await page.evaluate(() => ({
        error:
          document.body.classList.contains('sb-show-errordisplay') ||
          window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'errored',
        message: document.querySelector('#error-message')?.textContent ?? 'the play function failed',
      }));
      assert(!state.error, `Storybook shows an error: ${state.message}`);
      if (!isDocs) {
        const violations = await axe(page, '#storybook-root');
        assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
      }
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await page.close();
    }
  });
}
await Promise.all([worker(), worker()]);

await browser.close();
await server.close();
const { passed, failed } = t.summary();
writeResult({ passed, failed });
console.log(`storybook-smoke: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
