#!/usr/bin/env node
// `npm run bench`: sizes and timings of Khanaen against their budgets, each beside a floor measured in the
// same run. A report, not a test: it never runs in `npm test` and exits 0 even when budgets are missed.
// Prints one table (then how the scorecard's cost grows with its KPI count) and writes bench/results.json.
// Expects the packages to be built (`npm run bench` builds them first). Options: --runs N (default 21,
// at least 20 counts as a real run), --quick (5 runs, 1 warm-up: only to try the harness).
// What each row measures: bench/README.md.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveStatic } from '../scripts/static-server.mjs';
import { launch } from '../scripts/browser.mjs';
import { thaiFonts } from '../scripts/ensure.mjs';
import { summarize } from './stats.mjs';
import { benchCore } from './core.mjs';
import {
  BARE_ELEMENT,
  LIT_EXTERNAL,
  bundleSource,
  cdnGraph,
  closureOf,
  gzip,
  npmEntries,
  npmEntrySize,
} from './sizes.mjs';

const started = Date.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const cdnDir = join(root, 'packages/calculators/dist/cdn');
const coreDist = join(root, 'packages/core/dist/index.js');
const PACKAGES = ['core', 'widgets', 'calculators'].map((p) => join(root, 'packages', p));

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1]) || 21) : quick ? 5 : 21;
const WARMUPS = quick ? 1 : 3;
const progress = (msg) => process.stderr.write(`  · ${msg}\n`);

for (const [what, path] of [
  ['the CDN bundles', join(cdnDir, 'khanaen.js')],
  ['@khanaen/core', coreDist],
]) {
  if (!existsSync(path)) {
    console.error(`✗ ${what} are not built (${relative(root, path)} is missing): run \`npm run bench\`.`);
    process.exit(1);
  }
}

// ------------------------------------------------------------------ budgets

const kB = 1000; // sizes: 1 kB = 1,000 bytes of gzip -9
const SIZE_BUDGETS = {
  'khanaen.js': 25 * kB,
  'kn-band-meter.js': 10 * kB,
  'kn-kpi-target-calculator.js': 15 * kB,
};
const IIFE_BUDGET = 70 * kB; // khanaen.iife.js + khanaen-criteria.js
const FIRST_RENDER_MS = 20;
const TYPING_MS = 16;
const SCORECARD_RENDER_MS = 150;
const SCORECARD_EDIT_MS = 16;
const CHECKLIST_FULL_MS = 100;
const SCALING = [10, 100, 605, 2000];

const rows = []; // the main table: { section, id, measure, unit, median, p95, budget, budgetKind, floor, note }
const notes = [];

// ------------------------------------------------------------------ sizes

