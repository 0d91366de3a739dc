/**
 * A loopback HTTP server for pages the tests generate at run time (hostile,
 * huge, non-UTF-8), which also records every request it receives: a request
 * the test did not make itself is one the extension (or a payload) made.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';

export interface ServedPage {
  body: string | Buffer;
  /** Defaults to UTF-8 HTML; non-UTF-8 pages name their charset here. */
  contentType?: string;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Serve `page` at `path` (replacing what was there). */
  put(path: string, page: ServedPage | string): void;
  /** Every path requested so far, in order (query strings included). */
  readonly requests: readonly string[];
  close(): Promise<void>;
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('page server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    put: (path, page) => pages.set(path, typeof page === 'string' ? { body: page } : page),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
