import { useState } from 'preact/hooks';
import type { Passage, Stakeholder } from '../../engine/types.ts';
import { stanceName, t } from '../../shared/i18n.ts';
import { distinctPassages } from '../state/distinct-passages.ts';
import type { StakeholderRecall } from '../../storage/memory/recall.ts';
import { PassageButton } from './PassageButton.tsx';
import { Recall } from './Recall.tsx';
import { PositionLabel, positionObject, StanceWhy } from './StanceLabel.tsx';

/** How many pieces of evidence an opened stakeholder shows. */
const EVIDENCE_SHOWN = 3;

/** Those the article reports a position for, and those it only names. */
export function splitByPosition(stakeholders: readonly Stakeholder[]): { positioned: Stakeholder[]; mentioned: Stakeholder[] } {
  return {
    positioned: stakeholders.filter((s) => s.stance !== 'unclear'),
    mentioned: stakeholders.filter((s) => s.stance === 'unclear'),
  };
}

/**
 * One line per stakeholder (name, role, position and what it is on), most
 * prominent first; the line opens to the reasons and the evidence. Actors
 * whose position the article does not report are one line of names below.
 */
export function StakeholderList({
  stakeholders,
  onReveal,
  recall = NO_RECALL,
}: {
  stakeholders: Stakeholder[];
  onReveal: (p: Passage) => void;
  /** What the reader's earlier articles said, by stakeholder id. */
  recall?: ReadonlyMap<string, StakeholderRecall>;
}) {
  const { positioned, mentioned } = splitByPosition(stakeholders);
  return (
    <>
      {positioned.length > 0 ? (
        <ul class="stakeholders">
          {positioned.map((s) => (
            <StakeholderRow key={s.id} stakeholder={s} onReveal={onReveal} recall={recall.get(s.id)} />
          ))}
        </ul>
      ) : (
        <p class="empty">{t('stakeholdersEmpty')}</p>
      )}
      {mentioned.length > 0 ? <AlsoMentioned stakeholders={mentioned} onReveal={onReveal} /> : null}
    </>
  );
}

const NO_RECALL: ReadonlyMap<string, StakeholderRecall> = new Map();

function StakeholderRow({ stakeholder: s, onReveal, recall }: { stakeholder: Stakeholder; onReveal: (p: Passage) => void; recall: StakeholderRecall | undefined }) {
  const [open, setOpen] = useState(false);
  const evidence = distinctPassages(s.evidence).slice(0, EVIDENCE_SHOWN);
  // Shortened on the line; said in full in the open entry.
  const object = positionObject(s);
  const detailsId = `stakeholder-${s.id}-details`;
  const whyId = `stakeholder-${s.id}-why`;
  return (
    <li class="stakeholder" data-stakeholder={s.name} data-stance={s.stance}>
      <button
        type="button"
        class="stakeholder-line"
        aria-expanded={open}
        aria-controls={detailsId}
        aria-describedby={whyId}
        onClick={() => setOpen(!open)}
      >
        <span class="who">
          <span class="name">{s.name}</span>
          {s.role ? <span class="role">{s.role}</span> : null}
        </span>
        <PositionLabel stakeholder={s} />
      </button>
      <StanceWhy id={whyId} stakeholder={s} />
      {recall ? <Recall recall={recall} today={s.stance} /> : null}
      <div id={detailsId} class="stakeholder-details" hidden={!open}>
        <p class="role-full">{s.role ? `${s.name}, ${s.role}` : s.name}</p>
        {object ? <p class="position-full">{`${stanceName(s.stance)} · ${object}`}</p> : null}
        {evidence.length === 0 ? <p class="empty">{t('evidenceNone')}</p> : null}
        {evidence.map((e) => (
          <PassageButton key={e.position.start} passage={e} onReveal={onReveal} label={t('showEvidence')}>
            <span class="evidence">{e.text}</span>
          </PassageButton>
        ))}
      </div>
    </li>
  );
}

/** Named, position not reported: one line; a name with a mention on the page shows it there. */
export function AlsoMentioned({ stakeholders, onReveal }: { stakeholders: Stakeholder[]; onReveal: (p: Passage) => void }) {
  return (
    <div class="also-mentioned" role="group" aria-labelledby="also-mentioned-heading">
      <h3 id="also-mentioned-heading" class="also-heading">
        {t('alsoMentioned')}
      </h3>
      <ul class="mentioned-names">
        {stakeholders.map((s) => {
          const mention = s.evidence[0];
          return (
            <li key={s.id} data-stakeholder={s.name} data-stance={s.stance}>
              {mention ? (
                <button type="button" class="mentioned-name" onClick={() => onReveal(mention)} title={t('showMention', s.name)}>
                  {s.name}
                </button>
              ) : (
                <span class="mentioned-name">{s.name}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
