import { useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageReading } from '../../engine/types.ts';
import { articleMetaOf } from '../../shared/article-meta.ts';
import { t } from '../../shared/i18n.ts';
import { DEFAULT_SETTINGS, saveSettings } from '../../shared/settings.ts';
import { StorageNotices } from '../../shared/StorageNotices.tsx';
import type { ArticleMeta } from '../../storage/articles.ts';
import { useAnalysisOnPage } from '../state/analysis-passages.ts';
import { useArticleMemory } from '../state/memory.ts';
import { usePageAccess } from '../state/page-access.ts';
import { useBoundTab } from '../state/bound-tab.ts';
import { useReveal } from '../state/reveal.ts';
import { useSafeAnalysis } from '../state/safe-analysis.ts';
import { useSettings } from '../state/settings.ts';
import { useSiteStatus } from '../state/site-status.ts';
import { useTabReading } from '../state/tab-reading.ts';
import { useUserHighlights } from '../state/user-highlights.ts';
import { AccessNeeded } from './AccessNeeded.tsx';
import { AnalysisBoundary, AnalysisFailed } from './AnalysisBoundary.tsx';
import { analysisContents, AnalysisSections, isPolicyArticle } from './AnalysisSections.tsx';
import type { AnalysisContents } from './AnalysisSections.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { HighlightList } from './HighlightList.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { OpenInSidePanel } from './OpenInSidePanel.tsx';
import { RelatedArticles } from './RelatedArticles.tsx';
import { SectionNav } from './SectionNav.tsx';
import type { NavSection } from './SectionNav.tsx';

export function App() {
  const { tabId, poppedOut } = useBoundTab();
  const state = useTabReading(tabId);
  const reading = state.status === 'ready' ? state.reading : null;
  const outcome = useSafeAnalysis(reading);
  // The reading whose analysis could not be shown: from then on the panel leaves that analysis out.
  const [unshowable, setUnshowable] = useState<PageReading | null>(null);
  const analysis = unshowable !== null && unshowable === reading ? null : outcome.analysis;
  const analysisFailed = outcome.failed || (reading !== null && unshowable === reading);
  const article = useMemo<ArticleMeta | null>(() => (reading ? articleMetaOf(reading) : null), [reading]);
  const { reveal, message } = useReveal(tabId);
  const settings = useSettings();
  const showOnPage = settings?.showAnalysisOnPage ?? DEFAULT_SETTINGS.showAnalysisOnPage;
  useAnalysisOnPage(tabId, analysis && isPolicyArticle(analysis) ? analysis : null, showOnPage);
  const memory = useArticleMemory(reading, analysis, settings ? settings.memory : null);
  const userHighlights = useUserHighlights(tabId, reading?.canonicalUrl ?? null);
  const sections = settings?.sections ?? DEFAULT_SETTINGS.sections;
  const noReading = state.status === 'ready' && !reading;
  const site = useSiteStatus(tabId, noReading);
  const siteOff = noReading && site === 'off';
  const access = usePageAccess();
  const [writeRequest, setWriteRequest] = useState(0);
  const canWrite = sections.notes && !siteOff && article !== null;

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
      {reading ? (
        <AnalysisBoundary key={reading.canonicalUrl} onFailure={() => setUnshowable(reading)} fallback={<ArticleHeader page={reading} analysis={null} />}>
          <ArticleHeader page={reading} analysis={analysis} />
        </AnalysisBoundary>
      ) : null}
      {reading ? (
        <SectionNav sections={navSections(analysisContents(analysis, sections), sections.highlights)} onWriteNote={canWrite ? () => setWriteRequest((n) => n + 1) : null} />
      ) : null}
      {analysisFailed ? <AnalysisFailed /> : null}
      {analysis ? (
        <AnalysisBoundary key={reading?.canonicalUrl} onFailure={() => setUnshowable(reading)}>
          {isPolicyArticle(analysis) ? (
            <label class="toggle">
              <input type="checkbox" checked={showOnPage} onChange={(e) => void saveSettings({ showAnalysisOnPage: e.currentTarget.checked })} />
              {t('highlightOnPage')}
            </label>
          ) : null}
          <AnalysisSections analysis={analysis} sections={sections} onReveal={reveal} recall={memory.recall} />
          {memory.related.length > 0 ? <RelatedArticles related={memory.related} /> : null}
        </AnalysisBoundary>
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
          <NotesEditor article={article} analysis={analysis} writeRequest={writeRequest} />
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

/** The section bar's entries, in the panel's order. */
function navSections(contents: AnalysisContents, highlights: boolean): NavSection[] {
  const entries: (NavSection | null)[] = [
    contents.stakeholders !== null ? { target: 'stakeholders-heading', label: t('navStakeholders'), count: contents.stakeholders } : null,
    contents.quotes !== null ? { target: 'quotes-heading', label: t('navQuotes'), count: contents.quotes } : null,
    highlights ? { target: 'highlights-heading', label: t('navHighlights'), count: null } : null,
  ];
  return entries.filter((e) => e !== null);
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
