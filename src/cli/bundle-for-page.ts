/**
 * Bundle one of our modules for evaluation inside a real page (benchmarks run
 * the shipped code in Chromium without shipping benchmark code in the
 * extension). The bundle publishes its exports as `globalThis[globalName]`.
 */
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

/**
 * A page has no extension API, and the polyfill throws when loaded outside an
 * extension: modules that import it only for settings still load, with an empty one.
 */
const withoutExtensionApi: Plugin = {
  name: 'without-extension-api',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, ({ path }) => ({ path, namespace: 'no-extension-api' }));
    build.onLoad({ filter: /.*/, namespace: 'no-extension-api' }, () => ({ contents: 'export default {};' }));
  },
};

export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome116',
    minify: true,
    write: false,
    plugins: [withoutExtensionApi],
  });
  // Evaluated code keeps its `var` to itself: publish the bundle's exports on the page's global object.
  const [bundle] = result.outputFiles;
  if (!bundle) throw new Error(`esbuild wrote no bundle for ${entry}`);
  return `${bundle.text}\nglobalThis.${globalName} = ${globalName};`;
}
