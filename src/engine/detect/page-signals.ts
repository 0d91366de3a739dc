import type { PageSignals } from '../types.ts';
import { type JsonLd, readJsonLd } from './json-ld.ts';
import type { HeadInfo } from './head-info.ts';

/**
 * Cheap page signals, read straight from the DOM before any heavy work. This
 * runs in the content script on every page, so every loop here is capped
 * and no selector query walks the whole document: a front page with
 * thousands of links must be judged in well under a millisecond.
 */

/** Enough paragraphs to tell an article from a front page; more only costs time. */
const MAX_PARAGRAPHS = 150;
/** Link text is sampled: the average length of the first links times their count. */
const SAMPLED_LINKS = 100;
/** A paragraph this long is a sentence or more of real text. */
const SUBSTANTIAL_CHARS = 80;

/** Signals plus the extra facts the article verdict uses but the panel does not show. */
export interface PageFacts extends PageSignals {
  linkCount: number;
  /** Characters of link text (estimated from a sample). */
  linkChars: number;
  /** <br> elements: text laid out with line breaks instead of paragraphs. */
  lineBreaks: number;
  /** Paragraphs with at least a sentence's worth of text. */
  substantialParagraphs: number;
  /** <meta name="generator">, e.g. "MediaWiki 1.39". */
  generator: string | null;
}

/**
 * All facts except `readerable`, which costs a walk over the page and is
 * filled in by the caller when needed. A caller that needs the JSON-LD for
 * more than the page's types passes it, so the blocks are parsed once.
 */
export function readPageFacts(doc: Document, head: HeadInfo, jsonLd: JsonLd = readJsonLd(doc)): PageFacts {
  const body = doc.body;
  const paragraphs = body ? paragraphStats(body) : { chars: 0, substantial: 0 };
  const links = body ? linkStats(body) : { count: 0, chars: 0 };
  // Link density against the text measured: a front page is mostly link text and few paragraphs.
  const measured = paragraphs.chars + links.chars;
  return {
    schemaTypes: schemaTypes(doc, jsonLd),
    ogType: head.meta.get('og:type')?.toLowerCase() ?? null,
    hasArticleElement: (body?.getElementsByTagName('article').length ?? 0) > 0,
    paragraphChars: paragraphs.chars,
    linkDensity: measured ? links.chars / measured : 0,
    readerable: false,
    linkCount: links.count,
    linkChars: links.chars,
    lineBreaks: body?.getElementsByTagName('br').length ?? 0,
    substantialParagraphs: paragraphs.substantial,
    generator: head.meta.get('generator') ?? null,
  };
}

function paragraphStats(body: HTMLElement): { chars: number; substantial: number } {
  const ps = body.getElementsByTagName('p');
  let chars = 0;
  let substantial = 0;
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const length = (ps[i]?.textContent ?? '').trim().length;
    chars += length;
    if (length >= SUBSTANTIAL_CHARS) substantial++;
  }
  return { chars, substantial };
}

function linkStats(body: HTMLElement): { count: number; chars: number } {
  const links = body.getElementsByTagName('a');
  const count = links.length;
  const sampled = Math.min(count, SAMPLED_LINKS);
  let sampleChars = 0;
  for (let i = 0; i < sampled; i++) sampleChars += (links[i]?.textContent ?? '').trim().length;
  return { count, chars: sampled ? (sampleChars / sampled) * count : 0 };
}

/** schema.org types from JSON-LD (including @graph arrays) and microdata itemtype on the elements that carry the page's type. */
function schemaTypes(doc: Document, jsonLd: JsonLd): string[] {
  const types = new Set(jsonLd.types);
  const carriers: (Element | null | undefined)[] = [doc.documentElement, doc.body];
  for (const tag of ['article', 'main']) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(found.length, 3); i++) carriers.push(found[i]);
  }
  for (const el of carriers) {
    for (const url of (el?.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.split('/').pop();
      if (name) types.add(name);
    }
  }
  return [...types];
}
