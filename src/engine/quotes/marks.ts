/**
 * Quotation marks and how they pair. A mark's family decides what may close
 * it; its position (what stands left and right of it) decides whether it
 * opens, closes, or is an apostrophe.
 */

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';

export interface MarkKind {
  family: MarkFamily;
  /** Marks that may close a quotation this mark opens. */
  closers: string;
  /** True when the mark can only ever open (no position test needed). */
  unambiguousOpener: boolean;
}

/**
 * Marks that can open a quotation. English “…”, mixed straight/curly, German
 * „…“ and »…«, French « … », and the single-mark styles. The ” opener covers
 * Scandinavian ”…” and pages with a wrong first mark.
 */
export const OPENERS: Readonly<Record<string, MarkKind>> = {
  '"': { family: 'double', closers: '"”“', unambiguousOpener: false },
  '“': { family: 'double', closers: '”"“', unambiguousOpener: false },
  '”': { family: 'double', closers: '”"', unambiguousOpener: false },
  '„': { family: 'double', closers: '“”"', unambiguousOpener: true },
  '«': { family: 'guillemet', closers: '»', unambiguousOpener: true },
  '»': { family: 'guillemet', closers: '«»', unambiguousOpener: false },
  '‹': { family: 'single-guillemet', closers: '›', unambiguousOpener: true },
  '›': { family: 'single-guillemet', closers: '‹›', unambiguousOpener: false },
  "'": { family: 'single', closers: "'’", unambiguousOpener: false },
  '‘': { family: 'single', closers: "’'", unambiguousOpener: false },
  '‚': { family: 'single', closers: "‘’'", unambiguousOpener: false },
};

/** Every character that can be a quotation mark. */
export const MARK_CHARS = '"“”„«»‹›\'‘’‚';

export function isMark(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && MARK_CHARS.includes(ch);
}

/** Characters after which a mark starts a quotation: start of text, space, opening brackets, dashes, slash, colon. */
const OPENING_CONTEXT = /[\s([{\-–—/:]/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A mark standing where quotations start: after space or an opening bracket (or another mark), before a non-space. */
export function inOpeningPosition(text: string, at: number): boolean {
  const prev = text[at - 1];
  const next = text[at + 1];
  const leftOpen = prev === undefined || OPENING_CONTEXT.test(prev) || isMark(prev);
  return leftOpen && next !== undefined && !/\s/.test(next);
}

/**
 * A mark that may end a quotation: anything but a mark in opening position.
 * Single marks must also not be followed by a letter, so that the apostrophes
 * of "don't" and "it's" never close a quotation.
 */
export function canCloseAt(text: string, at: number, family: MarkFamily): boolean {
  if (family === 'guillemet' || family === 'single-guillemet') return true;
  if (family === 'single') {
    const prev = text[at - 1];
    const next = text[at + 1];
    return prev !== undefined && !/\s/.test(prev) && (next === undefined || !LETTER_OR_DIGIT.test(next));
  }
  return !inOpeningPosition(text, at);
}

/**
 * Whether the mark at `at` can open a quotation. Single marks must also be
 * followed by a letter or digit and not preceded by one, which rules out the
 * apostrophes of "Afghans' rights" and "rock 'n' roll"'s second mark.
 */
export function canOpenAt(text: string, at: number, kind: MarkKind): boolean {
  if (kind.unambiguousOpener) return true;
  if (!inOpeningPosition(text, at)) return false;
  if (kind.family === 'single') return LETTER_OR_DIGIT.test(text[at + 1] ?? '');
  return true;
}
