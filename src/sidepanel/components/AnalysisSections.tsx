import type { Analysis, Passage } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { PanelSection } from '../../shared/settings.ts';
import { distinctPassages } from '../state/distinct-passages.ts';
import { SignalWords } from './ArticleHeader.tsx';
import { QuoteList } from './QuoteList.tsx';
import type { StakeholderRecall } from '../../storage/memory/recall.ts';
import { AlsoMentioned, splitByPosition, StakeholderList } from './StakeholderList.tsx';

export const isPolicyArticle = (analysis: Analysis) => analysis.article.isArticle && analysis.policy.isPolicy;

/** Which analysis sections the panel shows for this page, with how much each holds (for the section bar). */
export interface AnalysisContents {
  stakeholders: number | null;
  quotes: number | null;
}

export function analysisContents(analysis: Analysis | null, sections: Record<PanelSection, boolean>): AnalysisContents {
  if (!analysis || !isPolicyArticle(analysis)) return { stakeholders: null, quotes: null };
  const { positioned } = splitByPosition(analysis.stakeholders);
  const quotes = distinctPassages(analysis.quotes).length;
  if (positioned.length === 0 && quotes === 0) return { stakeholders: null, quotes: null };
  return { stakeholders: sections.stakeholders ? positioned.length : null, quotes: sections.quotes ? quotes : null };
}

/**
 * The analysis below the header: positions and pull quotes for a policy
 * article; one line when it found none; for other pages, why they are not
 * treated as policy.
 */
export function AnalysisSections({
  analysis,
  sections,
  onReveal,
  recall,
}: {
  analysis: Analysis;
  sections: Record<PanelSection, boolean>;
  onReveal: (p: Passage) => void;
  recall?: ReadonlyMap<string, StakeholderRecall>;
}) {
  if (!isPolicyArticle(analysis)) return <NotPolicy analysis={analysis} />;
  const shown = analysisContents(analysis, sections);
  const { mentioned } = splitByPosition(analysis.stakeholders);
  if (shown.stakeholders === null && shown.quotes === null && (sections.stakeholders || sections.quotes)) {
    return (
      <div class="analysis-empty">
        <p class="empty">{t('analysisEmpty')}</p>
        {sections.stakeholders && mentioned.length > 0 ? <AlsoMentioned stakeholders={mentioned} onReveal={onReveal} /> : null}
      </div>
    );
  }
  return (
    <>
      {shown.stakeholders !== null ? (
        <section aria-labelledby="stakeholders-heading">
          <h2 id="stakeholders-heading">{t('sectionStakeholders')}</h2>
          <StakeholderList stakeholders={analysis.stakeholders} onReveal={onReveal} recall={recall} />
        </section>
      ) : null}
      {shown.quotes !== null ? (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{t('sectionQuotes')}</h2>
          <QuoteList quotes={analysis.quotes} onReveal={onReveal} />
        </section>
      ) : null}
    </>
  );
}

/** Not a policy article: say so, and why, in the words that decided it (not why the page is an article). */
function NotPolicy({ analysis }: { analysis: Analysis }) {
  const isArticle = analysis.article.isArticle;
  const reasons = isArticle ? analysis.policy.signals : analysis.article.reasons;
  return (
    <div class="not-policy">
      <p>{isArticle ? t('notPolicyArticle') : t('notAnArticle')}</p>
      {reasons.length > 0 ? (
        <details class="why">
          <summary>{isArticle ? t('whyNotPolicy') : t('whyNotArticle')}</summary>
          <SignalWords signals={reasons} />
        </details>
      ) : null}
    </div>
  );
}
