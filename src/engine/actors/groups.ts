import { isDemonym } from './name-lexicon.ts';
import { makeMention, type Mention } from './mention.ts';
import type { Token } from '../text/tokens.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { actorWordsFor, type ActorWords } from './vocabulary.ts';

/** Collective actors ("Belgian officials", "civil society", "critics") and bodies named by nationality ("the French foreign ministry"). */
export function groupsIn(text: string, tokens: Token[], blockIndex: number, lang: string | null): Mention[] {
  const closed = closedClassFor(lang).all;
  const v = actorWordsFor(lang);
  const found: Mention[] = [];
  const base = tokens[0]?.start ?? 0;
  const blockText = text.slice(base, tokens.at(-1)?.end ?? base).toLowerCase();
  for (const phrase of v.groupPhrases) {
    for (let at = blockText.indexOf(phrase); at >= 0; at = blockText.indexOf(phrase, at + phrase.length)) {
      const start = base + at;
      const end = start + phrase.length;
      const words = phrase.replace(/^the /, '').split(' ');
      found.push({ kind: 'group', text: text.slice(start, end), words, start, end, blockIndex, title: null, gender: null, plural: true });
    }
  }
  found.push(...bodiesByNationality(text, tokens, blockIndex, v));
  tokens.forEach((t, i) => {
    if (!v.groupNouns.has(t.lower)) return;
    // Take qualifiers in front: nationalities, parties, "human rights".
    let from = i;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const q = tokens[k];
      const following = tokens[from];
      if (!q || !following || text.slice(q.end, following.start) !== ' ') break;
      // "Belgian officials", "human rights groups", "Mastodon users", "Kremlin advisers".
      if (isDemonym(q.lower, v) || v.groupQualifiers.has(q.lower) || v.quantifiers.has(q.lower) || (q.capitalised && !closed.has(q.lower))) from = k;
      else break;
    }
    const qualifiers = tokens.slice(from, i).filter((q) => !v.quantifiers.has(q.lower));
    // "les responsables belges", "los diputados oficialistas": the nationality or qualifier after the noun.
    const next = tokens[i + 1];
    const qualifiesAfter = next && !next.capitalised && text.slice(t.end, next.start) === ' ';
    const after = qualifiesAfter && (isDemonym(next.lower, v) || v.groupQualifiers.has(next.lower)) ? next : null;
    if (v.genericGroupNouns.has(t.lower) && !qualifiers.length && !after) return;
    const words = [...qualifiers, t, ...(after ? [after] : [])];
    const start = words[0]?.start ?? t.start;
    const end = (after ?? t).end;
    found.push({
      kind: 'group',
      text: text.slice(start, end),
      words: words.map((w) => w.lower),
      start,
      end,
      blockIndex,
      title: null,
      gender: null,
      plural: true,
    });
  });
  return found;
}

/**
 * A body named by nationality and function: "the French foreign ministry",
 * "le gouvernement français", "o governo brasileiro", "die französische Regierung".
 */
function bodiesByNationality(text: string, tokens: Token[], blockIndex: number, v: ActorWords): Mention[] {
  const found: Mention[] = [];
  const adjacent = (a: Token, b: Token) => text.slice(a.end, b.start) === ' ';
  tokens.forEach((t, i) => {
    if (!v.orgWords.has(t.lower)) return;
    const next = tokens[i + 1];
    // Romance order: the nationality right after the body, both lower case.
    if (!t.capitalised && next && !next.capitalised && adjacent(t, next) && isDemonym(next.lower, v)) {
      found.push(makeMention(text, 'organisation', [t, next], blockIndex, null, null));
      return;
    }
    // German: a lower-case nationality before the capitalised body.
    const previous = tokens[i - 1];
    if (t.capitalised && previous && !previous.capitalised && adjacent(previous, t) && isDemonym(previous.lower, v)) {
      found.push(makeMention(text, 'organisation', [previous, t], blockIndex, null, null));
      return;
    }
    if (t.capitalised) return;
    // "the health ministry said", "the foreign ministry": a body named by its portfolio.
    if (previous && v.portfolios.has(previous.lower) && adjacent(previous, t) && /\bthe\s+$/i.test(text.slice(Math.max(0, previous.start - 4), previous.start))) {
      found.push(makeMention(text, 'organisation', [previous, t], blockIndex, null, null));
      return;
    }
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const q = tokens[k];
      const following = tokens[k + 1];
      if (!q || !following || !adjacent(q, following)) return;
      if (q.capitalised && isDemonym(q.lower, v)) {
        found.push(makeMention(text, 'organisation', tokens.slice(k, i + 1), blockIndex, null, null));
        return;
      }
      if (q.capitalised) return;
    }
  });
  return found;
}
