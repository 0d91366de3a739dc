/**
 * The copy of the page that Readability may tear apart (it mutates the
 * document it reads; the reader's page must stay untouched). Rather than
 * cloning everything, copy only what can be article text: no scripts,
 * styles, SVG, form controls or media, no <nav>, <aside> or <footer> (menus,
 * related links, pull-quote boxes), nothing hidden, and none of what
 * Readability's first pass throws away by class, id or role. Most nodes of a
 * news page are in those, so the copy and Readability's passes over it cost
 * a fraction of a full clone. The caller falls back to a full clone when
 * this copy yields too little text (Readability's later passes would have
 * looked at the pruned parts).
 */

/** Never article text. */
const NEVER_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'SOURCE', 'TRACK', 'MAP', 'LINK', 'META', 'BASE', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'DIALOG',
]);
/** Page furniture: almost never the article, left out of the pruned copy only. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);

/** Elements that start a block: white space next to them is layout, not text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Readability's own first-pass rules (Readability.js REGEXPS.unlikelyCandidates, okMaybeItsACandidate, UNLIKELY_ROLES). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/**
 * Real pages nest a few dozen levels deep. Below FLATTEN_DEPTH, plain
 * containers are unwrapped (their content kept, the wrapper not), because
 * Readability's cost grows steeply with depth; below MAX_DEPTH the copy
 * stops descending rather than risk the stack.
 */
const FLATTEN_DEPTH = 48;
const MAX_DEPTH = 1000;
const UNWRAPPABLE_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'SPAN', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'U']);

/** Hidden the way Readability's visibility check sees it (images that lazy-load behind aria-hidden excepted). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isUnlikely(el: Element, tag: string): boolean {
  if (tag === 'A') return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return match.length > 1 && UNLIKELY.test(match) && !MAYBE_CANDIDATE.test(match);
}

function isBlockOrEdge(node: Node | null): boolean {
  if (!node) return true;
  if (node.nodeType !== 1) return node.nodeType === 8;
  const tag = (node as Element).tagName.toUpperCase();
  return BLOCK_TAGS.has(tag) || NEVER_TEXT_TAGS.has(tag) || CHROME_TAGS.has(tag);
}

export interface ReadingCopy {
  doc: Document;
  /** True when the element budget ran out and the rest of the page was left out. */
  truncated: boolean;
}

/**
 * A new document with the page's title and a copy of its body, at most
 * `maxElements` elements. `pruned` also leaves out page furniture and what
 * Readability's first pass discards; otherwise only what is never text.
 */
export function readingCopy(source: Document, maxElements: number, pruned: boolean): ReadingCopy {
  const doc = source.implementation.createHTMLDocument(source.title);
  let budget = maxElements;
  let truncated = false;

  const copyChildren = (from: Node, to: Node, depth: number, inTable: boolean): void => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!isLayoutSpace(child)) to.appendChild(doc.importNode(child, false));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (NEVER_TEXT_TAGS.has(tag) || isHidden(el)) continue;
      if (pruned && (CHROME_TAGS.has(tag) || (!inTable && isUnlikely(el, tag)))) continue;
      if (--budget < 0 || depth >= MAX_DEPTH) {
        truncated = true;
        return;
      }
      if (depth >= FLATTEN_DEPTH && UNWRAPPABLE_TAGS.has(tag)) {
        copyChildren(el, to, depth + 1, inTable);
        continue;
      }
      const copy = doc.importNode(el, false);
      copyChildren(el, copy, depth + 1, inTable || tag === 'TABLE' || tag === 'CODE');
      to.appendChild(copy);
    }
  };

  // Half the text nodes of a page are indentation between blocks; dropping them changes no text.
  const isLayoutSpace = (text: Node): boolean =>
    !/\S/.test(text.nodeValue ?? '') && isBlockOrEdge(text.previousSibling) && isBlockOrEdge(text.nextSibling);

  if (source.body) {
    for (const attribute of source.body.attributes) doc.body.setAttribute(attribute.name, attribute.value);
    copyChildren(source.body, doc.body, 0, false);
  }
  return { doc, truncated };
}
