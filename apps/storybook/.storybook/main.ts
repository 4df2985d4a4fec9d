import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../../packages', import.meta.url));

// Stories use the elements' source (one copy of each class, and live reload while developing):
// @khanaen/widgets/kn-number-field.js → packages/widgets/src/number-field/kn-number-field.ts, etc.
// The core stays on its build (dist), as the elements import it.
const sourceAliases = [
  {
    find: /^@khanaen\/(widgets|calculators)\/kn-([a-z0-9-]+)\.js$/,
    replacement: `${packages}/$1/src/$2/kn-$2.ts`,
  },
  { find: /^@khanaen\/(widgets|calculators)\/register\.js$/, replacement: `${packages}/$1/src/register.ts` },
  { find: /^@khanaen\/(widgets|calculators)$/, replacement: `${packages}/$1/src/index.ts` },
];

// Telemetry and update checks are off: this project runs without network access.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../../../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  staticDirs: [{ from: '../../../packages/widgets/dist', to: '/khanaen' }],
  async viteFinal(config) {
    const aliases = Array.isArray(config.resolve?.alias)
      ? config.resolve.alias
      : Object.entries(config.resolve?.alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
    return {
      ...config,
      resolve: { ...config.resolve, alias: [...sourceAliases, ...aliases] },
      define: { ...config.define, __KN_VERSION__: JSON.stringify('storybook') },
      logLevel: 'warn',
      build: {
        ...config.build,
        chunkSizeWarningLimit: 4000,
        rollupOptions: {
          ...config.build?.rollupOptions,
          // zod's own comments trip Rollup's annotation check; they are harmless.
          onwarn(warning, warn) {
            if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    };
  },
};

export default config;
