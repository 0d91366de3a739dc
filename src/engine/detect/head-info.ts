/**
 * One pass over the page's <meta> and <link> elements: everything the engine
 * reads from them, without a selector query per field (selector engines
 * walk the whole document each time).
 */
export interface HeadInfo {
  /** <meta property|name="…" content="…">, keys lower-cased; the first one wins. */
  meta: Map<string, string>;
  /** href of <link rel="canonical">, if any. */
  canonical: string | null;
}

export function readHeadInfo(doc: Document): HeadInfo {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  // Metadata belongs in the head, but broken pages put it anywhere; the head is all we pay to look at.
  const root = doc.head ?? doc.documentElement;
  if (!root) return { meta, canonical };
  for (const el of root.getElementsByTagName('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  for (const el of root.getElementsByTagName('link')) {
    if (/(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      canonical = el.getAttribute('href')?.trim() || null;
      break;
    }
  }
  return { meta, canonical };
}
