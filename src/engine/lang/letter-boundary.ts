/**
 * `\b` in a JavaScript pattern knows ASCII letters only: it never matches before "é" or after "à", and it
 * matches inside "contrário". Packs write `\b` for a word's edge; this turns each one into an edge between
 * letters or digits of any script and the rest, so that a phrase begins and ends on whole words in every language.
 */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const LETTER_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

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
      source += escaped === 'b' && !inClass ? LETTER_BOUNDARY : char + escaped;
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char;
  }
  return new RegExp(source, pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}
