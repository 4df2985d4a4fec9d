#!/usr/bin/env node
// `npm test`: installs what is missing (npm dependencies, Debian's Chromium), then builds, lints,
// type-checks and runs every test suite through turbo (and the release check, scripts/release-check.mjs),
// and ends with one line "N passed, N failed"
// summing every suite (a failed build, lint or type-check counts as one failure each).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies } from './ensure.mjs';
import { readResults, resultsDir, root } from './results.mjs';
import { quietEnv } from './env.mjs';

const started = Date.now();
ensureDependencies();
ensureChromium();
rmSync(resultsDir, { recursive: true, force: true });

const runsDir = join(root, '.turbo', 'runs');
const before = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const turbo = spawnSync(
  'npx',
  [
    'turbo',
    'run',
    'build',
    'lint',
    'typecheck',
    'test',
    'release-check',
    '--continue',
    '--summarize',
    '--concurrency=2',
    '--output-logs=new-only',
  ],
  { stdio: 'inherit', cwd: root, env: { ...process.env, ...quietEnv } },
);

// Which non-test tasks failed, from turbo's run summary.
const failedTasks = [];
if (existsSync(runsDir)) {
  const latest = readdirSync(runsDir)
    .filter((f) => f.endsWith('.json') && !before.has(f))
    .map((f) => join(runsDir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (latest) {
    const summary = JSON.parse(readFileSync(latest, 'utf8'));
    for (const t of summary.tasks ?? []) {
      const code = t.execution?.exitCode;
      if (!['test', 'release-check'].includes(t.task) && code !== undefined && code !== null && code !== 0)
        failedTasks.push(t.taskId);
    }
  }
}

const results = readResults().sort((a, b) => a.suite.localeCompare(b.suite));
let passed = 0;
let failed = 0;
console.log('\nTest suites');
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  console.log(
    `  ${r.suite.padEnd(18)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed${r.note ? `  (${r.note})` : ''}`,
  );
}
for (const t of failedTasks) {
  failed += 1;
  console.log(`  ${t.padEnd(18)} failed`);
}
if (turbo.status !== 0 && failed === 0) {
  failed += 1;
  console.log(`  turbo exited with ${turbo.status}`);
}
console.log(`  took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || turbo.status !== 0 ? 1 : 0);
