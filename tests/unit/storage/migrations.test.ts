import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6, declareVersion7, declareVersion8, declareVersion9, declareVersion10, openDatabase } from '../../../src/storage/db.ts';
import type { Stance } from '../../../src/engine/types.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { listLibrary } from '../../../src/storage/library.ts';
import { mergeActors, splitActor } from '../../../src/storage/memory/choices.ts';
import { refreshPeople } from '../../../src/storage/memory/people-directory.ts';
import { listActors } from '../../../src/storage/memory/people-queries.ts';
import { recallForArticle } from '../../../src/storage/memory/recall.ts';
import { rememberArticle } from '../../../src/storage/memory/remember.ts';
import { notesForArticle } from '../../../src/storage/notes.ts';
import { searchLibrary } from '../../../src/storage/search.ts';

const NAME = 'migration-test';
let db: PolicyLensDb | null = null;

afterEach(async () => {
  await db?.delete();
  db = null;
});

/** A database exactly as version 1 of the schema left it, with version-1 records. */
async function createVersion1Database(): Promise<void> {
  const v1 = new Dexie(NAME);
  declareVersion1(v1);
  await v1.table('articles').bulkAdd([
    { key: 'https://a.example/1', url: 'https://a.example/1', title: 'Asylum returns deal', siteName: 'A', topic: 'Immigration', createdAt: 1, updatedAt: 5 },
    { key: 'https://a.example/2', url: 'https://a.example/2', title: 'Empty article', siteName: 'A', topic: null, createdAt: 1, updatedAt: 2 },
  ]);
  await v1.table('notes').bulkAdd([
    { id: 'n1', articleKey: 'https://a.example/1', body: 'first thoughts on the ferry contract', createdAt: 1, updatedAt: 2, deletedAt: null },
    { id: 'n2', articleKey: 'https://a.example/1', body: 'second', createdAt: 3, updatedAt: 4, deletedAt: null },
    { id: 'n3', articleKey: 'https://a.example/2', body: 'gone', createdAt: 1, updatedAt: 2, deletedAt: 2 },
  ]);
  await v1.table('highlights').add({
    id: 'h1',
    articleKey: 'https://a.example/1',
    quote: { type: 'TextQuoteSelector', exact: 'the minister conceded', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 3, end: 23 },
    colour: 'yellow',
    createdAt: 1,
    updatedAt: 5,
    deletedAt: null,
  });
  v1.close();
}

describe('migration from version 1 to 2', () => {
  test('backfills tags and attachments, counts, and the search index, keeping every record', async () => {
    await createVersion1Database();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);

    const notes = await notesForArticle(db, 'https://a.example/1');
    expect(notes.map((n) => [n.id, n.body, n.tags, n.attachment])).toEqual([
      ['n1', 'first thoughts on the ferry contract', [], null],
      ['n2', 'second', [], null],
    ]);
    expect(await db.notes.get('n3')).toMatchObject({ deletedAt: 2, tags: [] });
    expect(await db.articles.get('https://a.example/1')).toMatchObject({ noteCount: 2, highlightCount: 1, stakeholders: [], updatedAt: 5 });
    expect(await db.articles.get('https://a.example/2')).toMatchObject({ noteCount: 0, highlightCount: 0 });

    // Only the article with live notes is in the library; search finds notes, highlights and titles.
    expect((await listLibrary(db)).map((a) => a.key)).toEqual(['https://a.example/1']);
    expect((await searchLibrary(db, 'ferry')).map((h) => h.id)).toEqual(['n1']);
    expect((await searchLibrary(db, 'conceded')).map((h) => h.id)).toEqual(['h1']);
    expect((await searchLibrary(db, 'asylum')).map((h) => h.kind)).toEqual(['article']);
    expect(await searchLibrary(db, 'gone')).toEqual([]);
  });

  test('an empty version-1 database upgrades too', async () => {
    const v1 = new Dexie(NAME);
    declareVersion1(v1);
    await v1.open();
    v1.close();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await listLibrary(db)).toEqual([]);
  });
});

