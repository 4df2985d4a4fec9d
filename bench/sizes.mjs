// Sizes (gzip -9) of the script-tag bundles in packages/calculators/dist/cdn/ and of every npm entry, each
// with its "closure" (the file plus every chunk it imports statically, transitively: what a page downloads
// before the element works) and its lazy chunks (dynamic import(), fetched on first use).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** Lit (and its parts) are peer code an app already has: external for the npm-entry sizes. */
export const LIT_EXTERNAL = [
  'lit',
  'lit/*',
  '@lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit-labs/*',
];

/** The floor: a bare Lit element, exactly as small as a Lit element can be. */
export const BARE_ELEMENT = `import { LitElement, html } from 'lit';
class X extends LitElement {
  render() {
    return html\`<p>x</p>\`;
  }
}
customElements.define('x-bare', X);
`;

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  write: false,
};

/** Bundles `contents` (resolved from `resolveDir`) like the CDN build does; returns the output text. */
export async function bundleSource(contents, resolveDir, { external = [] } = {}) {
  const r = await build({ ...common, stdin: { contents, resolveDir, loader: 'js' }, external });
  return r.outputFiles[0].contents;
}

function walk(dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * The relative module specifiers of minified ESM output: static (`import … from "./x.js"`, `import"./x.js"`,
 * `export … from "./x.js"`) and dynamic (`import("./x.js")` with a literal string).
 */
export function parseImports(code) {
  const statics = new Set();
  const dynamics = new Set();
  const staticRe = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?(["'])(\.{1,2}\/[^"'\n]+?)\1/g;
  const dynamicRe = /(?:^|[^.\w$])import\s*\(\s*(["'`])(\.{1,2}\/[^"'`\n]+?)\1\s*\)/g;
  for (const m of code.matchAll(staticRe)) statics.add(m[2]);
  for (const m of code.matchAll(dynamicRe)) dynamics.add(m[2]);
  return { statics: [...statics], dynamics: [...dynamics] };
}

/** The module graph of the .js files under `dir`: file → { gzip, bytes, statics, dynamics, unresolved }. */
export function cdnGraph(dir) {
  const files = walk(resolve(dir)).filter((f) => f.endsWith('.js'));
  const graph = new Map();
  for (const file of files) {
    const buf = readFileSync(file);
    const { statics, dynamics } = parseImports(buf.toString('utf8'));
    const unresolved = [];
    const res = (spec) => {
      const p = resolve(dirname(file), spec.split(/[?#]/)[0]);
      if (existsSync(p) && statSync(p).isFile()) return p;
      unresolved.push(spec);
      return null;
    };
    graph.set(file, {
      bytes: buf.length,
      gzip: gzip(buf),
      statics: statics.map(res).filter(Boolean),
      dynamics: dynamics.map(res).filter(Boolean),
      unresolved,
    });
  }
  return graph;
}

/** Files reachable from `start` through static imports (and dynamic ones too when `lazy`). */
function reach(graph, start, { lazy = false } = {}) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const node = graph.get(queue.shift());
    if (!node) continue;
    for (const next of lazy ? [...node.statics, ...node.dynamics] : node.statics) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

/** Closure, lazy chunks and "everything" of one file of a graph. */
export function closureOf(graph, file) {
  const closure = reach(graph, file);
  const inClosure = new Set(closure);
  const lazy = [
    ...new Set(closure.flatMap((f) => graph.get(f)?.dynamics ?? []).filter((f) => !inClosure.has(f))),
  ];
  const all = reach(graph, file, { lazy: true });
  const sum = (fs) => fs.reduce((s, f) => s + (graph.get(f)?.gzip ?? 0), 0);
  return { closure, lazy, all, closureGzip: sum(closure), lazyGzip: sum(lazy), allGzip: sum(all) };
}

/** The .js entries of a workspace package's `exports` (no wildcards, JSON, CSS or package.json). */
export function npmEntries(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const exp = pkg.exports ?? { '.': pkg.main ?? './index.js' };
  const pick = (v) => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object')
      return pick(v.browser ?? v.import ?? v.module ?? v.production ?? v.default ?? null);
    return null;
  };
  const out = [];
  for (const [key, value] of Object.entries(exp)) {
    const target = pick(value);
    if (!target || key.includes('*') || !/\.m?js$/.test(target)) continue;
    out.push({
      name: key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`,
      file: join(pkgDir, target),
    });
  }
  return out;
}

/**
 * Bundles one npm entry as an app would (Lit external, @khanaen/* inlined, code splitting so that lazy
 * import()s stay lazy) and measures the entry's closure and lazy chunks.
 */
export async function npmEntrySize(entryFile, absWorkingDir) {
  const r = await build({
    ...common,
    entryPoints: { entry: entryFile },
    splitting: true,
    outdir: join(absWorkingDir, '.bench-out'),
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    external: LIT_EXTERNAL,
    absWorkingDir,
  });
  const contents = new Map(
    r.outputFiles.map((f) => [relative(absWorkingDir, f.path).split(sep).join('/'), f.contents]),
  );
  const outputs = r.metafile.outputs;
  const graph = new Map();
  for (const [path, o] of Object.entries(outputs)) {
    if (!path.endsWith('.js')) continue;
    graph.set(path, {
      gzip: gzip(contents.get(path)),
      bytes: contents.get(path).length,
      statics: o.imports.filter((i) => !i.external && i.kind === 'import-statement').map((i) => i.path),
      dynamics: o.imports.filter((i) => !i.external && i.kind === 'dynamic-import').map((i) => i.path),
      entry: Boolean(o.entryPoint),
    });
  }
  const entry = [...graph.entries()].find(([, v]) => v.entry)?.[0];
  const c = closureOf(graph, entry);
  return {
    own: graph.get(entry).gzip,
    closureGzip: c.closureGzip,
    closureFiles: c.closure.length,
    lazy: c.lazy.map((f) => ({ file: f.replace(/^\.bench-out\//, ''), gzip: graph.get(f).gzip })),
    externals: [
      ...new Set(
        Object.values(outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
      ),
    ].sort(),
  };
}
