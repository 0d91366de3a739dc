/**
 * The library: every article with notes or highlights, newest first, with
 * search as you type, filters, export and import. Opened from the panel's
 * notes as a full tab, where there is room for it.
 */
import { useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { libraryFacets, listLibrary, listRememberedOnly, NO_FILTER } from '../storage/library.ts';
import type { LibraryFilter } from '../storage/library.ts';
import { MAX_HITS, searchLibraryCounted } from '../storage/search.ts';
import type { SearchHit } from '../storage/search.ts';
import { useDatabaseProblem } from '../sidepanel/state/database-problem.ts';
import { useLiveQuery } from '../sidepanel/state/live-query.ts';
import { describeStorageError } from '../storage/durability.ts';
import { t, tCount } from '../shared/i18n.ts';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { useUndoableDelete } from '../shared/undoable-delete.ts';
import { UndoToast } from '../shared/UndoToast.tsx';
import { ArticleRow } from './ArticleRow.tsx';
import { DataTransfer } from './DataTransfer.tsx';
import { Filters, ScopeFilter } from './Filters.tsx';
import type { LibraryScope } from './Filters.tsx';
import { StorageUse } from './StorageUse.tsx';
import { LibraryTabs } from './people/LibraryTabs.tsx';
import { PeopleMatches, PeopleView } from './people/PeopleView.tsx';
import { useLibraryRoute } from './people/library-route.ts';

const PAGE_SIZE = 50;

export function LibraryApp() {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [scope, setScope] = useState<LibraryScope>('noted');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [route, go] = useLibraryRoute();
  // The list would be read again after every batch of an import, slowing it and the reader's saves: it follows once the import ends.
  const [importing, setImporting] = useState(false);
  const facets = useLiveQuery(() => libraryFacets(database()), [], importing);
  const results = useLiveQuery(() => libraryResults(query, filter, scope), [query, filter, scope], importing);
  const deletion = useUndoableDelete();
  const problem = useDatabaseProblem() ?? (results.status === 'error' ? describeStorageError(results.error) : null);

  const articles = results.status === 'ready' ? results.value.articles : [];
  return (
    <main class="panel library">
      <header class="library-header">
        <h1>{t('libraryHeading')}</h1>
        <StorageUse />
      </header>
      <StorageNotices />
      <LibraryTabs view={route.view} onChange={(view) => go({ view, actorId: null })} />
      <div class="library-controls" role="search">
        <label for="library-search">{t(route.view === 'people' ? 'peopleSearchLabel' : 'librarySearchLabel')}</label>
        <input
          id="library-search"
          type="search"
          value={query}
          placeholder={t(route.view === 'people' ? 'peopleSearchPlaceholder' : 'librarySearchPlaceholder')}
          autocomplete="off"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setShown(PAGE_SIZE);
          }}
        />
        {route.view === 'articles' ? <ScopeFilter scope={scope} onChange={setScope} /> : null}
        {facets.status === 'ready' && route.view === 'articles' ? <Filters facets={facets.value} filter={filter} onChange={setFilter} /> : null}
      </div>
      {route.view === 'people' ? <PeopleView query={query} actorId={route.actorId} onOpen={(actorId) => go({ view: 'people', actorId })} /> : null}
      <section aria-labelledby="articles-heading" id={route.view === 'articles' ? 'library-view' : undefined} role="tabpanel" hidden={route.view !== 'articles'}>
        <h2 id="articles-heading">{heading(query, results.status === 'ready' ? articles.length : null)}</h2>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        {results.status === 'ready' && results.value.matching > MAX_HITS ? (
          <p class="notice hits-capped">{t('libraryHitsCapped', MAX_HITS.toLocaleString(), results.value.matching.toLocaleString())}</p>
        ) : null}
        {route.view === 'articles' && query.trim() !== '' ? <PeopleMatches query={query} onOpen={(actorId) => go({ view: 'people', actorId })} /> : null}
        {results.status === 'ready' && articles.length === 0 ? <p class="empty">{emptyText(query, filter)}</p> : null}
        <ul class="library-list">
          {articles.slice(0, shown).map((a) => (
            <ArticleRow key={a.key} article={a} hits={results.status === 'ready' ? results.value.hits.get(a.key) ?? [] : []} query={query} onDelete={(kind, id, keyboard) => void deletion.remove(kind, id, keyboard)} />
          ))}
        </ul>
        {articles.length > shown ? (
          <button type="button" class="action" onClick={() => setShown(shown + PAGE_SIZE)}>
            {t('libraryShowMore', articles.length - shown)}
          </button>
        ) : null}
      </section>
      {deletion.deleted ? (
        <UndoToast
          key={deletion.deleted.id}
          text={t(deletion.deleted.kind === 'note' ? 'noteDeleted' : 'highlightDeleted')}
          onUndo={deletion.undo}
          onLapse={deletion.forget}
          focus={deletion.deleted.keyboard}
        />
      ) : null}
      <DataTransfer onImporting={setImporting} />
    </main>
  );
}

/** The articles to list, and for a search the hits within each (search reads notes and kept summaries, not memory alone). */
async function libraryResults(query: string, filter: LibraryFilter, scope: LibraryScope) {
  const db = database();
  const noted = await listLibrary(db, filter);
  const articles = scope === 'read' ? [...noted, ...(await listRememberedOnly(db, filter))].sort((a, b) => b.updatedAt - a.updatedAt) : noted;
  if (query.trim() === '') return { articles, hits: new Map<string, SearchHit[]>(), matching: 0 };
  const hits = new Map<string, SearchHit[]>();
  const found = await searchLibraryCounted(db, query);
  for (const hit of found.hits) hits.set(hit.articleKey, [...(hits.get(hit.articleKey) ?? []), hit]);
  return { articles: articles.filter((a) => hits.has(a.key)), hits, matching: found.matching };
}

function heading(query: string, count: number | null): string {
  if (count === null) return t('libraryArticlesHeading');
  const articles = tCount(count, 'libraryArticleCountOne', 'libraryArticleCountOther');
  return query.trim() ? t('libraryArticlesMatching', articles, query.trim()) : articles;
}

function emptyText(query: string, filter: LibraryFilter): string {
  if (query.trim()) return t('libraryNoSearchMatch');
  if (filter.topic || filter.site || filter.tag) return t('libraryNoFilterMatch');
  return t('libraryEmpty');
}
