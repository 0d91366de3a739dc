/**
 * Who stands where, at a glance: the stakeholders grouped by stance, from
 * support to opposition. Each name is a button that brings its evidence into
 * view, in the panel and on the page. A list under headings, so screen
 * readers hear the same grouping the eye sees.
 */
import type { Stance, Stakeholder } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { StanceLabel } from './StanceLabel.tsx';

/** From agreement to disagreement, with the undecidable last. */
const STANCE_ORDER: Stance[] = ['supports', 'mixed', 'neutral', 'opposes', 'unclear'];

export function PositionsAtAGlance({ stakeholders, onSelect }: { stakeholders: Stakeholder[]; onSelect(stakeholder: Stakeholder): void }) {
  const rows = STANCE_ORDER.map((stance) => ({ stance, members: stakeholders.filter((s) => s.stance === stance) })).filter((row) => row.members.length > 0);
  if (rows.length === 0) return null;
  return (
    <div class="glance" role="group" aria-labelledby="glance-heading">
      <h3 id="glance-heading" class="glance-heading">
        {t('glanceHeading')}
      </h3>
      <ul class="glance-rows">
        {rows.map(({ stance, members }) => (
          <li key={stance} class={`glance-row glance-${stance}`} data-stance={stance}>
            <h4 class="glance-stance">
              <StanceLabel stance={stance} /> <span class="glance-count">{members.length}</span>
            </h4>
            <ul class="glance-names">
              {members.map((s) => (
                <li key={s.id}>
                  <button type="button" class="glance-name" onClick={() => onSelect(s)} title={t('glanceShowEvidence', s.name)}>
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
