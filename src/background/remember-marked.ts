/**
 * Memory for articles the reader marks with the panel closed: a highlight
 * saved from the page keeps the article's analysis summary, as opening the
 * panel does. It runs after the highlight is stored and never throws:
 * remembering is a bonus that must not cost the reader a highlight.
 */
import { analyzeReading } from '../engine/analyze.ts';
import type { Analysis, PageReading } from '../engine/types.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import { articleToRememberOf } from '../shared/article-meta.ts';
import { loadSettings } from '../shared/settings.ts';
import { database } from '../storage/db.ts';
import { isRememberedBy, rememberArticle } from '../storage/memory/remember.ts';
import type { RememberOutcome } from '../storage/memory/remember.ts';

/** What was done: memory off, not a policy article, already kept by this engine, or the outcome of the write. */
export type MarkedOutcome = 'off' | 'not-policy' | 'current' | RememberOutcome | 'failed';

export async function rememberMarkedArticle(reading: PageReading, analyse: (reading: PageReading) => Analysis = analyzeReading): Promise<MarkedOutcome> {
  try {
    // The setting is read at each mark, so turning memory off stops the next write.
    if (!(await loadSettings()).memory) return 'off';
    // The worker's reading already carries the policy verdict: no analysis for pages that are not policy articles.
    if (!reading.article.isArticle || reading.policy?.isPolicy !== true) return 'not-policy';
    const db = database();
    // Every later highlight on the article would analyse it again for nothing.
    if (await isRememberedBy(db, reading.canonicalUrl, ENGINE_VERSION)) return 'current';
    const analysis = analyse(reading);
    if (!analysis.article.isArticle || !analysis.policy.isPolicy) return 'not-policy';
    return await rememberArticle(db, articleToRememberOf(reading, analysis));
  } catch (error) {
    console.warn('Policy Lens: the marked article could not be remembered', error);
    return 'failed';
  }
}
