/**
 * The People view's directory: one row per actor, kept up to date from the
 * mentions and the reader's choices. Grouping every mention again would take
 * seconds with thousands of articles, so a refresh regroups only the mentions
 * that share an identity key with what changed (identity never joins
 * mentions that share none, except by the reader's merges, which widen the
 * keys), and replaces the rows those keys touch.
 */
import { identifyActors } from '../../shared/actors/identity.ts';
import type { Actor, ActorChoice } from '../../shared/actors/identity.ts';
import type { MentionRecord, PeopleRow, PeopleState, PolicyLensDb } from '../db.ts';
import { wordsOf } from '../search-index.ts';
import { mentionsUnderKeys } from './mentions-by-key.ts';
import { foldForMatch } from './people-page.ts';
import { keysWithChoices } from './recall.ts';

/** Bump when rows are built differently: every row is then rebuilt once. */
const DIRECTORY_VERSION = 2;
const EMPTY_STATE: PeopleState = { id: 'state', version: 0, memoryUpdatedAt: -Infinity, choiceIds: [], articleKeys: [] };

/** Bring the rows up to date; true when anything changed. */
export function refreshPeople(db: PolicyLensDb): Promise<boolean> {
  return db.transaction('rw', [db.memory, db.mentions, db.actorChoices, db.people, db.peopleState], async () => {
    const state = (await db.peopleState.get('state')) ?? EMPTY_STATE;
    const choices = await db.actorChoices.toArray();
    const choiceIds = new Set(choices.map((c) => c.id));
    const newest = (await db.memory.orderBy('updatedAt').last())?.updatedAt ?? -Infinity;
    const present: string[] = await db.memory.toCollection().primaryKeys();
    const next: PeopleState = { id: 'state', version: DIRECTORY_VERSION, memoryUpdatedAt: Math.max(newest, state.memoryUpdatedAt), choiceIds: [...choiceIds].sort(), articleKeys: present };
    // An undone choice, or rows built another way: start again from every mention.
    if (state.version !== DIRECTORY_VERSION || state.choiceIds.some((id) => !choiceIds.has(id))) {
      await db.people.clear();
      await putActors(db, identifyActors(await db.mentions.toArray(), choices));
      await db.peopleState.put(next);
      return true;
    }
    const changed = await changedArticles(db, state, new Set(present));
    const newChoices = choices.filter((c) => !state.choiceIds.includes(c.id));
    if (changed.length === 0 && newChoices.length === 0) return false;
    const keys = new Set<string>();
    for (const m of await db.mentions.where('articleKey').anyOf(changed).toArray()) for (const k of m.identityKeys) keys.add(k);
    for (const row of await db.people.where('articleKeys').anyOf(changed).toArray()) for (const k of row.identityKeys) keys.add(k);
    for (const choice of newChoices) for (const k of await keysOfNames(db, choiceNames(choice))) keys.add(k);
    await regroup(db, keys, choices);
    await db.peopleState.put(next);
    return true;
  });
}

/** Articles remembered or re-analysed since the rows were built, and articles forgotten since. */
async function changedArticles(db: PolicyLensDb, state: PeopleState, present: Set<string>): Promise<string[]> {
  const changed = new Set<string>(await db.memory.where('updatedAt').above(state.memoryUpdatedAt).primaryKeys());
  for (const key of state.articleKeys) if (!present.has(key)) changed.add(key);
  return [...changed];
}

/**
 * Regroup every mention sharing a key with `keys`, widened until closed: a
 * body's mention brings its other end word, so a short form that could join
 * it is regrouped with it, and a merge brings the other name's keys.
 */
async function regroup(db: PolicyLensDb, start: Set<string>, choices: ActorChoice[]): Promise<void> {
  const keys = keysWithChoices(new Set(start), choices);
  const mentions = new Map<string, MentionRecord>();
  for (let unread = [...keys]; unread.length > 0; ) {
    for (const m of await mentionsUnderKeys(db, unread)) mentions.set(m.id, m);
    const before = new Set(keys);
    for (const m of mentions.values()) for (const k of m.identityKeys) keys.add(k);
    keysWithChoices(keys, choices);
    unread = [...keys].filter((k) => !before.has(k));
  }
  await db.people.where('identityKeys').anyOf([...keys]).delete();
  await putActors(db, identifyActors([...mentions.values()], choices));
}

/** The identity keys of the mentions under these names (a choice is kept by name). */
async function keysOfNames(db: PolicyLensDb, names: string[]): Promise<string[]> {
  const wanted = new Set(names.map((n) => foldForMatch(n.trim())));
  const rows = await db.people.where('words').anyOf([...wanted].flatMap(wordsOf)).toArray();
  return rows.filter((r) => r.names.some((n) => wanted.has(foldForMatch(n)))).flatMap((r) => r.identityKeys);
}

function choiceNames(choice: ActorChoice): string[] {
  return choice.kind === 'merge' ? [...choice.names] : [choice.name];
}

function putActors(db: PolicyLensDb, actors: Actor<MentionRecord>[]): Promise<unknown> {
  return db.people.bulkPut(actors.filter((a) => a.kind !== 'group').map(rowOf));
}

/** Groups named by a common noun ("critics") are one actor within one article only: not listed as people. */
function rowOf(actor: Actor<MentionRecord>): PeopleRow {
  const articleKeys = [...new Set(actor.mentions.map((m) => m.articleKey))];
  return {
    id: actor.id,
    kind: actor.kind === 'person' ? 'person' : 'body',
    name: actor.name,
    names: actor.names,
    reasons: actor.reasons,
    articleCount: articleKeys.length,
    articleKeys,
    mentionIds: actor.mentions.map((m) => m.id),
    identityKeys: [...new Set(actor.mentions.flatMap((m) => m.identityKeys))],
    words: [...new Set([actor.name, ...actor.names].flatMap(wordsOf))],
  };
}
