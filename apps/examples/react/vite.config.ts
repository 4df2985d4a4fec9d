import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A plain React app: nothing here is specific to Khanaen.
export default defineConfig({
  logLevel: 'warn',
  plugins: [react()],
  build: { target: 'es2022' },
});