progress('sizes (gzip -9)');
const SIZE_CDN = 'Size (gzip -9): script-tag bundles, dist/cdn (file + static imports)';
const sizes = [];
const floorCdn = gzip(await bundleSource(BARE_ELEMENT, root));
const floorNpm = gzip(await bundleSource(BARE_ELEMENT, root, { external: LIT_EXTERNAL }));
const graph = cdnGraph(cdnDir);
const rel = (f) => relative(cdnDir, f).split('\\').join('/');
/** "3 files 12.3 kB" (named when there are at most two). */
const fmtFiles = (files) => {
  const total = files.reduce((n, f) => n + graph.get(f).gzip, 0);
  if (files.length <= 2)
    return files.map((f) => `${rel(f)} ${(graph.get(f).gzip / kB).toFixed(1)} kB`).join(', ');
  return `${files.length} files ${(total / kB).toFixed(1)} kB`;
};
const cdnFiles = [...graph.keys()].sort((a, b) => {
  const da = rel(a).includes('/');
  const db = rel(b).includes('/');
  return da === db ? rel(a).localeCompare(rel(b)) : da ? 1 : -1;
});
for (const file of cdnFiles) {
  const name = rel(file);
  const node = graph.get(file);
  const c = closureOf(graph, file);
  const imported = c.closure.filter((f) => f !== file);
  const entry = {
    kind: 'cdn',
    file: name,
    bytes: node.bytes,
    own: node.gzip,
    closure: c.closureGzip,
    closureFiles: c.closure.map(rel),
    lazy: c.lazy.map((f) => ({ file: rel(f), gzip: graph.get(f).gzip })),
    lazyTotal: c.lazyGzip,
    all: c.allGzip,
    unresolved: node.unresolved,
    budget: SIZE_BUDGETS[name] ?? null,
    floor: floorCdn,
  };
  sizes.push(entry);
  const parts = [`own ${(node.gzip / kB).toFixed(1)} kB`];
  if (imported.length) parts.push(`imports ${fmtFiles(imported)}`);
  if (c.lazy.length) parts.push(`lazy: ${fmtFiles(c.lazy)}`);
  if (node.unresolved.length) parts.push(`unresolved: ${node.unresolved.join(', ')}`);
  rows.push({
    section: SIZE_CDN,
    id: `size.cdn.${name}`,
    measure: name,
    unit: 'bytes',
    median: c.closureGzip,
    p95: null,
    budget: entry.budget,
    floor: floorCdn,
    note: parts.join('; '),
  });
}
const iife = sizes.find((s) => s.file === 'khanaen.iife.js');
const criteria = sizes.find((s) => s.file === 'khanaen-criteria.js');
if (iife) {
  const total = iife.closure + (criteria?.closure ?? 0);
  sizes.push({
    kind: 'cdn-extra',
    file: 'khanaen.iife.js + khanaen-criteria.js',
    closure: total,
    budget: IIFE_BUDGET,
  });
  rows.push({
    section: SIZE_CDN,
    id: 'size.cdn.iife+criteria',
    measure: 'khanaen.iife.js + khanaen-criteria.js',
    unit: 'bytes',
    median: total,
    p95: null,
    budget: IIFE_BUDGET,
    floor: floorCdn,
    note: criteria
      ? 'the IIFE loads khanaen-criteria.js on demand (for the checklist); the budget includes it'
      : 'khanaen-criteria.js not found',
  });
}
const esm = sizes.find((s) => s.file === 'khanaen.js');
if (esm) {
  sizes.push({ kind: 'cdn-extra', file: 'khanaen.js, every element used', closure: esm.all, budget: null });
  rows.push({
    section: SIZE_CDN,
    id: 'size.cdn.khanaen.js.all',
    measure: 'khanaen.js + every lazy chunk',
    unit: 'bytes',
    median: esm.all,
    p95: null,
    budget: null,
    floor: floorCdn,
    note: 'closure + every chunk reachable through import("literal"), transitively',
  });
}
rows.push({
  section: SIZE_CDN,
  id: 'size.floor.cdn',
  measure: 'floor: bare Lit element, Lit inlined',
  unit: 'bytes',
  median: floorCdn,
  p95: null,
  budget: null,
  floor: null,
  note: 'esbuild, minified ESM, like the CDN build',
});

for (const pkgDir of PACKAGES) {
  for (const { name, file } of npmEntries(pkgDir)) {
    if (!existsSync(file)) {
      rows.push({
        section: 'Size (gzip -9): npm entries (Lit external, @khanaen/* inlined)',
        id: `size.npm.${name}`,
        measure: name,
        unit: 'bytes',
        median: null,
        budget: null,
        floor: floorNpm,
        note: `not built: ${relative(root, file)}`,
      });
      continue;
    }
    const s = await npmEntrySize(file, root);
    sizes.push({
      kind: 'npm',
      entry: name,
      file: relative(root, file),
      ...s,
      closure: s.closureGzip,
      floor: floorNpm,
    });
    const parts = [`own ${(s.own / kB).toFixed(1)} kB`];
    if (s.closureFiles > 1) parts.push(`imports ${s.closureFiles - 1} chunk(s)`);
    if (s.lazy.length)
      parts.push(`lazy: ${s.lazy.map((l) => `${l.file} ${(l.gzip / kB).toFixed(1)} kB`).join(', ')}`);
    rows.push({
      section: 'Size (gzip -9): npm entries (Lit external, @khanaen/* inlined)',
      id: `size.npm.${name}`,
      measure: name,
      unit: 'bytes',
      median: s.closureGzip,
      p95: null,
      budget: null,
      floor: floorNpm,
      note: parts.join('; '),
    });
  }
}
rows.push({
  section: 'Size (gzip -9): npm entries (Lit external, @khanaen/* inlined)',
  id: 'size.floor.npm',
  measure: 'floor: bare Lit element, Lit external',
  unit: 'bytes',
  median: floorNpm,
  p95: null,
  budget: null,
  floor: null,
  note: '',
});

