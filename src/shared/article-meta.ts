/** What the notes database keeps about an article, from what the content script read. */
import type { PageReading } from '../engine/types.ts';
import type { ArticleMeta } from '../storage/articles.ts';

export function articleMetaOf(reading: PageReading): ArticleMeta {
  return {
    key: reading.canonicalUrl,
    url: reading.url,
    title: reading.title,
    siteName: reading.siteName,
    topic: reading.article.isArticle && reading.policy?.isPolicy ? reading.policy.topic : null,
  };
}
