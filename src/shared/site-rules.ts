/**
 * Sites the reader listed as "never run" or "always run", and how a page's
 * hostname is matched against them: a listed site covers its subdomains too
 * ("example.com" covers "news.example.com").
 */

/** A hostname as the reader may type it: "Example.com", "https://www.example.com/path", "localhost". */
export function parseHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  // One label at least, letters/digits/hyphens only (IDNs arrive here as punycode from URL parsing).
  return isHostname(host) ? host : null;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function isHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (/^\[.*\]$/.test(host)) return true; // IPv6 literal, as URL parsing gives it
  return host.split('.').every((label) => LABEL.test(label));
}

export function siteListed(sites: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
