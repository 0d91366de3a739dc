/**
 * One article, one identity: the same story reached through tracking links,
 * fragments or the publisher's canonical link shares its notes, and no other
 * page can claim it.
 */

/** Query parameters that only track the visitor and never select content. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/** The message protocol's bound on URLs (src/shared/messages.ts): a longer canonical link is not trusted as a key. */
export const MAX_URL_CHARS = 8_192;

/** Normalise a URL for use as an article key; returns the input unchanged if it does not parse. */
export function normaliseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  // forEach, not the iterator: in Firefox's content scripts a URLSearchParams
  // iterator crosses a security wrapper and is not iterable.
  const tracking: string[] = [];
  url.searchParams.forEach((_value, name) => {
    if (TRACKING_PARAM.test(name)) tracking.push(name);
  });
  for (const name of tracking) url.searchParams.delete(name);
  url.searchParams.sort();
  url.hostname = url.hostname.toLowerCase();
  return url.toString();
}

/** What the page itself says about the kind of document it is. */
export interface PageVariant {
  /** The document declares itself an AMP page (`<html amp>` or `<html ⚡>`). */
  amp?: boolean;
}

/**
 * The article's key: the page's declared canonical URL when it names this
 * very page or a variant of it the page can vouch for, else the page URL;
 * normalised either way.
 *
 * A canonical link is only a claim, and a page that could claim any URL
 * would receive that article's highlights and notes. Accepted:
 * - the same origin and path (only the query differs: tracking, sessions);
 * - the same scheme, path and host but for a leading "www.";
 * - a mobile host ("m.", "mobile.") pointing at the same path on its main host;
 * - an AMP document (so declared in its own markup) pointing at its own path
 *   without the AMP marker ("/amp/", ".amp", "/amp") on its own or its main
 *   host ("amp." dropped).
 * Everything else (another origin, port, scheme or path) is ignored.
 */
export function articleKey(pageUrl: string, declaredCanonical: string | null, variant: PageVariant = {}): string {
  const canonical = declaredCanonical && declaredCanonical.length <= MAX_URL_CHARS ? parse(declaredCanonical, pageUrl) : null;
  const page = parse(pageUrl);
  if (page && canonical && /^https?:$/.test(canonical.protocol) && isVariantOf(page, canonical, variant)) {
    return normaliseUrl(canonical.toString());
  }
  return normaliseUrl(pageUrl);
}

/**
 * Whether a reading's key is one its page could have: its own address or an
 * accepted canonical. The service worker checks this of every `page-read`;
 * it cannot see the page, so it grants any page the AMP relation.
 */
export function isAcceptableKey(pageUrl: string, key: string): boolean {
  return key === pageUrl || key === normaliseUrl(pageUrl) || articleKey(pageUrl, key, { amp: true }) === key;
}

function parse(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    // Credentials in a URL are never part of an article's address.
    return url.username || url.password ? null : url;
  } catch {
    return null;
  }
}

function isVariantOf(page: URL, canonical: URL, variant: PageVariant): boolean {
  if (page.protocol !== canonical.protocol || page.port !== canonical.port) return false;
  const path = trimSlash(page.pathname);
  const canonicalPath = trimSlash(canonical.pathname);
  const host = page.hostname.toLowerCase();
  const canonicalHost = canonical.hostname.toLowerCase();
  if (canonicalPath === path && sameSiteHost(host, canonicalHost, /^(m|mobile)\./)) return true;
  return Boolean(variant.amp) && canonicalPath === trimSlash(withoutAmpMarker(path)) && sameSiteHost(host, canonicalHost, /^amp\./);
}

/** The same host but for "www.", or the page's host with a `variantLabel` pointing at its main host. */
function sameSiteHost(pageHost: string, canonicalHost: string, variantLabel: RegExp): boolean {
  const bare = (host: string) => host.replace(/^www\./, '');
  if (bare(pageHost) === bare(canonicalHost)) return true;
  const main = pageHost.replace(variantLabel, '');
  return main !== pageHost && main.includes('.') && bare(main) === bare(canonicalHost);
}

/** "/amp/story", "/story/amp", "/story.amp.html" → "/story", "/story", "/story.html". */
function withoutAmpMarker(path: string): string {
  return path.replace(/\/amp(?=\/|$)/, '').replace(/\.amp(?=\.[a-z]+$|$)/i, '') || '/';
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The host name to show for a page ("news.example"), or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
