import { articleKey } from '../../shared/article-identity.ts';
import type { HeadInfo } from '../detect/head-info.ts';
import { primaryLanguage } from '../detect/language.ts';
import { collapseSpace } from './blocks.ts';

/** What the page says about itself in its head, before any extraction. */
export interface PageMeta {
  canonicalUrl: string;
  /** og:title: the headline as the publisher shares it, without the site's name. */
  ogTitle: string | null;
  /** <title> without the site's name appended to it. */
  documentTitle: string;
  siteName: string | null;
  /** Declared primary language, if any. */
  lang: string | null;
  publishedTime: string | null;
}

/** "Headline | Site", "Headline - Site", "Headline — Site"… */
const TITLE_SEPARATOR = /\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/;

/** A <title> without the site's name: the trailing part goes when it names the site or is a short label. */
export function withoutSiteName(title: string, siteName: string | null): string {
  const [headline = '', ...rest] = title.split(TITLE_SEPARATOR);
  if (!rest.length || headline.split(' ').length < 3) return title;
  const tail = rest.join(' ').toLowerCase();
  const namesSite = !!siteName && (tail.includes(siteName.toLowerCase()) || siteName.toLowerCase().includes(tail));
  return namesSite || tail.split(' ').length <= 3 ? headline : title;
}

export function readPageMeta(doc: Document, url: string, head: HeadInfo): PageMeta {
  const declaredCanonical = head.canonical ?? head.meta.get('og:url') ?? null;
  const siteName = head.meta.get('og:site_name') ?? null;
  return {
    canonicalUrl: articleKey(url, declaredCanonical, { amp: isAmpDocument(doc) }),
    ogTitle: collapseSpace(head.meta.get('og:title') ?? '') || null,
    documentTitle: withoutSiteName(collapseSpace(doc.title ?? ''), siteName),
    siteName,
    lang: primaryLanguage(doc.documentElement?.getAttribute('lang')) ?? primaryLanguage(head.meta.get('og:locale')),
    publishedTime: head.meta.get('article:published_time') ?? head.meta.get('datepublished') ?? null,
  };
}

/** An AMP page says so on its root element, which is what lets its canonical link drop the AMP marker. */
function isAmpDocument(doc: Document): boolean {
  const root = doc.documentElement;
  return Boolean(root && (root.hasAttribute('amp') || root.hasAttribute('⚡')));
}
