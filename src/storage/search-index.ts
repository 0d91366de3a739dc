/**
 * Words for full-text search. Text is folded (lower case, accents removed) and
 * split into words; a query matches a record when every query word is the
 * start of one of its words, so "visa" finds "…check the visa numbers…" and
 * typing "vis" already finds it.
 */
import type { ArticleRecord, ArticleSummary, HighlightRecord, NoteRecord, SearchEntry } from './db.ts';

/** Longer "words" (pasted URLs, hashes) are cut: a prefix of 40 characters is as good for finding them. */
const MAX_WORD_LENGTH = 40;
const WORD = /[\p{L}\p{N}]+/gu;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct words of a text, folded. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const match of foldText(text).matchAll(WORD)) words.add(match[0].slice(0, MAX_WORD_LENGTH));
  return [...words];
}

export const searchEntriesFor = {
  article: (a: Pick<ArticleRecord, 'key' | 'title' | 'siteName'>): SearchEntry => ({
    id: `article:${a.key}`,
    kind: 'article',
    articleKey: a.key,
    words: wordsOf(`${a.title} ${a.siteName ?? ''}`),
  }),
  /** What readers remember of an article besides its title: its issue, who is in it, what was said. */
  summary: (a: Pick<ArticleRecord, 'key'> & ArticleSummary): SearchEntry => ({
    id: `summary:${a.key}`,
    kind: 'summary',
    articleKey: a.key,
    words: wordsOf(summaryPieces(a).map((p) => p.text).join(' ')),
  }),
  note: (n: Pick<NoteRecord, 'id' | 'articleKey' | 'body' | 'tags'>): SearchEntry => ({
    id: `note:${n.id}`,
    kind: 'note',
    articleKey: n.articleKey,
    words: wordsOf(`${n.body} ${n.tags.join(' ')}`),
  }),
  highlight: (h: Pick<HighlightRecord, 'id' | 'articleKey' | 'quote'>): SearchEntry => ({
    id: `highlight:${h.id}`,
    kind: 'highlight',
    articleKey: h.articleKey,
    words: wordsOf(h.quote.exact),
  }),
};

export interface SummaryPiece {
  kind: 'issue' | 'stakeholder' | 'quote';
  text: string;
}

/** The searchable pieces of a summary, each as the library shows it when it matches. */
export function summaryPieces(summary: ArticleSummary): SummaryPiece[] {
  return [
    ...(summary.issue ? [{ kind: 'issue' as const, text: summary.issue }] : []),
    ...summary.stakeholders.map((s) => ({ kind: 'stakeholder' as const, text: s.role ? `${s.name} (${s.role})` : s.name })),
    ...summary.quotes.map((q) => ({ kind: 'quote' as const, text: q.speaker ? `${q.text} (${q.speaker})` : q.text })),
  ];
}
