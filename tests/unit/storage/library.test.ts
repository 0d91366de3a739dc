import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inWriteTransaction } from '../../../src/storage/db.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { articleMarkdownFor, ENGLISH_LABELS, libraryMarkdown } from '../../../src/storage/export-markdown.ts';
import { libraryFacets, listLibrary, NO_FILTER } from '../../../src/storage/library.ts';
import { deleteNote, saveNote } from '../../../src/storage/notes.ts';
import { refreshSummary } from '../../../src/storage/articles.ts';
import { MAX_HITS, searchLibrary, searchLibraryCounted } from '../../../src/storage/search.ts';
import { searchEntriesFor, wordsOf } from '../../../src/storage/search-index.ts';
import { articleMeta, draft, freshDatabase, seedLibrary, SUMMARY } from './helpers.ts';

let db: PolicyLensDb;

beforeEach(async () => {
  db = freshDatabase();
  await seedLibrary(db);
});
afterEach(async () => {
  await db.delete();
});

describe('library list and filters', () => {
  test('articles with notes, newest first, with their counts', async () => {
    const list = await listLibrary(db);
    expect(list.map((a) => [a.title, a.noteCount, a.highlightCount])).toEqual([
      ['Story number 2', 1, 0],
      ['Story number 1', 2, 1],
    ]);
  });

  test('filters by topic, site and tag', async () => {
    const keys = async (filter: Partial<typeof NO_FILTER>) => (await listLibrary(db, { ...NO_FILTER, ...filter })).map((a) => a.title);
    expect(await keys({ topic: 'Immigration' })).toEqual(['Story number 2', 'Story number 1']);
    expect(await keys({ site: 'Daily Courier' })).toEqual(['Story number 2']);
    expect(await keys({ tag: 'visa' })).toEqual(['Story number 1']);
    expect(await keys({ tag: 'visa', site: 'Daily Courier' })).toEqual([]);
    expect(await libraryFacets(db)).toEqual({ topics: ['Immigration'], sites: ['Daily Courier', 'The Ledger'], tags: ['follow-up', 'visa'] });
    await deleteNote(db, 'n1', 7_000);
    expect((await libraryFacets(db)).tags).toEqual([]);
  });
});

describe('search', () => {
  test('finds a note by a word in its middle, and by the start of that word as it is typed', async () => {
    for (const query of ['numbers', 'FRID', 'visa numb']) {
      expect((await searchLibrary(db, query)).map((h) => h.id), query).toEqual(['n1']);
    }
  });

  test('folds case and accents, and finds highlights and titles', async () => {
    expect((await searchLibrary(db, 'hedges prevot')).map((h) => [h.kind, h.id])).toEqual([['note', 'n2']]);
    expect((await searchLibrary(db, 'block')).map((h) => [h.kind, h.text])).toEqual([['highlight', 'I cannot block it']]);
    expect((await searchLibrary(db, 'story 2')).map((h) => [h.kind, h.id])).toEqual([['article', articleMeta(2).key]]);
  });

  test('finds what the analysis said: a stakeholder by surname, words of a quote, the issue', async () => {
    const key = articleMeta(1).key;
    expect((await searchLibrary(db, 'prevot')).map((h) => [h.kind, h.text])).toEqual([
      ['stakeholder', 'Maxime Prévot (Belgian minister)'],
      ['quote', 'We will not sign a deal we cannot enforce (Maxime Prévot)'],
      ['note', 'Prévot hedges here'],
    ]);
    expect((await searchLibrary(db, 'deal enforce')).map((h) => [h.kind, h.articleKey, h.text])).toEqual([
      ['quote', key, 'We will not sign a deal we cannot enforce (Maxime Prévot)'],
    ]);
    expect((await searchLibrary(db, 'rejected asylum')).map((h) => [h.kind, h.text])).toEqual([['issue', 'a returns agreement for rejected asylum seekers']]);
    // Words spread over the summary's pieces still find the article, showing each piece that has one of them.
    expect((await searchLibrary(db, 'minister enforce')).map((h) => h.kind)).toEqual(['stakeholder', 'quote']);
  });

  test('a newer analysis replaces the summary that search finds, without moving the article in the library', async () => {
    const key = articleMeta(1).key;
    const before = await db.articles.get(key);
    const written = await refreshSummary(db, key, { ...SUMMARY, stakeholders: [], quotes: [{ text: 'Ferries will run on time', speaker: 'Ana Lund' }] });
    expect(written).toBe(true);
    expect(await searchLibrary(db, 'prevot')).toEqual([expect.objectContaining({ kind: 'note' })]);
    expect((await searchLibrary(db, 'lund')).map((h) => h.kind)).toEqual(['quote']);
    expect((await db.articles.get(key))?.updatedAt).toBe(before?.updatedAt);
    // The same summary again writes nothing; an article never kept gets no record.
    expect(await refreshSummary(db, key, { ...SUMMARY, stakeholders: [], quotes: [{ text: 'Ferries will run on time', speaker: 'Ana Lund' }] })).toBe(false);
    expect(await refreshSummary(db, 'https://news.example/never-kept', SUMMARY)).toBe(false);
    expect(await db.articles.get('https://news.example/never-kept')).toBeUndefined();
  });

  test('counts every match when more match than are returned', async () => {
    const notes = Array.from({ length: MAX_HITS + 5 }, (_, i) => ({
      ...draft(`bulk-${i}`, `harbour levy ${i}`),
      articleKey: articleMeta(2).key,
      createdAt: i,
      updatedAt: i,
      deletedAt: null,
    }));
    await inWriteTransaction(db, () => Promise.all([db.notes.bulkPut(notes), db.searchIndex.bulkPut(notes.map(searchEntriesFor.note))]));
    const result = await searchLibraryCounted(db, 'harbour');
    expect(result.hits).toHaveLength(MAX_HITS);
    expect(result.matching).toBe(MAX_HITS + 5);
  });

  test('every word must match; deleted notes and empty queries find nothing', async () => {
    expect(await searchLibrary(db, 'visa hospital')).toEqual([]);
    expect(await searchLibrary(db, 'deleted')).toEqual([]);
    expect(await searchLibrary(db, '  -- ')).toEqual([]);
  });

  test('an edited note is found by its new words only', async () => {
    await saveNote(db, articleMeta(2), draft('n3', 'Clinic waiting lists'), { baseUpdatedAt: 4_000, now: 9_000 });
    expect((await searchLibrary(db, 'clinic')).map((h) => h.id)).toEqual(['n3']);
    expect(await searchLibrary(db, 'hospital')).toEqual([]);
  });

  test('words are folded and split on anything that is not a letter or digit', () => {
    expect(wordsOf('Prévot: «visa» e-mail, VISA 2026')).toEqual(['prevot', 'visa', 'e', 'mail', '2026']);
  });
});

