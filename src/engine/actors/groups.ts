import { isDemonym } from './name-lexicon.ts';
import { makeMention, type Mention } from './mention.ts';
import type { Token } from './tokens.ts';
import { CAPITALISED_FUNCTION_WORDS, GENERIC_GROUP_NOUNS, GROUP_NOUNS, GROUP_PHRASES, ORG_WORDS } from './vocabulary.ts';

/** Collective actors ("Belgian officials", "civil society", "critics") and bodies named by nationality ("the French foreign ministry"). */

const GROUP_QUALIFIERS = new Set(
  'human rights civil local state federal national environmental opposition conservative progressive liberal religious congressional senior administration government party union trade labour labor indigenous health care medical some many other'.split(
    ' ',
  ),
);

export function groupsIn(text: string, tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  const blockText = tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).toLowerCase() : '';
  const base = tokens[0]?.start ?? 0;
  for (const phrase of GROUP_PHRASES) {
    for (let at = blockText.indexOf(phrase); at >= 0; at = blockText.indexOf(phrase, at + phrase.length)) {
      const start = base + at;
      const end = start + phrase.length;
      const words = phrase.replace(/^the /, '').split(' ');
      found.push({ kind: 'group', text: text.slice(start, end), words, start, end, blockIndex, title: null, gender: null, plural: true });
    }
  }
  found.push(...bodiesByNationality(text, tokens, blockIndex));
  tokens.forEach((t, i) => {
    if (!GROUP_NOUNS.has(t.lower)) return;
    // Take qualifiers in front: nationalities, parties, "human rights".
    let k = i;
    while (k > 0 && i - k < 3) {
      const q = tokens[k - 1]!;
      if (text.slice(q.end, tokens[k]!.start) !== ' ') break;
      // "Belgian officials", "human rights groups", "Twitter users", "White House advisers".
      if (isDemonym(q.lower) || GROUP_QUALIFIERS.has(q.lower) || (q.capitalised && !CAPITALISED_FUNCTION_WORDS.has(q.lower))) k--;
      else break;
    }
    const qualifiers = tokens.slice(k, i).filter((q) => !['some', 'many', 'other'].includes(q.lower));
    if (GENERIC_GROUP_NOUNS.has(t.lower) && !qualifiers.length) return;
    const words = [...qualifiers, t];
    found.push({
      kind: 'group',
      text: text.slice(words[0]!.start, t.end),
      words: words.map((w) => w.lower),
      start: words[0]!.start,
      end: t.end,
      blockIndex,
      title: null,
      gender: null,
      plural: true,
    });
  });
  return found;
}

/** "the French foreign ministry", "the Belgian government": a body named by nationality and function. */
function bodiesByNationality(text: string, tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((t, i) => {
    if (t.capitalised || !ORG_WORDS.has(t.lower)) return;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const q = tokens[k]!;
      if (text.slice(q.end, tokens[k + 1]!.start) !== ' ') return;
      if (q.capitalised && isDemonym(q.lower)) {
        found.push(makeMention(text, 'organisation', tokens.slice(k, i + 1), blockIndex, null, null));
        return;
      }
      if (q.capitalised) return;
    }
  });
  return found;
}
