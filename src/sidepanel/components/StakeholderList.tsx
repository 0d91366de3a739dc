import type { Passage, Stakeholder } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { PassageButton } from './PassageButton.tsx';
import { StanceLabel } from './StanceLabel.tsx';

/** The element id of a stakeholder's entry, so "Positions at a glance" can bring it into view. */
export const stakeholderElementId = (s: Stakeholder) => `stakeholder-${s.id}`;

export function StakeholderList({ stakeholders, onReveal }: { stakeholders: Stakeholder[]; onReveal: (p: Passage) => void }) {
  if (stakeholders.length === 0) {
    return <p class="empty">{t('stakeholdersEmpty')}</p>;
  }
  return (
    <ul class="stakeholders">
      {stakeholders.map((s) => (
        // Focusable by script only: the glance moves focus here so keyboard and screen reader users land on the evidence.
        <li key={s.id} id={stakeholderElementId(s)} tabIndex={-1} class="stakeholder" data-stakeholder={s.name}>
          <div class="stakeholder-head">
            <span class="name">{s.name}</span>
            <StanceLabel stance={s.stance} />
          </div>
          {s.role ? <p class="role">{s.role}</p> : null}
          {s.evidence.slice(0, 2).map((e) => (
            <PassageButton key={e.position.start} passage={e} onReveal={onReveal} label={t('showEvidence')}>
              <span class="evidence">{e.text}</span>
            </PassageButton>
          ))}
        </li>
      ))}
    </ul>
  );
}
