/**
 * Bundle one of our modules for evaluation inside a real page (benchmarks run
 * the shipped code in Chromium without shipping benchmark code in the
 * extension). The bundle publishes its exports as `globalThis[globalName]`.
 */
import { build } from 'esbuild';

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
  });
  // Evaluated code keeps its `var` to itself: publish the bundle's exports on the page's global object.
  return `${result.outputFiles[0]!.text}\nglobalThis.${globalName} = ${globalName};`;
}