describe('migration from version 2 to 3', () => {
  test('articles gain an empty summary beside their stakeholders, and stakeholder names become searchable', async () => {
    const v2 = new Dexie(NAME);
    declareVersion1(v2);
    declareVersion2(v2);
    const key = 'https://b.example/levy';
    await v2.table('articles').add({
      key,
      url: key,
      title: 'Harbour levy vote',
      siteName: 'B',
      topic: 'Transportation',
      stakeholders: [{ name: 'Ines Okafor', role: 'port authority chief', stance: 'opposes' }],
      createdAt: 1,
      updatedAt: 3,
      noteCount: 1,
      highlightCount: 0,
    });
    await v2.table('notes').add({ id: 'n1', articleKey: key, body: 'ask about the fees', tags: [], attachment: null, createdAt: 2, updatedAt: 3, deletedAt: null });
    await v2.table('searchIndex').add({ id: 'note:n1', kind: 'note', articleKey: key, words: ['ask', 'about', 'the', 'fees'] });
    v2.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.articles.get(key)).toEqual({
      key,
      url: key,
      title: 'Harbour levy vote',
      siteName: 'B',
      topic: 'Transportation',
      stakeholders: [{ name: 'Ines Okafor', role: 'port authority chief', stance: 'opposes', on: null, evidence: [] }],
      issue: null,
      quotes: [],
      engineVersion: null,
      createdAt: 1,
      updatedAt: 3,
      noteCount: 1,
      highlightCount: 0,
    });
    expect((await searchLibrary(db, 'okafor')).map((h) => [h.kind, h.text])).toEqual([['stakeholder', 'Ines Okafor (port authority chief)']]);
    expect((await searchLibrary(db, 'fees')).map((h) => h.id)).toEqual(['n1']);
    expect((await listLibrary(db)).map((a) => a.key)).toEqual([key]);
  });
});

describe('migration from version 3 to 4', () => {
  test('adds empty memory tables and keeps the notes library as it was', async () => {
    const v3 = new Dexie(NAME);
    declareVersion1(v3);
    declareVersion2(v3);
    declareVersion3(v3);
    const key = 'https://c.example/tolls';
    const record = {
      key,
      url: key,
      title: 'Bridge tolls return',
      siteName: 'C',
      topic: 'Transportation',
      stakeholders: [{ name: 'Ines Okafor', role: null, stance: 'opposes', on: 'the tolls', evidence: ['Okafor called the tolls unfair.'] }],
      issue: 'bridge tolls',
      quotes: [],
      engineVersion: '0.1.0',
      createdAt: 1,
      updatedAt: 3,
      noteCount: 1,
      highlightCount: 0,
    };
    await v3.table('articles').add(record);
    await v3.table('notes').add({ id: 'n1', articleKey: key, body: 'tolls again', tags: [], attachment: null, createdAt: 2, updatedAt: 3, deletedAt: null });
    v3.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.articles.get(key)).toEqual(record);
    expect((await listLibrary(db)).map((a) => a.key)).toEqual([key]);
    expect([await db.memory.count(), await db.mentions.count(), await db.actorChoices.count()]).toEqual([0, 0, 0]);
    // The new tables work at once.
    await rememberArticle(db, { key, url: key, title: 'Bridge tolls return', siteName: 'C', topic: 'Transportation', issue: 'bridge tolls', stakeholders: [], quotes: [], engineVersion: '0.1.0', publishedAt: null });
    expect(await recallForArticle(db, key)).toEqual([]);
  });
});

describe('migration from version 4 to 5', () => {
  test('adds the People directory empty, and it is built from the remembered mentions on first use', async () => {
    const v4 = new Dexie(NAME);
    declareVersion1(v4);
    declareVersion2(v4);
    declareVersion3(v4);
    declareVersion4(v4);
    await v4.open();
    v4.close();
    db = openDatabase(NAME);
    const key = 'https://d.example/ferries';
    await db.open();
    await rememberArticle(db, { key, url: key, title: 'Ferry fares rise', siteName: 'D', topic: 'Transportation', issue: 'ferry fares', stakeholders: [{ name: 'Ines Okafor', role: null, kind: 'person', stance: 'opposes', on: null, evidence: [] }], quotes: [], engineVersion: '0.1.0', publishedAt: null });
    expect(db.verno).toBe(11);
    expect(await db.people.count()).toBe(0);
    expect(await refreshPeople(db)).toBe(true);
    expect((await listActors(db, { query: 'okafor', limit: 5 })).actors.map((a) => a.name)).toEqual(['Ines Okafor']);
  });
});

