/**
 * The content script reads every page the reader opens, so its read must
 * never hold up the page: no task over the 50 ms long-task threshold. The
 * engine's reading (Readability above all) costs time in proportion to the
 * page, and runs as one task; on a page larger than the budget below, it
 * reads a copy of the page's beginning instead, made in a task of its own,
 * and the reading says it was cut short (the panel then says the page was
 * too long to analyse fully).
 */
import { readPage } from '../engine/extract/read-page.ts';
import type { PageReading } from '../engine/types.ts';
import { nextTask } from './next-task.ts';

/**
 * Measured in Chromium on the real news pages of the development corpus: the
 * largest has 2,750 elements and about 90,000 characters of text, and the
 * engine reads each in 10–32 ms the first time (its pruned copy skips
 * scripts, navigation and the like). Past that, the read grows with the text
 * (a 200,000-character page took 67 ms of CPU in one task, its 80,000-character
 * beginning 22 ms), so the budget stops just above the longest real article.
 * Text inside scripts and styles is not counted: it is not read either.
 */
export const READ_BUDGET = { elements: 6_000, chars: 100_000, depth: 400 } as const;

/** A page over the budget is read from a copy of its beginning this size: read in well under 50 ms. */
export const BEGINNING_BUDGET = { elements: 2_500, chars: 80_000 } as const;

/** Longer runs of text are cut: one giant text node (a 100 KB "name") must not use up the whole budget. */
const TEXT_NODE_CHARS = 5_000;

/** Elements that never hold article text: not copied (nor is anything inside them). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);

export async function readWithinBudget(doc: Document, url: string): Promise<PageReading> {
  if (fitsBudget(doc)) return readPage(doc, url);
  // Three tasks on a page over the budget: the check, the copy of its beginning, the engine's read of the copy.
  await nextTask();
  const beginning = pageBeginning(doc);
  await nextTask();
  const reading = readPage(beginning, url);
  return reading.text ? { ...reading, text: { ...reading.text, truncated: true } } : reading;
}

/**
 * Walks no further than the budget: on a huge page, measuring all of it would
 * itself be a long task. Deep nesting counts too: real articles are a few
 * dozen levels deep, and the engine's work grows with depth.
 */
function fitsBudget(doc: Document): boolean {
  if (!doc.body) return true;
  // No filter callback: calling into script for every node costs more than the check it makes.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let elements = 0;
  let chars = 0;
  let depth = 0;
  let node: Node | null = walker.firstChild();
  if (node) depth = 1;
  while (node) {
    const skipped = node.nodeType === Node.ELEMENT_NODE && NOT_TEXT.has((node as Element).localName);
    if (node.nodeType === Node.TEXT_NODE) chars += (node as Text).data.length;
    else if (!skipped) elements++;
    if (elements > READ_BUDGET.elements || chars > READ_BUDGET.chars || depth > READ_BUDGET.depth) return false;
    // Depth-first, keeping count of the depth: down to the first child (not into scripts and the like), else on to
    // the next sibling of the nearest ancestor that has one.
    node = skipped ? null : walker.firstChild();
    if (node) {
      depth++;
      continue;
    }
    while (!(node = walker.nextSibling()) && walker.parentNode()) depth--;
  }
  return true;
}

/**
 * A detached copy of the page: its head, and its body's elements and text in
 * document order until either budget runs out, without what lies deeper than
 * the depth budget. Iterative, so deep nesting cannot exhaust the stack.
 */
export function pageBeginning(doc: Document): Document {
  const copy = doc.implementation.createHTMLDocument('');
  for (const attribute of doc.documentElement.attributes) copy.documentElement.setAttribute(attribute.name, attribute.value);
  if (doc.head) copy.head.replaceWith(copy.importNode(doc.head, true));
  if (!doc.body) return copy;

  const copyOf = new Map<Node, Node>([[doc.body, copy.body]]);
  const depthOf = new Map<Node, number>([[doc.body, 0]]);
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let elements = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Document order: a node's parent was seen before it; no copy of the parent means it was left out.
    const parent = node.parentNode && copyOf.get(node.parentNode);
    if (node.nodeType === Node.TEXT_NODE) {
      if (!parent) continue;
      const text = (node as Text).data.slice(0, TEXT_NODE_CHARS);
      chars += text.length;
      if (chars > BEGINNING_BUDGET.chars) break;
      parent.appendChild(copy.createTextNode(text));
      continue;
    }
    if (++elements > BEGINNING_BUDGET.elements) break;
    if (!parent || NOT_TEXT.has((node as Element).localName)) continue;
    const depth = depthOf.get(node.parentNode!)! + 1;
    if (depth > READ_BUDGET.depth) continue;
    const element = copy.importNode(node as Element, false);
    parent.appendChild(element);
    copyOf.set(node, element);
    depthOf.set(node, depth);
  }
  return copy;
}
