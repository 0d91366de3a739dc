import type { Stance } from '../../engine/types.ts';

/** Stance shown by word and symbol, never by colour alone. */
const STANCE_DISPLAY: Record<Stance, { label: string; icon: string }> = {
  supports: { label: 'Supports', icon: '▲' },
  opposes: { label: 'Opposes', icon: '▼' },
  mixed: { label: 'Mixed', icon: '◆' },
  neutral: { label: 'Neutral', icon: '●' },
  unclear: { label: 'Unclear', icon: '?' },
};

export function StanceLabel({ stance }: { stance: Stance }) {
  const { label, icon } = STANCE_DISPLAY[stance];
  return (
    <span class={`stance stance-${stance}`} data-stance={stance}>
      <span aria-hidden="true">{icon}</span> {label}
    </span>
  );
}
