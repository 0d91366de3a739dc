import type { Stance, Stakeholder } from '../../engine/types.ts';
import { stanceMessageKey, stanceName, t } from '../../shared/i18n.ts';
import type { MessageKey } from '../../shared/i18n.ts';

/** Stance shown by word and symbol, never by colour alone. */
export const STANCE_ICON: Record<Stance, string> = {
  supports: '▲',
  opposes: '▼',
  mixed: '◆',
  neutral: '●',
  unclear: '?',
};

/** What the label means: "unclear" and "neutral" are easily confused. */
export const stanceMeaning = (stance: Stance) => t(`${stanceMessageKey(stance)}Meaning` as MessageKey);

/**
 * What a side is taken on: the engine's object, else the article's issue
 * (the engine judges stances against it when it names no other target), so
 * a bare "Supports" is never shown. An unclear stance has no object.
 */
export function positionObject(stakeholder: Pick<Stakeholder, 'stance' | 'on'>): string | null {
  if (stakeholder.stance === 'unclear') return null;
  return stakeholder.on?.trim() || t('positionOnIssue');
}

/** "▼ Opposes · China's maritime claims". */
export function PositionLabel({ stakeholder }: { stakeholder: Pick<Stakeholder, 'stance' | 'on'> }) {
  const object = positionObject(stakeholder);
  const onIssue = stakeholder.stance !== 'unclear' && !stakeholder.on?.trim();
  return (
    <span class={`stance stance-${stakeholder.stance}`} data-stance={stakeholder.stance}>
      <span aria-hidden="true">{STANCE_ICON[stakeholder.stance]}</span> {stanceName(stakeholder.stance)}
      {object ? <span class={onIssue ? 'stance-object on-issue' : 'stance-object'}> · {object}</span> : null}
    </span>
  );
}

/** Why the stance: what it means, then the engine's reasons in plain words (shown on hover and focus, read as a description). */
export function StanceWhy({ id, stakeholder }: { id: string; stakeholder: Pick<Stakeholder, 'stance' | 'stanceReasons'> }) {
  const reasons = stakeholder.stanceReasons.filter((r) => r.trim() !== '');
  return (
    <span id={id} role="tooltip" class="stance-why">
      <span class="stance-meaning">{stanceMeaning(stakeholder.stance)}</span>
      {reasons.length > 0 ? (
        <span class="stance-reasons">
          {' '}
          {t('stanceWhy', reasons.join('; '))}
        </span>
      ) : null}
    </span>
  );
}
