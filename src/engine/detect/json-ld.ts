/**
 * The page's JSON-LD blocks (schema.org metadata), parsed once per read with
 * a character budget: the page's types tell an article from other pages, and
 * an article's `articleBody` is its text when the visible page lacks it
 * (pages whose body a script fills in).
 */

const MAX_JSON_LD_CHARS = 200_000;
/** Nested metadata (author, publisher, image) is no page type and holds no body. */
const MAX_DEPTH = 3;
const MAX_ITEMS = 50;

export interface JsonLd {
  /** schema.org types of the top-level nodes, their @graph members and array items ("NewsArticle", "WebPage"). */
  types: string[];
  /** The longest `articleBody` among those nodes, as plain text; null when none has one. */
  articleBody: string | null;
}

export function readJsonLd(doc: Document): JsonLd {
  const found: JsonLd = { types: [], articleBody: null };
  const types = new Set<string>();
  let budget = MAX_JSON_LD_CHARS;
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const json = script.textContent ?? '';
    budget -= json.length;
    if (budget < 0) break;
    try {
      collect(JSON.parse(json), types, found, 0);
    } catch {
      // Malformed JSON-LD is common; it just gives no signal.
    }
  }
  found.types = [...types];
  return found;
}

function collect(node: unknown, types: Set<string>, found: JsonLd, depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, MAX_ITEMS)) collect(item, types, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) {
    if (typeof t === 'string') types.add(t.replace(/^.*[/:]/, ''));
  }
  const body = record.articleBody;
  if (typeof body === 'string' && body.length > (found.articleBody?.length ?? 0)) found.articleBody = body;
  if (record['@graph']) collect(record['@graph'], types, found, depth + 1);
}