// ------------------------------------------------------------------ core (Node)

progress(`core scoring in Node (${RUNS} runs of ≥ 50 ms each)`);
let core = [];
try {
  core = await benchCore(coreDist, { runs: RUNS, warmups: WARMUPS, minMs: 50 });
  for (const c of core)
    rows.push({ section: `Core scoring in Node ${process.version} (p95 of a rate: the slowest 5 %)`, ...c });
} catch (e) {
  rows.push({
    section: 'Core scoring in Node',
    id: 'core.error',
    measure: 'core scoring',
    unit: 'KPIs/s',
    median: null,
    budget: 200_000,
    budgetKind: 'min',
    note: `could not measure: ${e.message}`,
  });
}

// ------------------------------------------------------------------ browser

/** Debounce constants in the element sources (for the notes): "file: NAME = value". */
function debounceConstants() {
  const found = [];
  const visit = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) visit(p);
      else if (/\.ts$/.test(d.name) && !/\.(test|stories|interactions\.stories)\.ts$/.test(d.name)) {
        for (const m of readFileSync(p, 'utf8').matchAll(/\bconst\s+(\w*DEBOUNCE\w*)\s*=\s*(\d+)/gi))
          found.push({ file: relative(root, p), name: m[1], value: Number(m[2]) });
      }
    }
  };
  for (const p of ['widgets', 'calculators']) {
    const src = join(root, 'packages', p, 'src');
    if (existsSync(src)) visit(src);
  }
  return found;
}
const debounces = debounceConstants();
const debounceNote = (dirPart) => {
  const d = debounces.filter((x) => x.file.includes(dirPart));
  return d.length ? d.map((x) => `${x.name} = ${x.value}`).join(', ') : 'no debounce constant in its source';
};

function elementTags() {
  const tags = new Set();
  for (const p of ['widgets', 'calculators']) {
    const f = join(root, 'packages', p, 'dist/custom-elements.json');
    if (!existsSync(f)) continue;
    for (const m of JSON.parse(readFileSync(f, 'utf8')).modules ?? [])
      for (const d of m.declarations ?? []) if (/^kn-[a-z0-9-]+$/.test(d.tagName ?? '')) tags.add(d.tagName);
  }
  return [...tags].sort();
}

const TIMES =
  "Time in headless Chromium (ms from the start of a frame; painted = after that frame's style, layout and paint)";
const times = [];
const scaling = [];
let chromiumVersion = null;
const pageErrors = [];
const tags = elementTags();

const floorSource = `${BARE_ELEMENT}
class U extends LitElement {
  static properties = { text: {} };
  constructor() {
    super();
    this.text = 'x';
  }
  render() {
    return html\`<p>\${this.text}</p>\`;
  }
}
customElements.define('x-bare-update', U);
`;
const pageDir = mkdtempSync(join(tmpdir(), 'khanaen-bench-'));
writeFileSync(join(pageDir, 'floor.js'), await bundleSource(floorSource, root));
writeFileSync(
  join(pageDir, 'samples.js'),
  await bundleSource("export { FY2567 } from './packages/calculators/src/kpi-scorecard/samples.ts';", root),
);
writeFileSync(
  join(pageDir, 'index.html'),
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>Khanaen bench</title><link rel="icon" href="data:,">' +
    '<script type="module" src="/bench/page.mjs"></script>' +
    '<script type="module" src="/cdn/khanaen.js"></script>' +
    '<script type="module" src="/floor.js"></script>' +
    '</head><body></body></html>',
);

