#!/usr/bin/env node
// Builds the script-tag bundles into dist/cdn/ with esbuild. Self-contained: Lit and @khanaen/core are
// inlined; nothing is fetched from anywhere but the folder itself.
//   khanaen.js           ES module: a small loader that imports kn-<tag>.js the first time a page uses <tag>
//   khanaen.iife.js      the same loader as a classic <script> (exposes window.Khanaen)
//   khanaen-all.js       ES module registering every element at once
//   kn-<tag>.js          one ES module per element
//   khanaen-criteria.js  the PMQA 4.0 criteria data (imported by the checklist when it is shown)
//   chunks/              code the files above share (Lit, the scoring core, the widgets), downloaded once
// Every element registers through the guarded define(), so two bundles on one page are safe.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_ELEMENTS } from '../../../vite.lib.config.mjs';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(pkgDir, 'dist/cdn');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const widgetsDir = resolve(pkgDir, '../widgets');

function elementModules(dir) {
  const src = join(dir, 'src');
  const found = [];
  for (const d of readdirSync(src, { withFileTypes: true })) {
    if (!d.isDirectory() || NOT_ELEMENTS.includes(d.name)) continue;
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

const elements = [...elementModules(widgetsDir), ...elementModules(pkgDir)];
const tags = elements.map((e) => e.tag).sort();
// The ES files are bundled by Rollup (through Vite): it splits shared code module by module, so an element's
// file and chunks contain only what that element uses (esbuild's splitting put every rule of the core in
// the chunk every element shares).
await viteBuild({
  configFile: false,
  logLevel: 'warn',
  define: { ...common.define, __KN_TAGS__: JSON.stringify(tags) },
  resolve: { conditions: ['production'] },
  build: {
    outDir: out,
    emptyOutDir: false,
    target: 'es2022',
    minify: 'esbuild',
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        khanaen: resolve(pkgDir, 'src/cdn.ts'),
        'khanaen-all': resolve(pkgDir, 'src/cdn-all.ts'),
        'khanaen-criteria': '@khanaen/core/criteria',
        // Widgets from their npm entries (the calculators import the same modules, so nothing is doubled).
        ...Object.fromEntries(
          elements.map(({ tag, file }) => [
            tag,
            file.startsWith(widgetsDir) ? `@khanaen/widgets/${tag}.js` : file,
          ]),
        ),
      },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: common.banner.js,
      },
      onwarn(warning, warn) {
        // zod's sources carry esbuild-oriented comments Rollup cannot place; harmless.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
await build({
  ...common,
  entryPoints: [resolve(pkgDir, 'src/cdn-iife.ts')],
  define: { ...common.define, __KN_TAGS__: JSON.stringify(tags) },
  format: 'iife',
  globalName: 'Khanaen',
  outfile: join(out, 'khanaen.iife.js'),
});
