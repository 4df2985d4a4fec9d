#!/usr/bin/env node
// Benchmarks (not tests): script-tag bundle sizes, and the agency scorecard with 605 KPIs (the FY2567
// count of department KPIs) in Chromium — time to render, to recompute after an edit, to show all rows.
import { readFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launch } from '../../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sizesFile = fileURLToPath(new URL('../dist/cdn/sizes.json', import.meta.url));
if (!existsSync(sizesFile)) {
  console.error('Build the calculators first (npm run build).');
  process.exit(1);
}

console.log('Script-tag bundles (minified; gzip is what a page downloads)');
for (const [file, s] of Object.entries(JSON.parse(readFileSync(sizesFile, 'utf8')))) {
  console.log(
    `  ${file.padEnd(34)} ${(s.bytes / 1024).toFixed(1).padStart(7)} kB   gzip ${(s.gzip / 1024).toFixed(1).padStart(6)} kB`,
  );
}

// A page that embeds the scorecard with the ES-module bundle, as an agency page would.
const pageDir = mkdtempSync(join(tmpdir(), 'khanaen-bench-'));
writeFileSync(
  join(pageDir, 'index.html'),
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><script type="module" src="/cdn/khanaen.js"></script></head>' +
    '<body><kn-kpi-scorecard id="sc"></kn-kpi-scorecard></body></html>',
);
const server = await serveStatic({ '/': pageDir, '/cdn/': join(root, 'packages/calculators/dist/cdn') });
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/`);
await page.waitForFunction(() => document.querySelector('#sc')?.matches(':defined'));

const runs = 5;
const timings = await page.evaluate(async (runs) => {
  const el = document.querySelector('#sc');
  const kpis = Array.from({ length: 605 }, (_, i) => ({
    id: `K${i + 1}`,
    name: `ตัวชี้วัดที่ ${i + 1}`,
    weight: i < 604 ? '0.165' : '0.34',
    actual: 70 + (i % 40),
    targets: { initial: 80, standard: 90, high: 100 },
  }));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const out = { render: [], edit: [] };
  for (let i = 0; i < runs; i += 1) {
    el.kpis = [];
    await el.updateComplete;
    let t0 = performance.now();
    el.kpis = kpis;
    await el.updateComplete;
    // The scorecard may debounce its recomputation at this size: wait for the scored result.
    while (!el.result?.ok || el.result.kpis.length !== kpis.length) {
      if (performance.now() - t0 > 10_000)
        throw new Error(`605 KPIs did not score: ${JSON.stringify(el.result)}`.slice(0, 300));
      await new Promise((r) => setTimeout(r, 5));
    }
    await frame();
    out.render.push(performance.now() - t0);
    // Edit one result cell as a user would, and wait for the recomputed total.
    const input = el.shadowRoot.querySelector('input[data-field="actual"]');
    const before = el.result.total;
    t0 = performance.now();
    input.value = String(100 + i);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    while (el.result.total === before) await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
    out.edit.push(performance.now() - t0);
  }
  return out;
}, runs);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nkn-kpi-scorecard with 605 KPIs (Chromium, median of ${runs})`);
console.log(`  set kpis → rendered                    ${median(timings.render).toFixed(0).padStart(6)} ms`);
console.log(
  `  edit one cell → new total shown        ${median(timings.edit).toFixed(0).padStart(6)} ms (includes the input debounce)`,
);
await browser.close();
await server.close();
