#!/usr/bin/env node
// Release check (suite "release" in `npm test`; `npm run release:check` alone): what a web team would install,
// checked from the tarballs `npm pack` makes of the built packages. Nothing is published.
//
// For @khanaen/core, @khanaen/widgets and @khanaen/calculators:
// - `npm publish --dry-run` succeeds (the release dry run);
// - the tarball holds every target of "main", "types", "customElements" and every "exports" condition;
// - publint and attw (`--profile esm-only`: the packages are ESM only, so CommonJS `require` is out of scope)
//   report nothing;
// - published dependencies are ranges, and internal ones match the workspace versions;
// - every bare import in a shipped .d.ts is a declared dependency that brings its own types (no
//   `@types/*` needed by consumers: `big.js` must not leak);
// - source maps are self-contained (every source has its `sourcesContent`);
// - custom-elements.json names shipped modules only, and every element has a `custom-element-definition`
//   export in its registering module `dist/kn-<tag>.js`, which the package exports as `./kn-<tag>.js`;
// - the framework types entries (`/react`, `/jsx`, `/vue`) name every tag;
// - the example apps, copied out of the workspace and installed from the three tarballs only (React 19,
//   Vue 3 from the npm cache), type-check, build and pass their Chromium test (`--no-apps` skips this).
// Each check counts as one test; the result goes to test-results/release.json (KN_SUITE=release).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { root, writeResult } from './results.mjs';
import { quietEnv } from './env.mjs';
import { NOT_ELEMENTS } from '../vite.lib.config.mjs';

const PACKAGES = ['core', 'widgets', 'calculators'];
const LIT_PARTS = ['lit-html', 'lit-element', '@lit/reactive-element'];
const env = { ...process.env, ...quietEnv };
const results = [];
const started = Date.now();

