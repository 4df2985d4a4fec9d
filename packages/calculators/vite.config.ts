import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../vite.lib.config.mjs';

export default defineConfig(libConfig(fileURLToPath(new URL('.', import.meta.url))));
