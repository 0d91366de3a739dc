/** One browser with the extension and one fixture server, shared by the tests of a file. */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from './extension-browser.ts';
import type { ExtensionBrowser, LaunchOptions } from './extension-browser.ts';
import { startFixtureServer } from './fixture-server.ts';
import type { FixtureServer } from './fixture-server.ts';

export interface Session {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

export function useExtensionSession(options: LaunchOptions = {}): Session {
  const session = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
