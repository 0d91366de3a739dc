/**
 * Scoring rules of the corpus README, as pure functions: quote text
 * normalisation and word-level F1, one-to-one greedy matching, and the
 * name-judging rule for speakers and stakeholders.
 */
import { issueF1 } from './scoring-issue.ts';

/** A match needs at least this word-level F1 between predicted and gold quote text. */
export const QUOTE_MATCH_F1 = 0.8;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', laquo: '\u00AB', raquo: '\u00BB',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The README's normalisation: entities decoded, NFC, invisible characters dropped, spaces collapsed, outer punctuation trimmed. */
export function normaliseQuoteText(text: string): string {
  return decodeEntities(text)
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Lower-cased words of a normalised text (letters and digits; inner apostrophes kept). */
export function quoteWords(text: string): string[] {
  return normaliseQuoteText(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Word-level F1 of two texts (multiset overlap). */
export function wordF1(a: string, b: string): number {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(w, n - 1);
    }
  }
  if (!overlap) return 0;
  const precision = overlap / wb.length;
  const recall = overlap / wa.length;
  return (2 * precision * recall) / (precision + recall);
}

/** One-to-one greedy matching: best-scoring pairs first. Returns [predictedIndex, goldIndex] pairs. */
export function greedyMatch<P, G>(
  predicted: P[],
  gold: G[],
  score: (p: P, g: G) => number,
  threshold: number,
): [number, number][] {
  const pairs: { p: number; g: number; s: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const s = score(p, g);
      if (s >= threshold) pairs.push({ p: pi, g: gi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: [number, number][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    matches.push([p, g]);
  }
  return matches;
}

export function matchQuotes(predicted: string[], gold: string[]): [number, number][] {
  return greedyMatch(predicted, gold, wordF1, QUOTE_MATCH_F1);
}

// ---------------------------------------------------------------- names

/** Titles and generic words: never what makes a name right or wrong. */
const NON_DISTINCTIVE = new Set(
  (
    'the of and for de del la le les du des da do dos das von der den und y e et el al ' +
    'mr mrs ms miss dr prof sir dame lord lady rev president vice senator sen rep representative congressman congresswoman ' +
    'governor gov mayor minister prime secretary chancellor chairman chairwoman chair chief ceo director general gen ' +
    'judge justice king queen prince princess pope sheikh ambassador commissioner attorney deputy leader head ' +
    'official officials spokesperson spokesman spokeswoman spokespeople representative representatives member members ' +
    'government party administration office department people group groups state u s us ' +
    'presidente ministro ministra senador diputado deputado gobernador governador alcalde prefeito juez juiz ' +
    'president ministre depute maire porte parole präsident prasident bundeskanzler kanzler kanzlerin ' +
    'sprecher sprecherin herr frau monsieur madame señor senor senhor sr sra'
  ).split(' '),
);

const NATIONALITIES = new Set(
  (
    'american british english french german belgian dutch spanish portuguese italian european chinese japanese korean ' +
    'russian ukrainian israeli palestinian iranian iraqi afghan afghanistan syrian turkish indian pakistani mexican ' +
    'brazilian argentine argentinian chilean canadian australian irish scottish polish swiss austrian swedish ' +
    'norwegian danish finnish greek egyptian saudi sudanese kenyan nigerian african asian arab western federal ' +
    'national international local'
  ).split(' '),
);

/** Words that make a name an organisation (then one generic word is not enough). */
const ORGANISATION_WORD =
  /\b(commission|ministry|ministere|ministerio|ministerium|department|agency|agence|agencia|council|conseil|consejo|conselho|court|tribunal|gericht|union|party|parti|partido|partei|bank|association|associacao|asociacion|verband|organi[sz]ation|company|corporation|inc|corp|ltd|police|policia|polizei|parliament|parlement|parlamento|congress|congreso|congresso|senate|senado|committee|institute|institut|instituto|university|universidad|universidade|foundation|fondation|fundacion|stiftung|office|bureau|federation|league|authority|board|coalition|network|alliance|center|centre|centro|fund|service|administration|government|gouvernement|gobierno|governo|regierung|bundesregierung|assembly|assemblee|army|navy|forces|times|post|news|press|club|group|nations)\b/;

/** Lower case, accents folded, split into words. */
function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function distinctive(words: string[]): string[] {
  return words.filter((w) => !NON_DISTINCTIVE.has(w));
}

/** Acronym of a name's capitalised words ("European Commission" → "ec"), or the acronym the name spells out ("CBP"). */
function acronyms(name: string): Set<string> {
  const result = new Set<string>();
  const capitals = name.match(/\p{Lu}[\p{L}\p{M}.'-]*/gu) ?? [];
  if (capitals.length >= 2) result.add(capitals.map((w) => w[0]).join('').toLowerCase());
  for (const token of name.match(/\b[\p{Lu}.]{2,}\b/gu) ?? []) result.add(token.replace(/\./g, '').toLowerCase());
  return result;
}

function isAcronym(name: string): boolean {
  return /^[\p{Lu}.]{2,}$/u.test(name.trim());
}

function compactAcronym(name: string): string {
  return name.replace(/[.\s]/g, '').toLowerCase();
}

function isOrganisation(name: string): boolean {
  return ORGANISATION_WORD.test(nameWords(name).join(' ')) || isAcronym(name);
}

/**
 * Is a predicted name right for a gold name? Gold names may list
 * alternatives separated by " / " ("Activists / civil society"); any one
 * may match.
 */
export function nameMatches(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted?.trim()) return false;
  return gold.split(/\s+\/\s+/).some((alternative) => matchesOne(predicted, alternative));
}

function matchesOne(predicted: string, gold: string): boolean {
  const predWords = nameWords(predicted).map(singular);
  const goldWords = nameWords(gold).map(singular);
  const goldSet = new Set(goldWords);
  const predDistinctive = distinctive(predWords);
  const goldDistinctive = distinctive(goldWords);

  if (isAcronym(predicted) && acronyms(gold).has(compactAcronym(predicted))) return true;
  if (isAcronym(gold) && acronyms(predicted).has(compactAcronym(gold))) return true;

  // A group named only by nationality and generic words ("Belgian officials") must be named the same way.
  const goldHasIdentity = goldDistinctive.some((w) => !NATIONALITIES.has(w));
  if (!goldHasIdentity) {
    const content = (words: string[]) => new Set(words.filter((w) => w.length > 2 && !['the', 'and'].includes(w)));
    const p = content(predWords);
    const g = content(goldWords);
    return p.size > 0 && [...g].every((w) => p.has(w)) && [...p].every((w) => g.has(w));
  }

  if (!predDistinctive.length) return false;
  if (!predDistinctive.every((w) => goldSet.has(w))) return false;
  if (!predDistinctive.some((w) => !NATIONALITIES.has(w))) return false;
  if (isOrganisation(gold)) return predDistinctive.length >= Math.min(2, goldDistinctive.length);
  return true;
}

/** A gold speaker written "unnamed …" is not scored. */
export function isNamedSpeaker(gold: string | null | undefined): gold is string {
  return !!gold && !/^unnamed\b/i.test(gold.trim());
}

// ---------------------------------------------------------------- page scores

export interface GoldPage {
  is_article: boolean;
  is_policy: boolean;
  policy_topic: string | null;
  /** The policy question in a few words (null on pages that are not policy articles). */
  issue?: string | null;
  quotes: { text: string; speaker: string | null }[];
  stakeholders: { name: string; stance: string }[];
}

export interface PredictedPage {
  isArticle: boolean;
  isPolicy: boolean;
  topic: string | null;
  issue?: string | null;
  quotes: { text: string; speaker: string | null }[];
  stakeholders: { name: string; stance: string }[];
}

/** Counts for one page; totals are sums of these. */
export interface PageCounts {
  articleRight: number;
  policyTP: number;
  policyFP: number;
  policyFN: number;
  topicPages: number;
  topicRight: number;
  quotesPredicted: number;
  quotesGold: number;
  quotesMatched: number;
  /** Matched quotes whose gold speaker is named, and how many of those have the right speaker. */
  speakerScored: number;
  speakerRight: number;
  /** Gold quotes with a named speaker. */
  namedGold: number;
  stakeholdersGold: number;
  /** Stakeholders the engine listed on articles (the precision's denominator). */
  stakeholdersPredicted: number;
  stakeholdersMatched: number;
  stanceRight: number;
  /** Matched stakeholders shown on the opposite side: supports for opposes, or the reverse. */
  stanceReversed: number;
  /** Pages with a gold issue, and the sum of the predicted issue's content-word F1 on them. */
  issuePages: number;
  issueF1Sum: number;
}

export function scorePage(gold: GoldPage, predicted: PredictedPage): PageCounts {
  const counts: PageCounts = {
    articleRight: gold.is_article === predicted.isArticle ? 1 : 0,
    policyTP: gold.is_policy && predicted.isPolicy ? 1 : 0,
    policyFP: !gold.is_policy && predicted.isPolicy ? 1 : 0,
    policyFN: gold.is_policy && !predicted.isPolicy ? 1 : 0,
    topicPages: gold.is_policy ? 1 : 0,
    topicRight: gold.is_policy && predicted.isPolicy && predicted.topic === gold.policy_topic ? 1 : 0,
    quotesPredicted: 0,
    quotesGold: 0,
    quotesMatched: 0,
    speakerScored: 0,
    speakerRight: 0,
    namedGold: 0,
    stakeholdersGold: 0,
    stakeholdersPredicted: 0,
    stakeholdersMatched: 0,
    stanceRight: 0,
    stanceReversed: 0,
    issuePages: gold.issue ? 1 : 0,
    issueF1Sum: gold.issue ? issueF1(predicted.isPolicy ? (predicted.issue ?? null) : null, gold.issue) : 0,
  };
  // Quotes and stakeholders are annotated on articles only.
  if (!gold.is_article) return counts;

  const predictedQuotes = predicted.isArticle ? predicted.quotes : [];
  counts.quotesPredicted = predictedQuotes.length;
  counts.quotesGold = gold.quotes.length;
  counts.namedGold = gold.quotes.filter((q) => isNamedSpeaker(q.speaker)).length;
  const quoteMatches = matchQuotes(
    predictedQuotes.map((q) => q.text),
    gold.quotes.map((q) => q.text),
  );
  counts.quotesMatched = quoteMatches.length;
  for (const [p, g] of quoteMatches) {
    const goldSpeaker = gold.quotes[g]?.speaker;
    if (!isNamedSpeaker(goldSpeaker)) continue;
    counts.speakerScored++;
    if (nameMatches(predictedQuotes[p]?.speaker, goldSpeaker)) counts.speakerRight++;
  }

  counts.stakeholdersGold = gold.stakeholders.length;
  const predictedStakeholders = predicted.isArticle ? predicted.stakeholders : [];
  const stakeholderMatches = greedyMatch(
    predictedStakeholders,
    gold.stakeholders,
    (p, g) => (nameMatches(p.name, g.name) ? 1 : 0),
    1,
  );
  counts.stakeholdersPredicted = predictedStakeholders.length;
  counts.stakeholdersMatched = stakeholderMatches.length;
  for (const [p, g] of stakeholderMatches) {
    const shown = predictedStakeholders[p]?.stance;
    const truth = gold.stakeholders[g]?.stance;
    if (shown === truth) counts.stanceRight++;
    if (isReversal(shown, truth)) counts.stanceReversed++;
  }
  return counts;
}

/** The worst stance error: a side shown where the article reports the opposite one. */
function isReversal(shown: string | undefined, truth: string | undefined): boolean {
  return (shown === 'supports' && truth === 'opposes') || (shown === 'opposes' && truth === 'supports');
}

export function sumCounts(pages: PageCounts[]): PageCounts {
  const total = scorePage(
    { is_article: false, is_policy: false, policy_topic: null, quotes: [], stakeholders: [] },
    { isArticle: true, isPolicy: false, topic: null, quotes: [], stakeholders: [] },
  );
  for (const page of pages) {
    for (const key of Object.keys(total) as (keyof PageCounts)[]) total[key] += page[key];
  }
  return total;
}

export interface Totals {
  pages: number;
  articleAccuracy: number;
  policyPrecision: number;
  policyRecall: number;
  policyF1: number;
  topicAccuracy: number;
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  speakerAccuracy: number;
  attributedRecall: number;
  stakeholderRecall: number;
  stakeholderPrecision: number;
  stanceAccuracy: number;
  /** Share of matched stakeholders shown on the opposite side. */
  stanceReversed: number;
  /** Mean content-word F1 of the issue phrase over pages with a gold issue. */
  issueF1: number;
}

function ratio(num: number, den: number): number {
  return den ? num / den : 0;
}

function f1(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function totalsOf(pages: PageCounts[]): Totals {
  const t = sumCounts(pages);
  const policyPrecision = ratio(t.policyTP, t.policyTP + t.policyFP);
  const policyRecall = ratio(t.policyTP, t.policyTP + t.policyFN);
  const quotePrecision = ratio(t.quotesMatched, t.quotesPredicted);
  const quoteRecall = ratio(t.quotesMatched, t.quotesGold);
  return {
    pages: pages.length,
    articleAccuracy: ratio(t.articleRight, pages.length),
    policyPrecision,
    policyRecall,
    policyF1: f1(policyPrecision, policyRecall),
    topicAccuracy: ratio(t.topicRight, t.topicPages),
    quotePrecision,
    quoteRecall,
    quoteF1: f1(quotePrecision, quoteRecall),
    speakerAccuracy: ratio(t.speakerRight, t.speakerScored),
    attributedRecall: ratio(t.speakerRight, t.namedGold),
    stakeholderRecall: ratio(t.stakeholdersMatched, t.stakeholdersGold),
    stakeholderPrecision: ratio(t.stakeholdersMatched, t.stakeholdersPredicted),
    stanceAccuracy: ratio(t.stanceRight, t.stakeholdersMatched),
    stanceReversed: ratio(t.stanceReversed, t.stakeholdersMatched),
    issueF1: ratio(t.issueF1Sum, t.issuePages),
  };
}

/** Where a page comes from: the prefix of its corpus id (`rd-`, `sh-`, `tf-`, `seed-`), or `other`. */
export function sourceOf(pageId: string): string {
  const prefix = /^(rd|sh|tf|seed)-/.exec(pageId)?.[1];
  return prefix ?? 'other';
}

/** A group's name and its totals: one row of a per-source or per-language breakdown. */
export interface GroupTotals {
  group: string;
  totals: Totals;
}

/** Totals per group of pages (by source, by language…), groups in alphabetical order. */
export function totalsBy<P>(pages: readonly P[], counts: readonly PageCounts[], groupOf: (page: P) => string): GroupTotals[] {
  const groups = new Map<string, PageCounts[]>();
  pages.forEach((page, i) => {
    const c = counts[i];
    if (!c) return;
    const key = groupOf(page);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  });
  return [...groups.keys()].sort().map((group) => ({ group, totals: totalsOf(groups.get(group) ?? []) }));
}
