import { useMemo, useState } from 'preact/hooks';
import { analyzeReading } from '../../engine/analyze.ts';
import type { Analysis } from '../../engine/types.ts';
import { articleMetaOf } from '../../shared/article-meta.ts';
import type { ArticleMeta } from '../../storage/articles.ts';
import { useAnalysisOnPage } from '../state/analysis-passages.ts';
import { useBoundTab } from '../state/bound-tab.ts';
import { useReveal } from '../state/reveal.ts';
import { useTabReading } from '../state/tab-reading.ts';
import { useUserHighlights } from '../state/user-highlights.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { HighlightList } from './HighlightList.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { OpenInSidePanel } from './OpenInSidePanel.tsx';
import { QuoteList } from './QuoteList.tsx';
import { StakeholderList } from './StakeholderList.tsx';

export function App() {
  const { tabId, poppedOut } = useBoundTab();
  const state = useTabReading(tabId);
  const reading = state.status === 'ready' ? state.reading : null;
  const analysis = useMemo(() => (reading ? analyzeReading(reading) : null), [reading]);
  const article = useMemo<ArticleMeta | null>(() => (reading ? articleMetaOf(reading) : null), [reading]);
  const { reveal, message } = useReveal(tabId);
  const [showOnPage, setShowOnPage] = useState(true);
  useAnalysisOnPage(tabId, analysis && isPolicyArticle(analysis) ? analysis : null, showOnPage);
  const userHighlights = useUserHighlights(tabId, reading?.canonicalUrl ?? null);

  return (
    <main class="panel" aria-busy={state.status === 'loading'}>
      {poppedOut && tabId !== null ? <OpenInSidePanel tabId={tabId} /> : null}
      {state.status === 'loading' ? <p class="loading">Reading the page…</p> : null}
      {state.status === 'error' ? <p class="error" role="alert">Policy Lens could not reach this tab: {state.message}</p> : null}
      {state.status === 'ready' && !analysis ? (
        <p class="empty">Policy Lens has nothing to read on this page (browser pages, files and pages still loading are skipped).</p>
      ) : null}
      {analysis ? <ArticleHeader analysis={analysis} /> : null}
      {analysis && !isPolicyArticle(analysis) ? <NotPolicy analysis={analysis} /> : null}
      {analysis && isPolicyArticle(analysis) ? (
        <>
          <label class="toggle">
            <input type="checkbox" checked={showOnPage} onChange={(e) => setShowOnPage(e.currentTarget.checked)} />
            Highlight quotes and evidence on the page
          </label>
          <section aria-labelledby="stakeholders-heading">
            <h2 id="stakeholders-heading">Stakeholders</h2>
            <StakeholderList stakeholders={analysis.stakeholders} onReveal={reveal} />
          </section>
          <section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Pull quotes</h2>
            <QuoteList quotes={analysis.quotes} onReveal={reveal} />
          </section>
        </>
      ) : null}
      {message ? <p class="notice" role="status">{message}</p> : null}
      {reading ? (
        <section aria-labelledby="highlights-heading">
          <h2 id="highlights-heading">Your highlights</h2>
          <HighlightList {...userHighlights} onReveal={reveal} />
        </section>
      ) : null}
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <NotesEditor article={article} analysis={analysis} />
      </section>
    </main>
  );
}

function isPolicyArticle(analysis: Analysis): boolean {
  return analysis.article.isArticle && analysis.policy.isPolicy;
}

function NotPolicy({ analysis }: { analysis: Analysis }) {
  const text = analysis.article.isArticle
    ? 'This article does not look like it is about public policy, so no stakeholders are shown.'
    : 'This page does not look like a news article, so there is nothing to analyse.';
  return (
    <div class="not-policy">
      <p>{text}</p>
      {analysis.article.reasons.length ? <p class="reasons">{analysis.article.reasons.join(' · ')}</p> : null}
    </div>
  );
}