writeFileSync(
  join(pageDir, 'iife.html'),
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>Khanaen bench (IIFE)</title><link rel="icon" href="data:,">' +
    '<script type="module" src="/bench/page.mjs"></script>' +
    '<script src="/cdn/khanaen.iife.js"></script>' +
    '</head><body></body></html>',
);

/** Records every file of /cdn/ a page downloads (HTTP 200), as paths relative to dist/cdn. */
function recordCdn(page) {
  const files = new Set();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.startsWith('/cdn/') && res.status() === 200)
      files.add(decodeURIComponent(u.pathname.slice(5)));
  });
  return files;
}

/** A size row for what a page really downloaded from dist/cdn (gzip -9 of each file, summed). */
function downloadedRow(id, measure, files, what) {
  const list = [...files].sort();
  const size = (f) => graph.get(join(cdnDir, f))?.gzip ?? gzip(readFileSync(join(cdnDir, f)));
  const total = list.reduce((n, f) => n + size(f), 0);
  sizes.push({
    kind: 'cdn-downloaded',
    file: measure,
    closure: total,
    files: list.map((f) => ({ file: f, gzip: size(f) })),
  });
  const row = {
    section: SIZE_CDN,
    id,
    measure,
    unit: 'bytes',
    median: list.length ? total : null,
    p95: null,
    budget: null,
    floor: floorCdn,
    note: list.length ? `${what}: ${list.length} files requested in Chromium` : `${what}: nothing requested`,
  };
  const at = rows.findIndex((r) => r.id === 'size.floor.cdn');
  rows.splice(at < 0 ? rows.length : at, 0, row);
}

const core7 = await import(pathToFileURL(coreDist).href);
const example = core7.scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
const data = { explanation: { steps: example.explanation, warnings: example.warnings } };

