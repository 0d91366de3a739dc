/** Offsets within a block. */
export interface BlockRange {
  start: number;
  end: number;
}

/** An embedded post's byline line: "— Sen. Orla Penhallow (@orlap) March 3, 2031". */
const POST_BYLINE = /^[—–-]\s*[^()]{0,80}\(@\w{1,30}\)/;

/** A media or link token that embedded posts end with. */
const LINK = /^(?:pic\.twitter\.com\/|https?:\/\/)\S*$/;

/** The longest byline text ("— Name (@handle) Month D, YYYY") looked for at the end of a post. */
const BYLINE_CHARS = 120;

/** Blockquoted code and data (JSON, shell) is not anyone's words: most of its characters are not letters or spaces. */
const MIN_PROSE_SHARE = 0.75;

/**
 * The quoted words of a blockquote block that carries no quotation marks: an
 * excerpt of someone's writing or an embedded post, without the post's
 * byline and links. Null for a byline line on its own and for code.
 */
export function excerptRange(text: string): BlockRange | null {
  if (isPostByline(text)) return null;
  let end = withoutByline(text, text.length);
  end = withoutLinks(text, end);
  end = withoutByline(text, end);
  const body = text.slice(0, end).trimEnd();
  if (!body || proseShare(body) < MIN_PROSE_SHARE) return null;
  return { start: 0, end: body.length };
}

/** A line that is only an embedded post's byline. */
export function isPostByline(text: string): boolean {
  return POST_BYLINE.test(text);
}

/** Whether the text ends with an embedded post's byline ("… — Name (@handle) date"). */
export function endsWithPostByline(text: string): boolean {
  return withoutByline(text, text.length) < text.length;
}

/** Cut a trailing "— Name (@handle) date" byline. */
function withoutByline(text: string, end: number): number {
  const handle = text.lastIndexOf('(@', end);
  if (handle < 0 || end - handle > BYLINE_CHARS) return end;
  const from = Math.max(0, handle - BYLINE_CHARS);
  const dash = Math.max(text.lastIndexOf(' — ', handle), text.lastIndexOf(' – ', handle), text.lastIndexOf(' - ', handle));
  return dash >= from ? dash : end;
}

/** Cut trailing link tokens, one at a time from the end. */
function withoutLinks(text: string, end: number): number {
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    const space = text.lastIndexOf(' ', end - 1);
    if (!LINK.test(text.slice(space + 1, end))) return end;
    end = Math.max(0, space);
  }
}

function proseShare(text: string): number {
  let prose = 0;
  for (const ch of text) if (/[\p{L}\s]/u.test(ch)) prose++;
  return prose / text.length;
}
