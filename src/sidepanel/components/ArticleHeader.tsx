import type { Analysis } from '../../engine/types.ts';
import { hostOf } from '../../shared/article-identity.ts';
import { t, topicName } from '../../shared/i18n.ts';

export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  const { policy, article } = analysis;
  return (
    <header class="article-header">
      <p class="site">{analysis.siteName ?? hostOf(analysis.url)}</p>
      <h1 class="title">{analysis.title || t('untitledPage')}</h1>
      {article.isArticle && policy.isPolicy ? (
        <p class="topic">
          <span class="topic-chip">{policy.topic ? topicName(policy.topic) : t('topicUnknown')}</span>
          <span class="confidence">{t('topicConfidence', Math.round(policy.confidence * 100))}</span>
        </p>
      ) : null}
      {article.isArticle && policy.signals.length > 0 ? (
        <details class="why">
          <summary>{t('whyThisTopic')}</summary>
          <p>{policy.signals.slice(0, 12).join(', ')}</p>
        </details>
      ) : null}
      {analysis.truncated ? <p class="notice">{t('pageTruncated')}</p> : null}
    </header>
  );
}
