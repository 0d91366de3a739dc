import { useMemo } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { analyzeReading } from '../../engine/analyze.ts';
import type { Analysis, Passage, Stakeholder } from '../../engine/types.ts';
import { articleMetaOf } from '../../shared/article-meta.ts';
import { t } from '../../shared/i18n.ts';
import { DEFAULT_SETTINGS, saveSettings } from '../../shared/settings.ts';
import { StorageNotices } from '../../shared/StorageNotices.tsx';
import type { ArticleMeta } from '../../storage/articles.ts';
import { useAnalysisOnPage } from '../state/analysis-passages.ts';
import { usePageAccess } from '../state/page-access.ts';
import { useBoundTab } from '../state/bound-tab.ts';
import { useReveal } from '../state/reveal.ts';
import { useSettings } from '../state/settings.ts';
import { useSiteStatus } from '../state/site-status.ts';
import { useTabReading } from '../state/tab-reading.ts';
import { useUserHighlights } from '../state/user-highlights.ts';
import { AccessNeeded } from './AccessNeeded.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { HighlightList } from './HighlightList.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { OpenInSidePanel } from './OpenInSidePanel.tsx';
import { PositionsAtAGlance } from './PositionsAtAGlance.tsx';
import { QuoteList } from './QuoteList.tsx';
import { StakeholderList, stakeholderElementId } from './StakeholderList.tsx';

export function App() {
  const { tabId, poppedOut } = useBoundTab();
  const state = useTabReading(tabId);
  const reading = state.status === 'ready' ? state.reading : null;
  const analysis = useMemo(() => (reading ? analyzeReading(reading) : null), [reading]);
  const article = useMemo<ArticleMeta | null>(() => (reading ? articleMetaOf(reading) : null), [reading]);
  const { reveal, message } = useReveal(tabId);
  const settings = useSettings();
  const showOnPage = settings?.showAnalysisOnPage ?? DEFAULT_SETTINGS.showAnalysisOnPage;
  useAnalysisOnPage(tabId, analysis && isPolicyArticle(analysis) ? analysis : null, showOnPage);
  const userHighlights = useUserHighlights(tabId, reading?.canonicalUrl ?? null);
  const sections = settings?.sections ?? DEFAULT_SETTINGS.sections;
  const noReading = state.status === 'ready' && !reading;
  const site = useSiteStatus(tabId, noReading);
  const siteOff = noReading && site === 'off';
  const access = usePageAccess();

  return (
    <main class="panel" aria-busy={state.status === 'loading'}>
      {poppedOut && tabId !== null ? <OpenInSidePanel tabId={tabId} /> : null}
      {access === 'missing' ? <AccessNeeded /> : null}
      <StorageNotices />
      {state.status === 'loading' || (noReading && (site === 'asking' || site === 'reading')) ? (
        <p class="loading" role="status">
          {t('readingPage')}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p class="error" role="alert">
          {t('tabUnreachable', state.message)}
        </p>
      ) : null}
      {noReading && site === 'unreachable' ? <p class="empty">{t('nothingToRead')}</p> : null}
      {siteOff ? <SiteOff /> : null}
      {analysis ? <ArticleHeader analysis={analysis} /> : null}
      {analysis && !isPolicyArticle(analysis) ? <NotPolicy analysis={analysis} /> : null}
      {analysis && isPolicyArticle(analysis) ? (
        <>
          <label class="toggle">
            <input type="checkbox" checked={showOnPage} onChange={(e) => void saveSettings({ showAnalysisOnPage: e.currentTarget.checked })} />
            {t('highlightOnPage')}
          </label>
          {sections.stakeholders ? (
            <section aria-labelledby="stakeholders-heading">
              <h2 id="stakeholders-heading">{t('sectionStakeholders')}</h2>
              <PositionsAtAGlance stakeholders={analysis.stakeholders} onSelect={(s) => showStakeholder(s, reveal)} />
              <StakeholderList stakeholders={analysis.stakeholders} onReveal={reveal} />
            </section>
          ) : null}
          {sections.quotes ? (
            <section aria-labelledby="quotes-heading">
              <h2 id="quotes-heading">{t('sectionQuotes')}</h2>
              <QuoteList quotes={analysis.quotes} onReveal={reveal} />
            </section>
          ) : null}
        </>
      ) : null}
      {message ? <p class="notice" role="status">{message}</p> : null}
      {reading && sections.highlights ? (
        <section aria-labelledby="highlights-heading">
          <h2 id="highlights-heading">{t('sectionHighlights')}</h2>
          <HighlightList {...userHighlights} onReveal={reveal} />
        </section>
      ) : null}
      {sections.notes && !siteOff ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('sectionNotes')}</h2>
          <NotesEditor article={article} analysis={analysis} />
        </section>
      ) : null}
      <div class="panel-footer">
        <button type="button" class="link-button" onClick={openOptions}>
          {t('panelOptions')}
        </button>
      </div>
    </main>
  );
}

function isPolicyArticle(analysis: Analysis): boolean {
  return analysis.article.isArticle && analysis.policy.isPolicy;
}

function NotPolicy({ analysis }: { analysis: Analysis }) {
  const text = analysis.article.isArticle ? t('notPolicyArticle') : t('notAnArticle');
  return (
    <div class="not-policy">
      <p>{text}</p>
      {analysis.article.reasons.length ? <p class="reasons">{analysis.article.reasons.join(' · ')}</p> : null}
    </div>
  );
}

const openOptions = () => void browser.runtime.openOptionsPage();

/** The reader turned Policy Lens off for this site: say so, and where to turn it back on. */
function SiteOff() {
  return (
    <div class="site-off" role="status">
      <p>{t('siteOff')}</p>
      <button type="button" class="action" onClick={openOptions}>
        {t('openOptions')}
      </button>
    </div>
  );
}

/** From "Positions at a glance": bring the stakeholder's entry into view (and focus), and its first evidence on the page. */
function showStakeholder(stakeholder: Stakeholder, reveal: (p: Passage) => void): void {
  const entry = document.getElementById(stakeholderElementId(stakeholder));
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  entry?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  entry?.focus({ preventScroll: true });
  const evidence = stakeholder.evidence[0];
  if (evidence) reveal(evidence);
}
