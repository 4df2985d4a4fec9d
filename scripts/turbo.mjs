#!/usr/bin/env node
// `turbo` with telemetry, update checks and every other phone-home turned off (scripts/env.mjs): every
// package script that runs turbo goes through here, so no path prints turbo's telemetry notice.
import { spawnSync } from 'node:child_process';
import { quietEnv } from './env.mjs';
import { root } from './results.mjs';

const r = spawnSync('npx', ['--no-install', 'turbo', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ...quietEnv },
});
process.exit(r.status ?? 1);
