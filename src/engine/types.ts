/**
 * The data that flows through the analysis engine. Everything here is plain,
 * serialisable data: it crosses from the page to the service worker to the
 * side panel as structured-clone messages, and is printed as JSON by the CLI.
 */

import type { TraceEntry } from './trace.ts';

/** Comparative Agendas Project major topics (the 21 names the corpus uses). */
export const CAP_TOPICS = [
  'Macroeconomics',
  'Civil Rights',
  'Health',
  'Agriculture',
  'Labor',
  'Education',
  'Environment',
  'Energy',
  'Immigration',
  'Transportation',
  'Law and Crime',
  'Social Welfare',
  'Housing',
  'Domestic Commerce',
  'Defense',
  'Technology',
  'Foreign Trade',
  'International Affairs',
  'Government Operations',
  'Public Lands',
  'Culture',
] as const;
export type CapTopic = (typeof CAP_TOPICS)[number];

export const STANCES = ['supports', 'opposes', 'mixed', 'neutral', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * W3C Web Annotation text quote selector: the exact text plus up to 32
 * characters of context either side, so a passage can be found again after
 * the page around it changed.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets into `ArticleText.text` (start inclusive, end exclusive). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'blockquote' | 'heading' | 'list-item' | 'caption' | 'preformatted';

/** One block of the extracted article, in reading order. */
export interface Block {
  kind: BlockKind;
  /** White space collapsed; never contains a newline. */
  text: string;
  /** Offset of `text` in `ArticleText.text`. */
  start: number;
}

/** The article as plain text with its structure: what the analysis reads. */
export interface ArticleText {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary language as the page declares or as guessed, e.g. "en", "fr"; null if unknown. */
  lang: string | null;
  publishedTime: string | null;
  /** Blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
  /** True when the page was larger than the engine's budget and only a prefix was analysed. */
  truncated: boolean;
}

/** Cheap signals read straight from the page before any heavy work. */
export interface PageSignals {
  /** schema.org types found in JSON-LD and microdata, e.g. ["NewsArticle"]. */
  schemaTypes: string[];
  ogType: string | null;
  hasArticleElement: boolean;
  /** Characters of visible-ish text in <p> elements (an estimate). */
  paragraphChars: number;
  /** Share of text inside links, 0..1. */
  linkDensity: number;
  /** Readability's isProbablyReaderable on the page. */
  readerable: boolean;
}

export interface ArticleVerdict {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable reasons, shown in the panel ("schema.org NewsArticle", "mostly links"). */
  reasons: string[];
}

export interface PolicyVerdict {
  isPolicy: boolean;
  topic: CapTopic | null;
  /** 0..1 */
  confidence: number;
  /** The terms or cues that decided it, shown in the panel ("deportation", "European Commission"). */
  signals: string[];
}

/** Where a passage of the article stands, in both selector forms. */
export interface Passage {
  text: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Quote extends Passage {
  id: string;
  /** The speaker's full name as the article gives it, pronouns and surnames resolved; null when unknown. */
  speaker: string | null;
  /** The stakeholder this quote belongs to, when the speaker is one. */
  stakeholderId: string | null;
  /** Pull-quote rank score; quotes are listed best first. */
  score: number;
}

export type ActorKind = 'person' | 'organisation' | 'group';

export interface Stakeholder {
  id: string;
  name: string;
  kind: ActorKind;
  /** "Belgian official", "EU executive"… when the article says. */
  role: string | null;
  stance: Stance;
  /**
   * What the stance is about: the article's issue, or the target named in the
   * evidence when that differs ("China's maritime claims"); null when the
   * engine cannot say, and then a side is not shown without its object.
   */
  on: string | null;
  /** Why the engine chose this stance, in plain words, strongest reason first (shown on hover). */
  stanceReasons: string[];
  /** Sentences that justify the stance (or, for unclear stances, that mention the actor). */
  evidence: Passage[];
  /** Other names the article uses for this actor ("Prévot", "the Commission"). */
  aliases: string[];
}

/** Which page this is about, and whether it is an article: shared by a reading and its analysis. */
export interface PageFacts {
  url: string;
  /** The article's identity: its canonical URL without tracking noise (the notes' key). */
  canonicalUrl: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  article: ArticleVerdict;
}

export interface Analysis extends PageFacts {
  engineVersion: string;
  policy: PolicyVerdict;
  /**
   * The article's policy question in a few words, phrased as a measure or
   * decision ("a ban on rental e-scooters in Montreal"); null when the page is
   * not a policy article or the engine cannot tell.
   */
  issue: string | null;
  /** Best first. */
  quotes: Quote[];
  /** Most prominent first. */
  stakeholders: Stakeholder[];
  truncated: boolean;
  /** Stages that failed on this page (the rest of the analysis still stands); absent when none did. */
  failedStages?: string[];
  /** Each scored decision with its candidates and their feature contributions, when asked for. */
  trace?: TraceEntry[];
}

/**
 * What the content script learns about a page: cheap verdicts plus the
 * extracted text. It is small enough to message, and it is all the side panel
 * needs to run the full analysis without touching the page again.
 */
export interface PageReading extends PageFacts {
  /** Null when the page is not an article, and until `withPolicyVerdict` adds it outside the page. */
  policy: PolicyVerdict | null;
  text: ArticleText | null;
}