/** A stakeholder as memory kept it before version 7. */
const said = (name: string, stance: string, on: string | null = null) => ({ name, role: null, kind: 'person', stance, on, evidence: [] });

/** A remembered article as versions 4 to 6 kept it, dated `n` seconds after the epoch. */
function rememberedRecord(n: number, stakeholders: ReturnType<typeof said>[], fields: { key: string; url: string; title: string; siteName: string; issue: string; issueWords: string[] }) {
  return { ...fields, topic: 'Transportation', stakeholders, quotes: [], date: n * 1000, dateSource: 'published', firstSeenAt: n, updatedAt: n, engineVersion: '1.0.0' };
}

describe('migration from version 5 to 6', () => {
  test('keeps memory and the reader’s choices; each mention gains its actor, and recall and the People view read them', async () => {
    const v5 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5]) declare(v5);
    const remembered = (n: number, stakeholders: ReturnType<typeof said>[]) =>
      rememberedRecord(n, stakeholders, { key: `https://e.example/${n}`, url: `https://e.example/${n}`, title: `Harbour story ${n}`, siteName: 'E', issue: 'harbour dues', issueWords: ['harbour', 'dues'] });
    const articles = [remembered(1, [said('Ines Okafor', 'supports'), said('Petra Lund', 'neutral')]), remembered(2, [said('Okafor', 'opposes'), said('P. Lund', 'opposes')])];
    await v5.table('memory').bulkAdd(articles);
    await v5.table('mentions').bulkAdd(
      articles.flatMap((a) => a.stakeholders.map((s, index) => ({ id: `${a.key}#${index}`, articleKey: a.key, index, name: s.name, role: null, kind: 'person', date: a.date, identityKeys: [`p:${s.name.split(' ').at(-1)?.toLowerCase()}`] }))),
    );
    await v5.table('actorChoices').add({ id: 'choice-1', at: 1, kind: 'merge', names: ['Petra Lund', 'P. Lund'] });
    // A directory as version 5 built it, long per-article lists and all.
    await v5.table('people').add({ id: 'person:ines okafor', kind: 'person', name: 'Ines Okafor', names: ['Ines Okafor'], reasons: [], articleCount: 1, articleKeys: ['https://e.example/1'], mentionIds: ['https://e.example/1#0'], identityKeys: ['p:okafor'], words: ['ines', 'okafor'] });
    await v5.table('peopleState').add({ id: 'state', version: 2, memoryUpdatedAt: 1, choiceIds: ['choice-1'], articleKeys: ['https://e.example/1'] });
    v5.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.memory.toArray()).toEqual(articles);
    expect([await db.mentions.count(), await db.actorChoices.count(), await db.people.count()]).toEqual([4, 1, 0]);
    const recall = await recallForArticle(db, 'https://e.example/2');
    expect(recall.map((r) => `${r.actorName}: ${r.earlier.map((p) => p.stance).join()}`)).toEqual(['Ines Okafor: supports', 'Petra Lund: neutral']);
    // Recall grouped that article's actors itself; the directory's refresh keeps them.
    await refreshPeople(db);
    expect((await db.mentions.toArray()).every((m) => typeof m.actorId === 'string')).toBe(true);
    const listed = (await listActors(db, { query: '', limit: 5 })).actors.map((a) => `${a.name} ${a.articleCount}`).sort();
    expect(listed).toEqual(['Ines Okafor 2', 'Petra Lund 2']);
  });
});

