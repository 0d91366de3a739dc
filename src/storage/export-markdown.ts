/**
 * Markdown exports, readable in Obsidian or any editor. Text from pages
 * (titles, names, quotes) is escaped so it shows literally; the reader's own
 * notes keep their Markdown, with `<` escaped so no HTML in them can run.
 */
import type { ArticleRecord, HighlightRecord, NoteAttachment, NoteRecord, PolicyLensDb } from './db.ts';
import { highlightsForArticle } from './highlights.ts';
import { listLibrary } from './library.ts';
import { notesForArticle } from './notes.ts';

export function articleMarkdown(article: ArticleRecord, notes: NoteRecord[], highlights: HighlightRecord[]): string {
  const lines = [`# ${pageText(article.title || 'Untitled page')}`, ''];
  lines.push(`- URL: ${linkText(article.url)}`);
  if (article.siteName) lines.push(`- Site: ${pageText(article.siteName)}`);
  if (article.topic) lines.push(`- Topic: ${pageText(article.topic)}`);
  lines.push(`- First kept: ${day(article.createdAt)}`, '');
  if (article.stakeholders.length > 0) {
    lines.push('## Stakeholders', '');
    for (const s of article.stakeholders) lines.push(`- **${pageText(s.name)}**${s.role ? ` (${pageText(s.role)})` : ''}: ${s.stance}`);
    lines.push('');
  }
  if (highlights.length > 0) {
    lines.push('## Highlights', '');
    for (const h of highlights) lines.push(blockQuote(h.quote.exact), '');
  }
  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of notes) lines.push(...noteLines(note, highlights));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function noteLines(note: NoteRecord, highlights: HighlightRecord[]): string[] {
  const lines = [`### ${day(note.createdAt)}${attachmentTitle(note.attachment)}`, ''];
  const passage = attachedPassage(note.attachment, highlights);
  if (passage) lines.push(blockQuote(passage), '');
  lines.push(note.body.replace(/</g, '\\<').trim() || '_(empty)_', '');
  if (note.tags.length > 0) lines.push(`Tags: ${note.tags.map((t) => `#${pageText(t)}`).join(' ')}`, '');
  return lines;
}

function attachmentTitle(attachment: NoteAttachment | null): string {
  if (attachment === null) return '';
  if (attachment.kind === 'stakeholder') return ` · on ${pageText(attachment.name)}`;
  if (attachment.kind === 'quote') return attachment.speaker ? ` · on a quote by ${pageText(attachment.speaker)}` : ' · on a quote';
  return ' · on a highlight';
}

function attachedPassage(attachment: NoteAttachment | null, highlights: HighlightRecord[]): string | null {
  if (attachment?.kind === 'quote') return attachment.quote.exact;
  if (attachment?.kind === 'highlight') return highlights.find((h) => h.id === attachment.highlightId)?.quote.exact ?? null;
  return null;
}

export async function articleMarkdownFor(db: PolicyLensDb, articleKey: string): Promise<string | null> {
  const article = await db.articles.get(articleKey);
  if (!article) return null;
  return articleMarkdown(article, await notesForArticle(db, articleKey), await highlightsForArticle(db, articleKey));
}

/** Every article in the library, newest first, as one document. */
export async function libraryMarkdown(db: PolicyLensDb): Promise<string> {
  const parts: string[] = [];
  for (const article of await listLibrary(db)) parts.push((await articleMarkdownFor(db, article.key)) ?? '');
  return parts.join('\n---\n\n');
}

/** Page text shown literally: Markdown and HTML characters escaped, line breaks flattened. */
export function pageText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~!&]/g, '\\$&');
}

function blockQuote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${pageText(line)}`)
    .join('\n');
}

/** A plain link for http(s) URLs an editor can open; anything else shown as text. */
function linkText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : pageText(url);
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
