/**
 * Whether Policy Lens reads a site's pages on its own. Kept apart from the
 * settings module (valibot, the polyfill) so the content script can tell on
 * every page for the cost of one storage read.
 */
import { siteListed } from './site-rules.ts';

export type SiteMode = 'never' | 'always' | 'auto' | 'on-request';

export interface SiteRules {
  autoDetect: boolean;
  neverRun: readonly string[];
  alwaysRun: readonly string[];
}

/** Read every page to find articles, unless the reader turned it off. */
export const AUTO_DETECT_BY_DEFAULT = true;

/** The settings keys (in `storage.sync`) that decide a site's mode. */
export const SITE_RULE_KEYS = ['autoDetect', 'neverRun', 'alwaysRun'] as const satisfies readonly (keyof SiteRules)[];

/** A site on both lists never runs: the safer reading of a contradiction. */
export function siteMode(rules: SiteRules, hostname: string): SiteMode {
  if (siteListed(rules.neverRun, hostname)) return 'never';
  if (siteListed(rules.alwaysRun, hostname)) return 'always';
  return rules.autoDetect ? 'auto' : 'on-request';
}

/** The rules from what storage returned, whatever it was; a missing or damaged value counts as its default. */
export function storedSiteRules(stored: Record<string, unknown>): SiteRules {
  return {
    autoDetect: typeof stored.autoDetect === 'boolean' ? stored.autoDetect : AUTO_DETECT_BY_DEFAULT,
    neverRun: siteList(stored.neverRun),
    alwaysRun: siteList(stored.alwaysRun),
  };
}

function siteList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string').map((site) => site.toLowerCase()) : [];
}
