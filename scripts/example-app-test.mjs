// End-to-end test shared by the framework example apps (apps/examples/*): serves the app's built dist/ on
// loopback, opens it in Debian's Chromium (playwright-core), types into the calculators' shadow-DOM fields
// like a user, and asserts the framework's own state (rendered by React or Vue into <output data-testid>)
// follows every `kn-change`, and that the band meter fed from that state shows the same score.
//
// The apps share one page contract: #target (kn-kpi-target-calculator, agency mode, targets 80/90/100),
// #meter (kn-band-meter, agency scale, value = the framework's score state), #scorecard (kn-kpi-scorecard,
// agency mode, two sample KPIs), and outputs data-testid = score | changes | total.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';
import { launch, harness, assert, settle, axe } from './browser.mjs';
import { writeResult } from './results.mjs';

/** Polls `fn` (async) until it returns a truthy value or `ms` pass; returns the last value. */
async function until(fn, ms = 5000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  return last;
}

/**
 * Runs the checks on the app built in `distUrl`. By default writes the suite result and exits; with
 * `{ exit: false }` returns `{ passed, failed }` (the release check runs the apps built from the tarballs).
 */
export async function runExampleTest(framework, distUrl, { exit = true, name = framework } = {}) {
  const dist = fileURLToPath(distUrl);
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`${dist} is missing: build the example first.`);
    process.exit(1);
  }
  const server = await serveStatic({ '/': dist });
  const browser = await launch();
  const t = harness();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning' && m.text().includes('[khanaen]')) errors.push(`warning: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  const out = (id) => page.locator(`[data-testid="${id}"]`).textContent();
  const meterText = () =>
    page
      .locator('#meter')
      .evaluate((el) => el.shadowRoot?.querySelector('[role=meter]')?.getAttribute('aria-valuetext') ?? '');
  /** The <input> inside the kn-number-field labelled `label` in `host`'s shadow root. */
  const field = (host, label) =>
    page
      .locator(host)
      .locator('kn-number-field')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('input');

  console.log(`${name} (apps/examples/${framework.toLowerCase()})`);
  try {
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('networkidle');
    await settle(page, 3);

    await t.check(`${framework}: the elements are defined and rendered by the app`, async () => {
      for (const tag of ['kn-kpi-target-calculator', 'kn-kpi-scorecard', 'kn-band-meter']) {
        const ok = await page.evaluate(
          (tag) => !!customElements.get(tag) && !!document.querySelector(tag)?.shadowRoot,
          tag,
        );
        assert(ok, `<${tag}> is not defined or not rendered`);
      }
      assert((await out('score')) === '—', `score before any input: ${await out('score')}`);
    });

    await t.check(
      `${framework}: typing the actual into the target calculator updates the app's state and the meter`,
      async () => {
        const input = field('#target', 'ผลการดำเนินงาน');
        await input.click();
        await input.pressSequentially('95');
        // Agency rule: 95 between the standard (90 → 75 points) and high (100 → 100 points) targets → 87.5.
        const score = await until(async () => ((await out('score')) === '87.5' ? '87.5' : ''));
        assert(score === '87.5', `app state score: ${await out('score')} (expected 87.5)`);
        const element = await page.locator('#target').evaluate((el) => el.result);
        assert(
          element.ok && element.score === 87.5,
          `element result: ${JSON.stringify(element).slice(0, 200)}`,
        );
        assert(Number(await out('changes')) >= 1, `kn-change count in app state: ${await out('changes')}`);
        const valuetext = await until(async () => {
          const v = await meterText();
          return v.includes('87.5') ? v : '';
        });
        assert(valuetext.includes('87.5'), `meter fed from app state says "${await meterText()}"`);
      },
    );

    await t.check(`${framework}: Thai digits typed into the calculator are read`, async () => {
      const input = field('#target', 'ผลการดำเนินงาน');
      await input.fill('');
      await input.pressSequentially('๑๐๐');
      const score = await until(async () => ((await out('score')) === '100' ? '100' : ''));
      assert(score === '100', `app state score after "๑๐๐": ${await out('score')} (expected 100)`);
    });

    await t.check(`${framework}: editing a scorecard row updates the app's total`, async () => {
      const before = await page.locator('#scorecard').evaluate((el) => el.result.total);
      assert((await out('total')) === String(before), `app total ${await out('total')} ≠ element ${before}`);
      const cell = page.locator('#scorecard').locator('input[aria-label="ผลการดำเนินงาน ตัวชี้วัดที่ 1"]');
      await cell.fill('');
      await cell.pressSequentially('100');
      const after = await until(async () => {
        const total = await page.locator('#scorecard').evaluate((el) => el.result.total);
        return total !== before && (await out('total')) === String(total) ? total : 0;
      });
      assert(
        after && after > before,
        `total after raising KPI 1 to 100: app ${await out('total')}, was ${before}`,
      );
    });

    await t.check(`${framework}: axe finds nothing and the page logged no errors`, async () => {
      const violations = await axe(page, 'main');
      assert(violations.length === 0, JSON.stringify(violations, null, 1));
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    await context.close();
    await browser.close();
    await server.close();
  }
  const summary = t.summary();
  if (!exit) return summary;
  writeResult(summary);
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed ? 1 : 0);
}
