import type { ArticleVerdict } from '../types.ts';
import type { Extraction } from '../extract/extract-article.ts';
import type { PageFacts } from './page-signals.ts';

/** schema.org types that say "this page is one article". */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report',
  'ScholarlyArticle', 'TechArticle', 'HowTo', 'Review', 'Recipe',
]);

/** og:type values of pages that are not articles (products, profiles, media, places). */
const NON_ARTICLE_OG = /^(product|profile|video|music|book|books|business|place|restaurant|game)/;

/** schema.org types of pages that collect or describe rather than tell. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage', 'ItemList', 'SearchResultsPage', 'Product', 'ProfilePage', 'ContactPage', 'Organization',
  'LocalBusiness', 'Event', 'SportsEvent', 'Place', 'Dataset', 'Table', 'QAPage', 'FAQPage',
]);

/** Wiki software (MediaWiki, DokuWiki…) makes encyclopedia and reference pages, not articles. */
function isWiki(facts: PageFacts): boolean {
  return /wiki/i.test(facts.generator ?? '');
}

function hasArticleSchema(facts: PageFacts): boolean {
  return facts.schemaTypes.some((t) => ARTICLE_TYPES.has(t)) || facts.ogType === 'article';
}

/**
 * The cheap verdict, before Readability: a page that declares nothing
 * article-like and is near-empty or mostly links is not an article. Returns
 * null when the page deserves a full look. `bodyChars` (the page's text
 * length) is asked for only when the page looks near-empty.
 */
export function quickArticleVerdict(facts: PageFacts, url: string, bodyChars: () => number): ArticleVerdict | null {
  // Encyclopedias declare themselves schema.org Articles too; the wiki software gives them away.
  if (isWiki(facts)) return { isArticle: false, confidence: 0.85, reasons: ['encyclopedia (wiki) page'] };
  if (hasArticleSchema(facts)) return null;
  if (isSiteRoot(url)) return { isArticle: false, confidence: 0.85, reasons: ['home page address'] };
  // Text set in <div>s (or broken by <br>) has no <p>: judged by the page's whole text, read only when needed.
  let bodyLength: number | undefined;
  const body = (): number => (bodyLength ??= bodyChars());
  if (facts.paragraphChars < 250 && facts.substantialParagraphs < 2 && facts.lineBreaks < 10 && body() < 2500) {
    return { isArticle: false, confidence: 0.85, reasons: ['almost no paragraph text'] };
  }
  if (facts.linkDensity > 0.65 && facts.substantialParagraphs < 4 && facts.linkCount >= 30 && facts.linkChars > 0.5 * body()) {
    return { isArticle: false, confidence: 0.8, reasons: ['mostly links'] };
  }
  return null;
}

/** How the extracted text is built: running prose, or lists of short items and teasers. */
interface TextShape {
  /** Words in paragraphs and quotes. */
  proseWords: number;
  /** Words in paragraphs of at least a long sentence that end like a sentence. */
  sentenceWords: number;
  /** Blocks that are headings, captions or list items (teaser lists are made of them). */
  shortBlocks: number;
  paragraphs: number;
}

const SENTENCE_END = /[.!?…:;"'”’»)]$/;
/** Wire-style news runs one sentence per paragraph; a sentence of this length is prose, not a label. */
const LONG_PARAGRAPH_WORDS = 15;

function textShape(extraction: Extraction): TextShape {
  const shape: TextShape = { proseWords: 0, sentenceWords: 0, shortBlocks: 0, paragraphs: 0 };
  for (const block of extraction.article.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote') {
      if (block.kind !== 'preformatted') shape.shortBlocks++;
      continue;
    }
    const words = block.text.split(' ').length;
    shape.paragraphs++;
    shape.proseWords += words;
    if (words >= LONG_PARAGRAPH_WORDS && SENTENCE_END.test(block.text)) shape.sentenceWords += words;
  }
  return shape;
}

function webPath(url: string): string[] | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && !parsed.search ? parsed.pathname.split('/').filter(Boolean) : null;
  } catch {
    return null;
  }
}

/** The site's root address: a home page, whatever else the page says. */
function isSiteRoot(url: string): boolean {
  return webPath(url)?.length === 0;
}

/**
 * A home or section front by its URL: the site root or one short segment
 * without a slug or an id ("/", "/es/", "/politics"). Only for web URLs: a
 * local file says nothing.
 */
