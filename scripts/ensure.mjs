#!/usr/bin/env node
// Installs what a fresh clone is missing: npm dependencies (from the committed lockfile) and, with
// --chromium, Debian's Chromium for the browser tests. Idempotent and quiet when nothing is missing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { root } from './results.mjs';
import { chromiumPath } from './chromium.mjs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.khanaen-lock-hash');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  // `npm install` (not `npm ci`): it installs exactly the locked versions too, but does not insist on lock
  // entries for other platforms' optional binaries, which a registry mirror may not carry.
  console.log('› Installing dependencies (npm install, from package-lock.json)…');
  const r = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  if (r.status !== 0) {
    console.error('✗ npm install failed: the npm registry must be reachable.');
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, hash);
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium() {
  if (executable(chromiumPath)) return;
  if (process.env.CHROMIUM_PATH) {
    console.error(`✗ CHROMIUM_PATH=${chromiumPath} is not an executable browser.`);
    process.exit(1);
  }
  console.log('› Installing Debian Chromium for the browser tests (apt-get install -y chromium)…');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const apt = (...args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(cmd, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  let r = apt('install', '-y', 'chromium');
  if (r.status !== 0) {
    apt('update');
    r = apt('install', '-y', 'chromium');
  }
  if (r.status !== 0 || !executable(chromiumPath)) {
    console.error(
      `✗ Chromium is missing at ${chromiumPath} and 'apt-get install -y chromium' failed (needs root or passwordless sudo on Debian); install it, or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}

/** Fonts that cover Thai, as fontconfig sees them ('' when fc-list is missing or finds none). */
export function thaiFonts() {
  const r = spawnSync('fc-list', [':lang=th', 'family'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/**
 * For the benchmark only: users' machines have a Thai font (Windows, macOS, Android, iOS all ship one), a bare
 * Debian does not, and Chromium then searches fallbacks for every Thai text run, which doubles layout time.
 * Installs Debian's Thai fonts (fonts-thai-tlwg) when none is present; never fails (the benchmark notes it).
 */
export function ensureThaiFont() {
  if (thaiFonts()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const cmd = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  console.log('› Installing a Thai font for the benchmark (apt-get install -y fonts-thai-tlwg)…');
  spawnSync(cmd[0], [...cmd.slice(1), 'install', '-y', 'fonts-thai-tlwg'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDependencies();
  if (process.argv.includes('--chromium')) ensureChromium();
  if (process.argv.includes('--thai-font')) ensureThaiFont();
}
