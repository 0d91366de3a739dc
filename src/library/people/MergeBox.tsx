import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../../shared/i18n.ts';
import type { ActorListing } from '../../storage/memory/people-page.ts';

/** How many candidates to offer: enough to choose from, few enough to tab through. */
const CANDIDATES = 6;

/** "Merge with…": type a name, choose the actor who is the same person or body. */
export function MergeBox({ actor, findActors, onMerge }: { actor: ActorListing; findActors(query: string): Promise<ActorListing[]>; onMerge(other: ActorListing): void }) {
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<ActorListing[]>([]);
  useEffect(() => {
    let current = true;
    if (query.trim() === '') setCandidates([]);
    else
      void findActors(query).then((found) => {
        if (current) setCandidates(found.filter((a) => a.id !== actor.id).slice(0, CANDIDATES));
      });
    return () => {
      current = false;
    };
  }, [query, actor.id]);
  return (
    <div class="merge-box">
      <label for="merge-query">{t('peopleMergeLabel', actor.name)}</label>
      <input id="merge-query" type="search" autocomplete="off" value={query} placeholder={t('peopleMergePlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
      {candidates.length > 0 ? (
        <ul class="merge-candidates">
          {candidates.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="action"
                onClick={() => {
                  setQuery('');
                  onMerge(c);
                }}
              >
                {t('peopleMergeWith', c.name)}
              </button>{' '}
              <span class="library-meta">{tCount(c.articleCount, 'libraryArticleCountOne', 'libraryArticleCountOther')}</span>
            </li>
          ))}
        </ul>
      ) : query.trim() !== '' ? (
        <p class="hint">{t('peopleNoMatch')}</p>
      ) : null}
    </div>
  );
}