export function isFrontPageUrl(url: string): boolean {
  const segments = webPath(url);
  if (!segments) return false;
  const only = segments[0] ?? '';
  return segments.length === 0 || (segments.length === 1 && only.length <= 16 && !/[-_\d.]/.test(only));
}

/** Path segments of listing pages: tag, category, topic, author and search pages list articles. */
const LISTING_SEGMENT = /^(tags?|categor(y|ies)|topics?|themen|thema|temas?|sujets?|search|suche|busca|buscar|recherche|authors?|autor(es)?|auteurs?|archives?|archiv|page)$/i;
/** Last path segment of information pages. */
const INFO_SEGMENT =
  /^(about(-us)?|contact(-us)?|impressum|imprint|kontakt|privacy(-policy)?|datenschutz|terms|legal|mentions-legales|aviso-legal|faq|help|hilfe|ueber-uns|qui-sommes-nous|quienes-somos|sobre(-nos)?|login|register|subscribe|newsletter|shop|cart|jobs|careers|karriere)(\.\w+)?$/i;

/** A segment that names one story: a slug of several words or a long numeric id. */
function isStorySegment(segment: string): boolean {
  return segment.split(/[-_]/).filter(Boolean).length >= 4 || /\d{5,}/.test(segment);
}

/** Listing (tag, category, search…) or information (about, contact, privacy…) pages, by address. */
export function isListingOrInfoUrl(url: string): boolean {
  const segments = webPath(url);
  const last = segments?.[segments.length - 1];
  if (!segments || !last || isStorySegment(last)) return false;
  return INFO_SEGMENT.test(last) || segments.some((segment) => LISTING_SEGMENT.test(segment));
}

/** The verdict after extraction: page signals weighed with what Readability found. */
export function articleVerdict(facts: PageFacts, extraction: Extraction | null, url: string): ArticleVerdict {
  if (!extraction) return { isArticle: false, confidence: 0.8, reasons: ['no main text found'] };
  const reasons: string[] = [];
  let score = 0;
  const weigh = (points: number, reason?: string): void => {
    score += points;
    if (reason) reasons.push(reason);
  };

  const articleType = facts.schemaTypes.find((t) => ARTICLE_TYPES.has(t));
  if (articleType) weigh(2, `schema.org ${articleType}`);
  if (facts.ogType === 'article') weigh(1.5, 'og:type article');
  else if (facts.ogType && NON_ARTICLE_OG.test(facts.ogType)) weigh(-2, `og:type ${facts.ogType}`);
  else if (facts.ogType) weigh(-0.5);
  const otherType = facts.schemaTypes.find((t) => NON_ARTICLE_TYPES.has(t));
  if (otherType && !articleType) weigh(-2, `schema.org ${otherType}`);
  weigh(facts.readerable ? 1 : -1, facts.readerable ? 'readable main text' : undefined);
  if (isFrontPageUrl(url)) weigh(-3, 'home or section page address');
  else if (isListingOrInfoUrl(url)) weigh(-2, 'listing or information page address');

  const shape = textShape(extraction);
  if (shape.proseWords < 100) weigh(-4, 'very little running text');
  else if (shape.proseWords < 200) weigh(shape.proseWords < 150 ? -1.5 : -0.5, 'little running text');
  else weigh(shape.proseWords >= 400 ? 1.5 : 1);
  // A short text is an article on its own page, a blurb on a portal full of links.
  if (shape.proseWords < 200 && facts.linkDensity > 0.5) weigh(-1.5, 'short text among many links');
  if (shape.sentenceWords < 80 && shape.proseWords >= 150) weigh(-3, 'no paragraphs of running prose');
  else if (shape.sentenceWords >= 0.7 * shape.proseWords) weigh(0.5);
  const teaserShaped = shape.shortBlocks > 2 * shape.paragraphs || shape.sentenceWords < shape.proseWords * 0.5;
  if (shape.shortBlocks > shape.paragraphs && teaserShaped) {
    weigh(-2, 'mostly headlines, captions and list items');
  }
  if (extraction.linkDensity > 0.5) weigh(-2, 'main text is mostly links');

  const isArticle = score >= 0.5;
  if (isArticle && !reasons.length) reasons.push('one main text');
  const confidence = Math.min(0.99, 0.6 + Math.abs(score - 0.5) * 0.08);
  return { isArticle, confidence, reasons };
}
