/**
 * Escaping for Markdown exports read in CommonMark viewers and in Obsidian.
 * Page text is shown literally, whatever syntax it contains; the reader's own
 * notes keep their Markdown, but never carry live HTML.
 */

/**
 * Characters with a meaning in CommonMark (emphasis, links, images, HTML,
 * code, headings, tables, entities) or in Obsidian (`%%` comments, `==`
 * highlights, `$` maths, `^` block ids, `[[` links, `#` tags). CommonMark lets
 * any ASCII punctuation be escaped with a backslash, so escaping one that
 * means nothing in some context is harmless.
 */
const PAGE_SYNTAX = /[\\`*_[\]<>#|~!&%=$^]/g;

/** Page text shown literally: syntax escaped, line breaks flattened, no list or block marker at its start. */
export function pageText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(PAGE_SYNTAX, '\\$&')
    .replace(/^(\s*)(\d{1,9})([.)])/, '$1$2\\$3')
    .replace(/^(\s*)([-+])/, '$1\\$2');
}

/**
 * The reader's note as Markdown without live HTML: every `<` that would start
 * a tag is escaped, unless it is in code (where Markdown shows it literally
 * and a backslash would show too) or already escaped. A `<` after an odd
 * number of backslashes is escaped already; after an even number (`\\<`, an
 * escaped backslash) it is not, and gets its own backslash.
 */
export function noteMarkdown(body: string): string {
  return splitCode(body)
    .map((part) => (part.code ? part.text : part.text.replace(/(\\*)</g, (match, slashes: string) => (slashes.length % 2 ? match : `${slashes}\\<`))))
    .join('');
}

interface Part {
  text: string;
  code: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The note cut into code (fenced blocks, inline code spans) and the rest, in order; joined back they are the note. */
function splitCode(body: string): Part[] {
  const parts: Part[] = [];
  const lines = body.split(/(?<=\n)/);
  let prose = '';
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '')?.[1];
    if (!open) {
      prose += lines[i];
      continue;
    }
    parts.push(...splitCodeSpans(prose));
    prose = '';
    let block = lines[i] ?? '';
    const close = new RegExp(`^ {0,3}${open[0] === '`' ? '`' : '~'}{${open.length},}\\s*$`);
    while (++i < lines.length) {
      block += lines[i];
      if (close.test(lines[i] ?? '')) break;
    }
    parts.push({ text: block, code: true });
  }
  parts.push(...splitCodeSpans(prose));
  return parts;
}

/** CommonMark code spans: a run of n backticks (not escaped) up to the next run of exactly n; an unmatched run is text. */
function splitCodeSpans(text: string): Part[] {
  const parts: Part[] = [];
  const runs = [...text.matchAll(/(?<!\\)(?:\\\\)*(`+)/g)].map((m) => ({ start: (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0), length: m[1]?.length ?? 0 }));
  let done = 0;
  for (let r = 0; r < runs.length; r++) {
    const opening = runs[r];
    if (!opening || opening.start < done) continue;
    const closing = runs.slice(r + 1).find((run) => run.length === opening.length);
    if (!closing) continue;
    parts.push({ text: text.slice(done, opening.start), code: false });
    parts.push({ text: text.slice(opening.start, closing.start + closing.length), code: true });
    done = closing.start + closing.length;
    r = runs.indexOf(closing);
  }
  parts.push({ text: text.slice(done), code: false });
  return parts.filter((p) => p.text !== '');
}
