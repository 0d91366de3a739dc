import { CAP_TOPICS, type ArticleText, type CapTopic, type PageReading, type PolicyVerdict } from '../types.ts';
import { LEXICON_LANGUAGES, NOT_POLICY, POLITICS, TOPICS, type Lexicon, type LexiconLanguage } from './policy-lexicon.ts';
import { TermMatcher, foldedWords, shownWords } from './term-matcher.ts';

/** Labels of the non-topic term groups. */
const POLITICS_LABEL = 'politics';
const NOT_POLICY_LABEL = 'not-policy';

/** Words read from the body: the subject of a news story is set early; reading on costs time and adds noise. */
const MAX_BODY_WORDS = 2500;
/** The title and the lead say what the story is about; the body mostly adds detail. */
const TITLE_WEIGHT = 4;
const LEAD_WEIGHT = 2;
const LEAD_WORDS = 80;
/** Body repeats of a term beyond this add nothing: one long quote about a mayor's dog should not become politics. */
const MAX_REPEATS = 4;

const matchers = new Map<string, TermMatcher>();

/** The matcher for a language (its terms plus language-neutral names), built on first use so pages that bail out never pay for it. */
function lexiconFor(lang: string | null): TermMatcher {
  const key = (LEXICON_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as LexiconLanguage) : 'all';
  const cached = matchers.get(key);
  if (cached) return cached;
  const languages = key === 'all' ? LEXICON_LANGUAGES : (['any', key] as const);
  const matcher = new TermMatcher();
  const addAll = (label: string, lexicon: Lexicon): void => {
    for (const language of languages) {
      for (const [weight, terms] of lexicon[language] ?? []) matcher.add(label, weight, terms);
    }
  };
  addAll(POLITICS_LABEL, POLITICS);
  addAll(NOT_POLICY_LABEL, NOT_POLICY);
  for (const topic of CAP_TOPICS) addAll(topic, TOPICS[topic]);
  matchers.set(key, matcher);
  return matcher;
}

/** Weighted term scores of a text per label, and each term's contribution. */
export interface PolicyScores {
  politics: number;
  notPolicy: number;
  topics: Map<CapTopic, number>;
  /** "label:term" → its total contribution; the base of repeat capping. */
  terms: Map<string, number>;
  /** Words as matched in the text (folded) → their contribution, for the panel's "why": policy evidence, other-domain evidence. */
  policyCues: Map<string, number>;
  otherCues: Map<string, number>;
  /** Body words read. */
  words: number;
}

export function scorePolicyTerms(article: Pick<ArticleText, 'blocks' | 'lang'>, title: string): PolicyScores {
  const scores: PolicyScores = {
    politics: 0,
    notPolicy: 0,
    topics: new Map(),
    terms: new Map(),
    policyCues: new Map(),
    otherCues: new Map(),
    words: 0,
  };
  const matcher = lexiconFor(article.lang);
  const repeats = new Map<string, number>();
  const add = (words: string[], shown: string[], positionWeight: (index: number) => number): void => {
    for (const hit of matcher.match(words, shown)) {
      const key = `${hit.label}:${hit.term}`;
      const weightHere = positionWeight(hit.index);
      const seen = (repeats.get(key) ?? 0) + 1;
      repeats.set(key, seen);
      if (seen > MAX_REPEATS && weightHere === 1) continue;
      const value = hit.weight * weightHere;
      if (hit.label === POLITICS_LABEL) scores.politics += value;
      else if (hit.label === NOT_POLICY_LABEL) scores.notPolicy += value;
      else scores.topics.set(hit.label as CapTopic, (scores.topics.get(hit.label as CapTopic) ?? 0) + value);
      scores.terms.set(key, (scores.terms.get(key) ?? 0) + value);
      const cues = hit.label === NOT_POLICY_LABEL ? scores.otherCues : scores.policyCues;
      cues.set(hit.text, (cues.get(hit.text) ?? 0) + value);
    }
  };

  add(foldedWords(title), shownWords(title), () => TITLE_WEIGHT);
  const body: string[] = [];
  const shown: string[] = [];
  for (const block of article.blocks) {
    // Captions and code say little about the subject; headings inside the body do.
    if (block.kind === 'caption' || block.kind === 'preformatted') continue;
    body.push(...foldedWords(block.text));
    shown.push(...shownWords(block.text));
    if (body.length >= MAX_BODY_WORDS) break;
  }
  scores.words = Math.min(body.length, MAX_BODY_WORDS);
  add(body.slice(0, MAX_BODY_WORDS), shown.slice(0, MAX_BODY_WORDS), (i) => (i < LEAD_WORDS ? LEAD_WEIGHT : 1));
  return scores;
}

/** Policy evidence must beat other-domain evidence by this much, per unit of length. */
const POLICY_MARGIN = 0.45;

/** Is the article about public policy, and which CAP major topic? */
export function policyVerdict(article: Pick<ArticleText, 'blocks' | 'lang'>, title: string): PolicyVerdict {
  const scores = scorePolicyTerms(article, title);
  let topic: CapTopic | null = null;
  let topicScore = 0;
  for (const [t, s] of scores.topics) {
    if (s > topicScore) [topic, topicScore] = [t, s];
  }
  // Normalised by length, so a long feature does not become policy by sheer word count.
  const scale = 20 + scores.words / 20;
  const margin = (scores.politics + topicScore * 0.5 - scores.notPolicy * 1.2) / scale;
  const isPolicy = margin > POLICY_MARGIN;
  // Politics with no subject of its own (a government's inner workings, power itself) is CAP's Government Operations.
  if (isPolicy && topic === null) topic = 'Government Operations';
  // The cues that decided: policy terms for a policy article, the other subject's terms otherwise.
  const signals = [...(isPolicy ? scores.policyCues : scores.otherCues).entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([text]) => text);
  const confidence = Math.min(0.99, 0.5 + Math.abs(margin - POLICY_MARGIN) * 0.3);
  return { isPolicy, topic: isPolicy ? topic : null, confidence, signals };
}

/**
 * The reading with its policy verdict. The content script leaves it out and
 * the service worker adds it: the multilingual lexicons are most of the
 * engine's bytes, and the page should not have to load them.
 */
export function withPolicyVerdict(reading: PageReading): PageReading {
  if (reading.policy || !reading.text || !reading.article.isArticle) return reading;
  return { ...reading, policy: policyVerdict(reading.text, reading.title) };
}