describe('migration from version 6 to 7', () => {
  test('each mention gains what recall shows from its article; recall then reads no whole article', async () => {
    const v6 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6]) declare(v6);
    const remembered = (n: number, stakeholders: ReturnType<typeof said>[]) =>
      rememberedRecord(n, stakeholders, { key: `https://f.example/${n}`, url: `https://f.example/${n}?page=1`, title: `Ferry story ${n}`, siteName: `Outlet ${n}`, issue: 'ferry fares', issueWords: ['ferry', 'fare'] });
    const articles = [remembered(1, [said('Ines Okafor', 'supports', 'the fare cap')]), remembered(2, [said('Okafor', 'opposes', null)])];
    await v6.table('memory').bulkAdd(articles);
    await v6.table('mentions').bulkAdd(
      articles.flatMap((a) => a.stakeholders.map((s, index) => ({ id: `${a.key}#${index}`, articleKey: a.key, index, name: s.name, role: null, kind: 'person', date: a.date, identityKeys: ['p:okafor'], actorId: 'person:ines okafor' }))),
    );
    // The directory as version 6 built it: where the actor was met, without stances.
    await v6.table('actorMentions').add({ id: 'person:ines okafor', mentions: articles.map((a) => ({ articleKey: a.key, index: 0, date: a.date })) });
    await v6.table('people').add({ id: 'person:ines okafor', kind: 'person', name: 'Ines Okafor', names: ['Ines Okafor', 'Okafor'], reasons: [], articleCount: 2, rank: [-2, 'Ines Okafor'], words: ['ines', 'okafor'] });
    await v6.table('peopleState').add({ id: 'state', version: 3, choiceIds: [], total: 1 });
    v6.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.memory.toArray()).toEqual(articles);
    expect(await db.mentions.get('https://f.example/1#0')).toMatchObject({
      actorId: 'person:ines okafor',
      stance: 'supports',
      on: 'the fare cap',
      title: 'Ferry story 1',
      url: 'https://f.example/1?page=1',
      outlet: 'Outlet 1',
      issue: 'ferry fares',
    });
    const [recall] = await recallForArticle(db, 'https://f.example/2');
    expect(recall?.earlier).toEqual([
      { articleKey: 'https://f.example/1', title: 'Ferry story 1', url: 'https://f.example/1?page=1', outlet: 'Outlet 1', date: 1000, issue: 'ferry fares', name: 'Ines Okafor', stance: 'supports', on: 'the fare cap', sameIssue: true },
    ]);
    await refreshPeople(db);
    expect((await db.actorMentions.get('person:ines okafor'))?.mentions.map((m) => m.stance)).toEqual(['supports', 'opposes']);
  });
});

