#!/usr/bin/env node
// Builds the script-tag bundles into dist/cdn/ with esbuild (self-contained: Lit and @khanaen/core inlined):
//   khanaen.js           ES module registering every element (the criteria data is a lazy chunk in chunks/)
//   khanaen.iife.js      classic <script> registering every element (exposes window.Khanaen); it loads the
//                        criteria data on demand from khanaen-criteria.js next to it
//   khanaen-criteria.js  the PMQA 4.0 criteria data (ES module)
//   kn-<tag>.js          one self-contained ES module per element
// Every bundle registers through the guarded define(), so loading two bundles on one page is safe.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(pkgDir, 'dist/cdn');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const widgetsDir = resolve(pkgDir, '../widgets');

function elementModules(dir) {
  const src = join(dir, 'src');
  const found = [];
  for (const d of readdirSync(src, { withFileTypes: true })) {
    if (!d.isDirectory() || ['base', 'styles', 'shared'].includes(d.name)) continue;
    for (const f of readdirSync(join(src, d.name))) {
      if (/^kn-[a-z0-9-]+\.ts$/.test(f))
        found.push({ tag: f.replace(/\.ts$/, ''), file: join(src, d.name, f) });
    }
  }
  return found;
}

const common = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  legalComments: 'eof',
  tsconfig: resolve(pkgDir, '../../tsconfig.base.json'),
  define: { __KN_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  logLevel: 'warning',
  banner: { js: `/*! Khanaen ${pkg.version} | MIT | https://github.com/khanaen/khanaen */` },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const all = resolve(pkgDir, 'src/cdn.ts');
await build({
  ...common,
  entryPoints: { khanaen: all },
  format: 'esm',
  splitting: true,
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints: [resolve(pkgDir, 'src/cdn-iife.ts')],
  format: 'iife',
  globalName: 'Khanaen',
  external: ['@khanaen/core/criteria'],
  outfile: join(out, 'khanaen.iife.js'),
});
await build({
  ...common,
  entryPoints: { 'khanaen-criteria': '@khanaen/core/criteria' },
  format: 'esm',
  outdir: out,
});
const elements = [...elementModules(widgetsDir), ...elementModules(pkgDir)];
for (const { tag, file } of elements) {
  await build({
    ...common,
    entryPoints: { [tag]: file },
    format: 'esm',
    splitting: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

// Sizes, for the record (benchmarks compare them over time).
const sizes = {};
for (const f of readdirSync(out).filter((f) => f.endsWith('.js'))) {
  const buf = readFileSync(join(out, f));
  sizes[f] = { bytes: statSync(join(out, f)).size, gzip: gzipSync(buf).length };
}
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2));
console.log(
  Object.entries(sizes)
    .map(
      ([f, s]) =>
        `  ${f.padEnd(34)} ${(s.bytes / 1024).toFixed(1).padStart(7)} kB  gzip ${(s.gzip / 1024).toFixed(1).padStart(6)} kB`,
    )
    .join('\n'),
);
