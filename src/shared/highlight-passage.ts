/** A stored highlight as the content script draws it. */
import type { HighlightRecord } from '../storage/db.ts';
import { fittedQuote, HIGHLIGHT_COLOURS } from './messages.ts';
import type { DrawnPassage, HighlightColour } from './messages.ts';

export function toDrawnPassage(highlight: HighlightRecord): DrawnPassage {
  const colour = (HIGHLIGHT_COLOURS as readonly string[]).includes(highlight.colour) ? (highlight.colour as HighlightColour) : 'yellow';
  return { id: highlight.id, layer: `user-${colour}`, quote: fittedQuote(highlight.quote), position: highlight.position, label: '' };
}
