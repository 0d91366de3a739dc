/**
 * An actor's page as Markdown, for Obsidian or any editor: their names and
 * why they are one actor, their positions by question with date, outlet and a
 * link to the article, their quotes, and the reader's notes and highlights
 * that mention them. Page text is escaped to show literally; the reader's
 * notes keep their Markdown, without live HTML.
 */
import { blockQuote, day, ENGLISH_LABELS, linkText, positionText } from '../export-markdown.ts';
import type { MarkdownLabels } from '../export-markdown.ts';
import { inEnglish, mergeReasonTexts } from '../../shared/actors/merge-reasons.ts';
import type { Translate } from '../../shared/actors/merge-reasons.ts';
import { noteMarkdown, pageText } from '../markdown-escape.ts';
import type { ActorMention, ActorPage, ActorPosition, ActorQuote, ActorSource } from './people-page.ts';

/** The words of an actor page, on top of an article export's. */
export interface ActorMarkdownLabels extends MarkdownLabels {
  alsoKnownAs: string;
  articles: string;
  whyOne: string;
  /** Puts the coded reasons why names are one actor in words. */
  mergeReason: Translate;
  positions: string;
  onIssue(issue: string): string;
  noIssue: string;
  mentions: string;
  note: string;
  highlight: string;
}

export const ENGLISH_ACTOR_LABELS: ActorMarkdownLabels = {
  ...ENGLISH_LABELS,
  alsoKnownAs: 'Also named',
  articles: 'Articles',
  whyOne: 'Why these names are one',
  mergeReason: inEnglish,
  positions: 'Positions',
  onIssue: (issue) => `On ${issue}`,
  noIssue: 'No question given',
  mentions: 'Your notes and highlights',
  note: 'Note',
  highlight: 'Highlight',
};

export function actorMarkdown(page: ActorPage, labels: ActorMarkdownLabels = ENGLISH_ACTOR_LABELS): string {
  const { actor } = page;
  const lines = [`# ${pageText(actor.name)}`, ''];
  const otherForms = actor.forms.filter((f) => f !== actor.name);
  if (otherForms.length > 0) lines.push(`- ${labels.field(labels.alsoKnownAs, otherForms.map(pageText).join(', '))}`);
  lines.push(`- ${labels.field(labels.articles, String(actor.articleCount))}`, '');
  const reasons = mergeReasonTexts(page.reasons, labels.mergeReason);
  if (reasons.length > 0) lines.push(`## ${labels.whyOne}`, '', ...reasons.map((r) => `- ${pageText(r)}`), '');
  if (page.issues.length > 0) {
    lines.push(`## ${labels.positions}`, '');
    for (const group of page.issues) {
      lines.push(`### ${group.issue === null ? labels.noIssue : labels.onIssue(pageText(group.issue))}`, '');
      for (const p of group.positions) lines.push(...positionLines(p, labels));
      lines.push('');
    }
  }
  if (page.quotes.length > 0) {
    lines.push(`## ${labels.quotes}`, '');
    for (const q of page.quotes) lines.push(...quoteLines(q, labels));
  }
  if (page.mentions.length > 0) {
    lines.push(`## ${labels.mentions}`, '');
    for (const m of page.mentions) lines.push(...mentionLines(m, labels));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "- 2026-06-12 · Outlet · [Title](<url>): Opposes the plan (role)", the evidence quoted beneath. */
function positionLines(p: ActorPosition, labels: ActorMarkdownLabels): string[] {
  // Under its question's heading, a side is named with its own object only.
  const position = positionText(p, null, labels) ?? labels.stance(p.stance);
  const role = p.role ? ` (${pageText(p.role)})` : '';
  const lines = [`- ${labels.field(sourceText(p, labels), `${position}${role}`)}`];
  p.evidence.forEach((text, i) => lines.push(...(i > 0 ? ['  >'] : []), ...blockQuote(text).split('\n').map((line) => `  ${line}`)));
  return lines;
}

function quoteLines(q: ActorQuote, labels: ActorMarkdownLabels): string[] {
  return [blockQuote(q.text), `> — ${sourceText(q, labels)}`, ''];
}

function mentionLines(m: ActorMention, labels: ActorMarkdownLabels): string[] {
  const heading = `### ${m.kind === 'note' ? labels.note : labels.highlight} · ${sourceText(m, labels)}`;
  const body = m.kind === 'note' ? noteMarkdown(m.text).trim() || `_${labels.empty}_` : blockQuote(m.text);
  return [heading, '', body, ''];
}

/** "2026-06-12 · Outlet · [Title](<url>)": the link only for web addresses, else the title alone. */
function sourceText(s: ActorSource, labels: ActorMarkdownLabels): string {
  const title = pageText(s.title || labels.untitled);
  const link = linkText(s.url);
  const titled = link.startsWith('<') ? `[${title}](${link})` : title;
  return [day(s.date), s.outlet ? pageText(s.outlet) : null, titled].filter((part) => part !== null).join(' · ');
}
