/**
 * The passages drawn on the page, in two sets: the panel's analysis (quotes
 * and evidence, by stance) and the reader's own highlights. Each set is
 * anchored against one reading of the page text and can be re-anchored when
 * the page changes.
 */
import type { DrawnPassage, PassageLayer } from '../../shared/messages.ts';
import { locate, locateCooperatively } from '../anchoring/locate.ts';
import type { LocateTarget } from '../anchoring/locate.ts';
import { rangeOf, readPageText, stripWhiteSpace } from '../anchoring/page-text.ts';
import type { PageText } from '../anchoring/page-text.ts';
import { nextTask } from '../next-task.ts';
import { clearLayer, drawLayer } from './layers.ts';

export type PassageSet = 'analysis' | 'user';

export interface AnchoredPassage {
  passage: DrawnPassage;
  range: Range;
}

const passagesBySet = new Map<PassageSet, DrawnPassage[]>();
const anchoredBySet = new Map<PassageSet, AnchoredPassage[]>();
const layersBySet = new Map<PassageSet, Set<PassageLayer>>();
/** Each set's latest drawing: an older one still searching gives way to it. */
const drawingBySet = new Map<PassageSet, number>();

/**
 * Replace a set's passages and draw them; resolves to the ids that were not
 * found. A fuzzy search over a long page lets the page run between its
 * pieces, so the set is drawn once all are anchored (the old drawing stays
 * until then), unless a newer drawing of the set started meanwhile.
 */
export async function drawPassageSet(set: PassageSet, passages: DrawnPassage[]): Promise<string[]> {
  const drawing = (drawingBySet.get(set) ?? 0) + 1;
  drawingBySet.set(set, drawing);
  passagesBySet.set(set, passages);
  if (passages.length === 0) {
    // Nothing to find: spare the page a walk over all its text (most pages have no highlights).
    for (const layer of layersBySet.get(set) ?? []) clearLayer(layer);
    layersBySet.delete(set);
    anchoredBySet.delete(set);
    return [];
  }
  const page = readPageText(pageRoot());

  const anchored: AnchoredPassage[] = [];
  const missing: string[] = [];
  for (const passage of passages) {
    const range = await anchorCooperatively(page, passage);
    if (range) anchored.push({ passage, range });
    else missing.push(passage.id);
  }
  // Searches run to their end even when a newer drawing started: a miss is remembered only once searched for.
  if (drawingBySet.get(set) !== drawing) return missing;
  for (const layer of layersBySet.get(set) ?? []) clearLayer(layer);
  const byLayer = new Map<PassageLayer, Range[]>();
  for (const { passage, range } of anchored) {
    const ranges = byLayer.get(passage.layer) ?? [];
    ranges.push(range);
    byLayer.set(passage.layer, ranges);
  }
  for (const [layer, ranges] of byLayer) drawLayer(layer, ranges);
  layersBySet.set(set, new Set(byLayer.keys()));
  anchoredBySet.set(set, anchored);
  return missing;
}

/** Anchor every set again, e.g. after the page re-rendered its text. Returns the missing ids per set. */
export async function redrawAll(): Promise<Map<PassageSet, string[]>> {
  const missing = new Map<PassageSet, string[]>();
  for (const [set, passages] of passagesBySet) missing.set(set, await drawPassageSet(set, passages));
  return missing;
}

export function hasMissingPassages(): boolean {
  for (const [set, passages] of passagesBySet) if ((anchoredBySet.get(set)?.length ?? 0) < passages.length) return true;
  return false;
}

/** Everything drawn, for hit-testing (hover labels) and keyboard navigation. */
export function anchoredPassages(): AnchoredPassage[] {
  return [...anchoredBySet.values()].flat();
}

type Findable = Pick<DrawnPassage, 'quote' | 'position'>;

function targetOf(passage: Findable): LocateTarget {
  return {
    exact: stripWhiteSpace(passage.quote.exact),
    prefix: stripWhiteSpace(passage.quote.prefix),
    suffix: stripWhiteSpace(passage.quote.suffix),
    start: passage.position?.start,
  };
}

async function anchorCooperatively(page: PageText, passage: Findable): Promise<Range | null> {
  const found = await locateCooperatively(page.text, targetOf(passage), nextTask);
  return found ? rangeOf(page, found.start, found.end) : null;
}

/** Find one passage in the page as it is now. */
export function anchorInPage(passage: Findable): Range | null {
  const page = readPageText(pageRoot());
  const found = locate(page.text, targetOf(passage));
  return found ? rangeOf(page, found.start, found.end) : null;
}

export function pageRoot(): Node {
  return document.body ?? document.documentElement;
}
