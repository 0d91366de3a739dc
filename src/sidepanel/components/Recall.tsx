/**
 * Under a stakeholder: what the reader's earlier articles said about the same
 * actor, and, when today's position on the same question differs from an
 * earlier one, that it changed.
 */
import type { Stance } from '../../engine/types.ts';
import { mergeReasonTexts } from '../../shared/actors/merge-reasons.ts';
import { stanceName, t, tCount } from '../../shared/i18n.ts';
import { changedPosition, RECALL_SHOWN } from '../../storage/memory/recall.ts';
import type { EarlierPosition, StakeholderRecall } from '../../storage/memory/recall.ts';
import { STANCE_ICON } from './StanceLabel.tsx';

export function Recall({ recall, today }: { recall: StakeholderRecall; today: Stance }) {
  const shown = recall.earlier.slice(0, RECALL_SHOWN);
  const more = recall.earlierCount - shown.length;
  const changed = changedPosition(today, recall.earlier);
  const reasons = mergeReasonTexts(recall.reasons, t);
  const why = reasons.length > 0 ? t('recallWhy', recall.actorName, reasons.join('; ')) : undefined;
  return (
    <div class="recall" data-actor={recall.actorId}>
      {changed ? (
        <p class="recall-changed" role="note">
          {t('recallChanged', stanceName(changed.stance), shortDate(changed.date))}
        </p>
      ) : null}
      <p class="recall-earlier" title={why}>
        {tCount(recall.earlierCount, 'recallEarlierOne', 'recallEarlierOther')}{' '}
        {shown.map((p, i) => (
          <span key={p.articleKey} class="recall-position" data-stance={p.stance}>
            {i > 0 ? '; ' : ''}
            <span aria-hidden="true">{STANCE_ICON[p.stance]}</span> {t('recallPosition', positionText(p), [p.outlet, shortDate(p.date)].filter((x) => x).join(', '))}
          </span>
        ))}
        {more > 0 ? ` ${t('recallMore', more)}` : null}
      </p>
    </div>
  );
}

function positionText(p: EarlierPosition): string {
  const object = p.stance === 'unclear' ? null : (p.on ?? p.issue);
  return object ? `${stanceName(p.stance)} · ${object}` : stanceName(p.stance);
}

/** "12 June", with the year when it is not this year's. */
export function shortDate(time: number): string {
  const date = new Date(time);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(t('uiLanguage'), { day: 'numeric', month: 'long', ...(thisYear ? {} : { year: 'numeric' }) }).format(date);
}
