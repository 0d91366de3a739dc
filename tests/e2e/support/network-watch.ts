/**
 * Records every network request made in the browser, seen two ways: by
 * Playwright (pages, extension pages and the service worker) and by the
 * DevTools protocol's Network domain attached to each page and service
 * worker target, including ones created later (a restarted worker, a new
 * panel). The browser must have been launched with `remoteDebugging`.
 */
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { devToolsPort } from './extension-browser.ts';
import type { ExtensionBrowser } from './extension-browser.ts';

export interface RecordedRequest {
  url: string;
  seenBy: 'playwright' | 'devtools';
  /** The page or worker that made it. */
  madeIn: string;
}

export interface NetworkRecorder {
  readonly requests: readonly RecordedRequest[];
  /** How many targets the DevTools side listened to (a check that it listened at all). */
  readonly targetsWatched: number;
  stop(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const WATCHED_TYPES = new Set(['page', 'service_worker', 'worker', 'shared_worker']);

export async function recordNetwork(browser: ExtensionBrowser): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  browser.context.on('request', (request) => {
    const worker = request.serviceWorker();
    requests.push({ url: request.url(), seenBy: 'playwright', madeIn: worker ? worker.url() : safeFrameUrl(request.frame) });
  });

  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${devToolsPort(browser.profileDir)}`);
  const session = await cdp.newBrowserCDPSession();
  const targetOfSession = new Map<string, string>();
  const targetUrls = new Map<string, string>();
  const attach = async (target: TargetInfo) => {
    if (!WATCHED_TYPES.has(target.type) || targetUrls.has(target.targetId)) return;
    targetUrls.set(target.targetId, target.url);
    try {
      // Non-flattened sessions: the browser-level CDPSession relays their messages.
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      targetOfSession.set(sessionId, target.targetId);
      await sendTo(session, sessionId, 'Network.enable');
    } catch {
      // The target went away before we could listen (a closed tab).
    }
  };
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
      requests.push({ url: message.params.request.url, seenBy: 'devtools', madeIn: targetUrls.get(targetOfSession.get(event.sessionId) ?? '') ?? 'unknown' });
    }
  });
  session.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  session.on('Target.targetInfoChanged', ({ targetInfo }) => {
    if (targetUrls.has(targetInfo.targetId)) targetUrls.set(targetInfo.targetId, targetInfo.url);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await session.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));

  return {
    requests,
    get targetsWatched() {
      return targetOfSession.size;
    },
    stop: () => cdp.close(),
  };
}

let messageId = 0;
function sendTo(session: CDPSession, sessionId: string, method: string): Promise<unknown> {
  return session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method }) });
}

function safeFrameUrl(frame: () => { url(): string }): string {
  try {
    return frame().url();
  } catch {
    return 'unknown';
  }
}

/**
 * Requests that are neither the extension loading its own files nor a page
 * load the test made itself (`pageLoads`, compared without the fragment).
 * `data:` and `blob:` URLs never leave the browser.
 */
export function unexpectedRequests(requests: readonly RecordedRequest[], extensionId: string, pageLoads: readonly string[]): RecordedRequest[] {
  const allowed = new Set(pageLoads.map(withoutFragment));
  return requests.filter(
    ({ url }) =>
      !url.startsWith(`chrome-extension://${extensionId}/`) &&
      !/^(data|blob|about):/.test(url) &&
      !allowed.has(withoutFragment(url)),
  );
}

function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}