function check(name, fn) {
  const t0 = Date.now();
  try {
    const problems = fn() ?? [];
    if (problems.length) throw new Error(problems.join('\n'));
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n      ${String(err?.message ?? err)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

async function checkAsync(name, fn) {
  const t0 = Date.now();
  try {
    const problems = (await fn()) ?? [];
    if (problems.length) throw new Error(problems.join('\n'));
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n      ${String(err?.message ?? err)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });

/** Every string target under an exports value ("./dist/x.js"), with the conditions leading to it. */
function exportTargets(value, path = []) {
  if (typeof value === 'string') return [{ path, target: value }];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => exportTargets(v, [...path, k]));
  return [];
}

const strip = (p) => p.replace(/^\.\//, '');
const workspaceVersions = Object.fromEntries(
  PACKAGES.map((p) => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8'));
    return [pkg.name, pkg.version];
  }),
);

/** Whether installed package `name` brings its own types (else consumers would need @types/name). */
function hasOwnTypes(name) {
  const dir = join(root, 'node_modules', name);
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (pkg.types || pkg.typings || existsSync(join(dir, 'index.d.ts'))) return true;
  return JSON.stringify(pkg.exports ?? {}).includes('"types"');
}

const packageOf = (spec) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];

const tmp = mkdtempSync(join(tmpdir(), 'khanaen-release-'));
const tarballs = {};
console.log('Release check (npm pack, npm publish --dry-run, publint, attw, manifest)');

try {
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const label = pkg.name;

    // npm pack: the tarball and its file list.
    const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], dir);
    let info;
    check(`${label}: npm pack`, () => {
      if (packed.status !== 0) return [packed.stderr.trim()];
      info = JSON.parse(packed.stdout)[0];
      return [];
    });
    if (!info) continue;
    const tarball = join(tmp, info.filename);
    tarballs[label] = tarball;
    const files = new Set(info.files.map((f) => f.path));
    const read = (path) => readFileSync(join(dir, path), 'utf8');

    check(`${label}@${pkg.version}: npm publish --dry-run`, () => {
      const r = run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--tag', 'latest'], dir);
      if (r.status !== 0) return [r.stderr.trim() || `exit ${r.status}`];
      const out = JSON.parse(r.stdout);
      const entry = out[label] ?? out;
      return entry.version === pkg.version
        ? []
        : [`dry run published ${entry.version}, expected ${pkg.version}`];
    });

    check(`${label}: the tarball holds every main/types/customElements/exports target`, () => {
      const problems = [];
      const want = [
        ...['main', 'types', 'customElements']
          .filter((k) => pkg[k])
          .map((k) => ({ path: [k], target: pkg[k] })),
        ...exportTargets(pkg.exports).map((t) => ({ ...t, path: ['exports', ...t.path] })),
      ];
      for (const { path, target } of want) {
        const file = strip(target);
        if (file.includes('*')) {
          const [before, after] = file.split('*');
          if (![...files].some((f) => f.startsWith(before) && f.endsWith(after)))
            problems.push(`${path.join('.')}: nothing in the tarball matches ${target}`);
        } else if (!files.has(file)) problems.push(`${path.join('.')}: ${target} is not in the tarball`);
      }
      if (want.length < 3) problems.push('no targets found');
      return problems;
    });

    check(`${label}: dependencies are ranges; internal ones match the workspace`, () => {
      const problems = [];
      for (const [dep, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
        if (!/^[\^~]|^>=/.test(range)) problems.push(`${dep}: "${range}" is not a range`);
        if (workspaceVersions[dep] && range.replace(/^[\^~]/, '') !== workspaceVersions[dep])
          problems.push(`${dep}: "${range}" does not name the workspace version ${workspaceVersions[dep]}`);
      }
      return problems;
    });

    check(`${label}: shipped .d.ts import only declared dependencies that bring their own types`, () => {
      const deps = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
      const problems = new Set();
      for (const f of files) {
        if (!f.endsWith('.d.ts')) continue;
        const text = read(f);
        for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g)) {
          const spec = m[1];
          if (spec.startsWith('node:')) continue;
          const dep = packageOf(spec);
          // The JSX/Vue types augment the frameworks' own modules (the app has the one it uses).
          if (/^(jsx|vue)\.d\.ts$/.test(f.replace(/^dist\//, '')) || ['vue', 'react'].includes(dep)) continue;
          // lit re-exports lit-html, lit-element and @lit/reactive-element (its own dependencies); tsc writes
          // `import("lit-html")` for inferred template types.
          if (LIT_PARTS.includes(dep) && deps.has('lit')) continue;
          if (!deps.has(dep)) problems.add(`${f} imports "${spec}", not a dependency`);
          else if (!hasOwnTypes(dep) && !deps.has(`@types/${dep.replace('@', '').replace('/', '__')}`))
            problems.add(`${f} imports "${spec}", whose types are in @types (not a dependency)`);
        }
      }
      return [...problems];
    });

    check(`${label}: source maps carry their sources (or there are none)`, () => {
      const problems = [];
      for (const f of files) {
        if (f.endsWith('.map')) {
          const map = JSON.parse(read(f));
          const missing = (map.sources ?? []).filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
          if (missing.length) problems.push(`${f}: no sourcesContent for ${missing.slice(0, 3).join(', ')}`);
        } else if (/\.(m?js|d\.ts)$/.test(f)) {
          const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(f))?.[1];
          if (url && !url.startsWith('data:')) {
            const target = join(f, '..', url).replace(/\\/g, '/');
            if (!files.has(target)) problems.push(`${f}: sourceMappingURL ${url} is not in the tarball`);
          }
        }
      }
      return problems.slice(0, 10);
    });

    await checkAsync(`${label}: publint`, async () => {
      const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
      return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
    });

    check(`${label}: attw (are the types wrong?), profile esm-only`, () => {
      // Stylesheets (tokens.css) are for bundlers' CSS pipelines, not TypeScript: not type entry points.
      const css = Object.keys(pkg.exports ?? {}).filter((k) => k.endsWith('.css'));
      const r = run(
        'npx',
        [
          '--no-install',
          'attw',
          tarball,
          '--profile',
          'esm-only',
          '--no-definitely-typed',
          '--format',
          'ascii',
          '--no-color',
          '--no-emoji',
          ...(css.length ? ['--exclude-entrypoints', ...css] : []),
        ],
        root,
      );
      return r.status === 0 ? [] : [(r.stdout + r.stderr).trim()];
    });

    if (pkg.customElements && !files.has(strip(pkg.customElements))) {
      check(`${label}: custom-elements.json is in the tarball`, () => [`${pkg.customElements} is missing`]);
    } else if (pkg.customElements) {
      const manifest = JSON.parse(read(strip(pkg.customElements)));
      const modules = new Map(manifest.modules.map((m) => [m.path, m]));
      const elements = manifest.modules.flatMap((m) =>
        (m.declarations ?? [])
          .filter((d) => d.customElement && d.tagName)
          .map((d) => ({ ...d, module: m.path })),
      );

      check(`${label}: custom-elements.json names shipped modules only`, () => {
        const problems = [];
        for (const path of modules.keys())
          if (!files.has(path)) problems.push(`module ${path} is not in the tarball`);
        const refs = [];
        const walk = (n) => {
          if (Array.isArray(n)) n.forEach(walk);
          else if (n && typeof n === 'object') {
            if (typeof n.module === 'string' && !n.package) refs.push(n.module);
            Object.values(n).forEach(walk);
          }
        };
        walk(manifest.modules);
        for (const ref of new Set(refs))
          if (!files.has(ref)) problems.push(`reference to ${ref}, not in the tarball`);
        return problems;
      });

      check(
        `${label}: a custom-element-definition per tag in dist/kn-<tag>.js, exported as ./kn-<tag>.js`,
        () => {
          const problems = [];
          const registering = readdirSync(join(dir, 'src'), { withFileTypes: true })
            .filter((d) => d.isDirectory() && !NOT_ELEMENTS.includes(d.name))
            .flatMap((d) =>
              readdirSync(join(dir, 'src', d.name)).filter((f) => /^kn-[a-z0-9-]+\.ts$/.test(f)),
            )
            .map((f) => f.replace(/\.ts$/, ''));
          const tags = new Set([...elements.map((e) => e.tagName), ...registering]);
          if (tags.size === 0) problems.push('no elements in the manifest');
          for (const tag of tags) {
            const path = `dist/${tag}.js`;
            const def = modules
              .get(path)
              ?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
            if (!def) {
              problems.push(`${tag}: no custom-element-definition export in ${path}`);
              continue;
            }
            const cls = modules
              .get(def.declaration.module)
              ?.declarations?.find((d) => d.name === def.declaration.name);
            if (!cls?.customElement || cls.tagName !== tag)
              problems.push(
                `${tag}: definition points at ${def.declaration.module} ${def.declaration.name}, not its class`,
              );
            const exp = pkg.exports[`./${tag}.js`];
            if (!exp || strip(exp.default ?? exp) !== path)
              problems.push(`${tag}: package exports no ./${tag}.js → ${path}`);
          }
          return problems;
        },
      );

      check(`${label}: the /react, /jsx and /vue types name every tag`, () => {
        const problems = [];
        for (const entry of ['./react', './jsx', './vue']) {
          const types = pkg.exports[entry]?.types;
          if (!types) {
            problems.push(`exports has no ${entry} types`);
            continue;
          }
          const text = read(strip(types));
          for (const { tagName } of elements)
            if (!text.includes(`"${tagName}"`)) problems.push(`${entry}: no <${tagName}>`);
          if (entry === './vue' && !/declare module "vue"[\s\S]*GlobalComponents/.test(text))
            problems.push(`${entry}: no GlobalComponents for vue`);
          if (entry !== './vue' && !/declare module ['"]react['"]/.test(text))
            problems.push(`${entry}: no JSX for react`);
        }
        return problems;
      });
    }
  }

  // A web team's apps, installed from the tarballs only (outside the workspace: no hoisted @types, no
  // symlinks): the example apps' sources, type-checked with their own strict settings (the React one with
  // skipLibCheck false), built, and driven in Chromium.
  if (Object.keys(tarballs).length === PACKAGES.length && !process.argv.includes('--no-apps')) {
    const apps = join(tmp, 'apps');
    const installed = (name) =>
      JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    const deps = { ...Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:${t}`])) };
    for (const app of ['react', 'vue']) {
      const src = join(root, 'apps', 'examples', app);
      cpSync(src, join(apps, app), { recursive: true, filter: (f) => !/[/\\](node_modules|dist)$/.test(f) });
      const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
      for (const d of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }))
        if (!d.startsWith('@khanaen/')) deps[d] = installed(d);
    }
    for (const d of ['typescript', 'vite', '@types/node']) deps[d] = installed(d);
    writeFileSync(
      join(apps, 'package.json'),
      JSON.stringify(
        { name: 'khanaen-consumer', private: true, type: 'module', dependencies: deps },
        null,
        2,
      ),
    );
    let ok = false;
    check('apps from the tarballs: npm install (React 19, Vue 3 and the three tarballs only)', () => {
      const r = run(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
        apps,
      );
      if (r.status !== 0) return [r.stderr.trim()];
      const leaked = ['@types/big.js', 'big.js'].filter((d) => existsSync(join(apps, 'node_modules', d)));
      ok = true;
      return leaked.map((d) => `${d} was installed: a package still depends on it`);
    });
    const build = {
      react: [
        ['tsc', '-b'],
        ['vite', 'build'],
      ],
      vue: [
        ['vue-tsc', '--noEmit'],
        ['vite', 'build'],
      ],
    };
    for (const [app, steps] of Object.entries(build)) {
      if (!ok) break;
      check(`apps from the tarballs: ${app} type-checks (${steps[0].join(' ')}) and builds`, () => {
        for (const step of steps) {
          const r = run('npx', ['--no-install', ...step], join(apps, app));
          if (r.status !== 0) return [`${step.join(' ')}:\n${(r.stdout + r.stderr).trim()}`];
        }
        return [];
      });
    }
    if (ok) {
      const { runExampleTest } = await import('./example-app-test.mjs');
      for (const [app, framework] of [
        ['react', 'React'],
        ['vue', 'Vue'],
      ]) {
        if (!existsSync(join(apps, app, 'dist', 'index.html'))) continue;
        const r = await runExampleTest(framework, pathToFileURL(join(apps, app, 'dist') + '/'), {
          exit: false,
          name: `${framework} app from the tarballs`,
        });
        for (let i = 0; i < r.passed; i += 1) results.push({ ok: true });
        for (let i = 0; i < r.failed; i += 1) results.push({ ok: false });
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeResult({ passed, failed }, process.env.KN_SUITE ?? 'release');
console.log(`Release check took ${Math.round((Date.now() - started) / 100) / 10} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
