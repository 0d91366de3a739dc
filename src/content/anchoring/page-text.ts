/**
 * The page's text with all white space removed, plus a map from each kept
 * character back to its DOM position. Passages from the extracted article are
 * compared the same way: white space differs between the engine's collapsed
 * text and the page's markup (inline tags, line breaks, block boundaries),
 * the other characters do not.
 */

export interface PageText {
  text: string;
  /** For each character of `text`: the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const WHITE_SPACE = /\s/;

export function stripWhiteSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

export function readPageText(root: Node): PageText {
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const chars: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      return parent && SKIPPED.has(parent.tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WHITE_SPACE.test(ch)) continue;
      chars.push(ch);
      nodes.push(node);
      offsets.push(i);
    }
  }
  return { text: chars.join(''), nodes, offsets };
}

/** A DOM Range covering `text[start, end)`. */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  const startNode = page.nodes[start];
  const endNode = page.nodes[end - 1];
  if (!startNode || !endNode || end <= start) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, page.offsets[start]!);
  range.setEnd(endNode, page.offsets[end - 1]! + 1);
  return range;
}
