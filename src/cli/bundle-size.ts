import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Files counted, relative to dist/. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * Size of what the browser loads for the content script: the loaders the
 * built manifest lists, the chunks they import through
 * chrome.runtime.getURL(...), and those chunks' static imports. Each file
 * is gzipped on its own, as it is fetched. Null when dist/ is not built.
 */
export function contentScriptSize(dist: string): BundleSize | null {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const pending = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => resolve(dist, f));
  const seen = new Set<string>();
  let bytes = 0;
  let gzipBytes = 0;
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
    for (const specifier of importsOf(content.toString('utf8'))) {
      pending.push(specifier.startsWith('.') ? resolve(dirname(file), specifier) : resolve(dist, specifier.replace(/^\//, '')));
    }
  }
  return { files: [...seen].map((f) => relative(dist, f)), bytes, gzipBytes };
}

/** Static `from "…"`/`import "…"` specifiers and chrome.runtime.getURL("…") targets of a built chunk. */
function importsOf(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) if (m[1]) found.push(m[1]);
  for (const m of code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)) if (m[1]) found.push(m[1]);
  return found;
}
