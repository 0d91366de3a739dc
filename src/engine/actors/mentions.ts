import { isPageFurniture } from '../text/furniture.ts';
import type { ArticleText } from '../types.ts';
import { groupsIn } from './groups.ts';
import type { Mention } from './mention.ts';
import { namesIn } from './names.ts';
import { pronounsIn } from './pronoun-mentions.ts';
import { tokenize } from '../text/tokens.ts';

/** Beyond this, text is not scanned for actors (hostile or huge pages). */
export const MAX_ACTOR_TEXT = 400_000;

/** All actor mentions in the article, in text order. */
export function findMentions(article: ArticleText): Mention[] {
  const mentions: Mention[] = [];
  article.blocks.forEach((block, blockIndex) => {
    if (block.start > MAX_ACTOR_TEXT) return;
    if (block.kind === 'caption' || isPageFurniture(block.text)) return;
    const tokens = tokenize(article.text, block.start, Math.min(block.start + block.text.length, MAX_ACTOR_TEXT));
    mentions.push(...namesIn(article.text, tokens, blockIndex, article.lang));
    mentions.push(...groupsIn(article.text, tokens, blockIndex, article.lang));
    mentions.push(...pronounsIn(tokens, blockIndex));
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropOverlaps(mentions);
}

/** Keep the first (longest) of overlapping mentions. */
function dropOverlaps(sorted: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
