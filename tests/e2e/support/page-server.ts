/**
 * A loopback HTTP server for pages the tests generate at run time (hostile,
 * huge, non-UTF-8), which also records every request it receives: a request
 * the test did not make itself is one the extension (or a payload) made.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { listenOnLoopback } from './loopback.ts';
import type { Loopback } from './loopback.ts';

export interface ServedPage {
  body: string | Buffer;
  /** Defaults to UTF-8 HTML; non-UTF-8 pages name their charset here. */
  contentType?: string;
}

export interface PageServer extends Loopback {
  /** Serve `page` at `path` (replacing what was there). */
  put(path: string, page: ServedPage | string): void;
  /** Every path requested so far, in order (query strings included). */
  readonly requests: readonly string[];
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const requested = req.url ?? '/';
    requests.push(requested);
    const page = pages.get(new URL(requested, 'http://localhost').pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.body);
  });
  return {
    ...(await listenOnLoopback(server)),
    put: (path, page) => pages.set(path, typeof page === 'string' ? { body: page } : page),
    requests,
  };
}