const server = await serveStatic({ '/': pageDir, '/cdn/': cdnDir, '/bench/': benchDir });
let browser;
try {
  browser = await launch();
  chromiumVersion = browser.version();
  const page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const esmFiles = recordCdn(page);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.knBench?.ready && customElements.get('x-bare-update'), null, {
    timeout: 30_000,
  });

  const push = (r) => {
    times.push(r);
    rows.push({ section: TIMES, unit: 'ms', ...r });
  };
  const stat = (samples, pick) => summarize(samples.map(pick));
  const failed = (id, measure, budget, e) =>
    push({
      id,
      measure,
      median: null,
      p95: null,
      budget,
      floor: null,
      note: `could not measure: ${e.message ?? e}`,
    });

  progress('defining every element (first use, cold)');
  const defined = await page.evaluate(({ tags, data }) => window.knBench.defineAll(tags, 15000, data), {
    tags,
    data,
  });
  const cold = Object.fromEntries(Object.entries(defined).map(([t, d]) => [t, d.ok ? d.cold : null]));
  for (const [tag, d] of Object.entries(defined))
    if (!d.ok) notes.push(`${tag} never became defined from khanaen.js: ${d.error}`);

  progress('floor: bare Lit element');
  const fl = await page.evaluate(({ runs, warmups }) => window.knBench.floor(runs, warmups), {
    runs: RUNS,
    warmups: WARMUPS,
  });
  const floorFirst = { updated: stat(fl.first, (s) => s.updated), painted: stat(fl.first, (s) => s.painted) };
  const floorUpdate = {
    updated: stat(fl.update, (s) => s.updated),
    painted: stat(fl.update, (s) => s.painted),
  };

  // First render of each element (the checklist has its own rows below).
  for (const tag of tags.filter((t) => t !== 'kn-criteria-checklist')) {
    if (!defined[tag]?.ok) {
      failed(`time.first.${tag}`, `first render ${tag}`, FIRST_RENDER_MS, new Error('not defined'));
      continue;
    }
    progress(`first render ${tag}`);
    try {
      const s = await page.evaluate(
        ({ tag, runs, warmups, data }) => window.knBench.firstRender(tag, runs, warmups, data),
        { tag, runs: RUNS, warmups: WARMUPS, data },
      );
      for (const phase of ['updated', 'painted'])
        push({
          id: `time.first.${tag}.${phase}`,
          measure: `first render ${tag} → ${phase}`,
          ...stat(s, (x) => x[phase]),
          budget: phase === 'painted' ? FIRST_RENDER_MS : null,
          floor: floorFirst[phase].median,
        });
    } catch (e) {
      failed(`time.first.${tag}`, `first render ${tag}`, FIRST_RENDER_MS, e);
    }
  }

  // Typing into each calculator.
  const typingTags = await page.evaluate(() => Object.keys(window.knBench.typing));
  for (const tag of typingTags) {
    progress(`typing into ${tag}`);
    const note = debounceNote(`${tag.replace(/^kn-/, '')}/`);
    try {
      const s = await page.evaluate(
        ({ tag, runs, warmups, data }) => window.knBench.typeInto(tag, runs, warmups, data),
        { tag, runs: RUNS, warmups: WARMUPS, data },
      );
      for (const phase of ['updated', 'painted'])
        push({
          id: `time.typing.${tag}.${phase}`,
          measure: `typing into ${tag} → result ${phase}`,
          ...stat(s, (x) => x[phase]),
          budget: phase === 'painted' ? TYPING_MS : null,
          floor: floorUpdate[phase].median,
          note: phase === 'painted' ? note : '',
        });
    } catch (e) {
      failed(`time.typing.${tag}`, `typing into ${tag}`, TYPING_MS, e);
    }
  }

  // The scorecard at growing sizes (605 is the FY2567 count of department KPIs).
  const scoreDebounce = debounceNote('kpi-scorecard/');
  for (const n of SCALING) {
    progress(`kn-kpi-scorecard with ${n} KPIs`);
    try {
      const s = await page.evaluate(({ n, runs, warmups }) => window.knBench.scorecard(n, runs, warmups), {
        n,
        runs: RUNS,
        warmups: WARMUPS,
      });
      const m = {
        renderUpdated: stat(s, (x) => x.render.updated),
        render: stat(s, (x) => x.render.painted),
        echo: stat(s, (x) => x.echo.painted),
        total: stat(s, (x) => x.total.painted),
        recompute: stat(s, (x) => x.recompute.painted),
        debounceWaited: stat(
          s.filter((x) => x.debounce),
          (x) => x.debounce.waited,
        ),
        debounceDelay: s.find((x) => x.debounce)?.debounce.delay ?? null,
      };
      scaling.push({ kpis: n, ...m });
      if (n === 605) {
        const sc = 'kn-kpi-scorecard 605 KPIs:';
        const debounced = m.debounceDelay
          ? `includes a ${m.debounceDelay} ms debounce timer (${scoreDebounce})`
          : `no debounce timer fired (${scoreDebounce})`;
        push({
          id: 'time.scorecard605.render.updated',
          measure: `${sc} first render → updated`,
          ...m.renderUpdated,
          budget: null,
          floor: floorFirst.updated.median,
        });
        push({
          id: 'time.scorecard605.render.painted',
          measure: `${sc} first render → painted`,
          ...m.render,
          budget: SCORECARD_RENDER_MS,
          floor: floorFirst.painted.median,
        });
        push({
          id: 'time.scorecard605.edit.echo',
          measure: `${sc} edit → keystroke painted`,
          ...m.echo,
          budget: null,
          floor: floorUpdate.painted.median,
          note: 'the new cell value; the total may still be pending',
        });
        push({
          id: 'time.scorecard605.edit.total',
          measure: `${sc} edit → new total painted`,
          ...m.total,
          budget: SCORECARD_EDIT_MS,
          floor: floorUpdate.painted.median,
          note: `what a user waits for; ${debounced}`,
        });
        push({
          id: 'time.scorecard605.edit.recompute',
          measure: `${sc} edit, debounce fired → painted`,
          ...m.recompute,
          budget: null,
          floor: floorUpdate.painted.median,
          note: 'the recompute + render work after the debounce',
        });
      }
    } catch (e) {
      scaling.push({ kpis: n, error: e.message });
      if (n === 605) {
        failed(
          'time.scorecard605.render.painted',
          'kn-kpi-scorecard 605 KPIs: first render',
          SCORECARD_RENDER_MS,
          e,
        );
        failed(
          'time.scorecard605.edit.total',
          'kn-kpi-scorecard 605 KPIs: edit → new total painted',
          SCORECARD_EDIT_MS,
          e,
        );
      }
    }
  }

  // The criteria checklist.
  if (defined['kn-criteria-checklist']?.ok) {
    progress('kn-criteria-checklist');
    try {
      const s = await page.evaluate(({ runs, warmups }) => window.knBench.checklist(runs, warmups, false), {
        runs: RUNS,
        warmups: WARMUPS,
      });
      const full = await page.evaluate(({ runs, warmups }) => window.knBench.checklist(runs, warmups, true), {
        runs: RUNS,
        warmups: WARMUPS,
      });
      const shown = `${full[0].items} items, ${full[0].prompts} prompts shown`;
      const c = 'kn-criteria-checklist';
      push({
        id: 'time.checklist.first.updated',
        measure: `first render ${c} → updated`,
        ...stat(s, (x) => x.first.updated),
        budget: null,
        floor: floorFirst.updated.median,
        note: 'collapsed; criteria from the module cache',
      });
      push({
        id: 'time.checklist.first.painted',
        measure: `first render ${c} → painted`,
        ...stat(s, (x) => x.first.painted),
        budget: FIRST_RENDER_MS,
        floor: floorFirst.painted.median,
        note: `collapsed (${s[0].items} items); criteria from the module cache`,
      });
      push({
        id: 'time.checklist.expand.painted',
        measure: `${c}: expand all → painted`,
        ...stat(s, (x) => x.expand.painted),
        budget: null,
        floor: floorUpdate.painted.median,
      });
      push({
        id: 'time.checklist.full.updated',
        measure: `${c}: full render → updated`,
        ...stat(full, (x) => x.full.updated),
        budget: null,
        floor: floorFirst.updated.median,
      });
      push({
        id: 'time.checklist.full.painted',
        measure: `${c}: full render → painted`,
        ...stat(full, (x) => x.full.painted),
        budget: CHECKLIST_FULL_MS,
        floor: floorFirst.painted.median,
        note: `append → every item expanded; ${shown}`,
      });
    } catch (e) {
      failed('time.checklist.full.painted', 'kn-criteria-checklist: full render', CHECKLIST_FULL_MS, e);
    }
  } else
    failed(
      'time.checklist.full.painted',
      'kn-criteria-checklist: full render',
      CHECKLIST_FULL_MS,
      new Error('not defined'),
    );

  downloadedRow(
    'size.cdn.khanaen.js.downloaded',
    'khanaen.js, every element used (downloaded)',
    esmFiles,
    'this page, after every measure',
  );

  // The classic-script bundle on its own page: every element created, the checklist shown.
  progress('khanaen.iife.js: a page using every element');
  const iifePage = await browser.newPage();
  iifePage.on('pageerror', (e) => pageErrors.push(`iife page: ${e?.message ?? e}`));
  const iifeFiles = recordCdn(iifePage);
  await iifePage.goto(`${server.url}/iife.html`);
  await iifePage.waitForFunction(() => window.knBench?.ready, null, { timeout: 30_000 });
  const iifeDefined = await iifePage.evaluate(
    ({ tags, data }) => window.knBench.defineAll(tags, 15000, data),
    {
      tags,
      data,
    },
  );
  for (const [tag, d] of Object.entries(iifeDefined))
    if (!d.ok) notes.push(`${tag} never became defined from khanaen.iife.js: ${d.error}`);
  if (iifeDefined['kn-criteria-checklist']?.ok)
    await iifePage
      .evaluate(() => window.knBench.checklist(1, 0, true))
      .catch((e) => notes.push(`iife checklist: ${e.message}`));
  await iifePage.close();
  downloadedRow(
    'size.cdn.khanaen.iife.js.downloaded',
    'khanaen.iife.js, every element used (downloaded)',
    iifeFiles,
    'every element created, the checklist expanded',
  );

  push({
    id: 'time.floor.first.updated',
    measure: 'floor: bare Lit element first render → updated',
    ...floorFirst.updated,
    budget: null,
    floor: null,
  });
  push({
    id: 'time.floor.first.painted',
    measure: 'floor: bare Lit element first render → painted',
    ...floorFirst.painted,
    budget: null,
    floor: null,
  });
  push({
    id: 'time.floor.update.painted',
    measure: 'floor: bare Lit element property change → painted',
    ...floorUpdate.painted,
    budget: null,
    floor: null,
  });
  for (const [tag, ms] of Object.entries(cold))
    times.push({
      id: `time.cold.${tag}`,
      measure: `first use of ${tag} (cold, one sample)`,
      median: ms,
      n: ms === null ? 0 : 1,
    });
} catch (e) {
  notes.push(`browser measurements stopped: ${e.stack ?? e}`);
} finally {
  await browser?.close();
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}

