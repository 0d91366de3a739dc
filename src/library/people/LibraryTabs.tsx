import { t } from '../../shared/i18n.ts';
import type { MessageKey } from '../../shared/i18n.ts';

export type LibraryView = 'articles' | 'people';

const VIEWS: { view: LibraryView; label: MessageKey }[] = [
  { view: 'articles', label: 'libraryTabArticles' },
  { view: 'people', label: 'libraryTabPeople' },
];

/** The library's two views as tabs: arrow keys move between them (the ARIA tabs pattern), Tab goes on to the panel. */
export function LibraryTabs({ view, onChange }: { view: LibraryView; onChange(view: LibraryView): void }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const index = (VIEWS.findIndex((v) => v.view === view) + step + VIEWS.length) % VIEWS.length;
    const next = VIEWS[index]?.view ?? 'articles';
    onChange(next);
    document.getElementById(`library-tab-${next}`)?.focus();
  };
  return (
    <div class="library-tabs" role="tablist" aria-label={t('libraryViewsLabel')} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: v, label }) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`library-tab-${v}`}
          aria-selected={v === view}
          aria-controls="library-view"
          tabIndex={v === view ? 0 : -1}
          class="library-tab"
          onClick={() => onChange(v)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
