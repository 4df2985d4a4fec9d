// Custom Elements Manifest from the elements' JSDoc (@summary @attr @prop @fires @csspart @cssprop).
// Feeds Storybook's arg tables and docs, IDEs (package.json "customElements") and the framework types.
//
// Run from a package directory after `vite build` and `tsc` (see the package's build script). The manifest
// describes what the package ships: module paths are the built `dist/*.js` files, each registering module
// (`src/<folder>/kn-<tag>.ts`, built to `dist/kn-<tag>.js`) has a `custom-element-definition` export for its
// tag, and modules that build to nothing (type-only) are left out. From that manifest two kept generators
// write the framework types the package exports:
// - `dist/jsx.d.ts` (`@wc-toolkit/jsx-types`): JSX IntrinsicElements for React 19, Preact, Solid and the other
//   JSX frameworks, exported as `<package>/react` and `<package>/jsx`;
// - `dist/vue.d.ts` (`custom-element-vuejs-integration`): Vue's `GlobalComponents`, exported as `<package>/vue`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { NOT_ELEMENTS } from './vite.lib.config.mjs';

const DIST = 'dist';
/**
 * `src/kpi-scorecard/kn-kpi-scorecard.ts` → `dist/kn-kpi-scorecard.js` (an element entry, as vite.lib.config.mjs
 * names them), else `src/a/b.ts` → `dist/a/b.js`.
 */
export function distPath(srcPath) {
  const entry = /^src\/([^/]+)\/(kn-[a-z0-9-]+)\.ts$/.exec(srcPath);
  if (entry && !NOT_ELEMENTS.includes(entry[1])) return `${DIST}/${entry[2]}.js`;
  return srcPath.replace(/^src\//, `${DIST}/`).replace(/\.ts$/, '.js');
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Visits every `{ module }` reference in a manifest node. */
function eachReference(node, fn) {
  if (Array.isArray(node)) node.forEach((n) => eachReference(n, fn));
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string' && typeof node.name === 'string') fn(node);
    Object.values(node).forEach((n) => eachReference(n, fn));
  }
}

/**
 * The detail type of an element's `kn-change` as the manifest states it (`@fires {CustomEvent<T>} kn-change`,
 * `{KnChangeEvent<'kn-tag'>}` or `{T}`), written so the generated file needs no import of its own:
 * `import("./types/index.js").T` (every detail type is exported from the package index) or the global
 * `KnChangeDetailMap['kn-tag']`. Undefined when the manifest has no usable type.
 */
function detailType(text) {
  if (!text) return undefined;
  const t = text.trim();
  let m = /^CustomEvent<\s*([A-Za-z_$][\w$]*)\s*>$/.exec(t);
  if (m) return `import("./types/index.js").${m[1]}`;
  m = /^KnChangeEvent<\s*['"]([a-z0-9-]+)['"]\s*>$/.exec(t);
  if (m) return `KnChangeDetailMap["${m[1]}"]`;
  m = /^([A-Z][\w$]*)$/.exec(t);
  if (m && !['Event', 'CustomEvent', 'KnChangeEvent'].includes(m[1]))
    return `import("./types/index.js").${m[1]}`;
  return undefined;
}

/**
 * A copy of the manifest whose events carry `type` as each generator expects it: `CustomEvent<D>` for the
 * JSX generator, `D` for the Vue one. For Vue the event is also named the way Vue looks a listener up
 * (`@kn-change` → prop `onKnChange`): the generator prefixes `on` to the name as given.
 */
function withEventTypes(manifest, target) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules)
    for (const d of mod.declarations ?? [])
      for (const e of d.events ?? []) {
        const detail = detailType(e.type?.text);
        if (detail) e.type = { text: target === 'jsx' ? `CustomEvent<${detail}>` : detail };
        else delete e.type;
        if (target === 'vue' && e.name) e.name = camel(e.name).replace(/^./, (c) => c.toUpperCase());
      }
  return copy;
}

