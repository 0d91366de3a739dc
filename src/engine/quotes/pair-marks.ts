import { OPENERS, canCloseAt, canOpenAt, isMark, type MarkFamily } from './marks.ts';

/** A run of text between an opening mark and its closing mark (or the end of the block), offsets within one block. */
export interface MarkedSpan {
  /** The opening mark (first of a run of doubled marks). */
  markStart: number;
  /** After the closing mark (last of a run), or the end of the block when the quotation runs on. */
  markEnd: number;
  /** Inside the marks, before trimming. */
  innerStart: number;
  innerEnd: number;
  family: MarkFamily;
  /** The block ended before a closing mark. */
  unclosed: boolean;
}

/** A quotation mark of the block: its offset and character. */
interface Mark {
  at: number;
  ch: string;
}

/** Index in `marks` of the mark closing a quotation opened before `from`, skipping nested quotations of the same family; -1 if none. */
function closerIndex(text: string, marks: Mark[], from: number, closers: string, family: MarkFamily): number {
  let depth = 0;
  for (let j = from; j < marks.length; j++) {
    const mark = marks[j];
    if (!mark) break;
    const { at: pos, ch } = mark;
    const inner = OPENERS[ch];
    const closes = closers.includes(ch) && canCloseAt(text, pos, family);
    if (closes && depth === 0) return j;
    if (closes) depth--;
    else if (inner && inner.family === family && canOpenAt(text, pos, inner)) depth++;
  }
  return -1;
}

/**
 * The closing single mark. A plural possessive (“the Afghans’ fault”) looks
 * like one, so such a mark only closes when no plainer closing mark comes
 * before the next opening single mark.
 */
function singleCloser(text: string, marks: Mark[], from: number, closers: string): number {
  let possessive = -1;
  for (let j = from; j < marks.length; j++) {
    const mark = marks[j];
    if (!mark) break;
    const { at: pos, ch } = mark;
    const opener = OPENERS[ch];
    if (opener?.family === 'single' && canOpenAt(text, pos, opener)) break;
    if (!closers.includes(ch) || !canCloseAt(text, pos, 'single')) continue;
    if (!looksPossessive(text, pos)) return j;
    if (possessive < 0) possessive = j;
  }
  return possessive;
}

/** Double quotation marks and guillemets: the ones pages double up (“"…"”); single marks next to them are nested quotes. */
function isDoubleMark(ch: string | undefined): boolean {
  return ch !== undefined && '"“”„«»'.includes(ch);
}

function looksPossessive(text: string, at: number): boolean {
  return /[sS]/.test(text[at - 1] ?? '') && text[at + 1] === ' ' && /\p{L}/u.test(text[at + 2] ?? '');
}

/**
 * Pair the quotation marks of one block, left to right, outermost quotations
 * only. Runs of adjacent double marks (“"…"”) count as one mark. Pairing
 * resumes after each closing mark; a double mark that found no closer is not
 * searched for again, and a single mark's search stops at the next single
 * opener: hostile input cannot make this quadratic.
 */
export function pairMarks(text: string): MarkedSpan[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isMark(ch)) marks.push({ at: i, ch });
  }
  const spans: MarkedSpan[] = [];
  const exhausted = new Set<string>();

  let m = 0;
  while (m < marks.length) {
    const opening = marks[m];
    if (!opening) break;
    const { at, ch } = opening;
    const kind = OPENERS[ch];
    if (!kind || exhausted.has(ch) || !canOpenAt(text, at, kind)) {
      m++;
      continue;
    }
    // Doubled opening marks (“"…) are one opener.
    let innerStart = at + 1;
    let next = m + 1;
    while (marks[next]?.at === innerStart && kind.family !== 'single' && isDoubleMark(text[innerStart])) {
      innerStart++;
      next++;
    }

    const close =
      kind.family === 'single'
        ? singleCloser(text, marks, next, kind.closers)
        : closerIndex(text, marks, next, kind.closers, kind.family);
    if (close < 0) {
      spans.push({ markStart: at, markEnd: text.length, innerStart, innerEnd: text.length, family: kind.family, unclosed: true });
      // No closer for this mark anywhere after it: later openers of the same mark need not look again.
      // (A single mark's search stops at the next single opener, so it proves nothing about later ones.)
      if (kind.family !== 'single') exhausted.add(ch);
      m = next;
      continue;
    }
    const innerEnd = marks[close]?.at ?? text.length;
    // Doubled closing marks (…"”) are one closer.
    let after = close + 1;
    let markEnd = innerEnd + 1;
    while (marks[after]?.at === markEnd && kind.family !== 'single' && isDoubleMark(text[markEnd])) {
      markEnd++;
      after++;
    }
    spans.push({ markStart: at, markEnd, innerStart, innerEnd, family: kind.family, unclosed: false });
    m = after;
  }
  return spans;
}
