/**
 * Design tokens. Each token is a public CSS custom property `--kn-*` that a host page may set (on `:root`,
 * on a container, or on one element); every element reads it through a private `--_kn-*` with the default
 * as fallback, so an unset token never breaks anything. Light and dark defaults follow
 * `prefers-color-scheme`; `forced-colors` switches to system colours; `prefers-contrast: more` strengthens
 * borders and text. `tokens.css` (shipped in `dist/`) sets the same values for `[data-kn-theme=…]` so a page
 * or Storybook can force a theme.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export interface Token {
  /** Public custom property name without the leading `--kn-`. */
  readonly name: string;
  readonly light: string;
  readonly dark: string;
  /** High-contrast value (defaults to `light`). */
  readonly contrast?: string;
  readonly description: string;
}

export const FONT_STACK =
  "'Sarabun', 'Noto Sans Thai', 'Noto Sans Thai UI', 'Leelawadee UI', 'Leelawadee', 'Thonburi', 'Tahoma', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Every token, with its light, dark and high-contrast defaults. */
export const tokens: readonly Token[] = [
  {
    name: 'font-family',
    light: FONT_STACK,
    dark: FONT_STACK,
    description: 'Thai-capable font stack (no download).',
  },
  {
    name: 'font-size',
    light: '16px',
    dark: '16px',
    description: 'Base size of every element (host rem never leaks in).',
  },
  { name: 'font-size-s', light: '0.875em', dark: '0.875em', description: 'Small text.' },
  { name: 'font-size-l', light: '1.25em', dark: '1.25em', description: 'Large text (headings in widgets).' },
  { name: 'font-size-xl', light: '1.75em', dark: '1.75em', description: 'Headline numbers.' },
  { name: 'line-height', light: '1.6', dark: '1.6', description: 'Line height (Thai needs room for marks).' },
  { name: 'space-1', light: '0.25em', dark: '0.25em', description: 'Spacing step 1.' },
  { name: 'space-2', light: '0.5em', dark: '0.5em', description: 'Spacing step 2.' },
  { name: 'space-3', light: '0.75em', dark: '0.75em', description: 'Spacing step 3.' },
  { name: 'space-4', light: '1em', dark: '1em', description: 'Spacing step 4.' },
  { name: 'space-5', light: '1.5em', dark: '1.5em', description: 'Spacing step 5.' },
  { name: 'radius-s', light: '4px', dark: '4px', description: 'Small radius (inputs, badges).' },
  { name: 'radius-m', light: '8px', dark: '8px', description: 'Medium radius (cards).' },
  { name: 'color-text', light: '#1a1d21', dark: '#e8eaed', contrast: '#000000', description: 'Body text.' },
  {
    name: 'color-text-muted',
    light: '#4a5360',
    dark: '#b3bbc6',
    contrast: '#1a1d21',
    description: 'Secondary text.',
  },
  {
    name: 'color-bg',
    light: '#ffffff',
    dark: '#16181c',
    contrast: '#ffffff',
    description: 'Element background.',
  },
  {
    name: 'color-surface',
    light: '#f4f6f8',
    dark: '#1f2329',
    contrast: '#ffffff',
    description: 'Panels and rows.',
  },
  {
    name: 'color-border',
    light: '#8a94a3',
    dark: '#5b6573',
    contrast: '#000000',
    description: 'Borders of inputs and panels.',
  },
  {
    name: 'color-border-subtle',
    light: '#d5dbe2',
    dark: '#333a44',
    contrast: '#000000',
    description: 'Dividers.',
  },
  {
    name: 'color-primary',
    light: '#0b57a4',
    dark: '#8cbcff',
    contrast: '#00306e',
    description: 'Actions and links.',
  },
  {
    name: 'color-on-primary',
    light: '#ffffff',
    dark: '#0b1a2e',
    contrast: '#ffffff',
    description: 'Text on primary.',
  },
  { name: 'color-danger', light: '#b42318', dark: '#ff9b8f', contrast: '#8a0000', description: 'Errors.' },
  { name: 'color-warning', light: '#8a4b00', dark: '#ffc46b', contrast: '#5c3200', description: 'Warnings.' },
  { name: 'color-success', light: '#1d6b3a', dark: '#7fd8a0', contrast: '#0a4220', description: 'Success.' },
  {
    name: 'color-focus',
    light: '#0b57a4',
    dark: '#8cbcff',
    contrast: '#000000',
    description: 'Focus ring colour.',
  },
  {
    name: 'focus-ring',
    light: '3px solid var(--_kn-color-focus)',
    dark: '3px solid var(--_kn-color-focus)',
    description: 'Focus outline.',
  },
  { name: 'focus-offset', light: '2px', dark: '2px', description: 'Focus outline offset.' },
  {
    name: 'band-none',
    light: '#a3acb8',
    dark: '#5f6875',
    contrast: '#ffffff',
    description: 'PMQA band: below Basic.',
  },
  {
    name: 'band-basic',
    light: '#e0b43a',
    dark: '#b38b1d',
    contrast: '#ffffff',
    description: 'PMQA band: Basic.',
  },
  {
    name: 'band-advance',
    light: '#3b82d6',
    dark: '#3f7fcf',
    contrast: '#ffffff',
    description: 'PMQA band: Advance.',
  },
  {
    name: 'band-significance',
    light: '#2e9b5b',
    dark: '#34a065',
    contrast: '#ffffff',
    description: 'PMQA band: Significance.',
  },
  {
    name: 'level-needs-improvement',
    light: '#d65a4a',
    dark: '#c45446',
    contrast: '#ffffff',
    description: 'Agency level: needs improvement.',
  },
  {
    name: 'level-standard-basic',
    light: '#e0b43a',
    dark: '#b38b1d',
    contrast: '#ffffff',
    description: 'Agency level: standard (basic).',
  },
  {
    name: 'level-standard-high',
    light: '#3b82d6',
    dark: '#3f7fcf',
    contrast: '#ffffff',
    description: 'Agency level: standard (high).',
  },
  {
    name: 'level-quality',
    light: '#2e9b5b',
    dark: '#34a065',
    contrast: '#ffffff',
    description: 'Agency level: quality.',
  },
];

