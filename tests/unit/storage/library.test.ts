import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { articleMarkdownFor, ENGLISH_LABELS, libraryMarkdown } from '../../../src/storage/export-markdown.ts';
import { libraryFacets, listLibrary, NO_FILTER } from '../../../src/storage/library.ts';
import { deleteNote, saveNote } from '../../../src/storage/notes.ts';
import { searchLibrary } from '../../../src/storage/search.ts';
import { wordsOf } from '../../../src/storage/search-index.ts';
import { articleMeta, draft, freshDatabase, seedLibrary } from './helpers.ts';

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
    expect((await searchLibrary(db, 'prevot')).map((h) => [h.kind, h.id])).toEqual([['note', 'n2']]);
    expect((await searchLibrary(db, 'block')).map((h) => [h.kind, h.text])).toEqual([['highlight', 'I cannot block it']]);
    expect((await searchLibrary(db, 'story 2')).map((h) => [h.kind, h.id])).toEqual([['article', articleMeta(2).key]]);
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
  test('one article: title, URL, topic, stakeholders, highlights as block quotes, notes with tags and attachments', async () => {
    expect(await articleMarkdownFor(db, articleMeta(1).key)).toBe(
      [
        '# Story number 1',
        '',
        '- URL: <https://news.example/story-1?utm_source=feed>',
        '- Site: The Ledger',
        '- Topic: Immigration',
        '- First kept: 1970-01-01',
        '',
        '## Stakeholders',
        '',
        '- **Maxime Prévot** (Belgian minister): opposes',
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
      field: (label: string, value: string) => `${label} : ${value}`,
    };
    const markdown = (await articleMarkdownFor(db, articleMeta(1).key, french))!;
    expect(markdown).toContain('- Thème : Immigration');
    expect(markdown).toContain('## Parties prenantes');
    expect(markdown).toContain('- **Maxime Prévot** (Belgian minister) : Contre');
    expect(markdown).toContain('Étiquettes : #visa #follow-up');
    expect(markdown).toContain('### 1970-01-01 · sur un passage surligné');
  });

  test('page text with HTML and Markdown shows literally; everything is one document', async () => {
    await saveNote(db, articleMeta(3, { title: '<img src=x onerror=alert(1)> *bold* # not a heading' }), draft('n9', 'a <script>alert(1)</script> b'), {
      baseUpdatedAt: null,
      now: 20_000,
    });
    const all = await libraryMarkdown(db);
    expect(all).toContain('# \\<img src=x onerror=alert(1)\\> \\*bold\\* \\# not a heading');
    expect(all).toContain('a \\<script>alert(1)\\</script> b');
    expect(all.split('\n---\n').length).toBe(3);
  });
});
