/**
 * What the People view asks of storage: the actors listed or searched by any
 * of their names (from the directory's indexes), one actor's page, and the
 * reader's merge and split, after which the directory is brought up to date.
 */
import type { HighlightRecord, NoteRecord, PeopleRow, PolicyLensDb, RememberedArticle } from '../db.ts';
import { wordsOf } from '../search-index.ts';
import { mergeActors, splitActor } from './choices.ts';
import { refreshPeople } from './people-directory.ts';
import { foldForMatch, groupByIssue, mentionsAnyForm, newestFirst } from './people-page.ts';
import type { ActorListing, ActorMention, ActorPage, ActorPosition, ActorQuote, ActorSource } from './people-page.ts';

export interface ActorList {
  /** The first `limit`, most written about first. */
  actors: ActorListing[];
  total: number;
}

/**
 * Query words shorter than this must be a whole word of a name: as prefixes
 * they would match most of the directory.
 */
const MIN_PREFIX_LENGTH = 2;

export async function listActors(db: PolicyLensDb, { query, limit }: { query: string; limit: number }): Promise<ActorList> {
  const words = wordsOf(query);
  return db.transaction('r', [db.people, db.peopleState], async () => {
    if (words.length === 0) {
      const [rows, state] = await Promise.all([db.people.orderBy('rank').limit(limit).toArray(), db.peopleState.get('state')]);
      return { actors: rows.map(listingOf), total: state?.total ?? rows.length };
    }
    // Each word's ids (keys only) read side by side, and only the rows every word matches read whole.
    const found = await Promise.all(
      words.map((word): Promise<string[]> => {
        const index = db.people.where('words');
        return (word.length < MIN_PREFIX_LENGTH ? index.equals(word) : index.startsWith(word)).primaryKeys();
      }),
    );
    const [first = [], ...others] = found.sort((a, b) => a.length - b.length);
    const sets = others.map((ids) => new Set(ids));
    const ids = [...new Set(first)].filter((id) => sets.every((set) => set.has(id)));
    const rows = (await db.people.bulkGet(ids)).filter((r): r is PeopleRow => r !== undefined);
    rows.sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
    return { actors: rows.slice(0, limit).map(listingOf), total: rows.length };
  });
}

/** The shown name first, then the other forms in order. */
function listingOf(row: PeopleRow): ActorListing {
  return { id: row.id, name: row.name, forms: [row.name, ...row.names.filter((n) => n !== row.name)], articleCount: row.articleCount };
}

export async function actorPage(db: PolicyLensDb, id: string): Promise<ActorPage | null> {
  return db.transaction('r', [db.people, db.actorMentions, db.memory, db.articles, db.notes, db.highlights, db.searchIndex], async () => {
    const [row, met] = await Promise.all([db.people.get(id), db.actorMentions.get(id)]);
    if (!row) return null;
    const mentions = met?.mentions ?? [];
    const articleKeys = [...new Set(mentions.map((m) => m.articleKey))];
    const remembered = await db.memory.bulkGet(articleKeys);
    const articles = new Map(remembered.filter((a) => a !== undefined).map((a) => [a.key, a]));
    const positions: ActorPosition[] = [];
    for (const m of mentions) {
      const article = articles.get(m.articleKey);
      const s = article?.stakeholders[m.index];
      if (!article || !s) continue;
      positions.push({ ...sourceOf(article), issue: article.issue, stance: s.stance, on: s.on, role: s.role, evidence: s.evidence.map((e) => e.text) });
    }
    const names = new Set([row.name, ...row.names].map((n) => foldForMatch(n.trim())));
    const quotes: ActorQuote[] = [...articles.values()].flatMap((a) =>
      a.quotes.filter((q) => q.speaker !== null && names.has(foldForMatch(q.speaker.trim()))).map((q) => ({ ...sourceOf(a), text: q.text })),
    );
    return {
      actor: listingOf(row),
      issues: groupByIssue(positions),
      quotes: newestFirst(quotes),
      mentions: await readerMentions(db, row, articleKeys, articles),
      reasons: row.reasons,
    };
  });
}

function sourceOf(article: Pick<RememberedArticle, 'key' | 'title' | 'url' | 'siteName' | 'date'>): ActorSource {
  return { articleKey: article.key, title: article.title, url: article.url, outlet: article.siteName, date: article.date };
}

