/**
 * Notices when the page becomes another article without a page load
 * (single-page apps), and when its text changes under drawn highlights
 * (late loading, re-rendering).
 */

/** Calls `onNavigate` when the URL's path or query changes (fragment changes are the same article). */
export function watchNavigation(onNavigate: () => void, signal: AbortSignal): void {
  let last = articlePart(location.href);
  const check = () => {
    const now = articlePart(location.href);
    if (now === last) return;
    last = now;
    onNavigate();
  };
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigatesuccess', check, { signal });
  } else {
    // history.pushState fires no event a content script can hear: poll, cheaply.
    const timer = setInterval(check, 1_000);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
  window.addEventListener('popstate', check, { signal });
}

function articlePart(url: string): string {
  return url.replace(/#.*$/, '');
}

export interface MutationWatch {
  /** (Re)start watching, e.g. after drawing passages or a navigation. */
  start(): void;
}

/**
 * Debounced observation of the page's text. It stops itself after a quiet
 * period so a long-lived page does not pay for it, unless `keepWatching`
 * says there is still something to find.
 */
export function watchMutations(
  onSettled: () => void,
  keepWatching: () => boolean,
  signal: AbortSignal,
  { settleMs = 400, idleMs = 10_000 } = {},
): MutationWatch {
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let observing = false;

  const observer = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      onSettled();
      armIdle();
    }, settleMs);
  });
  const stop = () => {
    observer.disconnect();
    observing = false;
    clearTimeout(settleTimer);
    clearTimeout(idleTimer);
  };
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => (keepWatching() ? armIdle() : stop()), idleMs);
  };
  signal.addEventListener('abort', stop);

  return {
    start() {
      if (signal.aborted) return;
      if (!observing) {
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        observing = true;
      }
      armIdle();
    },
  };
}

/** Our own label, button and fallback marks must not wake the observer. */
function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.localName.startsWith('policy-lens-')) return true;
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.localName.startsWith('policy-lens-'));
}

/** Resolves once the page has not changed for `quietMs` (or after `maxMs` at most): a single-page app has rendered. */
export function waitForQuiet(quietMs = 300, maxMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
  });
}

/**
 * Coalesces bursts of calls: `run` goes once the calls stop for `quietMs`,
 * or `maxWaitMs` after the first of a burst that does not stop, so an app
 * that changes its address four times a second is read every few seconds,
 * not four times a second.
 */
export function coalesced(run: () => void, { quietMs = 500, maxWaitMs = 3_000 } = {}): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let limit: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(limit);
    limit = undefined;
    run();
  };
  return () => {
    clearTimeout(quiet);
    quiet = setTimeout(fire, quietMs);
    limit ??= setTimeout(fire, maxWaitMs);
  };
}
