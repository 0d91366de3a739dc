import type { Stance } from '../../engine/types.ts';
import { stanceName } from '../../shared/i18n.ts';

/** Stance shown by word and symbol, never by colour alone. */
const STANCE_ICON: Record<Stance, string> = {
  supports: '▲',
  opposes: '▼',
  mixed: '◆',
  neutral: '●',
  unclear: '?',
};

export function StanceLabel({ stance }: { stance: Stance }) {
  return (
    <span class={`stance stance-${stance}`} data-stance={stance}>
      <span aria-hidden="true">{STANCE_ICON[stance]}</span> {stanceName(stance)}
    </span>
  );
}
