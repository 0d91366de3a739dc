/**
 * The actors of memory, kept on write: each mention carries its actor's id
 * (and, on an article's first mention of an actor, the keys recall finds it
 * by), each actor one record of where it was met and the People view one row
 * per listed actor.
 *
 * A mention's actor depends only on the mentions that share an identity key
 * with it (and on the reader's merges, which widen the keys), so a write
 * regroups only the mentions under the keys it touches, and rewrites only the
 * actors whose members changed, each with all of its members. A rebuild
 * (after an upgrade, an import, a choice undone) goes the same way, a few
 * keys per transaction, so readers are never queued behind all of it; until
 * it is done, recall groups its article's actors itself (actors-around.ts).
 */
import { identifyActors } from '../../shared/actors/identity.ts';
import type { Actor, ActorChoice } from '../../shared/actors/identity.ts';
import { identityKeysOf, nameFormOf } from '../../shared/actors/name-forms.ts';
import type { ActorMentionsRecord, MentionRecord, PeopleRow, PeopleState, PolicyLensDb } from '../db.ts';
import { wordsOf } from '../search-index.ts';
import { actorRecallOf } from './actor-recall.ts';
import { mentionsUnderKeys } from './mentions-by-key.ts';

/** Bump when actors or rows are built differently: everything is then rebuilt once. */
const DIRECTORY_VERSION = 8;

/** Identity keys regrouped per transaction of a rebuild: a busy key holds a few thousand mentions. */
export const REBUILD_STEP_KEYS = 24;

/** The tables a write to memory keeps consistent with the directory. */
export function directoryTables(db: PolicyLensDb) {
  return [db.memory, db.mentions, db.actorChoices, db.people, db.peopleState, db.actorMentions, db.actorRecall];
}

const running = new WeakMap<PolicyLensDb, Promise<boolean>>();

/**
 * Bring the directory up to date after an upgrade, an import, or choices that
 * arrived by import or restore; true when anything changed. A few reads when
 * nothing did; a rebuild goes in bounded steps. One at a time per database
 * connection: a second caller shares the first one's work.
 */
export function refreshPeople(db: PolicyLensDb): Promise<boolean> {
  const current = running.get(db);
  if (current) return current;
  const refresh = (async () => {
    if (await isCurrent(db)) return false;
    await beginRefresh(db);
    while (!(await rebuildStep(db)));
    return true;
  })().finally(() => running.delete(db));
  running.set(db, refresh);
  return refresh;
}

/** Start a rebuild when the directory was built another way, is missing, or a choice was undone; take in choices that were added. */
export function beginRefresh(db: PolicyLensDb): Promise<void> {
  return db.transaction('rw', directoryTables(db), async () => {
    const [state, choices] = await Promise.all([db.peopleState.get('state'), db.actorChoices.toArray()]);
    const choiceIds = new Set(choices.map((c) => c.id));
    if (state?.version !== DIRECTORY_VERSION || state.choiceIds.some((id) => !choiceIds.has(id))) {
      await Promise.all([db.people.clear(), db.actorMentions.clear(), db.actorRecall.clear()]);
      const fresh: PeopleState = { id: 'state', version: DIRECTORY_VERSION, choiceIds: choiceIdsOf(choices), total: 0, builtUpTo: '' };
      await db.peopleState.put(fresh);
      return;
    }
    const known = new Set(state.choiceIds);
    const added = choices.filter((c) => !known.has(c.id));
    if (added.length === 0) return;
    await regroup(db, choices, new Set(added.flatMap((c) => choiceNames(c).flatMap(keysOfName))), new Set(), state.builtUpTo !== undefined);
    await db.peopleState.update('state', { choiceIds: choiceIdsOf(choices) });
  });
}

/** One bounded step of a rebuild: the next few identity keys, in key order; true once the directory is complete. */
export function rebuildStep(db: PolicyLensDb): Promise<boolean> {
  return db.transaction('rw', directoryTables(db), async () => {
    const state = await db.peopleState.get('state');
    const after = state?.builtUpTo;
    if (after === undefined) return true;
    const keys = (await db.mentions.where('identityKeys').above(after).limit(REBUILD_STEP_KEYS).uniqueKeys()).map(String);
    const last = keys.at(-1);
    if (last === undefined) {
      await db.peopleState.update('state', { builtUpTo: undefined });
      return true;
    }
    await regroup(db, await db.actorChoices.toArray(), new Set(keys), new Set(), true);
    await db.peopleState.update('state', { builtUpTo: last });
    return false;
  });
}

