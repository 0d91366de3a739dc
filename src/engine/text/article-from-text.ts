import type { ArticleText, Block, BlockKind } from '../types.ts';

/** Block separator in `ArticleText.text`. */
export const BLOCK_SEPARATOR = '\n\n';

/** Assemble an ArticleText from blocks in reading order, computing offsets. */
export function articleFromBlocks(
  blocks: { kind: BlockKind; text: string }[],
  meta: Partial<Omit<ArticleText, 'text' | 'blocks'>> = {},
): ArticleText {
  const placed: Block[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (placed.length) offset += BLOCK_SEPARATOR.length;
    placed.push({ kind: block.kind, text, start: offset });
    offset += text.length;
  }
  return {
    title: meta.title ?? '',
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    lang: meta.lang ?? null,
    publishedTime: meta.publishedTime ?? null,
    text: placed.map((b) => b.text).join(BLOCK_SEPARATOR),
    blocks: placed,
    truncated: meta.truncated ?? false,
  };
}

/** Plain text with one paragraph per line (or per blank-line-separated run) as an ArticleText. */
export function articleFromText(text: string, meta: Partial<Omit<ArticleText, 'text' | 'blocks'>> = {}): ArticleText {
  const paragraphs = text.split(/\n+/);
  return articleFromBlocks(
    paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })),
    meta,
  );
}
