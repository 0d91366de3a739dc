/**
 * The word right before an offset, read backwards over the text, so a stage
 * can ask what precedes a mention ("la ministre des Forêts", "von dem Tod")
 * without a regular expression of every language's articles.
 */

export interface WordBefore {
  /** Lower case; an elided article keeps its apostrophe as "'" ("l'", "d'"); '' when a mark or nothing stands there. */
  word: string;
  /** Where the word starts ( = the offset given when there is none). */
  start: number;
}

const LETTER = /\p{L}/u;
const APOSTROPHE = /['’]/;
/** Far enough back for any word a pack lists; the read never scans further. */
const MAX_WORD = 24;

export function wordBefore(text: string, offset: number): WordBefore {
  const end = Math.max(0, Math.min(offset, text.length));
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1)) && end - i < MAX_WORD) i--;
  // "l'Assemblée": the elided article is glued to the word after it.
  const elided = i === end && i > 0 && APOSTROPHE.test(text.charAt(i - 1));
  const wordEnd = elided ? i - 1 : i;
  if (!elided && i === end) return { word: '', start: end };
  let j = wordEnd;
  while (j > 0 && LETTER.test(text.charAt(j - 1)) && wordEnd - j < MAX_WORD) j--;
  if (j === wordEnd) return { word: '', start: end };
  const word = text.slice(j, wordEnd).toLowerCase();
  return { word: elided ? `${word}'` : word, start: j };
}
