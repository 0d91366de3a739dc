import type { Analysis } from '../../engine/types.ts';

export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  const { policy, article } = analysis;
  return (
    <header class="article-header">
      <p class="site">{analysis.siteName ?? hostOf(analysis.url)}</p>
      <h1 class="title">{analysis.title || 'Untitled page'}</h1>
      {article.isArticle && policy.isPolicy ? (
        <p class="topic">
          <span class="topic-chip">{policy.topic ?? 'Policy'}</span>
          <span class="confidence">{Math.round(policy.confidence * 100)}% sure</span>
        </p>
      ) : null}
      {article.isArticle && policy.signals.length > 0 ? (
        <details class="why">
          <summary>Why this topic?</summary>
          <p>{policy.signals.slice(0, 12).join(', ')}</p>
        </details>
      ) : null}
      {analysis.truncated ? <p class="notice">This page is very long: only its beginning was analysed.</p> : null}
    </header>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