/** Read-only, so readers (recall, the People view) do not queue behind one another to learn there is nothing to do. */
export function isCurrent(db: PolicyLensDb): Promise<boolean> {
  return db.transaction('r', [db.peopleState, db.actorChoices], async () => {
    const [state, choiceIds] = await Promise.all([db.peopleState.get('state'), db.actorChoices.toCollection().primaryKeys()]);
    return (
      state?.version === DIRECTORY_VERSION &&
      state.builtUpTo === undefined &&
      state.choiceIds.length === choiceIds.length &&
      choiceIds.every((id) => state.choiceIds.includes(id))
    );
  });
}

/**
 * After a write to the mentions (in the writer's transaction over
 * `directoryTables`): regroup the mentions under `keys`, the identity keys of
 * the mentions written or deleted; `removedActors` are the actors of the
 * deleted ones. Nothing to do while the directory is unbuilt: its first
 * refresh builds everything.
 */
export async function updateActorsAfterWrite(db: PolicyLensDb, keys: Iterable<string>, removedActors: Iterable<string> = []): Promise<void> {
  const state = await db.peopleState.get('state');
  if (state?.version !== DIRECTORY_VERSION) return;
  await regroup(db, await db.actorChoices.toArray(), new Set(keys), new Set(removedActors));
}

/** Forget the directory: the next refresh rebuilds it (after a bulk import, cheaper than regrouping batch by batch). */
export function markPeopleStale(db: PolicyLensDb): Promise<void> {
  return db.peopleState.delete('state');
}

/**
 * Regroup the mentions under `start`, widened until every actor whose members
 * changed is read whole: with the mentions under its members' keys and those
 * it had before (a merge widens the keys to the other name's). `rewriteAll`
 * (while rebuilding) rewrites every actor with a mention under `start`,
 * changed or not, and no other.
 */
async function regroup(db: PolicyLensDb, choices: ActorChoice[], start: Set<string>, removed = new Set<string>(), rewriteAll = false): Promise<void> {
  const read = new Map<string, MentionRecord>();
  const readKeys = new Set<string>();
  const readActors = new Set<string>();
  let wanted = keysWithChoices(start, choices);
  const targetKeys = new Set(wanted);
  for (;;) {
    const fresh = [...wanted].filter((k) => !readKeys.has(k));
    for (const m of await mentionsUnderKeys(db, fresh)) read.set(m.id, m);
    for (const k of fresh) readKeys.add(k);
    const actors = identifyActors([...read.values()], choices);
    const changed = rewriteAll ? actorsUnder(actors, targetKeys) : changedActors(actors, removed);
    // Members an actor had before, not read yet: their keys are read too.
    const before = await db.actorMentions.bulkGet([...changed].filter((id) => !readActors.has(id)));
    for (const id of changed) readActors.add(id);
    const missing = before.flatMap((record) => record?.mentions.map(mentionIdOf) ?? []).filter((id) => !read.has(id));
    const more = new Set<string>();
    for (const m of await db.mentions.bulkGet(missing)) for (const k of m?.identityKeys ?? []) more.add(k);
    for (const a of actors) if (changed.has(a.id)) for (const m of a.mentions) for (const k of m.identityKeys) more.add(k);
    wanted = keysWithChoices(new Set([...readKeys, ...more]), choices);
    if ([...wanted].some((k) => !readKeys.has(k))) continue;
    await writeChanged(db, actors, changed);
    return;
  }
}

/** The mentions whose actor changed, and the records and rows of the changed actors (deleted when they are gone). */
async function writeChanged(db: PolicyLensDb, actors: Actor<MentionRecord>[], changed: Set<string>): Promise<void> {
  const ids = [...changed];
  const current = actors.filter((a) => changed.has(a.id));
  const listed = current.filter(isListed);
  const listedBefore = (await db.people.bulkGet(ids)).filter((row) => row !== undefined).length;
  const gone = ids.filter((id) => !current.some((a) => a.id === id));
  await db.mentions.bulkPut(rewritten(current));
  await db.actorMentions.bulkDelete(gone);
  await db.actorMentions.bulkPut(current.map(whereMet));
  await db.actorRecall.bulkDelete(gone);
  await db.actorRecall.bulkPut(current.map(actorRecallOf));
  await db.people.bulkDelete(ids.filter((id) => !listed.some((a) => a.id === id)));
  await db.people.bulkPut(listed.map(rowOf));
  const total = ((await db.peopleState.get('state'))?.total ?? 0) + listed.length - listedBefore;
  await db.peopleState.update('state', { total });
}