/** `dist/kpi-scorecard/kpi-scorecard.js` → `./types/kpi-scorecard/kpi-scorecard.js` (relative to dist/). */
const typesOf = (modulePath) => modulePath.replace(/^dist\//, './types/');

function khanaenPlugin() {
  return {
    name: 'khanaen-shipped-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      // define('kn-tag', KnClass) — the one guarded define() every element registers through.
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: node.arguments[0].text,
          declaration: { name: node.arguments[1].text, module: moduleDoc.path },
        });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      // Where each class is declared, for the definitions' declaration references.
      const classModule = new Map();
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classModule.set(d.name, mod.path);
      // (The analyzer's own `customElements.define(tag, ctor)` detection also reports the variable `tag`
      // inside define() itself: only real tags of classes declared here are definitions.)
      for (const mod of manifest.modules) {
        if (!mod.exports) continue;
        mod.exports = mod.exports.filter(
          (e) =>
            e.kind !== 'custom-element-definition' ||
            (/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(e.name) && classModule.has(e.declaration.name)),
        );
        for (const e of mod.exports)
          if (e.kind === 'custom-element-definition')
            e.declaration.module = classModule.get(e.declaration.name);
      }
      // Attributes documented with @attr for a property the class inherits (lang, numerals) name that property.
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? [])
          for (const a of d.attributes ?? []) if (!a.fieldName) a.fieldName = camel(a.name);
      // `kn-change` of an element that registers its detail in the global KnChangeDetailMap (events/kn-change.ts)
      // is `KnChangeEvent<'kn-tag'>`, unless its @fires names a type itself.
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? []) {
          const event = d.tagName && d.events?.find((e) => e.name === 'kn-change' && !e.type?.text);
          if (!event || !existsSync(mod.path)) continue;
          const map =
            /interface\s+KnChangeDetailMap\s*\{([^}]*)\}/.exec(readFileSync(mod.path, 'utf8'))?.[1] ?? '';
          if (new RegExp(`['"]${d.tagName}['"]\\s*:`).test(map))
            event.type = { text: `KnChangeEvent<'${d.tagName}'>` };
        }
      // Shipped paths; drop modules that build to no file (type-only modules, the CDN sources).
      const kept = new Set();
      manifest.modules = manifest.modules.filter((mod) => {
        const path = distPath(mod.path);
        if (!existsSync(path)) return false;
        kept.add(mod.path);
        return true;
      });
      eachReference(manifest.modules, (ref) => {
        if (ref.package) return;
        if (kept.has(ref.module)) ref.module = distPath(ref.module);
        else delete ref.module;
      });
      for (const mod of manifest.modules) mod.path = distPath(mod.path);

      // Framework types, generated from the finished manifest; each class's types from its own module.
      const shippedModule = new Map();
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? []) if (d.kind === 'class') shippedModule.set(d.name, mod.path);
      const typesPath = (name) => typesOf(shippedModule.get(name));
      const quiet = { debug: false, hideLogs: true };
      generateJsxTypes(withEventTypes(manifest, 'jsx'), {
        ...quiet,
        outdir: DIST,
        fileName: 'jsx.d.ts',
        componentTypePath: typesPath,
        stronglyTypedEvents: true,
      });
      generateVuejsTypes(withEventTypes(manifest, 'vue'), {
        ...quiet,
        outdir: DIST,
        fileName: 'vue.d.ts',
        componentTypePath: typesPath,
      });
      // Runtime twins of the types-only entries: importing `<package>/react` or `/vue` loads nothing.
      for (const name of ['jsx', 'vue'])
        writeFileSync(join(DIST, `${name}.js`), '// Types only: see ' + name + '.d.ts.\nexport {};\n');
    },
  };
}

export default {
  litelement: true,
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', 'src/cdn*.ts', 'src/cdn/**'],
  dependencies: false,
  packagejson: false,
  plugins: [khanaenPlugin()],
};