/**
 * The reader's live notes and highlights that name the actor (found through
 * the search index by the words of each name, then checked as whole names),
 * and notes attached to them as a stakeholder in one of their articles.
 */
async function readerMentions(db: PolicyLensDb, row: PeopleRow, articleKeys: string[], remembered: Map<string, RememberedArticle>): Promise<ActorMention[]> {
  const forms = [row.name, ...row.names];
  const entryIds = new Set<string>();
  for (const form of forms) {
    let ids: Set<string> | null = null;
    for (const word of wordsOf(form)) {
      const found: string[] = await db.searchIndex.where('words').equals(word).primaryKeys();
      ids = ids === null ? new Set(found) : new Set(found.filter((x) => ids?.has(x)));
    }
    for (const entry of ids ?? []) entryIds.add(entry);
  }
  const noteIds = [...entryIds].filter((e) => e.startsWith('note:')).map((e) => e.slice('note:'.length));
  const highlightIds = [...entryIds].filter((e) => e.startsWith('highlight:')).map((e) => e.slice('highlight:'.length));
  const attachedNames = new Set(forms.map((f) => foldForMatch(f.trim())));
  const [named, attached, highlights] = await Promise.all([
    db.notes.bulkGet(noteIds),
    db.notes.where('articleKey').anyOf(articleKeys).toArray(),
    db.highlights.bulkGet(highlightIds),
  ]);
  const notes = new Map(
    [...named, ...attached]
      .filter((n): n is NoteRecord => n !== undefined && n.deletedAt === null)
      .filter((n) => mentionsAnyForm(n.body, forms) || (n.attachment?.kind === 'stakeholder' && attachedNames.has(foldForMatch(n.attachment.name.trim()))))
      .map((n) => [n.id, n]),
  );
  const liveHighlights = highlights.filter((h): h is HighlightRecord => h !== undefined && h.deletedAt === null && mentionsAnyForm(h.quote.exact, forms));
  const sources = await articleSources(db, [...[...notes.values()].map((n) => n.articleKey), ...liveHighlights.map((h) => h.articleKey)], remembered);
  const mentions: ActorMention[] = [];
  for (const n of notes.values()) {
    const source = sources.get(n.articleKey);
    if (source) mentions.push({ ...source, date: n.createdAt, kind: 'note', id: n.id, text: n.body });
  }
  for (const h of liveHighlights) {
    const source = sources.get(h.articleKey);
    if (source) mentions.push({ ...source, date: h.createdAt, kind: 'highlight', id: h.id, text: h.quote.exact });
  }
  return newestFirst(mentions);
}

/** Where each note or highlight was written: from memory, else from the library's own record of the article. */
async function articleSources(db: PolicyLensDb, keys: string[], remembered: Map<string, RememberedArticle>): Promise<Map<string, ActorSource>> {
  const sources = new Map<string, ActorSource>();
  const missing = [...new Set(keys)].filter((k) => !remembered.has(k));
  for (const a of remembered.values()) sources.set(a.key, sourceOf(a));
  for (const a of await db.articles.bulkGet(missing)) if (a) sources.set(a.key, { articleKey: a.key, title: a.title, url: a.url, outlet: a.siteName, date: a.createdAt });
  return sources;
}

/** Merge two actors by hand; the id of the actor they now are. */
export async function mergeActorsByHand(db: PolicyLensDb, keep: ActorListing, other: ActorListing): Promise<string | null> {
  await mergeActors(db, keep.name, other.name);
  await refreshPeople(db);
  return actorIdNamed(db, keep.name);
}

/** Split a name form out of an actor by hand; the id of the actor that keeps its shown name. */
export async function splitFormByHand(db: PolicyLensDb, actor: ActorListing, form: string): Promise<string | null> {
  await splitActor(db, form);
  await refreshPeople(db);
  return actorIdNamed(db, actor.name);
}

async function actorIdNamed(db: PolicyLensDb, name: string): Promise<string | null> {
  const wanted = foldForMatch(name.trim());
  const [first] = wordsOf(name);
  if (first === undefined) return null;
  const rows = await db.people.where('words').equals(first).toArray();
  return rows.find((r) => r.names.some((n) => foldForMatch(n.trim()) === wanted) || foldForMatch(r.name) === wanted)?.id ?? null;
}
