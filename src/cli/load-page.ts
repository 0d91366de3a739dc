import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type AnalyzeRequest, type PreparedAnalysis, prepareAnalysis } from '../engine/analyze.ts';
import { readPage } from '../engine/extract/read-page.ts';
import { guessLanguage } from '../engine/detect/language.ts';
import { articleFromText } from '../engine/text/article-from-text.ts';
import { decodeHtml } from './decode-html.ts';

/** A parsed page and the URL the engine should see for it. */
export interface LoadedPage {
  doc: Document;
  url: string;
  /** Frees jsdom's resources; call when done with `doc`. */
  close(): void;
}

/**
 * Parse an HTML file the way a browser would see it, without running its
 * scripts (jsdom's default), its console noise going to a VirtualConsole
 * nobody listens to. The bytes are decoded by `decodeHtml` (declared charset
 * wherever it stands in the head, else UTF-8 when valid). The URL the engine
 * sees is the page's own absolute canonical or og:url when it has one (its
 * identity on the web), else the file's file:// URL.
 */
export async function loadHtmlFile(path: string): Promise<LoadedPage> {
  const bytes = await readFile(path);
  return parseHtml(decodeHtml(bytes), pathToFileURL(resolve(path)).href);
}

function parseHtml(html: string, fallbackUrl: string): LoadedPage {
  // jsdom's CSS parser throws while parsing some real stylesheets (SCSS left in a
  // <style>); the engine reads text, not styles, so the CLI drops them unparsed.
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  const dom = new JSDOM(withoutStyles, { url: fallbackUrl, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  return { doc, url: declaredUrl(doc) ?? fallbackUrl, close: () => dom.window.close() };
}

/** The page's absolute http(s) canonical link or og:url, if it declares one. */
function declaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    try {
      const url = new URL(candidate?.trim() ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // relative or malformed: try the next one
    }
  }
  return null;
}

/** Plain text is taken as an article: its first short line is the title. */
function prepareText(text: string, url: string, request: AnalyzeRequest): PreparedAnalysis {
  const firstLine = text.trim().split('\n', 1)[0]?.trim() ?? '';
  const title = firstLine.length <= 150 ? firstLine : '';
  const article = articleFromText(text, { title, lang: guessLanguage(text) });
  return prepareAnalysis({
    url,
    canonicalUrl: url,
    title,
    siteName: null,
    lang: article.lang,
    article: { isArticle: true, confidence: 1, reasons: ['plain text file'] },
    policy: null,
    text: article,
  }, {}, request);
}

/** One .html or .txt file analysed up to its fitted decisions (the page itself is freed). */
export async function prepareFile(path: string, request: AnalyzeRequest = {}): Promise<PreparedAnalysis> {
  if (/\.txt$/i.test(path)) {
    return prepareText(await readFile(path, 'utf8'), pathToFileURL(resolve(path)).href, request);
  }
  const page = await loadHtmlFile(path);
  try {
    return prepareAnalysis(readPage(page.doc, page.url), {}, request);
  } finally {
    page.close();
  }
}
