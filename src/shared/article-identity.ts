/**
 * One article, one identity: the same story reached through tracking links,
 * fragments or the publisher's canonical link shares its notes.
 */

/** Query parameters that only track the visitor and never select content. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ocid|smid|at_medium|at_campaign)$/i;

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

/**
 * The article's key: the page's declared canonical URL when it is a valid
 * http(s) URL on the same registrable-ish host, else the page URL, normalised.
 * A canonical on another host is ignored because a hostile page could
 * otherwise attach itself to another site's notes.
 */
export function articleKey(pageUrl: string, declaredCanonical: string | null): string {
  if (declaredCanonical) {
    try {
      const page = new URL(pageUrl);
      const canonical = new URL(declaredCanonical, pageUrl);
      const sameSite = siteOf(page.hostname) === siteOf(canonical.hostname);
      if (/^https?:$/.test(canonical.protocol) && sameSite) return normaliseUrl(canonical.toString());
    } catch {
      // fall through to the page URL
    }
  }
  return normaliseUrl(pageUrl);
}

/** Host without "www.", "m.", "amp." prefixes: enough to tie AMP and mobile variants to their article. */
function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
}

/** The host name to show for a page ("news.example"), or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
