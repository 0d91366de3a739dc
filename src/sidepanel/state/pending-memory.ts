/**
 * The panel remembers the policy articles the reader highlighted while it
 * was closed (the worker kept their readings): analysed here, where the
 * engine is loaded, before recall reads memory. With memory off they are
 * dropped unread.
 */
import { articleToRememberOf } from '../../shared/article-meta.ts';
import { takePendingReadings } from '../../shared/pending-memory.ts';
import type { PolicyLensDb } from '../../storage/db.ts';
import { rememberArticle } from '../../storage/memory/remember.ts';
import { analyseSafely } from './safe-analysis.ts';

export async function settlePendingArticles(db: PolicyLensDb, memoryOn: boolean): Promise<void> {
  const readings = await takePendingReadings();
  if (!memoryOn) return;
  for (const reading of readings) {
    const { analysis } = analyseSafely(reading);
    if (analysis?.article.isArticle && analysis.policy.isPolicy) await rememberArticle(db, articleToRememberOf(reading, analysis));
  }
}
