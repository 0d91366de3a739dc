/**
 * The reader's highlights, seen from the service worker: stored for the
 * article the sender's tab shows (never for an article a message names, so a
 * page cannot write into another article), and sent back to be drawn.
 */
import type { PageReading } from '../engine/types.ts';
import { articleMetaOf } from '../shared/article-meta.ts';
import { toDrawnPassage } from '../shared/highlight-passage.ts';
import { MAX_DRAWN_PASSAGES } from '../shared/messages.ts';
import type { DrawnPassage, MessageOf } from '../shared/messages.ts';
import { sendToTab } from '../shared/runtime.ts';
import { database } from '../storage/db.ts';
import { highlightsForArticle, saveHighlight } from '../storage/highlights.ts';
import { reportHighlightNotSaved } from '../storage/storage-notices.ts';

/** The article's highlights as the page draws them, no more than one message carries. */
export async function highlightsToDraw(articleKey: string): Promise<DrawnPassage[]> {
  return (await highlightsForArticle(database(), articleKey)).slice(0, MAX_DRAWN_PASSAGES).map(toDrawnPassage);
}

export async function createHighlight(tabId: number, reading: PageReading, message: MessageOf<'create-highlight'>): Promise<string> {
  const draft = { quote: message.quote, position: message.position, colour: message.colour };
  const { id } = await saveHighlight(database(), articleMetaOf(reading), draft).catch(async (error: unknown) => {
    await reportHighlightNotSaved(error);
    throw error;
  });
  await sendToTab(tabId, { type: 'draw-passages', set: 'user', passages: await highlightsToDraw(reading.canonicalUrl) });
  return id;
}
