#!/usr/bin/env node
// `npm start`: installs what is missing, builds the packages, then serves the demo (Vite) and Storybook
// on localhost and prints both URLs. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureDependencies } from './ensure.mjs';
import { root } from './results.mjs';
import { quietEnv } from './env.mjs';

const env = { ...process.env, ...quietEnv, FORCE_COLOR: '1' };

ensureDependencies();
console.log('› Building the packages…');
const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
  {
    stdio: 'inherit',
    cwd: root,
    env,
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

function freePort(preferred) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(freePort(preferred + 1)));
    srv.listen(preferred, '127.0.0.1', () => srv.close(() => resolve(preferred)));
  });
}

const children = [];
function start(name, args, port) {
  const child = spawn('npm', args, {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => `[${name}] ${l}`)
      .join('\n');
  child.stdout.on('data', (c) => process.env.KN_VERBOSE && console.log(prefix(c)));
  child.stderr.on('data', (c) => console.error(prefix(c)));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with ${code}; stopping.`);
      stop(code ?? 1);
    }
  });
  return child;
}

async function waitFor(url, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  setTimeout(() => process.exit(code), 300);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const demoPort = await freePort(5173);
const sbPort = await freePort(6006);
start('demo', ['run', 'dev', '-w', 'apps/demo', '--', '--port', String(demoPort)], demoPort);
start('storybook', ['run', 'dev', '-w', 'apps/storybook', '--', '--port', String(sbPort)], sbPort);

const demoUrl = `http://localhost:${demoPort}/`;
const sbUrl = `http://localhost:${sbPort}/`;
const [demoUp, sbUp] = await Promise.all([waitFor(demoUrl), waitFor(sbUrl)]);
if (!demoUp || !sbUp) {
  console.error(
    `✗ ${!demoUp ? 'the demo' : 'Storybook'} did not start in time (run with KN_VERBOSE=1 to see its output).`,
  );
  stop(1);
} else {
  console.log('\n  Khanaen is running:');
  console.log(`    Demo       ${demoUrl}`);
  console.log(`    Storybook  ${sbUrl}`);
  console.log('\n  Press Ctrl-C to stop.\n');
}
