import type { StorybookConfig } from '@storybook/web-components-vite';

// Telemetry and update checks are off: this project runs without network access.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../../../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  staticDirs: [{ from: '../../../packages/widgets/dist', to: '/khanaen' }],
  async viteFinal(config) {
    return {
      ...config,
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
