/** Start an HTTP server on a free loopback port (tests never serve anything beyond this machine). */
import type { Server } from 'node:http';

export interface Loopback {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections from the browser would otherwise hold the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
