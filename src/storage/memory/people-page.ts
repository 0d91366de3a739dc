/**
 * What the People view shows about one actor, as plain data: the positions
 * they took grouped by the question they were about, their quotes, and the
 * reader's own notes and highlights that mention them. Pure, so the view and
 * the Markdown export read the same thing and tests need no database.
 */
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import { issueF1 } from '../../shared/issue-words.ts';
import { foldText } from '../search-index.ts';
import { SAME_ISSUE_F1 } from './recall.ts';

/** One row of the People list. */
export interface ActorListing {
  id: string;
  /** The fullest form, shown as the actor's name. */
  name: string;
  /** Every name the actor was seen under, the shown one first. */
  forms: string[];
  articleCount: number;
}

/** Where something was said: the article it came from. */
export interface ActorSource {
  articleKey: string;
  title: string;
  url: string;
  outlet: string | null;
  /** Published or first seen, in ms. */
  date: number;
}

export interface ActorPosition extends ActorSource {
  issue: string | null;
  stance: Stance;
  on: string | null;
  role: string | null;
  evidence: string[];
}

export interface ActorQuote extends ActorSource {
  text: string;
}

/** A note or highlight of the reader's that names the actor, or a note attached to them as a stakeholder. */
export interface ActorMention extends ActorSource {
  kind: 'note' | 'highlight';
  id: string;
  text: string;
}

export interface IssueGroup {
  /** The question as first worded; null for positions the analysis gave no question for. */
  issue: string | null;
  positions: ActorPosition[];
}

export interface ActorPage {
  actor: ActorListing;
  issues: IssueGroup[];
  quotes: ActorQuote[];
  mentions: ActorMention[];
  /** Why these names are one actor, one reason per merge (the reader's own merges and splits say so). */
  reasons: StoredMergeReason[];
}

/**
 * Positions grouped by question, each group newest first, groups by their
 * newest position; positions without a question come last. Two articles'
 * questions are one when their content words agree as memory's recall
 * judges it (the engine words one question differently in each article).
 */
export function groupByIssue(positions: ActorPosition[]): IssueGroup[] {
  const groups: IssueGroup[] = [];
  const without: ActorPosition[] = [];
  for (const position of newestFirst(positions)) {
    const { issue } = position;
    if (issue === null) {
      without.push(position);
      continue;
    }
    const group = groups.find((g) => g.positions.some((p) => issueF1(p.issue, issue) >= SAME_ISSUE_F1));
    if (group) group.positions.push(position);
    else groups.push({ issue, positions: [position] });
  }
  return without.length > 0 ? [...groups, { issue: null, positions: without }] : groups;
}

export function newestFirst<T extends { date: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.date - a.date);
}

/**
 * True when `text` names the actor by one of `forms` as whole words, in any
 * case and with or without accents ("Prevot" finds "Prévot").
 */
export function mentionsAnyForm(text: string, forms: string[]): boolean {
  const haystack = foldForMatch(text);
  return forms.some((form) => {
    const needle = foldForMatch(form).trim();
    if (needle === '') return false;
    let from = haystack.indexOf(needle);
    while (from >= 0) {
      if (!isWordChar(haystack[from - 1]) && !isWordChar(haystack[from + needle.length])) return true;
      from = haystack.indexOf(needle, from + 1);
    }
    return false;
  });
}

/** Lower case without accents and with runs of spaces as one, so matching ignores how a name was typed. */
export function foldForMatch(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
