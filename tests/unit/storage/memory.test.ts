import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import type { Stance } from '../../../src/engine/types.ts';
import { withBackupCopy } from '../../../src/storage/backup-copy.ts';
import { openDatabase } from '../../../src/storage/db.ts';
import type { RememberedStakeholder } from '../../../src/storage/db.ts';
import { inEnglish, mergeReasonTexts } from '../../../src/shared/actors/merge-reasons.ts';
import { actorChoices, mergeActors, splitActor } from '../../../src/storage/memory/choices.ts';
import { changedPosition, RECALL_SHOWN, recallForArticle } from '../../../src/storage/memory/recall.ts';
import { mergeRemembered } from '../../../src/storage/memory/import.ts';
import { beginRefresh, rebuildStep, REBUILD_STEP_KEYS, refreshPeople } from '../../../src/storage/memory/people-directory.ts';
import { relatedArticles } from '../../../src/storage/memory/related.ts';
import { SIDED_STANCES } from '../../../src/storage/memory/actor-recall.ts';
import { clearMemory, compareVersions, forgetArticle, rememberArticle } from '../../../src/storage/memory/remember.ts';
import type { ArticleToRemember } from '../../../src/storage/memory/remember.ts';
import { listLibrary, listRememberedOnly, NO_FILTER } from '../../../src/storage/library.ts';
import { saveNote } from '../../../src/storage/notes.ts';
import { articleMeta, draft, freshDatabasesDeletedAfterEach } from './helpers.ts';

const database = freshDatabasesDeletedAfterEach();

const DAY = 86_400_000;
const JUNE_10 = Date.UTC(2026, 5, 10);

function stakeholder(name: string, stance: Stance, kind: RememberedStakeholder['kind'] = 'person'): RememberedStakeholder {
  return {
    name,
    role: null,
    kind,
    stance,
    on: null,
    evidence: [{ text: `${name} spoke.`, quote: { type: 'TextQuoteSelector', exact: `${name} spoke.`, prefix: '', suffix: '' } }],
  };
}

function article(n: number, overrides: Partial<ArticleToRemember> = {}): ArticleToRemember {
  return {
    key: `https://news.example/${n}`,
    url: `https://news.example/${n}`,
    title: `Story ${n}`,
    siteName: n % 2 ? 'Harbour Herald' : 'Valley Courier',
    topic: 'Transportation',
    issue: 'a congestion charge for lorries in the old port',
    stakeholders: [],
    quotes: [],
    engineVersion: '1.0.0',
    publishedAt: JUNE_10 + n * DAY,
    ...overrides,
  };
}

/** The id of the actor a stakeholder of that name is, from its mention. */
/** Counts the mentions and actor recall records read from now on. */
function readsOf(db: ReturnType<typeof database>): () => { mentions: number; actors: number } {
  const read = { mentions: 0, actors: 0 };
  db.mentions.hook('reading', (m) => (read.mentions++, m));
  db.actorRecall.hook('reading', (t) => (read.actors++, t));
  return () => ({ ...read });
}

async function actorIdOf(db: ReturnType<typeof database>, name: string): Promise<string> {
  return (await db.mentions.toArray()).find((m) => m.name === name)?.actorId ?? '';
}

