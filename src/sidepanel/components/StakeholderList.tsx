import type { Passage, Stakeholder } from '../../engine/types.ts';
import { PassageButton } from './PassageButton.tsx';
import { StanceLabel } from './StanceLabel.tsx';

export function StakeholderList({ stakeholders, onReveal }: { stakeholders: Stakeholder[]; onReveal: (p: Passage) => void }) {
  if (stakeholders.length === 0) {
    return <p class="empty">No stakeholders with a reported position were found in this article.</p>;
  }
  return (
    <ul class="stakeholders">
      {stakeholders.map((s) => (
        <li key={s.id} class="stakeholder" data-stakeholder={s.name}>
          <div class="stakeholder-head">
            <span class="name">{s.name}</span>
            <StanceLabel stance={s.stance} />
          </div>
          {s.role ? <p class="role">{s.role}</p> : null}
          {s.evidence.slice(0, 2).map((e) => (
            <PassageButton key={e.position.start} passage={e} onReveal={onReveal} label="Show evidence in the page">
              <span class="evidence">{e.text}</span>
            </PassageButton>
          ))}
        </li>
      ))}
    </ul>
  );
}
