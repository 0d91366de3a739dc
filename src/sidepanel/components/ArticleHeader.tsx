import type { Analysis, PageFacts } from '../../engine/types.ts';
import { hostOf } from '../../shared/article-identity.ts';
import { t, topicName } from '../../shared/i18n.ts';

/** How many of the words behind the topic are listed. */
const SIGNALS_SHOWN = 12;

/**
 * The page, then (for a policy article) the question it is about and its
 * topic. `analysis` is null when the analysis failed: the page's own title
 * still shows.
 */
export function ArticleHeader({ page, analysis }: { page: PageFacts; analysis: Analysis | null }) {
  const policy = analysis && analysis.article.isArticle && analysis.policy.isPolicy ? analysis.policy : null;
  const issue = policy ? analysis?.issue?.trim() : null;
  return (
    <header class="article-header">
      <p class="site">{page.siteName ?? hostOf(page.url)}</p>
      <h1 class="title">{page.title || t('untitledPage')}</h1>
      {issue ? (
        <p class="issue">
          <span class="issue-label">{t('theQuestion')}</span> {issue}
        </p>
      ) : null}
      {policy ? (
        <p class="topic">
          <span class="topic-chip">{policy.topic ? topicName(policy.topic) : t('topicUnknown')}</span>
          <span class="confidence">{t('topicConfidence', Math.round(policy.confidence * 100))}</span>
        </p>
      ) : null}
      {policy && policy.signals.length > 0 ? (
        <details class="why">
          <summary>{t('whyThisTopic')}</summary>
          <p>{t('topicSignals', policy.topic ? topicName(policy.topic) : t('topicUnknown'))}</p>
          <SignalWords signals={policy.signals} />
        </details>
      ) : null}
      {analysis?.truncated ? <p class="notice">{t('pageTruncated')}</p> : null}
    </header>
  );
}

/** The words of the article behind a verdict, each once, as the reader would scan them. */
export function SignalWords({ signals }: { signals: readonly string[] }) {
  const words = [...new Set(signals.map((s) => s.trim()).filter((s) => s !== ''))].slice(0, SIGNALS_SHOWN);
  return (
    <ul class="signal-words">
      {words.map((word) => (
        <li key={word}>{word}</li>
      ))}
    </ul>
  );
}
