#!/usr/bin/env node
// Usage: node scripts/run-suite.mjs <suite-name> -- <command ...>
// Runs one test suite with KN_SUITE set, so its reporter writes test-results/<suite>.json.
// If the command dies without writing a result, the suite is recorded as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, readFileSync } from 'node:fs';
import { resultPath, writeResult } from './results.mjs';

const [suite, sep, ...cmd] = process.argv.slice(2);
if (!suite || sep !== '--' || cmd.length === 0) {
  console.error('usage: run-suite.mjs <suite> -- <command ...>');
  process.exit(2);
}
const file = resultPath(suite);
rmSync(file, { force: true });
// No shell: the arguments (e.g. quoted globs) reach the tool exactly as the package script wrote them.
const res = spawnSync(cmd[0], cmd.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, KN_SUITE: suite },
});
const code = res.status ?? 1;
if (!existsSync(file)) {
  writeResult({ passed: 0, failed: 1, note: `suite exited with ${code} before reporting` }, suite);
} else if (code !== 0) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (r.failed === 0) writeResult({ ...r, failed: 1, note: `suite exited with ${code}` }, suite);
}
process.exit(code);
