/**
 * The content script as ONE classic script, bundled by esbuild: crxjs would
 * ship a loader that imports eight chunks at run time, which costs every page
 * the reader opens more script time and lists those chunks as web-accessible
 * (so any site could detect the extension by fetching them). crxjs is given
 * the manifest without `content_scripts`; this plugin adds them back to the
 * built manifest, pointing at the bundle and at the stylesheets, copied as is.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

interface ContentScriptEntry {
  matches: string[];
  js: string[];
  css?: string[];
  run_at?: string;
}

/** Where each bundled script lands in the extension: the source path with `.js` (`src/content/index.ts` → `src/content/index.js`). */
const builtName = (source: string) => source.replace(/\.[cm]?[jt]sx?$/, '.js');

export function withoutContentScripts(manifest: ManifestV3Export): ManifestV3Export {
  const { content_scripts: _bundledSeparately, ...rest } = manifest as Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;
  return rest;
}

export function contentScriptBundle(entries: ContentScriptEntry[], target: string): Plugin {
  return {
    name: 'policy-lens:content-script-bundle',
    apply: 'build',
    // After crxjs has written the manifest it built.
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(options) {
        const outDir = options.dir ?? 'dist';
        for (const source of new Set(entries.flatMap((e) => e.js))) {
          await build({ entryPoints: [source], outfile: join(outDir, builtName(source)), bundle: true, format: 'iife', target, minify: true, logLevel: 'warning' });
        }
        for (const css of new Set(entries.flatMap((e) => e.css ?? []))) {
          await mkdir(dirname(join(outDir, css)), { recursive: true });
          await copyFile(css, join(outDir, css));
        }
        const manifestPath = join(outDir, 'manifest.json');
        const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { content_scripts?: ContentScriptEntry[] };
        manifest.content_scripts = entries.map((e) => ({ ...e, js: e.js.map(builtName) }));
        await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}