// ------------------------------------------------------------------ report

function status(r) {
  if (r.budget === null || r.budget === undefined) return '–';
  if (r.median === null || r.median === undefined) return '? not measured';
  const within = r.budgetKind === 'min' ? r.median >= r.budget : r.median <= r.budget;
  return within ? '✓ within' : '✗ over';
}
const fmt = (v, unit) => {
  if (v === null || v === undefined) return '';
  if (unit === 'bytes') return `${(v / kB).toFixed(1)} kB`;
  if (unit === 'KPIs/s') return `${Math.round(v).toLocaleString('en-US')}/s`;
  return `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
};
const fmtBudget = (r) =>
  r.budget === null || r.budget === undefined
    ? ''
    : `${r.budgetKind === 'min' ? '≥' : '≤'} ${fmt(r.budget, r.unit)}`;

for (const r of rows) r.status = status(r);

/** A plain-text table; a body row of one cell is a section heading (printed as is, not measured). */
function table(headers, body, align) {
  const cellRows = body.filter((b) => b.length > 1);
  const widths = headers.map((h, i) => Math.max(h.length, ...cellRows.map((b) => String(b[i] ?? '').length)));
  const line = (cells) =>
    cells.length <= 1
      ? String(cells[0] ?? '')
      : cells
          .map((c, i) =>
            align[i] === 'r' ? String(c ?? '').padStart(widths[i]) : String(c ?? '').padEnd(widths[i]),
          )
          .join('  ')
          .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const out = [];
const headers = ['measure', 'median', 'p95', 'budget', 'floor', 'status', 'note'];
const body = [];
let section = null;
for (const r of rows) {
  if (r.section !== section) {
    section = r.section;
    if (body.length) body.push([]);
    body.push([`${section}`]);
  }
  body.push([
    `  ${r.measure}`,
    fmt(r.median, r.unit),
    fmt(r.p95, r.unit),
    fmtBudget(r),
    fmt(r.floor, r.unit),
    r.status,
    r.note ?? '',
  ]);
}
out.push(table(headers, body, ['l', 'r', 'r', 'r', 'r', 'l', 'l']));

const slope = (a, b, key) =>
  a?.[key]?.median && b?.[key]?.median
    ? (Math.log(b[key].median / a[key].median) / Math.log(b.kpis / a.kpis)).toFixed(2)
    : '';
const scaleRows = scaling.map((s, i) =>
  s.error
    ? [s.kpis, `could not measure: ${s.error}`]
    : [
        s.kpis.toLocaleString('en-US'),
        fmt(s.render.median, 'ms'),
        fmt(s.render.p95, 'ms'),
        `${(s.render.median / s.kpis).toFixed(3)} ms`,
        slope(scaling[i - 1], s, 'render'),
        fmt(s.echo.median, 'ms'),
        fmt(s.total.median, 'ms'),
        fmt(s.recompute.median, 'ms'),
        `${(s.recompute.median / s.kpis).toFixed(3)} ms`,
        slope(scaling[i - 1], s, 'recompute'),
        s.debounceDelay ? `${s.debounceDelay} ms` : 'none',
      ],
);
out.push(
  '',
  'How kn-kpi-scorecard grows with its KPIs (median ms; growth = log-log slope against the previous row: 1 is linear, 0 flat)',
  table(
    [
      'KPIs',
      'render',
      'p95',
      'render/KPI',
      'growth',
      'edit→keystroke',
      'edit→total',
      'timer→total',
      'recompute/KPI',
      'growth',
      'debounce',
    ],
    scaleRows,
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  ),
  "render: a new scorecard appended → total computed and painted. edit→keystroke: the cell edit's own paint.",
  'edit→total: until the new total is painted (what a user waits for, debounce included). timer→total: from the',
  'debounce timer firing to that paint (the work, plus waiting for the next frame; = edit→total without a debounce).',
  'recompute/KPI = timer→total ÷ KPIs. The table shows 50 rows per page, so render need not grow with the KPIs.',
);

const coldLine = times
  .filter((t) => t.id.startsWith('time.cold.') && t.median !== null)
  .map((t) => `${t.id.slice(10)} ${fmt(t.median, 'ms')}`)
  .join(', ');
if (coldLine)
  notes.push(
    `first use of each element, cold (one sample each, in this order; includes compiling the bundle and any lazy chunk): ${coldLine}`,
  );
if (debounces.length)
  notes.push(
    `debounce constants in the sources: ${debounces.map((d) => `${d.file} ${d.name} = ${d.value}`).join('; ')}`,
  );
if (pageErrors.length) notes.push(`page errors: ${[...new Set(pageErrors)].slice(0, 10).join(' | ')}`);
if (RUNS < 20) notes.push(`only ${RUNS} runs per measure (--quick / --runs): not a real result`);

const budgeted = rows.filter((r) => r.budget !== null && r.budget !== undefined);
const within = budgeted.filter((r) => r.status.startsWith('✓')).length;
const over = budgeted.filter((r) => r.status.startsWith('✗')).length;
const unmeasured = budgeted.length - within - over;

const meta = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  loadavg: loadavg(),
  runs: RUNS,
  warmups: WARMUPS,
  thaiFont: thaiFonts().split('\n')[0] || null,
};
out.push(
  '',
  `Node ${meta.node}, Chromium ${meta.chromium ?? '(not launched)'}, ${meta.cpus} CPUs (${meta.cpuModel}), load ${meta.loadavg.map((l) => l.toFixed(2)).join(' ')}; ${RUNS} runs after ${WARMUPS} warm-ups; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  meta.thaiFont
    ? `Thai font: ${meta.thaiFont} (as on users' machines)`
    : "Thai font: none installed — Thai text layout here is about twice as slow as on users' machines (npm run bench installs fonts-thai-tlwg when it can)",
  ...notes.map((n) => `note: ${n}`),
  `budgets: ${within} within, ${over} over${unmeasured ? `, ${unmeasured} not measured` : ''}`,
);
console.log(`\n${out.join('\n')}`);

const results = {
  ...meta,
  budgets: { within, over, notMeasured: unmeasured },
  table: rows,
  sizes,
  times,
  scaling,
  core,
  notes,
};
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`(written to ${relative(root, join(benchDir, 'results.json'))})`);
