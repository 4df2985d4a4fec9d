// Shared Vite library-mode config for @khanaen/widgets and @khanaen/calculators (npm builds):
// ESM only, one entry per element (src/<folder>/kn-<tag>.ts → dist/<folder>/kn-<tag>.js) plus
// index/register, modules preserved (so importing one class from the index never pulls in the others or
// registers anything), Lit and @khanaen/* kept external so the host application's bundler dedupes them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folders under src/ that hold no element (their kn-*.ts files, e.g. events/kn-change.ts, are not entries). */
export const NOT_ELEMENTS = ['base', 'styles', 'shared', 'events'];

export function elementEntries(pkgDir) {
  const src = join(pkgDir, 'src');
  const entries = {};
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory() || NOT_ELEMENTS.includes(dir.name)) continue;
    for (const f of readdirSync(join(src, dir.name))) {
      if (/^kn-[a-z0-9-]+\.ts$/.test(f)) entries[f.replace(/\.ts$/, '')] = resolve(src, dir.name, f);
    }
  }
  for (const name of ['index', 'register', 'define']) {
    const file = resolve(src, `${name}.ts`);
    if (existsSync(file)) entries[name] = file;
  }
  return entries;
}

export function libConfig(pkgDir, extraPlugins = []) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  return {
    define: { __KN_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: elementEntries(pkgDir), formats: ['es'] },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@khanaen\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
    plugins: extraPlugins,
  };
}
