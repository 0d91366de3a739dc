/**
 * The reader's highlight colours go on the page only once something is to be
 * drawn: adopting a style sheet makes the browser restyle the whole page
 * (over 300 ms on a page of 50,000 elements, measured in Chromium), which a
 * page with nothing drawn on it should not pay.
 */
import type { Settings } from '../shared/settings.ts';
import { applyHighlightColours } from './highlights/colours.ts';

let colours: Settings['colours'] | null = null;
let wanted = false;

/** The colours to use; applied at once when the page already shows highlights. */
export function setColours(next: Settings['colours']): void {
  colours = next;
  if (wanted) applyHighlightColours(next);
}

/** Call before drawing passages: the first time there is something to colour, the colours go on the page. */
export function showColoursFor(passages: readonly unknown[]): void {
  if (wanted || passages.length === 0) return;
  wanted = true;
  if (colours) applyHighlightColours(colours);
}