const decl = (value: (t: Token) => string) =>
  tokens.map((t) => `--_kn-${t.name}: var(--kn-${t.name}, ${value(t)});`).join('\n');

/**
 * Host styles every element starts with: private token variables, its own font size (so the host page's
 * `rem` and `font-size` do not leak in), a Thai-capable font, visible focus, reduced motion, forced colours.
 */
export const hostStyles: CSSResult = css`
  :host {
    ${unsafeCSS(decl((t) => t.light))}
    display: block;
    box-sizing: border-box;
    font-family: var(--_kn-font-family);
    font-size: var(--_kn-font-size);
    line-height: var(--_kn-line-height);
    color: var(--_kn-color-text);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(decl((t) => t.dark))}
    }
  }
  @media (prefers-contrast: more) {
    :host {
      ${unsafeCSS(decl((t) => t.contrast ?? t.light))}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_kn-focus-ring);
    outline-offset: var(--_kn-focus-offset);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_kn-color-text: CanvasText;
      --_kn-color-text-muted: CanvasText;
      --_kn-color-bg: Canvas;
      --_kn-color-surface: Canvas;
      --_kn-color-border: CanvasText;
      --_kn-color-border-subtle: CanvasText;
      --_kn-color-primary: LinkText;
      --_kn-color-on-primary: Canvas;
      --_kn-color-focus: Highlight;
      --_kn-color-danger: CanvasText;
      --_kn-color-warning: CanvasText;
      --_kn-color-success: CanvasText;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The CSS of `tokens.css`: the tokens for `[data-kn-theme=light|dark|high-contrast]` containers. */
export function tokensCss(): string {
  const block = (sel: string, value: (t: Token) => string) =>
    `${sel} {\n${tokens.map((t) => `  --kn-${t.name}: ${value(t).replace(/var\(--_kn-/g, 'var(--kn-')};`).join('\n')}\n}`;
  return [
    '/* Khanaen design tokens. Set any --kn-* property on :root, a container or one element to restyle. */',
    block(':root, [data-kn-theme="light"]', (t) => t.light),
    block('[data-kn-theme="dark"]', (t) => t.dark),
    block('[data-kn-theme="high-contrast"]', (t) => t.contrast ?? t.light),
    '@media (prefers-color-scheme: dark) {\n' +
      block(':root:not([data-kn-theme])', (t) => t.dark).replace(/^/gm, '  ') +
      '\n}',
  ].join('\n\n');
}
