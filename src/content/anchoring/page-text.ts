/**
 * The page's text with white space removed, and a way back from offsets in
 * it to DOM positions. Passages from the extracted article are compared the
 * same way: white space differs between the engine's collapsed text and the
 * page's markup (inline tags, line breaks, block boundaries); the other
 * characters do not.
 */

export interface PageText {
  text: string;
  /** The text nodes that contributed, in document order… */
  nodes: Text[];
  /** …and the offset in `text` where each one's characters start. */
  starts: number[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** White space, and the invisible characters (soft hyphen, zero-width) the engine drops from its text. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORED_RUNS = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g;

export function stripWhiteSpace(text: string): string {
  return text.replace(IGNORED_RUNS, '');
}

export function readPageText(root: Node): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: calling into script for every text node costs more than the check it makes.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && SKIPPED.has(parent.localName)) continue;
    const kept = stripWhiteSpace(node.data);
    if (!kept) continue;
    nodes.push(node);
    starts.push(length);
    parts.push(kept);
    length += kept.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** A DOM Range covering `text[start, end)`. */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = domPosition(page, start);
  const to = domPosition(page, end - 1);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return range;
}

/** The text node and offset of the character at `index` of the stripped text. */
function domPosition(page: PageText, index: number): { node: Text; offset: number } | null {
  const i = lastAtMost(page.starts, index);
  const node = page.nodes[i];
  const nodeStart = page.starts[i];
  if (!node || nodeStart === undefined) return null;
  let remaining = index - nodeStart;
  const data = node.data;
  for (let offset = 0; offset < data.length; offset++) {
    if (IGNORED.test(data.charAt(offset))) continue;
    if (remaining === 0) return { node, offset };
    remaining--;
  }
  return null;
}

/** Index of the last element of the sorted array that is ≤ value. */
function lastAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? Infinity) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offsets in the stripped text of a DOM range (for saving a reader's selection). */
export function offsetsOf(page: PageText, range: Range): { start: number; end: number } | null {
  const start = strippedOffset(page, range.startContainer, range.startOffset, 'start');
  const end = strippedOffset(page, range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function strippedOffset(page: PageText, container: Node, offset: number, edge: 'start' | 'end'): number | null {
  // A boundary inside an element: find the text node at or after (start) / before (end) it.
  let node: Node | null = container;
  let within = offset;
  if (!(node instanceof Text)) {
    const child: Node | null = node.childNodes[offset] ?? null;
    const walkerRoot = node;
    node = edge === 'start' ? firstTextFrom(child ?? nextNodeAfter(walkerRoot)) : lastTextBefore(child, walkerRoot);
    within = edge === 'start' ? 0 : (node as Text | null)?.data.length ?? 0;
  }
  if (!node) return null;
  const nodeStart = page.starts[page.nodes.indexOf(node as Text)];
  if (nodeStart === undefined) return null;
  return nodeStart + stripWhiteSpace((node as Text).data.slice(0, within)).length;
}

function firstTextFrom(node: Node | null): Text | null {
  for (let n = node; n; n = nextInDocument(n)) if (n instanceof Text) return n;
  return null;
}

function lastTextBefore(child: Node | null, parent: Node): Text | null {
  let n: Node | null = child ? previousInDocument(child) : lastDescendant(parent);
  for (; n; n = previousInDocument(n)) if (n instanceof Text) return n;
  return null;
}

function nextNodeAfter(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function nextInDocument(node: Node): Node | null {
  return node.firstChild ?? nextNodeAfter(node);
}

function previousInDocument(node: Node): Node | null {
  if (node.previousSibling) return lastDescendant(node.previousSibling);
  return node.parentNode;
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}
