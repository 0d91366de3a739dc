/**
 * Memory in the panel: a policy article shown here is remembered, as are
 * those the reader highlighted while the panel was closed (unless the reader
 * turned memory off, then nothing is written), and the panel reads back what
 * the reader's other articles said about its stakeholders and which of them
 * are on the same question.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, PageReading } from '../../engine/types.ts';
import { articleToRememberOf } from '../../shared/article-meta.ts';
import { database } from '../../storage/db.ts';
import { refreshPeople } from '../../storage/memory/people-directory.ts';
import { recallForArticle } from '../../storage/memory/recall.ts';
import type { StakeholderRecall } from '../../storage/memory/recall.ts';
import { relatedArticles } from '../../storage/memory/related.ts';
import type { RelatedArticle } from '../../storage/memory/related.ts';
import { rememberArticle } from '../../storage/memory/remember.ts';
import { settlePendingArticles } from './pending-memory.ts';

export interface ArticleMemory {
  /** By stakeholder id of the panel's analysis. */
  recall: Map<string, StakeholderRecall>;
  related: RelatedArticle[];
}

const NOTHING: ArticleMemory = { recall: new Map(), related: [] };

/** `on` is the reader's setting (null until loaded: nothing is written before it is known). */
export function useArticleMemory(reading: PageReading | null, analysis: Analysis | null, on: boolean | null): ArticleMemory {
  const [memory, setMemory] = useState<ArticleMemory>(NOTHING);
  useEffect(() => {
    setMemory(NOTHING);
    if (on === null) return;
    const db = database();
    // Articles highlighted while the panel was closed: remembered first, so recall sees them.
    const settled = settlePendingArticles(db, on).catch((error: unknown) => console.warn('Policy Lens: highlighted articles could not be remembered', error));
    if (!reading || !analysis || !on || !analysis.article.isArticle || !analysis.policy.isPolicy) return;
    let current = true;
    const key = reading.canonicalUrl;
    (async () => {
      await settled;
      await rememberArticle(db, articleToRememberOf(reading, analysis));
      const [recall, related] = await Promise.all([recallForArticle(db, key), relatedArticles(db, key)]);
      const byId = new Map<string, StakeholderRecall>();
      for (const r of recall) {
        const stakeholder = analysis.stakeholders[r.index];
        if (stakeholder && r.earlier.length > 0) byId.set(stakeholder.id, r);
      }
      if (current) setMemory({ recall: byId, related });
      // If the directory was out of date, recall grouped this article's actors itself: it is rebuilt now, a few keys per step.
      await refreshPeople(db);
    })().catch((error: unknown) => console.warn('Policy Lens: memory could not be read or written', error));
    return () => {
      current = false;
    };
  }, [reading, analysis, on]);
  return memory;
}
