import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  logLevel: 'warn',
  plugins: [
    // Tags starting with kn- are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kn-') } } }),
  ],
  build: { target: 'es2022' },
});