describe('remembering articles', () => {
  test('keeps the summary with its date and indexes each stakeholder; the same engine again changes nothing, a newer one replaces', async () => {
    const db = database();
    expect(await rememberArticle(db, article(1, { stakeholders: [stakeholder('Port Minister Ilse Marwood', 'opposes')] }), 5)).toBe('added');
    expect(await db.memory.get('https://news.example/1')).toMatchObject({ date: JUNE_10 + DAY, dateSource: 'published', firstSeenAt: 5, issueWords: ['congestion', 'charg', 'lorry', 'old', 'port'] });
    expect(await db.mentions.toArray()).toEqual([
      { id: 'https://news.example/1#0', articleKey: 'https://news.example/1', index: 0, name: 'Port Minister Ilse Marwood', role: null, kind: 'person', date: JUNE_10 + DAY, identityKeys: ['p:marwood'],
        stance: 'opposes', on: null, title: 'Story 1', url: 'https://news.example/1', outlet: 'Harbour Herald', issue: 'a congestion charge for lorries in the old port' },
    ]);

    const changed = article(1, { stakeholders: [stakeholder('Ilse Marwood', 'supports')] });
    expect(await rememberArticle(db, changed, 6)).toBe('kept');
    expect((await db.memory.get('https://news.example/1'))?.stakeholders[0]?.stance).toBe('opposes');
    expect(await rememberArticle(db, { ...changed, engineVersion: '1.10.0' }, 7)).toBe('replaced');
    expect(await db.memory.get('https://news.example/1')).toMatchObject({ engineVersion: '1.10.0', firstSeenAt: 5, updatedAt: 7 });
    expect((await db.mentions.toArray()).map((m) => m.name)).toEqual(['Ilse Marwood']);
  });

  test('without a published date, the date is when the reader first saw the article', async () => {
    const db = database();
    await rememberArticle(db, article(1, { publishedAt: null }), 1_234);
    expect(await db.memory.get('https://news.example/1')).toMatchObject({ date: 1_234, dateSource: 'first-seen' });
  });

  test('forgetting an article removes it and its mentions; clearing removes everything, choices included', async () => {
    const db = database();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Ilse Marwood', 'opposes')] }));
    await rememberArticle(db, article(2, { stakeholders: [stakeholder('Marwood', 'opposes')] }));
    await mergeActors(db, 'Ilse Marwood', 'I. Marwood');
    await forgetArticle(db, 'https://news.example/1');
    expect((await db.memory.toArray()).map((a) => a.key)).toEqual(['https://news.example/2']);
    expect((await db.mentions.toArray()).map((m) => m.articleKey)).toEqual(['https://news.example/2']);
    await clearMemory(db);
    expect([await db.memory.count(), await db.mentions.count(), await db.actorChoices.count()]).toEqual([0, 0, 0]);
  });

  test('versions compare part by part', () => {
    expect([compareVersions('0.10.0', '0.9.1'), compareVersions('1.0', '1.0.0'), compareVersions('0.1.0', '0.2.0')]).toEqual([1, 0, -1]);
  });
});

