import browser from 'webextension-polyfill';
import { hostOf } from '../shared/article-identity.ts';
import type { ArticleRecord } from '../storage/db.ts';
import { database } from '../storage/db.ts';
import { articleMarkdownFor } from '../storage/export-markdown.ts';
import { forgetArticle } from '../storage/memory/remember.ts';
import { markdownLabels } from '../shared/markdown-labels.ts';
import type { SearchHit } from '../storage/search.ts';
import { t, tCount } from '../shared/i18n.ts';
import type { MessageKey } from '../shared/i18n.ts';
import { downloadText, fileNameFor } from '../sidepanel/state/download.ts';
import { ArticleItems } from './ArticleItems.tsx';
import type { DeleteItem } from './ArticleItems.tsx';
import { topicLabel } from './Filters.tsx';
import { snippetAround } from './snippet.ts';

const HIT_KIND: Record<SearchHit['kind'], MessageKey> = {
  note: 'libraryHitNote',
  highlight: 'libraryHitHighlight',
  article: 'libraryHitTitle',
  issue: 'libraryHitIssue',
  stakeholder: 'libraryHitStakeholder',
  quote: 'libraryHitQuote',
};

export function ArticleRow({ article, hits, query, onDelete }: { article: ArticleRecord; hits: SearchHit[]; query: string; onDelete: DeleteItem }) {
  const title = article.title || t('untitledPage');
  const exportMarkdown = async () => {
    const markdown = await articleMarkdownFor(database(), article.key, markdownLabels());
    if (markdown) downloadText(fileNameFor(title, 'md'), markdown, 'text/markdown');
  };
  return (
    <li class="library-article" data-article-key={article.key}>
      <button type="button" class="library-title" onClick={() => void openArticle(article.url)}>
        {title}
      </button>
      <p class="library-meta">
        {[
          article.siteName ?? hostOf(article.url),
          article.topic && topicLabel(article.topic),
          article.noteCount && tCount(article.noteCount, 'libraryNoteCountOne', 'libraryNoteCountOther'),
          article.highlightCount && tCount(article.highlightCount, 'libraryHighlightCountOne', 'libraryHighlightCountOther'),
          day(article.updatedAt),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {hits.filter((h) => h.kind !== 'article').length > 0 ? (
        <ul class="library-hits">
          {hits
            .filter((h) => h.kind !== 'article')
            .map((h) => (
              <li key={h.id} class={`library-hit hit-${h.kind}`}>
                <span class="hit-kind">{t(HIT_KIND[h.kind])}</span> {snippetAround(h.text, query)}
              </li>
            ))}
        </ul>
      ) : null}
      <ArticleItems articleKey={article.key} onDelete={onDelete} />
      {/* An article only memory keeps has no notes to export; it can be forgotten. */}
      {article.noteCount + article.highlightCount > 0 ? (
        <button type="button" class="link-button" onClick={() => void exportMarkdown()} aria-label={t('exportMarkdownLabel', title)}>
          {t('exportMarkdown')}
        </button>
      ) : (
        <button type="button" class="link-button" onClick={() => void forgetArticle(database(), article.key)} aria-label={t('libraryForgetLabel', title)}>
          {t('libraryForget')}
        </button>
      )}
    </li>
  );
}

/** Only web pages are opened: a stored URL is data, and could say `javascript:`. */
export function openArticle(url: string) {
  if (!/^https?:\/\//i.test(url)) return Promise.resolve();
  return browser.tabs.create({ url });
}

export function day(time: number): string {
  return new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
