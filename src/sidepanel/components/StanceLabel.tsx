import type { Stance } from '../../engine/types.ts';
import { stanceMessageKey, stanceName, t } from '../../shared/i18n.ts';
import type { MessageKey } from '../../shared/i18n.ts';

/** Stance shown by word and symbol, never by colour alone. */
const STANCE_ICON: Record<Stance, string> = {
  supports: '▲',
  opposes: '▼',
  mixed: '◆',
  neutral: '●',
  unclear: '?',
};

/** What the label means, for the tooltip: "unclear" and "neutral" are easily confused. */
const stanceMeaning = (stance: Stance) => t(`${stanceMessageKey(stance)}Meaning` as MessageKey);

export function StanceLabel({ stance }: { stance: Stance }) {
  return (
    <span class={`stance stance-${stance}`} data-stance={stance} title={stanceMeaning(stance)}>
      <span aria-hidden="true">{STANCE_ICON[stance]}</span> {stanceName(stance)}
    </span>
  );
}
