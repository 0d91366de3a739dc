import { crx } from '@crxjs/vite-plugin';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentScriptBundle, withoutContentScripts } from './build/content-script.ts';
import manifest from './manifest.json' with { type: 'json' };

/**
 * `manifest.json` is the Chrome manifest. `vite build --mode firefox` derives
 * Firefox's from it: a sidebar instead of Chrome's side panel, background
 * scripts instead of a service worker, and a gecko id.
 */
function firefoxManifest(chrome: typeof manifest): ManifestV3Export {
  const { side_panel: sidePanel, background, permissions, ...common } = chrome;
  return {
    ...common,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: chrome.name,
      default_icon: chrome.action.default_icon,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'policy-lens@policy-lens.extension',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const target = firefox ? 'firefox140' : 'chrome116';
  const forBrowser = firefox ? firefoxManifest(manifest) : (manifest as ManifestV3Export);
  return {
    plugins: [
      preact(),
      crx({ manifest: withoutContentScripts(forBrowser), browser: firefox ? 'firefox' : 'chrome' }),
      contentScriptBundle(manifest.content_scripts, target),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target,
      // crxjs finds Chrome's side panel page in the manifest, not Firefox's sidebar: name the pages here.
      // The notes library (src/library/) is opened from the panel, so no manifest entry names it either.
      rollupOptions: { input: { sidepanel: 'src/sidepanel/index.html', library: 'src/library/index.html', options: 'src/options/index.html' } },
    },
    server: { port: 5173, strictPort: true },
  };
});
