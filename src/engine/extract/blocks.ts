import type { BlockKind } from '../types.ts';

/** A block before offsets are assigned (what `articleFromBlocks` takes). */
export interface RawBlock {
  kind: BlockKind;
  text: string;
}

export interface BlockWalk {
  blocks: RawBlock[];
  /** True when the character budget was used up with content still left. */
  truncated: boolean;
}

/** Elements that are blocks of their own kind, whatever they contain. */
const LEAF_KIND: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  PRE: 'preformatted',
};

/** Elements that start a new block when met inside running text. */
const BLOCK_TAGS = new Set([
  ...Object.keys(LEAF_KIND),
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never text: scripts and the like that may survive in odd markup. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Photo captions and credits set in plain <p>/<div> rather than <figcaption> (Readability keeps classes for this). */
const CAPTION_CLASS = /(^|[\s_-])(caption|cutline|credit|photo-?credit)s?([\s_-]|$)/i;

/** Deeper than this is not real article structure; stop rather than risk the stack. */
const MAX_DEPTH = 200;

/**
 * Walk extracted article content into blocks in reading order. Headings and
 * captions keep their own kind so later stages can skip them; paragraphs
 * inside a <blockquote> become blockquote blocks, one per paragraph.
 */
export function blocksFromContent(root: Element, maxChars: number): BlockWalk {
  const blocks: RawBlock[] = [];
  let chars = 0;
  let truncated = false;

  const emit = (kind: BlockKind, text: string): void => {
    const collapsed = collapseSpace(text);
    if (!collapsed || truncated) return;
    if (chars + collapsed.length > maxChars) {
      truncated = true;
      return;
    }
    chars += collapsed.length;
    blocks.push({ kind, text: collapsed });
  };

  /** Walk a container: runs of inline content become one block of `kind`; block children are walked in turn. */
  const walkContainer = (el: Element, kind: BlockKind, depth: number): void => {
    let run = '';
    for (let child = el.firstChild; child && !truncated; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag)) {
          emit(kind, run);
          run = '';
          walkBlock(child as Element, kind, depth + 1);
        } else if (tag === 'BR') {
          run += ' ';
        } else {
          run += inlineText(child as Element, depth + 1);
        }
      }
    }
    emit(kind, run);
  };

  const walkBlock = (el: Element, inherited: BlockKind, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BLOCKQUOTE') return walkContainer(el, 'blockquote', depth);
    if (CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return walkContainer(el, 'caption', depth);
    const leaf = LEAF_KIND[tag];
    if (!leaf) return walkContainer(el, inherited, depth);
    // Inside a blockquote a paragraph is still quoted text.
    const kind = inherited === 'blockquote' && (leaf === 'paragraph' || leaf === 'list-item') ? 'blockquote' : leaf;
    if (leaf === 'list-item' || leaf === 'caption') return walkContainer(el, kind, depth);
    // A paragraph that is one link ("READ MORE: …" in capitals) points to another page: a teaser, not the article's prose.
    if (leaf === 'paragraph' && isWholeLink(el)) return;
    const text = inlineText(el, depth);
    emit(leaf === 'heading' ? headingKind(text) : kind, text);
  };

  walkBlock(root, 'paragraph', 0);
  return { blocks, truncated };
}

/** Some sites set whole lead paragraphs in <h2>: a long heading that ends like a sentence is a paragraph. */
function headingKind(text: string): BlockKind {
  const words = collapseSpace(text).split(' ').length;
  return words >= 15 && /[.!?…"”»]$/.test(text.trim()) ? 'paragraph' : 'heading';
}

/** Every letter of the element is inside a link (Readability's link density at its highest). */
function isWholeLink(el: Element): boolean {
  const all = lettersOf(el.textContent);
  if (!all) return false;
  let linked = 0;
  for (const link of el.getElementsByTagName('a')) linked += lettersOf(link.textContent);
  return linked >= all;
}

function lettersOf(text: string | null): number {
  return text?.match(/\p{L}/gu)?.length ?? 0;
}

/** Text of an element's content, <br> as a space, skipping non-text elements; nested blocks are separated by a space. */
function inlineText(el: Element, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) text += ' ';
      text += inlineText(child as Element, depth + 1);
    }
  }
  return text;
}

/** Soft hyphens and zero-width characters: invisible, but they split words for every later stage. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Collapse all white space (including no-break spaces) to single spaces and drop invisible characters; blocks never contain newlines. */
export function collapseSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
