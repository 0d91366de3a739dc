/**
 * Named sets of text ranges drawn on the page. With the CSS Custom Highlight
 * API (Chrome 105+, Firefox 140+) ranges are styled without touching the
 * page's DOM; elsewhere each range's text is wrapped in a <policy-lens-mark>
 * element that `clear` removes again, restoring the original text nodes.
 */

export const MARK_ELEMENT = 'policy-lens-mark';

const hasHighlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Ranges drawn per layer name, so they can be cleared and hit-tested. */
const drawn = new Map<string, Range[]>();

export function drawLayer(name: string, ranges: Range[]): void {
  clearLayer(name);
  if (ranges.length === 0) return;
  drawn.set(name, ranges);
  if (hasHighlightApi()) CSS.highlights.set(name, new Highlight(...ranges));
  else for (const range of ranges) wrapRange(range, name);
}

export function clearLayer(name: string): void {
  if (!drawn.has(name)) return;
  drawn.delete(name);
  if (hasHighlightApi()) CSS.highlights.delete(name);
  else unwrap(name);
}

export function layerRanges(name: string): readonly Range[] {
  return drawn.get(name) ?? [];
}

function wrapRange(range: Range, name: string): void {
  const doc = range.startContainer.ownerDocument!;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) {
    if (n instanceof Text && range.intersectsNode(n) && n.data.trim()) texts.push(n);
  }
  for (const text of texts) {
    let node = text;
    if (node === range.endContainer && range.endOffset < node.data.length) node.splitText(range.endOffset);
    if (node === range.startContainer && range.startOffset > 0) node = node.splitText(range.startOffset);
    const mark = doc.createElement(MARK_ELEMENT);
    mark.setAttribute('data-layer', name);
    node.replaceWith(mark);
    mark.append(node);
  }
}

function unwrap(name: string): void {
  for (const mark of document.querySelectorAll(MARK_ELEMENT)) {
    if (mark.getAttribute('data-layer') !== name) continue;
    // No normalize(): merging the text nodes back would invalidate ranges already computed over them.
    mark.replaceWith(...mark.childNodes);
  }
}
