import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../vite.lib.config.mjs';
import { tokensCss } from './src/styles/tokens.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(
  libConfig(dir, [
    {
      name: 'khanaen-tokens-css',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'tokens.css', source: tokensCss() });
      },
    },
  ]),
);