describe('recall for one article', () => {
  test("each stakeholder gets the same actor's earlier positions under other name forms, newest first", async () => {
    const db = database();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Port Minister Ilse Marwood', 'supports'), stakeholder('European Commission', 'neutral', 'organisation')] }));
    await rememberArticle(db, article(2, { issue: 'lorry tolls on the coast road', stakeholders: [stakeholder('Marwood', 'opposes')] }));
    await rememberArticle(db, article(3, { stakeholders: [stakeholder('Ilse Marwood', 'opposes'), stakeholder('a Commission spokesperson', 'opposes', 'person'), stakeholder('Tomas Brandt', 'supports')] }));
    // Later than article 3: not an earlier article.
    await rememberArticle(db, article(4, { stakeholders: [stakeholder('Ilse Marwood', 'mixed')] }));

    const recall = await recallForArticle(db, 'https://news.example/3');
    expect(recall.map((r) => [r.name, r.earlier.map((p) => [p.articleKey.slice(-1), p.name, p.stance, p.sameIssue])])).toEqual([
      ['Ilse Marwood', [['2', 'Marwood', 'opposes', false], ['1', 'Port Minister Ilse Marwood', 'supports', true]]],
      ['a Commission spokesperson', [['1', 'European Commission', 'neutral', true]]],
      ['Tomas Brandt', []],
    ]);
    // Articles 1 and 2 count; article 4 is later.
    expect(recall.map((r) => r.earlierCount)).toEqual([2, 1, 0]);
    expect(mergeReasonTexts(recall[0]?.reasons ?? [], inEnglish)).toContain("same surname, and 'Ilse Marwood' is the only person of that surname in your articles");
    expect(recall[0]?.earlier[1]).toMatchObject({ outlet: 'Harbour Herald', date: JUNE_10 + DAY, title: 'Story 1' });

    const change = changedPosition('opposes', recall[0]?.earlier ?? []);
    expect(change).toMatchObject({ articleKey: 'https://news.example/1', stance: 'supports' });
    expect(changedPosition('unclear', recall[0]?.earlier ?? [])).toBeNull();
  });

  test("the reader's merge brings in an actor under a name the rules keep apart, and a split takes one out", async () => {
    const db = database();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Harbour Board', 'supports', 'organisation')] }));
    await rememberArticle(db, article(2, { stakeholders: [stakeholder('Port Authority', 'opposes', 'organisation')] }));
    expect((await recallForArticle(db, 'https://news.example/2'))[0]?.earlier).toEqual([]);
    await mergeActors(db, 'Port Authority', 'Harbour Board', 1);
    const merged = await recallForArticle(db, 'https://news.example/2');
    expect(merged[0]?.earlier.map((p) => p.name)).toEqual(['Harbour Board']);
    expect(mergeReasonTexts(merged[0]?.reasons ?? [], inEnglish)).toEqual(["you merged 'Port Authority' and 'Harbour Board'"]);
    await splitActor(db, 'Harbour Board', 2);
    expect((await recallForArticle(db, 'https://news.example/2'))[0]?.earlier).toEqual([]);
    expect((await actorChoices(db)).map((c) => c.kind)).toEqual(['merge', 'split']);
  });

  test('an actor met in many articles: the newest shown are read and all counted, and a changed position however old is found', async () => {
    const db = database();
    const many = 13;
    for (let n = 1; n <= many + 1; n++) await rememberArticle(db, article(n, { stakeholders: [stakeholder('Ilse Marwood', n === 2 ? 'opposes' : 'supports')] }));
    // Recall reads its own indexes, never the record of everywhere the actor was met.
    await refreshPeople(db);
    await db.actorMentions.clear();
    const [recall] = await recallForArticle(db, `https://news.example/${many + 1}`);
    expect(recall?.earlierCount).toBe(many);
    const newest = Array.from({ length: RECALL_SHOWN }, (_, i) => `https://news.example/${many - i}`);
    expect(recall?.earlier.map((p) => p.articleKey)).toEqual([...newest, 'https://news.example/2']);
    expect(changedPosition('supports', recall?.earlier ?? [])).toMatchObject({ articleKey: 'https://news.example/2', stance: 'opposes', title: 'Story 2', outlet: 'Valley Courier' });
  });

  test("recall for an actor's newest article reads its timeline, its newest few and the changed position's date alone", async () => {
    const db = database();
    const many = 16;
    for (let n = 1; n <= many + 1; n++) await rememberArticle(db, article(n, { stakeholders: [stakeholder(n % 2 ? 'Ilse Marwood' : 'Marwood', n === 2 ? 'opposes' : 'supports')] }));
    await refreshPeople(db);
    const read = readsOf(db);
    const [recall] = await recallForArticle(db, `https://news.example/${many + 1}`);
    expect(recall?.earlierCount).toBe(many);
    expect(recall?.earlier.map((p) => [p.articleKey.split('/').at(-1), p.name, p.stance])).toEqual([
      [String(many), 'Marwood', 'supports'],
      [String(many - 1), 'Ilse Marwood', 'supports'],
      ['2', 'Marwood', 'opposes'],
    ]);
    // The article's own mention, its actor's newest up to it (one more, in case it is among them) and the changed position: no other article.
    expect(read()).toEqual({ mentions: 1 + RECALL_SHOWN + 1 + 1, actors: 1 });
    const timeline = await db.actorRecall.get(recall?.actorId ?? '');
    expect(timeline?.dates).toEqual(Float64Array.from({ length: many + 1 }, (_, i) => JUNE_10 + (many + 1 - i) * DAY));
    expect(timeline?.issues).toEqual(['a congestion charge for lorries in the old port']);
    const opposed = [...(timeline?.positionStances ?? [])].indexOf(SIDED_STANCES.indexOf('opposes'));
    expect([timeline?.positionDates[opposed], timeline?.positionIssues[opposed], timeline?.positionDates.length]).toEqual([JUNE_10 + 2 * DAY, 0, many + 1]);
  });

  test('recall for an old article of an actor met many times reads as few records as for its newest: counted and dated by the timeline', async () => {
    const db = database();
    const many = 40;
    for (let n = 1; n <= many; n++) await rememberArticle(db, article(n, { stakeholders: [stakeholder('Ilse Marwood', n === 2 ? 'opposes' : 'supports')] }));
    await refreshPeople(db);
    const old = 24;
    // The later articles' index entries gone: a count from the index would miss them, the timeline does not.
    await db.mentions.toCollection().modify((m) => {
      if (m.date > JUNE_10 + old * DAY) delete m.recallNewest;
    });
    let read = 0;
    db.mentions.hook('reading', (m) => {
      read++;
      return m;
    });
    const [recall] = await recallForArticle(db, `https://news.example/${old}`);
    expect(recall?.earlierCount).toBe(old - 1);
    expect(recall?.earlier.map((p) => Number(p.articleKey.split('/').at(-1)))).toEqual([old - 1, old - 2, 2]);
    // The article's own mention, the newest up to it (one more, in case it is among them) and the changed position: not every position in between.
    expect(read).toBeLessThanOrEqual(1 + (RECALL_SHOWN + 1) + 1);
  });

  test('an article of any date is recalled the same as the newest would be: counted, shown and a changed position added', async () => {
    const db = database();
    const many = 16;
    const stanceOf = (n: number): Stance => (n === 2 ? 'opposes' : 'supports');
    for (let n = 1; n <= many; n++) await rememberArticle(db, article(n, { stakeholders: [stakeholder('Ilse Marwood', stanceOf(n))] }));
    await refreshPeople(db);
    for (let n = 1; n <= many; n++) {
      const [recall] = await recallForArticle(db, `https://news.example/${n}`);
      const before = Array.from({ length: n - 1 }, (_, i) => n - 1 - i);
      const shown = before.slice(0, RECALL_SHOWN);
      // A changed position older than the shown ones is added, however old.
      const expected = stanceOf(n) === 'supports' && n > 2 && !shown.includes(2) ? [...shown, 2] : shown;
      expect([n, recall?.earlierCount, recall?.earlier.map((p) => Number(p.articleKey.split('/').at(-1)))]).toEqual([n, n - 1, expected]);
    }
  });

  test("each actor's timeline is kept on every write: remember, forget, merge, split and clear", async () => {
    const db = database();
    await refreshPeople(db);
    const timelines = async () => (await db.actorRecall.toArray()).map((t) => `${t.id} ${t.dates.length} ${t.positionDates.length}`).sort();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Harbour Board', 'supports', 'organisation')] }));
    await rememberArticle(db, article(2, { stakeholders: [stakeholder('Port Authority', 'opposes', 'organisation'), stakeholder('Ilse Marwood', 'opposes')] }));
    await rememberArticle(db, article(3, { stakeholders: [stakeholder('Marwood', 'neutral')] }));
    const [board, authority, marwood] = [await actorIdOf(db, 'Harbour Board'), await actorIdOf(db, 'Port Authority'), await actorIdOf(db, 'Ilse Marwood')];
    expect(await timelines()).toEqual([`${board} 1 1`, `${marwood} 2 1`, `${authority} 1 1`].sort());
    await forgetArticle(db, 'https://news.example/3');
    expect((await db.actorRecall.get(marwood))?.dates).toEqual(Float64Array.of(JUNE_10 + 2 * DAY));
    await mergeActors(db, 'Port Authority', 'Harbour Board', 1);
    await refreshPeople(db);
    expect((await timelines()).filter((s) => s.endsWith(' 2 2'))).toHaveLength(1);
    expect(await db.actorRecall.count()).toBe(2);
    await splitActor(db, 'Harbour Board', 2);
    await refreshPeople(db);
    expect((await timelines()).filter((s) => s.endsWith(' 1 1'))).toHaveLength(3);
    await clearMemory(db);
    expect(await db.actorRecall.count()).toBe(0);
  });

  test('an actor named twice in one article counts that article once, and is found by its first mention there', async () => {
    const db = database();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Tomas Brandt', 'neutral'), stakeholder('Ilse Marwood', 'supports'), stakeholder('Marwood', 'opposes')] }));
    await rememberArticle(db, article(2, { stakeholders: [stakeholder('Ilse Marwood', 'opposes')] }));
    const [recall] = await recallForArticle(db, 'https://news.example/2');
    expect(recall?.earlierCount).toBe(1);
    expect(recall?.earlier.map((p) => [p.name, p.stance])).toEqual([['Ilse Marwood', 'supports']]);
    await refreshPeople(db);
    const mentions = await db.mentions.where('articleKey').equals('https://news.example/1').sortBy('index');
    expect(mentions.map((m) => m.recallNewest?.[0])).toEqual(['person:tomas brandt', 'person:ilse marwood', undefined]);
    // Newest first by the negated date, and no index by issue word: the actor's timeline dates its positions.
    expect(mentions[1]?.recallNewest).toEqual(['person:ilse marwood', -(JUNE_10 + DAY)]);
    expect(mentions.map((m) => m.recallIssue)).toEqual([undefined, undefined, undefined]);
  });

  test('after an import, recall for one article is ready before the rest of the directory, which is rebuilt a few keys at a time', async () => {
    const db = database();
    const surnames = Array.from({ length: REBUILD_STEP_KEYS * 2 }, (_, i) => `Quarrington${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const [own = '', ...others] = surnames.map((s) => `Ines ${s}`);
    const asImported = ({ publishedAt, ...fields }: ArticleToRemember) => ({ ...fields, date: publishedAt ?? 0, dateSource: 'published' as const, firstSeenAt: 1, updatedAt: 1 });
    const imported = [
      ...[1, 2, 3].map((n) => asImported(article(n, { stakeholders: [stakeholder(own, 'supports')] }))),
      asImported(article(4, { stakeholders: others.map((name) => stakeholder(name, 'opposes')) })),
    ];
    await mergeRemembered(db, imported);
    const [first] = await recallForArticle(db, 'https://news.example/3');
    expect(first?.earlier.map((p) => [p.articleKey, p.stance])).toEqual([['https://news.example/2', 'supports'], ['https://news.example/1', 'supports']]);
    expect(first?.earlierCount).toBe(2);
    // Recall grouped this article's actors from the mentions under its keys and wrote nothing: the directory is all still to do.
    expect([await db.people.count(), await db.actorRecall.count(), await db.peopleState.count()]).toEqual([0, 0, 0]);
    await beginRefresh(db);
    let steps = 0;
    while (!(await rebuildStep(db))) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(await db.people.count()).toBe(surnames.length);
    expect(await refreshPeople(db)).toBe(false);
    expect((await db.peopleState.get('state'))?.total).toBe(surnames.length);
  });

  test('an article memory does not hold recalls nothing', async () => {
    expect(await recallForArticle(database(), 'https://news.example/none')).toEqual([]);
  });
});

describe('related articles', () => {
  test('same issue, or shared actors and topic, each with its voices per side', async () => {
    const db = database();
    await rememberArticle(db, article(1, { stakeholders: [stakeholder('Ilse Marwood', 'supports'), stakeholder('dock workers', 'opposes', 'group'), stakeholder('Harbour Board', 'opposes', 'organisation')] }));
    await rememberArticle(db, article(2, { issue: 'a school meal budget', topic: 'Education', stakeholders: [stakeholder('Marwood', 'neutral')] }));
    await rememberArticle(db, article(3, { issue: 'new ferry timetables', stakeholders: [stakeholder('Ilse Marwood', 'unclear')] }));
    await rememberArticle(db, article(4, { issue: 'the old port congestion charge on lorries', stakeholders: [stakeholder('Ilse Marwood', 'opposes')] }));

    // Related articles read the actors' summaries, never the record of everywhere an actor was met.
    await refreshPeople(db);
    await db.actorMentions.clear();
    const related = await relatedArticles(db, 'https://news.example/4');
    expect(related.map((r) => [r.key.slice(-1), r.why, r.sharedActors])).toEqual([
      ['1', 'same-issue', ['Ilse Marwood']],
      ['3', 'shared-actors', ['Ilse Marwood']],
    ]);
    expect(related[0]?.coverage).toEqual({ supports: ['Ilse Marwood'], opposes: ['dock workers', 'Harbour Board'], mixed: [], neutral: [], unclear: [] });
  });
});

describe("the reader's choices in the backup copy", () => {
  test('are copied, and restored with the notes when the database is lost', async () => {
    const items = new Map<string, unknown>();
    const area = {
      get: async (keys: string[] | null) => Object.fromEntries([...items].filter(([k]) => keys === null || keys.includes(k))),
      set: async (set: Record<string, unknown>) => void Object.entries(set).forEach(([k, v]) => items.set(k, structuredClone(v))),
      remove: async (keys: string[]) => void keys.forEach((k) => items.delete(k)),
    };
    const name = `memory-copy-${Date.now()}`;
    const first = withBackupCopy(openDatabase(name), area);
    const choice = await mergeActors(first, 'Port Authority', 'Harbour Board', 1);
    await vi.waitFor(() => expect(items.get(`copy:actor-choice:${choice.id}`)).toEqual(choice));
    // A lost note makes the database restore from the copy.
    items.set('copy:note:n1', { id: 'n1', articleKey: 'https://news.example/1', body: 'kept', tags: [], attachment: null, createdAt: 1, updatedAt: 1, deletedAt: null });
    items.set('copy:article:https://news.example/1', { key: 'https://news.example/1', url: 'https://news.example/1', title: 'T', siteName: null, topic: null, stakeholders: [], issue: null, quotes: [], engineVersion: null, createdAt: 1, updatedAt: 1, noteCount: 1, highlightCount: 0 });
    await first.delete();
    const reopened = withBackupCopy(openDatabase(name), area);
    try {
      expect(await actorChoices(reopened)).toEqual([choice]);
    } finally {
      await reopened.delete();
    }
  });
});

describe('the library and memory', () => {
  test('remembered articles without notes are listed only under "all read", and go when forgotten', async () => {
    const db = database();
    const noted = articleMeta(1);
    await saveNote(db, noted, draft('n1', 'ask about the toll'), { baseUpdatedAt: null, now: 1 });
    await rememberArticle(db, article(1, { key: noted.key, url: noted.url, siteName: 'Harbour Herald' }));
    await rememberArticle(db, article(2, { siteName: 'Valley Courier' }));
    expect((await listLibrary(db)).map((a) => a.key)).toEqual([noted.key]);
    // The noted article is listed with its notes already: only the other comes from memory.
    expect(await listRememberedOnly(db)).toEqual([expect.objectContaining({ key: 'https://news.example/2', noteCount: 0, highlightCount: 0, title: 'Story 2' })]);
    expect(await listRememberedOnly(db, { ...NO_FILTER, site: 'Harbour Herald' })).toEqual([]);
    expect(await listRememberedOnly(db, { ...NO_FILTER, tag: 'toll' })).toEqual([]);
    await forgetArticle(db, 'https://news.example/2');
    expect(await listRememberedOnly(db)).toEqual([]);
  });
});
