import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import widgets from '@khanaen/widgets/custom-elements.json';
import calculators from '@khanaen/calculators/custom-elements.json';

// Arg tables and docs come from the Custom Elements Manifests generated from the elements' JSDoc.
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: [
    ...(widgets as { modules: unknown[] }).modules,
    ...(calculators as { modules: unknown[] }).modules,
  ],
});

const widths: Record<string, string> = { narrow: '240px', medium: '480px', wide: '960px', full: 'none' };

const preview: Preview = {
  // A docs page per element, with its attributes, properties, events, parts and CSS properties from the
  // Custom Elements Manifest.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'Language (lang on the story root)',
      toolbar: {
        title: 'ภาษา / Language',
        icon: 'globe',
        items: [
          { value: 'th', title: 'ไทย' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-kn-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Container width',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: [
          { value: 'narrow', title: 'Narrow (240 px)' },
          { value: 'medium', title: 'Medium (480 px)' },
          { value: 'wide', title: 'Wide (960 px)' },
          { value: 'full', title: 'Full width' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'th', theme: 'light', width: 'full' },
  decorators: [
    (story, context) => {
      const { locale, theme, width } = context.globals as { locale: string; theme: string; width: string };
      document.documentElement.lang = locale;
      return html`<div
        class="kn-story"
        lang=${locale}
        data-kn-theme=${theme}
        style="max-width: ${widths[width] ?? 'none'}"
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
