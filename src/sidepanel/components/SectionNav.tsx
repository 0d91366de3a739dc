import { t } from '../../shared/i18n.ts';

export interface NavSection {
  /** The id of the section's heading. */
  target: string;
  label: string;
  count: number | null;
}

/**
 * A bar that stays at the top of the panel: the sections, each one click
 * away, and "Write a note", which puts the cursor in a note from anywhere.
 */
export function SectionNav({ sections, onWriteNote }: { sections: NavSection[]; onWriteNote: (() => void) | null }) {
  if (sections.length === 0 && !onWriteNote) return null;
  return (
    <nav class="section-nav" aria-label={t('sectionNavLabel')}>
      <ul>
        {sections.map((s) => (
          <li key={s.target}>
            <button type="button" class="nav-link" onClick={() => showSection(s.target)}>
              {s.label}
              {s.count !== null ? <span class="nav-count"> {s.count}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {onWriteNote ? (
        <button type="button" class="action write-note" onClick={onWriteNote}>
          <span aria-hidden="true">✎</span> {t('writeNote')}
        </button>
      ) : null}
    </nav>
  );
}

/** Scroll a section's heading to the top (below the bar) and move the focus there, for keyboard and screen reader users. */
function showSection(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  heading.focus({ preventScroll: true });
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
