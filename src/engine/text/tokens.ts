/** A word of the article text with its offsets. */
export interface Token {
  text: string;
  /** Lower case, possessive "'s" removed. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Ends with "'s" / "’s" (the name ends here). */
  possessive: boolean;
}

// Letters and digits, with inner apostrophes and hyphens ("Bellamy-Reyes", "O'Brien", "aujourd'hui").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
// French elision: "l'opposition" is "l'" + "opposition", "n'est" is "n'" + "est".
const ELISION = /^((?:[ldjnmstc]|qu)['’])(\p{L}.*)$/iu;
// Two names glued by a page's hover cards ("OkaforNadia", "Bellamy-ReyesCorinne"); "McAllister", "DeWitt", "MacArthur" stay whole.
const GLUED_NAMES = /^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}.*)$/u;

/** The words of `text` between two offsets. Linear in the length of the text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const [, elision, elided] = ELISION.exec(m[0]) ?? [];
    const [, firstName, secondName] = GLUED_NAMES.exec(m[0]) ?? [];
    if (elision && elided) {
      // One spelling for the elided word ("l'", "d'"), as the packs list it, whichever apostrophe the page used.
      const article = makeToken(elision, m.index);
      tokens.push({ ...article, lower: article.lower.replace('’', "'") });
      tokens.push(makeToken(elided, m.index + elision.length));
    } else if (firstName && secondName) {
      tokens.push(makeToken(firstName, m.index));
      tokens.push(makeToken(secondName, m.index + firstName.length));
    } else tokens.push(makeToken(m[0], m.index));
  }
  return tokens;
}

function makeToken(raw: string, start: number): Token {
  const possessive = POSSESSIVE.test(raw);
  const word = possessive ? raw.slice(0, -2) : raw;
  return {
    text: word,
    lower: word.toLowerCase(),
    start,
    end: start + word.length,
    capitalised: /^\p{Lu}/u.test(word),
    possessive,
  };
}
