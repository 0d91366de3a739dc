/** A static HTTP server for the committed fixture pages, on a free loopback port. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenOnLoopback } from './loopback.ts';
import type { Loopback } from './loopback.ts';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../fixtures/site/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Paths under /spa/ without a file of their own are the single-page app's routes: serve its shell. */
function spaShell(relative: string): string {
  return relative.startsWith('/spa/') && !extname(relative) ? '/spa/index.html' : relative;
}

export type FixtureServer = Loopback;

export async function startFixtureServer(root = FIXTURE_ROOT): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
    try {
      const served = await readFile(join(root, relative)).then(
        (body) => ({ body, file: relative }),
        async () => ({ body: await readFile(join(root, spaShell(relative))), file: spaShell(relative) }),
      );
      const body = served.body;
      res.writeHead(200, { 'content-type': TYPES[extname(served.file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return listenOnLoopback(server);
}
