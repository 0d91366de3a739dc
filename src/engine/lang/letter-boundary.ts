/**
 * `\b` in a JavaScript pattern knows ASCII letters only: it never matches before "é" or after "à", and it
 * matches inside "contrário". Packs write `\b` for a word's edge; this turns each one into an edge between
 * letters or digits of any script and the rest, so that a phrase begins and ends on whole words in every language.
 *
 * Where the pattern shows which side the word is on, the edge is one look-around: the two-sided form in front of
 * a phrase stops the engine scanning for the phrase's first letter, which made the whole analysis 17 % slower.
 */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
/** In front of a word: no letter before (the pattern's next element is the word's first letter). */
const WORD_START = `(?<!${WORD_CHAR})`;
/** After a word: a letter before and none after. */
const WORD_END = `(?<=${WORD_CHAR})(?!${WORD_CHAR})`;
/** Either side. */
const WORD_EDGE = `(?:${WORD_END}|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/** What opens a phrase or an alternative. */
const OPENS_ALTERNATIVE = /(?:^|[(|^ ]|\(\?:)$/;
/** A word's first letter, written plainly, maybe inside groups opening there. */
const STARTS_WITH_LETTER = /^(?:\(\?:|\()*[\p{L}\p{N}]/u;
/** A word's last letter, written plainly (not an escape such as `\s`), maybe optional, maybe closing groups (a group that may be absent is not a word). */
const ENDS_WITH_LETTER = /(?<!\\)[\p{L}\p{N}][?*+]?\)*$/u;
/** What can follow the last element of a phrase or an alternative. */
const CLOSES_ALTERNATIVE = /^(?:$|[)| $])/;

function edgeFor(before: string, after: string): string {
  if (OPENS_ALTERNATIVE.test(before) && STARTS_WITH_LETTER.test(after)) return WORD_START;
  if (ENDS_WITH_LETTER.test(before) && CLOSES_ALTERNATIVE.test(after)) return WORD_END;
  return WORD_EDGE;
}

/** `pattern` with every `\b` outside a character class made Unicode-aware (and the `u` flag set). */
export function withLetterBoundaries(pattern: RegExp): RegExp {
  const written = pattern.source;
  let source = '';
  let inClass = false;
  for (let i = 0; i < written.length; i++) {
    const char = written.charAt(i);
    if (char === '\\') {
      const escaped = written.charAt(i + 1);
      // Inside a class "\b" is a backspace, not a boundary.
      source += escaped === 'b' && !inClass ? edgeFor(written.slice(0, i), written.slice(i + 2)) : char + escaped;
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char;
  }
  return new RegExp(source, pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}
