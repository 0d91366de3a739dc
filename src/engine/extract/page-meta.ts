import { articleKey } from '../../shared/article-identity.ts';
import type { HeadInfo } from '../detect/head-info.ts';
import { primaryLanguage } from '../detect/language.ts';
import { collapseSpace } from './blocks.ts';

/** What the page says about itself in its head, before any extraction. */
export interface PageMeta {
  canonicalUrl: string;
  /** og:title, else <title>; Readability's title is the fallback after extraction. */
  title: string;
  siteName: string | null;
  /** Declared primary language, if any. */
  lang: string | null;
  publishedTime: string | null;
}

export function readPageMeta(doc: Document, url: string, head: HeadInfo): PageMeta {
  const declaredCanonical = head.canonical ?? head.meta.get('og:url') ?? null;
  return {
    canonicalUrl: articleKey(url, declaredCanonical),
    title: collapseSpace(head.meta.get('og:title') ?? doc.title ?? ''),
    siteName: head.meta.get('og:site_name') ?? null,
    lang: primaryLanguage(doc.documentElement?.getAttribute('lang')) ?? primaryLanguage(head.meta.get('og:locale')),
    publishedTime: head.meta.get('article:published_time') ?? head.meta.get('datepublished') ?? null,
  };
}
