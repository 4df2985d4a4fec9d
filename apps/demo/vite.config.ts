import { defineConfig, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const cdnDir = resolve(here, '../../packages/calculators/dist/cdn');

/** Serves packages/calculators/dist/cdn at /cdn/ in dev and copies it into dist/cdn at build. */
function khanaenCdn(): Plugin {
  return {
    name: 'khanaen-cdn',
    configureServer(server) {
      server.middlewares.use('/cdn', (req, res, next) => {
        const file = join(cdnDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
        if (!file.startsWith(cdnDir) || !existsSync(file) || statSync(file).isDirectory()) return next();
        const types: Record<string, string> = {
          '.js': 'text/javascript',
          '.css': 'text/css',
          '.map': 'application/json',
        };
        res.setHeader('content-type', `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`);
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      cpSync(cdnDir, join(options.dir ?? resolve(here, 'dist'), 'cdn'), { recursive: true });
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  define: { __KN_VERSION__: JSON.stringify('demo') },
  plugins: [khanaenCdn()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        public: resolve(here, 'public.html'),
        embed: resolve(here, 'embed.html'),
        awards: resolve(here, 'awards.html'),
      },
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
