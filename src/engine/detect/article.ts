import type { ArticleVerdict } from '../types.ts';
import type { Extraction } from '../extract/extract-article.ts';
import type { PageFacts } from './page-signals.ts';

/** schema.org types that say "this page is one article". */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report',
  'ScholarlyArticle', 'TechArticle', 'HowTo', 'Review', 'CreativeWork', 'Recipe',
]);

/** schema.org types of pages that collect or describe rather than tell. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage', 'ItemList', 'SearchResultsPage', 'Product', 'ProfilePage', 'ContactPage', 'Organization',
  'LocalBusiness', 'Event', 'SportsEvent', 'Place', 'Dataset', 'Table', 'QAPage', 'FAQPage',
]);

export function hasArticleSchema(facts: PageFacts): boolean {
  return facts.schemaTypes.some((t) => ARTICLE_TYPES.has(t)) || facts.ogType === 'article';
}

/**
 * The cheap verdict, before Readability: a page that declares nothing
 * article-like and is near-empty or mostly links is not an article. Returns
 * null when the page deserves a full look.
 */
export function quickArticleVerdict(facts: PageFacts, url: string): ArticleVerdict | null {
  if (hasArticleSchema(facts)) return null;
  if (isSiteRoot(url)) return { isArticle: false, confidence: 0.85, reasons: ['home page address'] };
  if (facts.paragraphChars < 250 && facts.substantialParagraphs < 2) {
    return { isArticle: false, confidence: 0.85, reasons: ['almost no paragraph text'] };
  }
  if (facts.linkDensity > 0.65 && facts.substantialParagraphs < 4) {
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
const LONG_PARAGRAPH_WORDS = 25;

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
  else if (facts.ogType) weigh(-0.5);
  const otherType = facts.schemaTypes.find((t) => NON_ARTICLE_TYPES.has(t));
  if (otherType && !articleType) weigh(-2, `schema.org ${otherType}`);
  weigh(facts.readerable ? 1 : -1, facts.readerable ? 'readable main text' : undefined);
  if (/wiki/i.test(facts.generator ?? '')) weigh(-3, 'encyclopedia (wiki) page');
  if (isFrontPageUrl(url)) weigh(-3, 'home or section page address');

  const shape = textShape(extraction);
  if (shape.proseWords < 120) weigh(-4, 'very little running text');
  else if (shape.proseWords < 200) weigh(-1, 'little running text');
  else if (shape.proseWords >= 400) weigh(1.5);
  else weigh(1);
  if (shape.sentenceWords < 80) weigh(-3, 'no paragraphs of running prose');
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
