/**
 * Memory for articles the reader marks with the panel closed: a highlight
 * saved from the page has its policy article remembered, as opening the
 * panel does. The worker keeps the reading for the panel to analyse
 * (src/shared/pending-memory.ts). It runs after the highlight is stored and
 * never throws: remembering must not cost the reader a highlight.
 */
import type { PageReading } from '../engine/types.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import { keepForMemory } from '../shared/pending-memory.ts';
import { loadSettings } from '../shared/settings.ts';
import type { Settings } from '../shared/settings.ts';
import { database } from '../storage/db.ts';
import { isRememberedBy } from '../storage/memory/remember.ts';

/** What was done: memory off, not a policy article, already kept by this engine, kept for the panel, or failed. */
export type MarkedOutcome = 'off' | 'not-policy' | 'current' | 'pending' | 'failed';

/**
 * `settings`: as they were when the reader marked the passage (the caller starts reading them then), so a setting
 * changed while the highlight was being saved does not decide for it.
 */
export async function rememberMarkedArticle(reading: PageReading, settings: Promise<Settings> = loadSettings()): Promise<MarkedOutcome> {
  try {
    // The setting is read at each mark, so turning memory off stops the next write.
    if (!(await settings).memory) return 'off';
    // The worker's reading carries the policy verdict.
    if (!reading.article.isArticle || reading.policy?.isPolicy !== true) return 'not-policy';
    // Every later highlight on the article would have it analysed again for nothing.
    if (await isRememberedBy(database(), reading.canonicalUrl, ENGINE_VERSION)) return 'current';
    await keepForMemory(reading);
    return 'pending';
  } catch (error) {
    console.warn('Policy Lens: the marked article could not be kept for memory', error);
    return 'failed';
  }
}
