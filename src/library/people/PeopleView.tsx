/**
 * The library's People and organisations view: every actor of the reader's
 * articles with how many articles name them, search by any of their names,
 * and one actor's page with merge and split by hand.
 */
import { useState } from 'preact/hooks';
import { database } from '../../storage/db.ts';
import { describeStorageError } from '../../storage/durability.ts';
import { actorMarkdown } from '../../storage/memory/people-markdown.ts';
import { actorPage, listActors, mergeActorsByHand, splitFormByHand } from '../../storage/memory/people-queries.ts';
import { usePeopleRefresh } from './people-refresh.ts';
import type { ActorListing, ActorPage } from '../../storage/memory/people-page.ts';
import { t, tCount } from '../../shared/i18n.ts';
import { useLiveQuery } from '../../sidepanel/state/live-query.ts';
import { downloadText, fileNameFor } from '../../sidepanel/state/download.ts';
import { ActorPageView } from './ActorPageView.tsx';
import { actorMarkdownLabels } from './actor-markdown-labels.ts';
import { PeopleList } from './PeopleList.tsx';

const PAGE_SIZE = 50;
/** Actors named in the Articles view's search line. */
const MATCHES_IN_ARTICLES = 5;

export function PeopleView({ query, actorId, onOpen }: { query: string; actorId: string | null; onOpen(actorId: string | null): void }) {
  usePeopleRefresh();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const listing = useLiveQuery(() => listActors(database(), { query, limit }), [query, limit]);
  const page = useLiveQuery(() => (actorId === null ? Promise.resolve(null) : actorPage(database(), actorId)), [actorId]);

  const act = async (task: () => Promise<string>) => {
    try {
      setStatus({ ok: true, text: await task() });
    } catch (error) {
      setStatus({ ok: false, text: describeStorageError(error) });
    }
  };
  const shown: ActorPage | null = page.status === 'ready' ? page.value : null;
  const problem = [listing, page].find((r) => r.status === 'error');

  return (
    <section id="library-view" role="tabpanel" aria-labelledby="library-tab-people" class="people-view">
      <p class="people-status" role="status">
        {status?.ok ? status.text : null}
      </p>
      {status && !status.ok ? (
        <p class="error" role="alert">
          {status.text}
        </p>
      ) : null}
      {problem?.status === 'error' ? (
        <p class="error" role="alert">
          {describeStorageError(problem.error)}
        </p>
      ) : null}
      {actorId !== null && shown ? (
        <ActorPageView
          page={shown}
          actions={{
            onBack: () => onOpen(null),
            onExport: () => downloadText(fileNameFor(shown.actor.name, 'md'), actorMarkdown(shown, actorMarkdownLabels()), 'text/markdown'),
            findActors: async (text) => (await listActors(database(), { query: text, limit: 8 })).actors,
            onMerge: (other: ActorListing) =>
              void act(async () => {
                onOpen(await mergeActorsByHand(database(), shown.actor, other));
                return t('peopleMerged', shown.actor.name, other.name);
              }),
            onSplit: (form: string) =>
              void act(async () => {
                onOpen(await splitFormByHand(database(), shown.actor, form));
                return t('peopleSplitDone', form);
              }),
          }}
        />
      ) : null}
      {actorId === null && listing.status === 'ready' ? (
        <>
          <h2 id="people-heading">{peopleHeading(query, listing.value.total)}</h2>
          {listing.value.total === 0 ? <p class="empty">{t(query.trim() ? 'peopleNoSearchMatch' : 'peopleEmpty')}</p> : null}
          <PeopleList actors={listing.value.actors} total={listing.value.total} onOpen={onOpen} onShowMore={() => setLimit(limit + PAGE_SIZE)} />
        </>
      ) : null}
    </section>
  );
}

function peopleHeading(query: string, total: number): string {
  const people = tCount(total, 'peopleCountOne', 'peopleCountOther');
  return query.trim() ? t('peopleMatching', people, query.trim()) : people;
}

/** In the Articles view, the people and organisations whose names match the search, one click from their page. */
export function PeopleMatches({ query, onOpen }: { query: string; onOpen(actorId: string): void }) {
  const found = useLiveQuery(() => listActors(database(), { query, limit: MATCHES_IN_ARTICLES }), [query]);
  if (found.status !== 'ready' || found.value.actors.length === 0) return null;
  return (
    <p class="people-in-articles">
      <span>{t('peopleLibraryMatches', query.trim())}</span>
      {found.value.actors.map((actor) => (
        <button key={actor.id} type="button" class="link-button" onClick={() => onOpen(actor.id)}>
          {actor.name}
        </button>
      ))}
    </p>
  );
}