describe('Markdown export', () => {
  test('one article: title, URL, topic, issue, positions with their object and evidence, quotes with speakers, highlights, notes with tags and attachments', async () => {
    expect(await articleMarkdownFor(db, articleMeta(1).key)).toBe(
      [
        '# Story number 1',
        '',
        '- URL: <https://news.example/story-1?utm_source=feed>',
        '- Site: The Ledger',
        '- Topic: Immigration',
        '- Issue: a returns agreement for rejected asylum seekers',
        '- First kept: 1970-01-01',
        '',
        '## Stakeholders',
        '',
        '- **Maxime Prévot** (Belgian minister): Opposes the returns agreement',
        '  > Prévot said the agreement would not pass the cabinet.',
        '',
        '## Quotes',
        '',
        '> We will not sign a deal we cannot enforce',
        '> — Maxime Prévot',
        '',
        '## Highlights',
        '',
        '> I cannot block it',
        '',
        '## Notes',
        '',
        '### 1970-01-01',
        '',
        'Check the visa numbers before Friday',
        '',
        'Tags: #visa #follow-up',
        '',
        '### 1970-01-01 · on a highlight',
        '',
        '> I cannot block it',
        '',
        'Prévot hedges here',
        '',
      ].join('\n'),
    );
  });

  test('is written in the words it is given (the reader\'s language)', async () => {
    const french = {
      ...ENGLISH_LABELS,
      topic: 'Thème',
      stakeholders: 'Parties prenantes',
      tags: 'Étiquettes',
      onHighlight: 'sur un passage surligné',
      stance: (stance: string) => (stance === 'opposes' ? 'Contre' : stance),
      stanceOn: (stance: string, on: string) => `${stance === 'opposes' ? 'Contre' : stance} ${on}`,
      field: (label: string, value: string) => `${label} : ${value}`,
    };
    const markdown = (await articleMarkdownFor(db, articleMeta(1).key, french))!;
    expect(markdown).toContain('- Thème : Immigration');
    expect(markdown).toContain('## Parties prenantes');
    expect(markdown).toContain('- **Maxime Prévot** (Belgian minister) : Contre the returns agreement');
    expect(markdown).toContain('Étiquettes : #visa #follow-up');
    expect(markdown).toContain('### 1970-01-01 · sur un passage surligné');
  });

  test('a side is never named without what it is about: the stakeholder\'s object, else the issue, else no side', async () => {
    const stakeholder = (name: string, stance: 'supports' | 'neutral', on: string | null) => ({ name, role: null, stance, on, evidence: [] });
    const summary = (issue: string | null) => ({
      ...SUMMARY,
      issue,
      quotes: [],
      stakeholders: [stakeholder('Ada Ortiz', 'supports', 'the harbour levy'), stakeholder('Ben Ruiz', 'supports', null), stakeholder('Cy Tan', 'neutral', null)],
    });
    await saveNote(db, articleMeta(5, { summary: summary('a new harbour levy') }), draft('n5', 'x'), { baseUpdatedAt: null, now: 30_000 });
    await saveNote(db, articleMeta(6, { summary: summary(null) }), draft('n6', 'y'), { baseUpdatedAt: null, now: 31_000 });
    const withIssue = (await articleMarkdownFor(db, articleMeta(5).key))!;
    expect(withIssue).toContain('- **Ada Ortiz**: Supports the harbour levy\n');
    expect(withIssue).toContain('- **Ben Ruiz**: Supports a new harbour levy\n');
    expect(withIssue).toContain('- **Cy Tan**: neutral\n');
    const withoutIssue = (await articleMarkdownFor(db, articleMeta(6).key))!;
    expect(withoutIssue).toContain('- **Ben Ruiz**\n');
    expect(withoutIssue).not.toMatch(/Supports\n|: supports/);
  });

  test('page text with HTML and Markdown shows literally; everything is one document', async () => {
    await saveNote(db, articleMeta(3, { title: '<img src=x onerror=alert(1)> *bold* # not a heading' }), draft('n9', 'a <script>alert(1)</script> b'), {
      baseUpdatedAt: null,
      now: 20_000,
    });
    const all = await libraryMarkdown(db);
    expect(all).toContain('# \\<img src\\=x onerror\\=alert(1)\\> \\*bold\\* \\# not a heading');
    expect(all).toContain('a \\<script>alert(1)\\</script> b');
    expect(all.split('\n---\n').length).toBe(3);
  });
});
