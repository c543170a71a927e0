/// <reference types="vitest/config" />
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// After the build, a brotli (.br) and a gzip (.gz) copy beside every text file under assets/, at the highest levels
// (once per build, not per request). The API serves them to browsers that ask (Infrastructure/Web/WebClient.cs).
function precompress(): Plugin {
  let assets = '';
  return {
    name: 'petitions-precompress',
    apply: 'build',
    configResolved(config) {
      assets = join(config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      for (const name of readdirSync(assets).filter((n) => /\.(js|css|svg|json)$/.test(n))) {
        const data = readFileSync(join(assets, name));
        const brotli = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length };
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(data, { params: brotli }));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(data, { level: 9 }));
      }
    },
  };
}

// The production build goes straight into the API's static files: one process, one origin.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: '../api/Petitions.Api/wwwroot',
    emptyOutDir: true,
    sourcemap: false,
    // No inline modulepreload polyfill script: the API's CSP allows only 'self' scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:5080', '/swagger': 'http://localhost:5080' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