function actorsUnder(actors: Actor<MentionRecord>[], keys: Set<string>): Set<string> {
  return new Set(actors.filter((a) => a.mentions.some((m) => m.identityKeys.some((k) => keys.has(k)))).map((a) => a.id));
}

/** The actors (old and new) of every mention whose actor changed, and those that lost deleted mentions. */
function changedActors(actors: Actor<MentionRecord>[], removed: Set<string>): Set<string> {
  const changed = new Set(removed);
  for (const actor of actors) {
    for (const m of actor.mentions) {
      if (m.actorId === actor.id) continue;
      changed.add(actor.id);
      if (m.actorId !== undefined) changed.add(m.actorId);
    }
  }
  return changed;
}

/**
 * The mentions of these actors (each read whole) whose actor or recall keys
 * change, rewritten. Only whole actors: which mention is an article's first
 * of its actor depends on all of them.
 */
function rewritten(actors: Actor<MentionRecord>[]): MentionRecord[] {
  const changed: MentionRecord[] = [];
  for (const actor of actors) {
    const first = new Map<string, number>();
    for (const m of actor.mentions) first.set(m.articleKey, Math.min(m.index, first.get(m.articleKey) ?? m.index));
    for (const m of actor.mentions) {
      const next = withRecallKeys(m, actor.id, first.get(m.articleKey) === m.index);
      if (!sameActorFields(m, next)) changed.push(next);
    }
  }
  return changed;
}

function withRecallKeys(mention: MentionRecord, actorId: string, firstOfArticle: boolean): MentionRecord {
  const { recallNewest: _newest, recallIssue: _dropped, ...rest } = mention;
  return firstOfArticle ? { ...rest, actorId, recallNewest: [actorId, -mention.date] } : { ...rest, actorId };
}

/** Whether the actor fields agree; a mention still carrying the index key dropped in v10 is rewritten without it. */
function sameActorFields(a: MentionRecord, b: MentionRecord): boolean {
  return a.actorId === b.actorId && JSON.stringify(a.recallNewest) === JSON.stringify(b.recallNewest) && a.recallIssue === b.recallIssue;
}

/** The keys widened by the reader's choices: a name merged with (or split from) one of ours brings its own keys. */
export function keysWithChoices(keys: Set<string>, choices: readonly ActorChoice[]): Set<string> {
  const related = choices.map((c) => choiceNames(c).flatMap(keysOfName));
  let grew = true;
  while (grew) {
    grew = false;
    for (const choiceKeys of related) {
      if (!choiceKeys.some((k) => keys.has(k)) || choiceKeys.every((k) => keys.has(k))) continue;
      for (const k of choiceKeys) keys.add(k);
      grew = true;
    }
  }
  return keys;
}

/** A choice is kept by name: the keys a mention of that name has, as a person or as a body. */
function keysOfName(name: string): string[] {
  return [...identityKeysOf(nameFormOf(name, 'person')), ...identityKeysOf(nameFormOf(name, 'organisation'))];
}

function choiceNames(choice: ActorChoice): string[] {
  return choice.kind === 'merge' ? [...choice.names] : [choice.name];
}

function choiceIdsOf(choices: ActorChoice[]): string[] {
  return choices.map((c) => c.id).sort();
}

/** A stakeholder's mention's id: unique, and its article's mentions sort together. */
export function mentionIdOf(m: { articleKey: string; index: number }): string {
  return `${m.articleKey}#${m.index}`;
}

function whereMet(actor: Actor<MentionRecord>): ActorMentionsRecord {
  const mentions = actor.mentions.map((m) => ({ articleKey: m.articleKey, index: m.index, date: m.date, stance: m.stance, issue: m.issue }));
  mentions.sort((a, b) => a.date - b.date || (a.articleKey < b.articleKey ? -1 : a.articleKey > b.articleKey ? 1 : a.index - b.index));
  return { id: actor.id, mentions };
}

/** Groups named by a common noun ("critics") are one actor within one article only: not listed as people. */
function isListed(actor: Actor<MentionRecord>): boolean {
  return actor.kind !== 'group';
}

function rowOf(actor: Actor<MentionRecord>): PeopleRow {
  const articleCount = new Set(actor.mentions.map((m) => m.articleKey)).size;
  return {
    id: actor.id,
    kind: actor.kind === 'person' ? 'person' : 'body',
    name: actor.name,
    names: actor.names,
    reasons: actor.reasons,
    articleCount,
    rank: [-articleCount, actor.name],
    words: [...new Set([actor.name, ...actor.names].flatMap(wordsOf))],
  };
}
