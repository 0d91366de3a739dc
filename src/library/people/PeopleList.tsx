import { t, tCount } from '../../shared/i18n.ts';
import type { ActorListing } from '../../storage/memory/people-page.ts';

/** Every actor of the reader's articles, most written about first; the other names they go by under each. */
export function PeopleList({ actors, total, onOpen, onShowMore }: { actors: ActorListing[]; total: number; onOpen(id: string): void; onShowMore(): void }) {
  return (
    <>
      <ul class="library-list people-list">
        {actors.map((actor) => (
          <li key={actor.id} class="library-article person-row" data-actor-id={actor.id}>
            <button type="button" class="library-title" onClick={() => onOpen(actor.id)}>
              {actor.name}
            </button>
            <p class="library-meta">
              <span class="person-count">{tCount(actor.articleCount, 'libraryArticleCountOne', 'libraryArticleCountOther')}</span>
              {actor.forms.length > 1 ? <span class="person-forms"> · {t('peopleAlsoNamed', actor.forms.filter((f) => f !== actor.name).join(', '))}</span> : null}
            </p>
          </li>
        ))}
      </ul>
      {total > actors.length ? (
        <button type="button" class="action" onClick={onShowMore}>
          {t('libraryShowMore', total - actors.length)}
        </button>
      ) : null}
    </>
  );
}
