/**
 * "Your other articles on this question": the reader's remembered articles on
 * the same issue (or with shared actors and topic), each with a compact view
 * of whose voices it gave on each side.
 */
import type { Stance } from '../../engine/types.ts';
import { stanceName, t, tCount } from '../../shared/i18n.ts';
import type { RelatedArticle } from '../../storage/memory/related.ts';
import { shortDate } from './Recall.tsx';
import { STANCE_ICON } from './StanceLabel.tsx';

const SIDES: Stance[] = ['supports', 'opposes', 'mixed', 'neutral'];

export function RelatedArticles({ related }: { related: RelatedArticle[] }) {
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedHeading')}</h2>
      <ul class="related">
        {related.map((r) => (
          <li key={r.key} class="related-article" data-related={r.why}>
            <a href={r.url} target="_blank" rel="noreferrer" class="related-title">
              {r.title}
            </a>
            <span class="related-meta">{[r.outlet, shortDate(r.date)].filter((x) => x).join(' · ')}</span>
            <p class="coverage">{coverageLine(r.coverage)}</p>
            <p class="coverage-voices">{voicesLine(r.coverage)}</p>
            {r.why === 'shared-actors' ? <p class="related-why">{t('relatedSharedActors', r.sharedActors.join(', '))}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "2 supporters · 4 opponents · 1 neutral". */
export function coverageLine(coverage: Record<Stance, string[]>): string {
  const parts = [
    coverage.supports.length ? tCount(coverage.supports.length, 'coverageSupportersOne', 'coverageSupportersOther') : null,
    coverage.opposes.length ? tCount(coverage.opposes.length, 'coverageOpponentsOne', 'coverageOpponentsOther') : null,
    coverage.mixed.length ? t('coverageMixed', coverage.mixed.length) : null,
    coverage.neutral.length ? t('coverageNeutral', coverage.neutral.length) : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(' · ') : t('coverageNone');
}

/** "▲ A, B · ▼ C": whose voices, side by side, with the side said in words for screen readers. */
function voicesLine(coverage: Record<Stance, string[]>) {
  return SIDES.filter((side) => coverage[side].length > 0).map((side, i) => (
    <span key={side} class="coverage-side" data-stance={side}>
      {i > 0 ? ' · ' : ''}
      <span aria-hidden="true">{STANCE_ICON[side]}</span>
      <span class="visually-hidden">{stanceName(side)}:</span> {coverage[side].join(', ')}
    </span>
  ));
}
