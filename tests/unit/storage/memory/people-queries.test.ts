import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { inEnglish, mergeReasonTexts } from '../../../../src/shared/actors/merge-reasons.ts';
import type { Stance } from '../../../../src/engine/types.ts';
import type { PolicyLensDb, RememberedStakeholder } from '../../../../src/storage/db.ts';
import { refreshPeople } from '../../../../src/storage/memory/people-directory.ts';
import { actorPage, listActors, mergeActorsByHand, splitFormByHand } from '../../../../src/storage/memory/people-queries.ts';
import { forgetArticle, rememberArticle } from '../../../../src/storage/memory/remember.ts';
import type { ArticleToRemember } from '../../../../src/storage/memory/remember.ts';
import { saveHighlight } from '../../../../src/storage/highlights.ts';
import { saveNote } from '../../../../src/storage/notes.ts';
import { articleMeta, freshDatabasesDeletedAfterEach } from '../helpers.ts';

const database = freshDatabasesDeletedAfterEach();

const DAY = 86_400_000;
const JUNE_10 = Date.UTC(2026, 5, 10);

function said(name: string, stance: Stance, on: string | null = null, kind: RememberedStakeholder['kind'] = 'person'): RememberedStakeholder {
  return { name, role: null, kind, stance, on, evidence: [{ text: `${name} spoke at the harbour.`, quote: { type: 'TextQuoteSelector', exact: `${name} spoke at the harbour.`, prefix: '', suffix: '' } }] };
}

function article(n: number, issue: string, stakeholders: RememberedStakeholder[], quotes: ArticleToRemember['quotes'] = []): ArticleToRemember {
  return {
    key: `https://news.example/story-${n}`,
    url: `https://news.example/story-${n}`,
    title: `Story number ${n}`,
    siteName: n % 2 ? 'The Ledger' : 'Daily Courier',
    topic: 'Transportation',
    issue,
    stakeholders,
    quotes,
    engineVersion: '1.0.0',
    publishedAt: JUNE_10 + n * DAY,
  };
}

const TOLL = 'a toll on the coastal bridge';

/** Four articles: one minister under three name forms, another person of her surname, a body under two forms, a misspelt initial. */
async function seeded(): Promise<PolicyLensDb> {
  const db = database();
  await rememberArticle(db, article(1, TOLL, [said('Transport Minister Ilse Marwood', 'opposes', 'the toll'), said('Marwood', 'opposes'), said('Harbour Pilots Association', 'supports', null, 'organisation')], [{ text: 'The bridge is not a till', speaker: 'Marwood' }]));
  await rememberArticle(db, article(2, TOLL, [said('Ilse Marwood', 'supports', 'a smaller toll'), said('the Harbour Pilots Association', 'opposes', null, 'organisation')]));
  await rememberArticle(db, article(3, 'school meal prices', [said('Tomas Marwood', 'neutral'), said('Ilse Marwood', 'mixed')]));
  await rememberArticle(db, article(4, 'school meal prices', [said('I. Marwood', 'opposes')]));
  await refreshPeople(db);
  return db;
}

describe('the People directory', () => {
  test('each actor once with the number of their articles, most written about first; two people of one surname stay two', async () => {
    const db = await seeded();
    const { actors, total } = await listActors(db, { query: '', limit: 10 });
    expect(total).toBe(4);
    expect(actors.map((a) => `${a.name} ${a.articleCount}`).slice(0, 2)).toEqual(['Ilse Marwood 3', 'Harbour Pilots Association 2']);
    expect(actors.map((a) => `${a.name} ${a.articleCount}`).slice(2).sort()).toEqual(['I. Marwood 1', 'Tomas Marwood 1']);
    expect(actors[0]?.forms).toEqual(['Ilse Marwood', 'Marwood', 'Transport Minister Ilse Marwood']);
  });

  test('search finds an actor by any name form, by a word being typed, and a short form finds all who bear it', async () => {
    const db = await seeded();
    const names = async (query: string) => (await listActors(db, { query, limit: 10 })).actors.map((a) => a.name);
    expect(await names('ilse')).toEqual(['Ilse Marwood']);
    expect(await names('Transport Minister')).toEqual(['Ilse Marwood']);
    expect(await names('pilo')).toEqual(['Harbour Pilots Association']);
    expect(await names('marwood')).toEqual(['Ilse Marwood', 'I. Marwood', 'Tomas Marwood']);
    expect(await names('nobody')).toEqual([]);
    // Every word must match, a short one as a whole word.
    expect(await names('i marwood')).toEqual(['I. Marwood']);
    expect(await names('marwood transport')).toEqual(['Ilse Marwood']);
    expect(await names('marwood pilo')).toEqual([]);
  });

  test('an article remembered or forgotten later updates the rows it touches as it is written, as a rebuild would', async () => {
    const db = await seeded();
    const counts = async () => (await listActors(db, { query: '', limit: 10 })).actors.map((a) => `${a.name} ${a.articleCount}`).sort();
    const asRebuilt = async () => {
      const rows = await db.people.orderBy('id').toArray();
      const actors = (await db.mentions.orderBy('id').toArray()).map((m) => [m.actorId, m.recallNewest]);
      await db.peopleState.clear();
      expect(await refreshPeople(db)).toBe(true);
      expect(await db.people.orderBy('id').toArray()).toEqual(rows);
      expect((await db.mentions.orderBy('id').toArray()).map((m) => [m.actorId, m.recallNewest])).toEqual(actors);
    };
    await rememberArticle(db, article(5, TOLL, [said('Tomas Marwood', 'opposes'), said('Ravi Okafor', 'supports')]));
    expect(await counts()).toEqual(['Harbour Pilots Association 2', 'I. Marwood 1', 'Ilse Marwood 3', 'Ravi Okafor 1', 'Tomas Marwood 2']);
    expect(await refreshPeople(db)).toBe(false);
    await asRebuilt();
    await forgetArticle(db, 'https://news.example/story-1');
    expect(await counts()).toEqual(['Harbour Pilots Association 1', 'I. Marwood 1', 'Ilse Marwood 2', 'Ravi Okafor 1', 'Tomas Marwood 2']);
    await asRebuilt();
  });

  test('a short form that becomes ambiguous leaves the body it had joined, and the body’s row loses it', async () => {
    const db = await seeded();
    await rememberArticle(db, article(6, TOLL, [said('the Association', 'opposes', null, 'organisation')]));
    const association = async () => (await listActors(db, { query: 'association', limit: 5 })).actors.map((a) => `${a.name} ${a.articleCount}`);
    expect(await association()).toEqual(['Harbour Pilots Association 3']);
    // A second body of that name: "the Association" no longer says which one it is.
    await rememberArticle(db, article(7, TOLL, [said('Ferry Users Association', 'supports', null, 'organisation')]));
    expect((await association()).sort()).toEqual(['Association 1', 'Ferry Users Association 1', 'Harbour Pilots Association 2']);
    const rows = await db.people.orderBy('id').toArray();
    await db.peopleState.clear();
    await refreshPeople(db);
    expect(await db.people.orderBy('id').toArray()).toEqual(rows);
  });
});