describe('migration from version 7 to 8', () => {
  test('keeps memory, mentions and choices; recall finds each actor through its new indexes once its actors are regrouped, and the rest is rebuilt in steps', async () => {
    const v7 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6, declareVersion7]) declare(v7);
    const remembered = (n: number, stakeholders: ReturnType<typeof said>[]) =>
      rememberedRecord(n, stakeholders, { key: `https://g.example/${n}`, url: `https://g.example/${n}`, title: `Canal story ${n}`, siteName: 'G', issue: 'canal tolls', issueWords: ['canal', 'toll'] });
    const articles = [remembered(1, [said('Ines Okafor', 'opposes'), said('Petra Lund', 'neutral')]), remembered(2, [said('Okafor', 'supports')]), remembered(3, [said('Ines Okafor', 'supports')])];
    const mentions = articles.flatMap((a) =>
      a.stakeholders.map((s, index) => {
        const surname = s.name.split(' ').at(-1)?.toLowerCase() ?? '';
        const actorId = surname === 'okafor' ? 'person:ines okafor' : 'person:petra lund';
        return { id: `${a.key}#${index}`, articleKey: a.key, index, name: s.name, role: null, kind: 'person', date: a.date, identityKeys: [`p:${surname}`], actorId, stance: s.stance, on: null, title: a.title, url: a.url, outlet: a.siteName, issue: a.issue };
      }),
    );
    await v7.table('memory').bulkAdd(articles);
    await v7.table('mentions').bulkAdd(mentions);
    await v7.table('actorChoices').add({ id: 'choice-1', at: 1, kind: 'split', name: 'Someone Else' });
    await v7.table('people').bulkAdd([
      { id: 'person:ines okafor', kind: 'person', name: 'Ines Okafor', names: ['Ines Okafor', 'Okafor'], reasons: [], articleCount: 3, rank: [-3, 'Ines Okafor'], words: ['ines', 'okafor'] },
      { id: 'person:petra lund', kind: 'person', name: 'Petra Lund', names: ['Petra Lund'], reasons: [], articleCount: 1, rank: [-1, 'Petra Lund'], words: ['petra', 'lund'] },
    ]);
    await v7.table('peopleState').add({ id: 'state', version: 4, choiceIds: ['choice-1'], total: 2 });
    v7.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.memory.toArray()).toEqual(articles);
    expect(await db.mentions.orderBy('id').toArray()).toEqual(mentions);
    expect(await db.actorChoices.count()).toBe(1);
    const [recall] = await recallForArticle(db, 'https://g.example/3');
    expect(recall?.earlierCount).toBe(2);
    expect(recall?.earlier.map((p) => [p.name, p.stance])).toEqual([['Okafor', 'supports'], ['Ines Okafor', 'opposes']]);
    // Petra Lund's key is not one of that article's: left to the rebuild's steps.
    expect((await db.mentions.get('https://g.example/1#1'))?.recallNewest).toBeUndefined();
    expect(await refreshPeople(db)).toBe(true);
    expect((await db.mentions.get('https://g.example/1#1'))?.recallNewest).toEqual(['person:petra lund', -1000]);
    expect((await listActors(db, { query: '', limit: 5 })).actors.map((a) => `${a.name} ${a.articleCount}`)).toEqual(['Ines Okafor 3', 'Petra Lund 1']);
  });
});

describe('migration from version 8 to 9', () => {
  test('keeps memory, mentions, choices and the directory; recall reads the same before the summaries are built and after, from them', async () => {
    const v8 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6, declareVersion7, declareVersion8]) declare(v8);
    const remembered = (n: number, stakeholders: ReturnType<typeof said>[]) =>
      rememberedRecord(n, stakeholders, { key: `https://h.example/${n}`, url: `https://h.example/${n}`, title: `Tram story ${n}`, siteName: 'H', issue: 'tram fares', issueWords: ['tram', 'fare'] });
    const articles = [remembered(1, [said('Ines Okafor', 'opposes')]), remembered(2, [said('Okafor', 'supports'), said('Petra Lund', 'neutral')]), remembered(3, [said('Ines Okafor', 'supports')])];
    const okafor = 'person:ines okafor';
    const mentions = articles.flatMap((a) =>
      a.stakeholders.map((s, index) => {
        const surname = s.name.split(' ').at(-1)?.toLowerCase() ?? '';
        const actorId = surname === 'okafor' ? okafor : 'person:petra lund';
        const sided = s.stance !== 'neutral';
        return {
          id: `${a.key}#${index}`, articleKey: a.key, index, name: s.name, role: null, kind: 'person', date: a.date, identityKeys: [`p:${surname}`], actorId,
          stance: s.stance, on: null, title: a.title, url: a.url, outlet: a.siteName, issue: a.issue,
          recallNewest: [actorId, -a.date], ...(sided ? { recallIssue: ['tram', 'fare'].map((w) => [actorId, w, -a.date]) } : {}),
        };
      }),
    );
    await v8.table('memory').bulkAdd(articles);
    await v8.table('mentions').bulkAdd(mentions);
    await v8.table('actorChoices').add({ id: 'choice-1', at: 1, kind: 'split', name: 'Someone Else' });
    const people = [
      { id: okafor, kind: 'person', name: 'Ines Okafor', names: ['Ines Okafor', 'Okafor'], reasons: [], articleCount: 3, rank: [-3, 'Ines Okafor'], words: ['ines', 'okafor'] },
      { id: 'person:petra lund', kind: 'person', name: 'Petra Lund', names: ['Petra Lund'], reasons: [], articleCount: 1, rank: [-1, 'Petra Lund'], words: ['petra', 'lund'] },
    ];
    await v8.table('people').bulkAdd(people);
    await v8.table('actorMentions').add({ id: okafor, mentions: mentions.filter((m) => m.actorId === okafor).map(({ articleKey, index, date, stance, issue }) => ({ articleKey, index, date, stance, issue })) });
    await v8.table('peopleState').add({ id: 'state', version: 5, choiceIds: ['choice-1'], total: 2 });
    v8.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.memory.toArray()).toEqual(articles);
    expect(await db.mentions.orderBy('id').toArray()).toEqual(mentions);
    expect([await db.actorChoices.count(), await db.people.count(), await db.actorRecall.count()]).toEqual([1, 2, 0]);
    const shown = (recall: Awaited<ReturnType<typeof recallForArticle>>) => recall.map((r) => [r.actorName, r.earlierCount, r.earlier.map((p) => `${p.name} ${p.stance}`)]);
    const expected = [['Ines Okafor', 2, ['Okafor supports', 'Ines Okafor opposes']]];
    // The directory is out of date (built another way): recall groups the article's actors itself.
    expect(shown(await recallForArticle(db, 'https://h.example/3'))).toEqual(expected);
    expect(await refreshPeople(db)).toBe(true);
    expect((await db.actorRecall.get(okafor))?.dates).toEqual(Float64Array.of(3000, 2000, 1000));
    expect(shown(await recallForArticle(db, 'https://h.example/3'))).toEqual(expected);
    expect((await listActors(db, { query: '', limit: 5 })).actors.map((a) => `${a.name} ${a.articleCount}`)).toEqual(['Ines Okafor 3', 'Petra Lund 1']);
  });
});

