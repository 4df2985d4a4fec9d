// Each test suite writes test-results/<suite>.json = { suite, passed, failed, skipped };
// scripts/test.mjs sums them into the final "N passed, N failed" line.
import { mkdirSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const resultsDir = process.env.KN_RESULTS_DIR || join(root, 'test-results');

export function resultPath(suite) {
  return join(resultsDir, `${suite}.json`);
}

export function writeResult({ passed, failed, skipped = 0, note }, suite = process.env.KN_SUITE) {
  if (!suite) return;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(resultPath(suite), JSON.stringify({ suite, passed, failed, skipped, note }, null, 2));
}

export function readResults() {
  if (!existsSync(resultsDir)) return [];
  return readdirSync(resultsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')));
}
