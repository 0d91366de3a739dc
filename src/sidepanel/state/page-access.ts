/**
 * Whether the browser lets the content script read pages. Firefox treats the
 * host access of Manifest V3 add-ons as the reader's to grant or withdraw
 * (about:addons › Permissions), and Chrome lets readers limit site access; the
 * panel asks for it, and says why, when it is missing.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

export type PageAccess = 'unknown' | 'granted' | 'missing';

/** The pages the content script is declared for, as the manifest lists them. */
export function contentScriptOrigins(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return [...new Set(scripts.flatMap((script) => script.matches ?? []))];
}

export function usePageAccess(): PageAccess {
  const [access, setAccess] = useState<PageAccess>('unknown');
  useEffect(() => {
    let current = true;
    const check = () =>
      browser.permissions.contains({ origins: contentScriptOrigins() }).then(
        (granted) => current && setAccess(granted ? 'granted' : 'missing'),
        // A browser without the permissions API gives the access with the install.
        () => current && setAccess('granted'),
      );
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return access;
}

/** Ask for the access; only works from a click (the browser shows its own prompt). */
export function requestPageAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: contentScriptOrigins() }).catch(() => false);
}