/** Three articles on `issue` through today's code: Ines Okafor opposes, then (as 'Okafor', beside Petra Lund) supports, then supports. */
async function rememberThreeStories(into: PolicyLensDb, host: string, issue: string): Promise<void> {
  const remember = (n: number, stakeholders: ReturnType<typeof said>[]) =>
    rememberArticle(into, { key: `https://${host}.example/${n}`, url: `https://${host}.example/${n}`, title: `Story ${n} on ${issue}`, siteName: host.toUpperCase(), topic: null, issue, stakeholders: stakeholders.map((s) => ({ ...s, stance: s.stance as Stance, kind: 'person' as const, evidence: [] })), quotes: [], engineVersion: '1.0.0', publishedAt: n * 1000 });
  await remember(1, [said('Ines Okafor', 'opposes')]);
  await remember(2, [said('Okafor', 'supports'), said('Petra Lund', 'neutral')]);
  await remember(3, [said('Ines Okafor', 'supports')]);
}

describe('migration from version 9 to 10 (and on)', () => {
  test("keeps memory and mentions; recall reads the same before the directory is rebuilt with actors' timelines and after, and the dropped index key goes", async () => {
    // Written as version 9 wrote them: through today's code, then given back what version 9 kept and lacked.
    db = openDatabase(NAME);
    await rememberThreeStories(db, 't', 'tram fares');
    await refreshPeople(db);
    const tables = ['memory', 'mentions', 'actorChoices', 'people', 'peopleState', 'actorMentions'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await (db as PolicyLensDb).table(t).toArray()] as const))) as Record<(typeof tables)[number], Record<string, unknown>[]>;
    await db.delete();
    const mentions = rows.mentions.map((m) => (m.recallNewest && m.stance !== 'neutral' ? { ...m, recallIssue: ['tram', 'fare'].map((w) => [m.actorId, w, -(m.date as number)]) } : m));
    const summaries = [{ id: 'person:ines okafor', articleCount: 3, newest: [], sided: [] }];
    const v9 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6, declareVersion7, declareVersion8, declareVersion9]) declare(v9);
    for (const t of tables) await v9.table(t).bulkAdd(t === 'mentions' ? mentions : t === 'peopleState' ? rows[t].map((s) => ({ ...s, version: 6 })) : rows[t]);
    await v9.table('actorSummaries').bulkAdd(summaries);
    v9.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.memory.toArray()).toEqual(rows.memory);
    expect(await db.mentions.toArray()).toEqual(mentions);
    const shown = (recall: Awaited<ReturnType<typeof recallForArticle>>) => recall.map((r) => [r.actorName, r.earlierCount, r.earlier.map((p) => `${p.name} ${p.stance}`)]);
    const expected = [['Ines Okafor', 2, ['Okafor supports', 'Ines Okafor opposes']]];
    // The summaries lack timelines and are never read: recall groups the article's actors itself until the directory is rebuilt.
    expect(shown(await recallForArticle(db, 'https://t.example/3'))).toEqual(expected);
    expect(await refreshPeople(db)).toBe(true);
    expect((await db.actorRecall.get('person:ines okafor'))?.dates).toEqual(Float64Array.of(3000, 2000, 1000));
    expect(await db.mentions.toArray()).toEqual(rows.mentions);
    expect(shown(await recallForArticle(db, 'https://t.example/3'))).toEqual(expected);
  });
});

