import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Extension code is loaded from disk: readable stack traces matter more than bytes saved by mangling.
    sourcemap: false,
    target: 'chrome116',
  },
  server: { port: 5173, strictPort: true },
});
