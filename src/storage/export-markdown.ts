/**
 * Markdown exports, readable in Obsidian or any editor: the article's issue,
 * who stands where on what and why, its quotes, the reader's highlights and
 * notes. Text from pages (titles, names, quotes) is escaped so it shows
 * literally; the reader's own notes keep their Markdown, without live HTML.
 */
import type { Stance } from '../engine/types.ts';
import type { ArticleRecord, HighlightRecord, NoteAttachment, NoteRecord, PolicyLensDb, StakeholderSnapshot } from './db.ts';
import { highlightsForArticle } from './highlights.ts';
import { listLibrary } from './library.ts';
import { noteMarkdown, pageText } from './markdown-escape.ts';
import { notesForArticle } from './notes.ts';

/** The stances that take a side, and so are shown only with what they are about. */
export type Side = Extract<Stance, 'supports' | 'opposes' | 'mixed'>;
const SIDES: readonly Stance[] = ['supports', 'opposes', 'mixed'] satisfies Side[];

/** The words an export is written in: English here, the reader's language from the extension's pages. */
export interface MarkdownLabels {
  untitled: string;
  url: string;
  site: string;
  topic: string;
  issue: string;
  firstKept: string;
  stakeholders: string;
  quotes: string;
  highlights: string;
  notes: string;
  empty: string;
  tags: string;
  onStakeholder(name: string): string;
  onQuoteBy(speaker: string): string;
  onQuote: string;
  onHighlight: string;
  stance(stance: Stance): string;
  /** "Opposes a ban on rental e-scooters", "Contre l'interdiction…". */
  stanceOn(stance: Side, on: string): string;
  topicName(topic: string): string;
  /** "Topic: Immigration", "Thème : Immigration". */
  field(label: string, value: string): string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  untitled: 'Untitled page',
  url: 'URL',
  site: 'Site',
  topic: 'Topic',
  issue: 'Issue',
  firstKept: 'First kept',
  stakeholders: 'Stakeholders',
  quotes: 'Quotes',
  highlights: 'Highlights',
  notes: 'Notes',
  empty: '(empty)',
  tags: 'Tags',
  onStakeholder: (name) => `on ${name}`,
  onQuoteBy: (speaker) => `on a quote by ${speaker}`,
  onQuote: 'on a quote',
  onHighlight: 'on a highlight',
  stance: (stance) => stance,
  stanceOn: (stance, on) => `${{ supports: 'Supports', opposes: 'Opposes', mixed: 'Mixed on' }[stance]} ${on}`,
  topicName: (topic) => topic,
  field: (label, value) => `${label}: ${value}`,
};

export function articleMarkdown(article: ArticleRecord, notes: NoteRecord[], highlights: HighlightRecord[], labels = ENGLISH_LABELS): string {
  const lines = [`# ${pageText(article.title || labels.untitled)}`, ''];
  lines.push(`- ${labels.field(labels.url, linkText(article.url))}`);
  if (article.siteName) lines.push(`- ${labels.field(labels.site, pageText(article.siteName))}`);
  if (article.topic) lines.push(`- ${labels.field(labels.topic, pageText(labels.topicName(article.topic)))}`);
  if (article.issue) lines.push(`- ${labels.field(labels.issue, pageText(article.issue))}`);
  lines.push(`- ${labels.field(labels.firstKept, day(article.createdAt))}`, '');
  if (article.stakeholders.length > 0) {
    lines.push(`## ${labels.stakeholders}`, '');
    for (const s of article.stakeholders) lines.push(...stakeholderLines(s, article.issue, labels));
    lines.push('');
  }
  if (article.quotes.length > 0) {
    lines.push(`## ${labels.quotes}`, '');
    for (const q of article.quotes) lines.push(blockQuote(q.text), ...(q.speaker ? [`> — ${pageText(q.speaker)}`] : []), '');
  }
  if (highlights.length > 0) {
    lines.push(`## ${labels.highlights}`, '');
    for (const h of highlights) lines.push(blockQuote(h.quote.exact), '');
  }
  if (notes.length > 0) {
    lines.push(`## ${labels.notes}`, '');
    for (const note of notes) lines.push(...noteLines(note, highlights, labels));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "- **Name** (role): Opposes the measure", then the evidence quoted beneath it. */
function stakeholderLines(s: StakeholderSnapshot, issue: string | null, labels: MarkdownLabels): string[] {
  const who = `**${pageText(s.name)}**${s.role ? ` (${pageText(s.role)})` : ''}`;
  const position = positionText(s, issue, labels);
  const lines = [`- ${position ? labels.field(who, position) : who}`];
  s.evidence.forEach((text, i) => lines.push(...(i > 0 ? ['  >'] : []), ...blockQuote(text).split('\n').map((line) => `  ${line}`)));
  return lines;
}

/** A side is named only with its object (the stakeholder's own, else the article's issue); without one it is left out. */
export function positionText(s: Pick<StakeholderSnapshot, 'stance' | 'on'>, issue: string | null, labels: MarkdownLabels): string | null {
  if (!isSide(s.stance)) return labels.stance(s.stance);
  const on = s.on ?? issue;
  return on ? labels.stanceOn(s.stance, pageText(on)) : null;
}

function isSide(stance: Stance): stance is Side {
  return SIDES.includes(stance);
}

function noteLines(note: NoteRecord, highlights: HighlightRecord[], labels: MarkdownLabels): string[] {
  const lines = [`### ${day(note.createdAt)}${attachmentTitle(note.attachment, labels)}`, ''];
  const passage = attachedPassage(note.attachment, highlights);
  if (passage) lines.push(blockQuote(passage), '');
  lines.push(noteMarkdown(note.body).trim() || `_${labels.empty}_`, '');
  if (note.tags.length > 0) lines.push(labels.field(labels.tags, note.tags.map((t) => `#${pageText(t)}`).join(' ')), '');
  return lines;
}

function attachmentTitle(attachment: NoteAttachment | null, labels: MarkdownLabels): string {
  if (attachment === null) return '';
  if (attachment.kind === 'stakeholder') return ` · ${labels.onStakeholder(pageText(attachment.name))}`;
  if (attachment.kind === 'quote') return ` · ${attachment.speaker ? labels.onQuoteBy(pageText(attachment.speaker)) : labels.onQuote}`;
  return ` · ${labels.onHighlight}`;
}

function attachedPassage(attachment: NoteAttachment | null, highlights: HighlightRecord[]): string | null {
  if (attachment?.kind === 'quote') return attachment.quote.exact;
  if (attachment?.kind === 'highlight') return highlights.find((h) => h.id === attachment.highlightId)?.quote.exact ?? null;
  return null;
}

export async function articleMarkdownFor(db: PolicyLensDb, articleKey: string, labels = ENGLISH_LABELS): Promise<string | null> {
  const article = await db.articles.get(articleKey);
  if (!article) return null;
  return articleMarkdown(article, await notesForArticle(db, articleKey), await highlightsForArticle(db, articleKey), labels);
}

/** Every article in the library, newest first, as one document. */
export async function libraryMarkdown(db: PolicyLensDb, labels = ENGLISH_LABELS): Promise<string> {
  const parts: string[] = [];
  for (const article of await listLibrary(db)) parts.push((await articleMarkdownFor(db, article.key, labels)) ?? '');
  return parts.join('\n---\n\n');
}

export function blockQuote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${pageText(line)}`)
    .join('\n');
}

/** A plain link for http(s) URLs an editor can open; anything else shown as text. */
export function linkText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : pageText(url);
}

export function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