describe('migration from version 10 to 11', () => {
  test("keeps memory, mentions, choices and people; recall reads the same before each actor's recall record is built and after; the summaries go", async () => {
    // Written as version 10 wrote them: through today's code, then given back version 10's summaries and directory version.
    db = openDatabase(NAME);
    await rememberThreeStories(db, 'u', 'ferry fares');
    await mergeActors(db, 'Petra Lund', 'Ines Okafor', 4000);
    await splitActor(db, 'Petra Lund', 5000);
    await refreshPeople(db);
    const tables = ['memory', 'mentions', 'actorChoices', 'people', 'peopleState', 'actorMentions'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await (db as PolicyLensDb).table(t).toArray()] as const))) as Record<(typeof tables)[number], Record<string, unknown>[]>;
    const listed = async () => (await listActors(db as PolicyLensDb, { query: '', limit: 5 })).actors.map((a) => `${a.name} ${a.articleCount}`);
    const people = await listed();
    await db.delete();
    const okafor = 'person:ines okafor';
    const summary = { id: okafor, articleCount: 3, newest: [], dates: [3000, 2000, 1000], issues: ['ferry fares'], positions: [[3000, 'supports', 0], [2000, 'supports', 0], [1000, 'opposes', 0]] };
    const v10 = new Dexie(NAME);
    for (const declare of [declareVersion1, declareVersion2, declareVersion3, declareVersion4, declareVersion5, declareVersion6, declareVersion7, declareVersion8, declareVersion9, declareVersion10]) declare(v10);
    for (const t of tables) await v10.table(t).bulkAdd(t === 'peopleState' ? rows[t].map((s) => ({ ...s, version: 7 })) : rows[t]);
    await v10.table('actorSummaries').add(summary);
    v10.close();

    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(11);
    expect(db.tables.map((t) => t.name)).not.toContain('actorSummaries');
    for (const t of ['memory', 'mentions', 'actorChoices', 'people', 'actorMentions'] as const) expect(await db.table(t).toArray()).toEqual(rows[t]);
    const shown = (recall: Awaited<ReturnType<typeof recallForArticle>>) => recall.map((r) => [r.actorName, r.earlierCount, r.earlier.map((p) => `${p.name} ${p.stance}`)]);
    const expected = [['Ines Okafor', 2, ['Okafor supports', 'Ines Okafor opposes']]];
    // Built another way (directory version 7): recall groups the article's actors itself until the directory is rebuilt.
    expect(shown(await recallForArticle(db, 'https://u.example/3'))).toEqual(expected);
    expect(await refreshPeople(db)).toBe(true);
    expect(await db.actorRecall.get(okafor)).toMatchObject({ name: 'Ines Okafor', dates: Float64Array.of(3000, 2000, 1000), issues: ['ferry fares'] });
    expect(shown(await recallForArticle(db, 'https://u.example/3'))).toEqual(expected);
    expect(await db.actorChoices.toArray()).toEqual(rows.actorChoices);
    expect(await listed()).toEqual(people);
  });
});