describe('an actor’s page', () => {
  test('positions grouped by question with date and outlet, quotes, why the names are one', async () => {
    const db = await seeded();
    const id = (await listActors(db, { query: 'ilse', limit: 1 })).actors[0]?.id ?? '';
    const page = await actorPage(db, id);
    expect(page?.issues.map((g) => [g.issue, g.positions.map((p) => `${p.stance} ${p.on ?? ''} ${p.outlet}`.trim())])).toEqual([
      ['school meal prices', ['mixed  The Ledger']],
      [TOLL, ['supports a smaller toll Daily Courier', 'opposes the toll The Ledger', 'opposes  The Ledger']],
    ]);
    expect(page?.quotes.map((q) => q.text)).toEqual(['The bridge is not a till']);
    expect(mergeReasonTexts(page?.reasons ?? [], inEnglish).join(' ')).toContain("the full name 'Ilse Marwood' appears in the same article");
  });

  test('the reader’s notes and highlights that name the actor, or are attached to them; not those naming someone else', async () => {
    const db = await seeded();
    const meta = articleMeta(1, { key: 'https://news.example/story-1', url: 'https://news.example/story-1', title: 'Story number 1' });
    const other = articleMeta(9, { title: 'A story memory never kept' });
    const note = (id: string, body: string, attachment: { kind: 'stakeholder'; name: string } | null = null) => ({ id, body, tags: [], attachment });
    const fresh = { baseUpdatedAt: null };
    await saveNote(db, meta, note('by-name', 'Ask marwood why the toll changed'), fresh);
    await saveNote(db, meta, note('attached', 'Changed her mind?', { kind: 'stakeholder', name: 'Transport Minister Ilse Marwood' }), fresh);
    await saveNote(db, meta, note('someone-else', 'The pilots have a point'), fresh);
    await saveNote(db, other, note('elsewhere', 'Ilse Marwood again, on ferries'), fresh);
    await saveHighlight(db, other, { id: 'hl', quote: { type: 'TextQuoteSelector', exact: 'said Ilse Marwood on Tuesday', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 10 }, colour: 'yellow' });
    const id = (await listActors(db, { query: 'ilse', limit: 1 })).actors[0]?.id ?? '';
    const page = await actorPage(db, id);
    expect(page?.mentions.map((m) => `${m.kind}:${m.id}`).sort()).toEqual(['highlight:hl', 'note:attached', 'note:by-name', 'note:elsewhere']);
    expect(page?.mentions.find((m) => m.id === 'elsewhere')?.title).toBe('A story memory never kept');
  });
});

describe('merge and split by hand', () => {
  test('a merge joins two actors and says it was the reader’s; a split takes a form out again; both kept in the directory', async () => {
    const db = await seeded();
    const find = async (query: string) => (await listActors(db, { query, limit: 5 })).actors;
    const [ilse] = await find('ilse');
    const [initial] = await find('I. Marwood');
    if (!ilse || initial?.name !== 'I. Marwood') throw new Error('seeded actors missing');
    const mergedId = await mergeActorsByHand(db, ilse, initial);
    const merged = await actorPage(db, mergedId ?? '');
    expect(merged?.actor.name).toBe('Ilse Marwood');
    expect(merged?.actor.forms).toContain('I. Marwood');
    expect(merged?.actor.articleCount).toBe(4);
    expect(mergeReasonTexts(merged?.reasons ?? [], inEnglish)).toContain("you merged 'Ilse Marwood' and 'I. Marwood'");
    expect((await find('')).length).toBe(3);

    const afterSplit = await splitFormByHand(db, merged?.actor ?? ilse, 'Marwood');
    const page = await actorPage(db, afterSplit ?? '');
    expect(page?.actor.forms).toEqual(['Ilse Marwood', 'I. Marwood', 'Transport Minister Ilse Marwood']);
    expect((await find('marwood')).map((a) => a.name).sort()).toEqual(['Ilse Marwood', 'Marwood', 'Tomas Marwood']);
    // Rebuilt from scratch, the directory is the same: the incremental refresh missed nothing.
    const incremental = await find('');
    await db.peopleState.clear();
    await refreshPeople(db);
    expect(await find('')).toEqual(incremental);
  });
});
