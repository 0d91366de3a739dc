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

/** Measured in Chromium: the engine reads a page of this size in well under 50 ms, even the first time; a long news article fits. */
export const READ_BUDGET = { elements: 2_000, chars: 40_000 } as const;

/** Longer runs of text are cut: one giant text node (a 100 KB "name") must not use up the whole budget. */
const TEXT_NODE_CHARS = 5_000;
/** Elements that never hold article text: not copied (nor is anything inside them). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);

export async function readWithinBudget(doc: Document, url: string): Promise<PageReading> {
  if (fitsBudget(doc)) return readPage(doc, url);
  const beginning = pageBeginning(doc);
  await nextTask();
  const reading = readPage(beginning, url);
  return reading.text ? { ...reading, text: { ...reading.text, truncated: true } } : reading;
}

function fitsBudget(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= READ_BUDGET.elements && (doc.body?.textContent?.length ?? 0) <= READ_BUDGET.chars;
}

/**
 * A detached copy of the page: its head, and its body's elements and text in
 * document order until either budget runs out. Iterative, so deep nesting
 * cannot exhaust the stack.
 */
export function pageBeginning(doc: Document): Document {
  const copy = doc.implementation.createHTMLDocument('');
  for (const attribute of doc.documentElement.attributes) copy.documentElement.setAttribute(attribute.name, attribute.value);
  if (doc.head) copy.head.replaceWith(copy.importNode(doc.head, true));
  if (!doc.body) return copy;

  const copyOf = new Map<Node, Node>([[doc.body, copy.body]]);
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
      if (chars > READ_BUDGET.chars) break;
      parent.appendChild(copy.createTextNode(text));
      continue;
    }
    if (++elements > READ_BUDGET.elements) break;
    if (!parent || NOT_TEXT.has((node as Element).localName)) continue;
    const element = copy.importNode(node as Element, false);
    parent.appendChild(element);
    copyOf.set(node, element);
  }
  return copy;
}

/** Let the page run (input, rendering) before the next piece of work. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
