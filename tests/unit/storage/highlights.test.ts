import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { deleteHighlight, highlightsForArticle, restoreHighlight, saveHighlight } from '../../../src/storage/highlights.ts';
import { searchLibrary } from '../../../src/storage/search.ts';
import { articleMeta, freshDatabase, quoteSelector } from './helpers.ts';

const article = articleMeta(1);
const at = (start: number) => ({ type: 'TextPositionSelector' as const, start, end: start + 10 });
let db: PolicyLensDb;

beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('highlights', () => {
  test('saved with their article, listed in page order, updated in place', async () => {
    const late = await saveHighlight(db, article, { quote: quoteSelector('later passage'), position: at(90), colour: 'yellow' }, 1000);
    await saveHighlight(db, article, { quote: quoteSelector('earlier passage'), position: at(5), colour: 'green' }, 2000);
    await saveHighlight(db, article, { id: late.id, quote: late.quote, position: late.position, colour: 'blue' }, 3000);
    const listed = await highlightsForArticle(db, article.key);
    expect(listed.map((h) => [h.quote.exact, h.colour])).toEqual([
      ['earlier passage', 'green'],
      ['later passage', 'blue'],
    ]);
    expect(listed[1]).toMatchObject({ createdAt: 1000, updatedAt: 3000, deletedAt: null });
    expect(await db.articles.get(article.key)).toMatchObject({ highlightCount: 2, noteCount: 0 });
  });

  test('delete is soft; restore is its undo', async () => {
    const h = await saveHighlight(db, article, { quote: quoteSelector('a passage about tariffs'), position: at(5), colour: 'yellow' }, 1000);
    await deleteHighlight(db, h.id, 2000);
    expect(await highlightsForArticle(db, article.key)).toEqual([]);
    expect(await db.highlights.get(h.id)).toMatchObject({ deletedAt: 2000, updatedAt: 2000 });
    expect(await searchLibrary(db, 'tariffs')).toEqual([]);
    await restoreHighlight(db, h.id, 3000);
    expect((await highlightsForArticle(db, article.key)).map((x) => x.id)).toEqual([h.id]);
    expect((await searchLibrary(db, 'tariffs')).map((x) => x.id)).toEqual([h.id]);
    expect((await db.articles.get(article.key))?.highlightCount).toBe(1);
  });
});
