// Launches Debian's Chromium through playwright-core (never downloads a browser) and runs axe in pages.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** Runs axe-core (WCAG 2.1 A/AA) in `page` on `selector`; returns the violations. */
export async function axe(page, selector = 'body', disabledRules = []) {
  // Our own copy under window.__knAxe (Storybook's a11y addon runs its own axe on the same page).
  // Evaluated through the DevTools protocol, so a page's CSP and Trusted Types do not block it.
  if (!(await page.evaluate(() => '__knAxe' in window))) {
    await page.evaluate(
      `(() => { const module = { exports: {} }; ${axeSource}; window.__knAxe = module.exports; })()`,
    );
  }
  return page.evaluate(
    async ({ selector, disabledRules }) => {
      const rules = Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }]));
      const result = await window.__knAxe.run(document.querySelector(selector) ?? document.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        rules,
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    },
    { selector, disabledRules },
  );
}

/** Waits until every (nested, across shadow roots) Lit element in `page` has finished updating. */
export async function settle(page, rounds = 3) {
  await page.evaluate(async (rounds) => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if ('updateComplete' in el) all.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (let i = 0; i < rounds; i += 1) {
      all.length = 0;
      walk(document);
      await Promise.all(all);
      await new Promise((r) => setTimeout(r, 60));
    }
  }, rounds);
}

/** A tiny test harness: named checks, counted, with failures listed; writes the suite result. */
export function harness() {
  const results = [];
  return {
    results,
    async check(name, fn) {
      const t0 = Date.now();
      try {
        await fn();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
      } catch (err) {
        results.push({ name, ok: false, err });
        console.log(
          `  ✗ ${name}\n      ${String(err?.message ?? err)
            .split('\n')
            .join('\n      ')}`,
        );
      }
    },
    summary() {
      const passed = results.filter((r) => r.ok).length;
      return { passed, failed: results.length - passed };
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
