import type { ArticleText } from '../types.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { type ActorIndex, actorOfMention, documentActor, promoteToPerson, signatureActor } from '../actors/actors-index.ts';
import { findDocument } from '../actors/documents.ts';
import { followsArticleOrPreposition, followsPreposition, type Mention } from '../actors/mention.ts';
import { isSubjectPronoun } from '../actors/pronoun-mentions.ts';
import { resolvePronoun } from '../actors/pronouns.ts';
import { resolveRoleReference, roleHolder, UNNAMED_SPEAKER } from '../actors/role-reference.ts';
import { roleNounBefore } from '../actors/names.ts';
import { actorWordsFor } from '../actors/vocabulary.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { type Reporting, reportingFor } from '../lang/reporting.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import { commonNounsOf, isCommonNoun } from './common-nouns.ts';

/** How far around a quote we look for "she said" / "Kell said:" (characters). */
const WINDOW = 220;
/** A lead-in sentence ("Ana Ruiz, la ingeniera del puerto …, explica que …") may be long. */
const LEAD_IN_WINDOW = 320;
/** A reporting verb this many words after the closing mark still belongs to the quote. */
const MAX_WORDS_TO_VERB = 18;
/** After a quote that ends its own sentence, a following clause longer than this is a new statement. */
const MAX_TRAILING_ATTRIBUTION_WORDS = 9;
/** Quotes at most this many blocks after the previous speaker's quote may continue it. */
const CONTINUATION_BLOCKS = 2;

export const NO_SPEAKER = -1;
/** A tweet's text runs over at most this many paragraphs after the quote before its signature. */
const TWEET_BLOCKS = 4;
/** The longest a tweet may be (characters). */
const TWEET_CHARS = 280;
/** "— Jo Kell (@jokell)": a dash, the author's name (flags and emoji may follow it), their handle. */
const TWEET_SIGNATURE = /(?:^|\s)[—–-]\s*[^\s(—–@][^(—–@\n]{0,80}(?=\(@\w)/u;
/** After "said", the speaker's name comes within this many characters. */
const AFTER_VERB_REACH = 90;

/** Verbs whose following name is the listener, not the speaker ("told reporters", "told the BBC"). */
export const ADDRESSEE_VERBS = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'urged', 'answered']);

export interface Context {
  article: ArticleText;
  index: ActorIndex;
  spans: QuoteSpan[];
  /** Reporting verbs, source words and fillers of the article's language. */
  reporting: Reporting;
  /** Determiners of the article's language: "sagte der Minister", "dijo el ministro" keep the subject next to the verb. */
  determiners: ReadonlySet<string>;
  /** Capitalised words the article uses as common nouns: as lone names, they name nobody. */
  commonNouns: ReadonlySet<string>;
  /** Speaker of the previous quote: "he said" most often means them. */
  lastSpeaker: number;
  /** Where the quote being attributed opens: pronouns refer to what came before it. */
  quoteStart: number;
}

/** What each attribution rule names as a quote's speaker (actor index, UNNAMED_SPEAKER, or null when the rule is silent). */
export interface RulePicks {
  /** "…," Kell said / "…", according to X. */
  after: number | null;
  /** Kell said: "…" / the lead-in sentence's subject. */
  before: number | null;
  /** An embedded tweet's signature. */
  tweet: number | null;
  /** After inheritance within paragraphs and from the paragraph before: the rules' final answer (-1 for none). */
  inherited: number;
  /** The first rule that answered found a speaker the article leaves unnamed ("a senior official said"). */
  unnamed: boolean;
}

export function newContext(article: ArticleText, spans: QuoteSpan[], index: ActorIndex): Context {
  return {
    article,
    index,
    spans,
    reporting: reportingFor(article.lang),
    determiners: closedClassFor(article.lang).determiners,
    commonNouns: commonNounsOf(article.text, article.lang),
    lastSpeaker: NO_SPEAKER,
    quoteStart: 0,
  };
}

/** Every rule's answer for each quote span, in span order. */
export function rulePicks(ctx: Context): RulePicks[] {
  const picks = ctx.spans.map((span, i) => {
    ctx.quoteStart = quoteStart(span);
    const pick = explicitPicks(ctx, i);
    const first = pick.after ?? pick.before ?? pick.tweet ?? NO_SPEAKER;
    if (first >= 0) ctx.lastSpeaker = first;
    return { ...pick, first };
  });
  const speakers = picks.map((p) => p.first);
  inheritWithinBlocks(ctx, speakers);
  return picks.map((p, i) => ({
    after: p.after,
    before: p.before,
    tweet: p.tweet,
    inherited: speakers[i] === UNNAMED_SPEAKER ? NO_SPEAKER : (speakers[i] ?? NO_SPEAKER),
    unnamed: p.first === UNNAMED_SPEAKER,
  }));
}

export function quoteEnd(span: QuoteSpan): number {
  return span.markEnd ?? span.end;
}
export function quoteStart(span: QuoteSpan): number {
  return span.markStart ?? span.start;
}

/** The quote's window in its paragraph, bounded by its neighbours: where its speaker is named, if anywhere. */
export function quoteWindow(ctx: Context, i: number): { beforeStart: number; afterEnd: number } {
  const span = ctx.spans[i];
  const block = span && ctx.article.blocks[span.blockIndex];
  if (!span || !block) return { beforeStart: 0, afterEnd: 0 };
  const blockEnd = block.start + block.text.length;
  const next = ctx.spans[i + 1];
  const prev = ctx.spans[i - 1];
  const afterEnd = Math.min(next && next.blockIndex === span.blockIndex ? quoteStart(next) : blockEnd, quoteEnd(span) + WINDOW);
  const beforeStart = Math.max(prev && prev.blockIndex === span.blockIndex ? quoteEnd(prev) : block.start, quoteStart(span) - LEAD_IN_WINDOW);
  return { beforeStart, afterEnd };
}

/** Speaker named next to the quote: after it ("…," Kell said), before it (Kell said: "…"), or "according to". */
function explicitPicks(ctx: Context, i: number): Pick<RulePicks, 'after' | 'before' | 'tweet'> {
  const span = ctx.spans[i];
  if (!span) return { after: null, before: null, tweet: null };
  const { beforeStart, afterEnd } = quoteWindow(ctx, i);
  const quoted = ctx.article.text.slice(span.start, span.end);
  return {
    after: speakerAfter(ctx, quoteEnd(span), afterEnd, /[.!?…]$/.test(quoted.trim())),
    before: speakerBefore(ctx, beforeStart, quoteStart(span)),
    tweet: tweetAuthor(ctx, span),
  };
}

/**
 * An embedded tweet is signed after its text: "— Jo Kell (@jokell) May 2, 2021", later in the quote's own
 * paragraph or opening one of the next few. A tweet is short: a paragraph longer than one ends the search.
 */
function tweetAuthor(ctx: Context, span: QuoteSpan): number | null {
  const { blocks } = ctx.article;
  const searchFrom = quoteEnd(span);
  for (let b = span.blockIndex; b < blocks.length && b <= span.blockIndex + TWEET_BLOCKS; b++) {
    const block = blocks[b];
    if (!block) break;
    const from = Math.max(block.start, searchFrom);
    const signature = TWEET_SIGNATURE.exec(ctx.article.text.slice(from, block.start + block.text.length));
    if (signature) {
      const start = from + signature.index;
      const signed = mentionsIn(ctx, start, start + signature[0].length).find((m) => m.kind !== 'pronoun');
      if (signed) return speakerOf(ctx, signed, start);
      const name = signature[0].replace(/[^\p{L}\p{M}\p{N}\s.'’-]/gu, '').replace(/^[\s—–-]+/, '').trim();
      return /\p{L}/u.test(name) ? signatureActor(ctx.index, name) : null;
    }
    if (b > span.blockIndex && block.text.length > TWEET_CHARS) return null;
  }
  return null;
}

function speakerAfter(ctx: Context, from: number, to: number, quoteEndsSentence: boolean): number | null {
  const text = ctx.article.text;
  const sentenceEnd = text.slice(from, to).search(/[.!?;:](?:\s|$)/);
  const end = sentenceEnd >= 0 ? from + sentenceEnd : to;
  const tokens = tokenize(text, from, end);
  const source = sourcePreposition(ctx, tokens, from);
  if (source !== null) return source;
  const verb = tokens.find((t, k) => k < MAX_WORDS_TO_VERB && ctx.reporting.verbs.has(t.lower));
  // „…“, sagte er — a comma after the closing mark always leads into the attribution.
  const commaAfter = /^\s*,/.test(text.slice(from, from + 3));
  if (quoteEndsSentence && !commaAfter && tokens.length > MAX_TRAILING_ATTRIBUTION_WORDS) return null;
  // "…", reza un comunicado del ministerio — no verb we know, but a statement and who issued it.
  if (!verb) {
    const issuer = mentionsIn(ctx, from, end).find((m) => issuesStatement(ctx, m));
    return issuer ? speakerOf(ctx, issuer, issuer.start) : null;
  }
  const before = mentionsIn(ctx, from, verb.start);
  const subject = closestSubject(ctx, before, verb.start);
  if (subject) return speakerOf(ctx, subject, verb.start);
  const slotBefore = tokens.find((t) => t.start < verb.start && !ctx.reporting.fillers.has(t.lower));
  if (slotBefore) return resolveRoleReference(ctx.index, text.slice(slotBefore.start, verb.start), ctx.quoteStart, ctx.lastSpeaker);
  if (ADDRESSEE_VERBS.has(verb.lower)) return null;
  const after = mentionsIn(ctx, verb.end, Math.min(end, verb.end + AFTER_VERB_REACH));
  const subjectAfter = firstSubject(ctx, after, verb.end);
  if (subjectAfter) return speakerOf(ctx, subjectAfter, verb.start);
  const slotAfter = text.slice(verb.end, end);
  // „…“, heißt es im Bericht der Kommission.
  const document = findDocument(slotAfter, ctx.article.lang);
  if (document) return documentActor(ctx.index, document.name);
  // "…", dijo. — a verb with no subject at all refers back to the last speaker.
  if (!/\p{L}/u.test(slotAfter)) return resolvePronoun(ctx.index, null, ctx.quoteStart, ctx.lastSpeaker);
  return resolveRoleReference(ctx.index, slotAfter, ctx.quoteStart, ctx.lastSpeaker);
}

function speakerBefore(ctx: Context, from: number, to: number): number | null {
  const text = ctx.article.text;
  const window = text.slice(from, to);
  // Only the sentence that leads into the quote.
  const cut = lastSentenceBreak(window, ctx.index.german);
  const start = from + cut;
  const tokens = tokenize(text, start, to);
  const source = sourcePreposition(ctx, tokens, start);
  if (source !== null) return source;
  const verb = tokens.findLast((t) => ctx.reporting.verbs.has(t.lower));
  if (verb) {
    const before = mentionsIn(ctx, start, verb.start);
    const inverted = invertedSubject(ctx, before, verb, to);
    if (inverted) return speakerOf(ctx, inverted, verb.start);
    const subject = closestSubject(ctx, before, verb.start);
    if (subject) return speakerOf(ctx, subject, verb.start);
    const slot = text.slice(start, verb.start);
    if (/\p{L}/u.test(slot)) {
      const role = resolveRoleReference(ctx.index, slot, start, ctx.lastSpeaker);
      if (role !== null) return role;
    }
    if (!ADDRESSEE_VERBS.has(verb.lower)) {
      const after = mentionsIn(ctx, verb.end, to);
      const subjectAfter = firstSubject(ctx, after, verb.end);
      if (subjectAfter) return speakerOf(ctx, subjectAfter, verb.start);
    }
  }
  const document = quotedDocument(ctx, from, start, to);
  if (document !== null) return document;
  const all = mentionsIn(ctx, start, to).filter((m) => m.kind !== 'name' || actorOfMention(ctx.index, m) >= 0);
  // "Ruiz wrote in a letter: “…”" without a verb we know, or a heading-like "Kell:".
  const named = /:\s*$/.test(window) ? firstSubject(ctx, all, start) : undefined;
  if (named) return speakerOf(ctx, named, to);
  // "la arquitecta Ana Ruiz llamó al proyecto “…”": the person the lead-in is about.
  const person = all.findLast((m) => rank(ctx, m) === 0 && m.kind !== 'pronoun');
  return person ? speakerOf(ctx, person, to) : null;
}

/**
 * "Le rapport conclut … « … »", "el decreto dispone “…”": a document named
 * before any actor in the lead-in sentence (or, when that sentence names
 * nobody, in the one before) is the quote's source.
 */
function quotedDocument(ctx: Context, windowStart: number, sentenceStart: number, to: number): number | null {
  const text = ctx.article.text;
  const firstActor = mentionsIn(ctx, sentenceStart, to).find((m) => m.kind !== 'name' && m.kind !== 'pronoun');
  const searchFrom = firstActor ? sentenceStart : windowStart;
  const searchTo = firstActor ? firstActor.start : to;
  const doc = findDocument(text.slice(searchFrom, searchTo), ctx.article.lang);
  return doc ? documentActor(ctx.index, doc.name) : null;
}

function lastSentenceBreak(window: string, ordinalDates: boolean): number {
  let cut = 0;
  for (const m of window.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    // Not after an initial or a short abbreviation ("Gov.", "U.S.").
    const before = window.slice(Math.max(0, m.index - 4), m.index);
    if (/(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St|Jr)$/u.test(before)) continue;
    // German ordinals take a full stop: "vom 12. Januar" goes on.
    if (ordinalDates && /(?:^|\D)\d{1,2}$/.test(before)) continue;
    cut = m.index + 1;
  }
  return cut;
}

/**
 * "according to a spokesperson for the Commission", "laut einem Sprecher der
 * Polizei": the body named after the gap speaks through them. The gap is an
 * optional article, a spokesperson noun, then a preposition with an optional
 * article, or (German genitive) an article.
 */
function isSpokespersonOf(ctx: Context, gap: string): boolean {
  if (/[^\p{L}\s'’-]/u.test(gap)) return false;
  const { articles, prepositions } = ctx.index.closed;
  const words = tokenize(gap).map((t) => t.lower);
  let i = articles.has(words[0] ?? '') ? 1 : 0;
  if (!actorWordsFor(ctx.index.lang).spokespersons.has(words[i] ?? '')) return false;
  i++;
  if (prepositions.has(words[i] ?? '')) i++;
  else if (!articles.has(words[i] ?? '')) return false;
  if (articles.has(words[i] ?? '')) i++;
  return i === words.length;
}

/** "according to X", "selon X", "laut X", „…“, so Kraus. */
export function sourcePreposition(ctx: Context, tokens: Token[], from: number): number | null {
  const text = ctx.article.text;
  const sentenceEnd = tokens[tokens.length - 1]?.end ?? from;
  for (const t of tokens) {
    const isSource =
      ctx.reporting.sourcePrepositions.has(t.lower) ||
      (ctx.reporting.sourcePhrase?.test(text.slice(Math.max(from, t.start - 20), t.start)) ?? false);
    if (!isSource) continue;
    // The source is named in the same sentence: "…", so die Ministerin. Ein weiteres …" names no one.
    const after = mentionsIn(ctx, t.start, Math.min(t.end + 80, sentenceEnd)).filter((m) => m.start >= (ctx.reporting.sourcePrepositions.has(t.lower) ? t.end : t.start));
    const first = after[0];
    if (!first) {
      // "…", so ein Sprecher. / según la ministra: a description, not a name.
      const described = ctx.reporting.sourcePrepositions.has(t.lower) ? describedSource(ctx, t.end, sentenceEnd) : null;
      if (described !== null) return described;
      continue;
    }
    const gap = text.slice(t.end, first.start);
    if (gap.split(/\s+/).length <= 4 || isSpokespersonOf(ctx, gap)) return speakerOf(ctx, first, t.start);
  }
  return null;
}

/** The actor a description after "according to" stands for, up to the clause's end ("so ein Sprecher, der …"). */
function describedSource(ctx: Context, from: number, to: number): number | null {
  const clause = ctx.article.text.slice(from, to);
  const end = clause.search(/[,;:.!?(]/);
  const phrase = end >= 0 ? clause.slice(0, end) : clause;
  return /\p{L}/u.test(phrase) ? resolveRoleReference(ctx.index, phrase, ctx.quoteStart, ctx.lastSpeaker) : null;
}

/** Link words that may stand between a statement noun and its issuer: "issued by the", "de la". */
const MAX_ISSUER_LINKS = 3;

/** "a statement from the ministry", "un comunicado del Departamento", "in einer Mitteilung des Verbands": the mention issued a statement. */
export function issuesStatement(ctx: Context, m: Mention): boolean {
  const text = ctx.article.text;
  const lead = tokenize(text, Math.max(0, m.start - 60), m.start);
  for (let k = lead.length - 1; k >= 0 && lead.length - 1 - k <= MAX_ISSUER_LINKS; k--) {
    const t = lead[k];
    if (!t) break;
    // "a statement from X", "a spokesperson for X": X speaks through them.
    const speaksFor = ctx.reporting.statementNouns.has(t.lower) || actorWordsFor(ctx.index.lang).spokespersons.has(t.lower);
    if (speaksFor) return k < lead.length - 1 && !/[,.;:!?"“”«»„]/.test(text.slice(t.end, m.start));
    if (!ctx.reporting.issuerLinks.has(t.lower)) return false;
  }
  return false;
}

/** Mentions that can speak, between two offsets. */
export function mentionsIn(ctx: Context, from: number, to: number): Mention[] {
  const { mentions } = ctx.index;
  const found: Mention[] = [];
  for (let k = firstStartingAtOrAfter(mentions, from); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= to || m.end > to) break;
    if (m.kind === 'pronoun' && !isSubjectPronoun(m)) continue;
    // "le maire de la Ville": a capitalised word after an article or preposition is not a speaker's name.
    if (m.kind === 'name' && (ctx.index.actorOf[k] ?? -1) < 0 && followsArticleOrPreposition(ctx.article.text, m, ctx.index.closed)) continue;
    // "Ein weiteres Thema", "Zugleich mahnte sie": a one-word "name" the article uses as a common word.
    if ((m.kind === 'name' || m.kind === 'person') && isCommonNoun(ctx.commonNouns, m.text)) continue;
    found.push(m);
  }
  return found;
}

/** Persons speak more often than the bodies named around them ("Jo Kell, an analyst at the Harbour Institute, said"). */
export function rank(ctx: Context, m: Mention): number {
  if (m.kind === 'pronoun') return 0;
  const actor = ctx.index.actors[actorOfMention(ctx.index, m)];
  const kind = actor ? actor.kind : m.kind;
  if (kind === 'person') return 0;
  if (kind === 'organisation' || kind === 'name') return actor?.place ? 1.5 : 1;
  return 2;
}

/** Only fillers ("has", "also", "a") between two offsets: the mention and the verb are adjacent. */
export function adjacent(ctx: Context, from: number, to: number): boolean {
  if (ctx.article.text.slice(from, to).includes(',')) return false;
  return tokenize(ctx.article.text, from, to).every((t) => ctx.reporting.fillers.has(t.lower));
}

/** The subject right before a verb: the name next to it, else the closest person, else the closest mention, never one named as an object. */
function closestSubject(ctx: Context, ms: Mention[], verbStart: number): Mention | undefined {
  const last = ms.at(-1);
  if (!last || adjacent(ctx, last.end, verbStart)) return last;
  return ms.filter((m) => !isObject(ctx, m)).reduceRight<Mention | undefined>((best, m) => (!best || rank(ctx, m) < rank(ctx, best) ? m : best), undefined);
}
/** The subject after a verb ("said Walter Ostrow", "sagte der Vorstand der Kasse, Jonas Velkamp"): the name next to it, else the first person, else the first mention. */
function firstSubject(ctx: Context, ms: Mention[], verbEnd: number): Mention | undefined {
  const first = ms[0];
  if (!first || adjacent(ctx, verbEnd, first.start)) return first;
  return ms.reduce((best, m) => (rank(ctx, m) < rank(ctx, best) ? m : best));
}

/** "after talks with Jo Kell", "a pedido de Ana Ruiz": a name after a preposition is an object, not a verb's subject. */
function isObject(ctx: Context, m: Mention): boolean {
  return m.kind !== 'pronoun' && followsPreposition(ctx.article.text, m, ctx.index.closed);
}

export function speakerOf(ctx: Context, m: Mention, at: number): number {
  const { index } = ctx;
  if (m.kind === 'pronoun') return resolvePronoun(index, m, Math.min(at, ctx.quoteStart), ctx.lastSpeaker);
  // "dijo la directora del Puerto Viejo": the body completes a role; its holder speaks (a spokesperson speaks for the body).
  const role = m.kind === 'person' ? null : roleNounBefore(ctx.article.text, m.start, actorWordsFor(index.lang));
  const holder = role && !actorWordsFor(index.lang).spokespersons.has(role) ? roleHolder(index, [role], m.start) : -1;
  if (holder >= 0) return holder;
  const mi = index.positionOf.get(m);
  if (mi === undefined) return NO_SPEAKER;
  if (m.kind === 'name') return promoteToPerson(index, mi);
  return index.actorOf[mi] ?? NO_SPEAKER;
}

/**
 * Quotes without their own attribution: a quote in the same paragraph as a
 * credited one shares its speaker; a paragraph that opens with a quote
 * continues the previous speaker's quotation, or is the statement announced
 * closing the paragraph before ("Kell said … ¶ “…”").
 */
function inheritWithinBlocks(ctx: Context, speakers: number[]): void {
  const { spans } = ctx;
  const speakerAt = (i: number) => speakers[i] ?? NO_SPEAKER;
  // Backwards first: "“A.” “B,” she said." credits A too.
  for (let i = spans.length - 2; i >= 0; i--) {
    if (speakerAt(i) === NO_SPEAKER && spans[i + 1]?.blockIndex === spans[i]?.blockIndex) speakers[i] = speakerAt(i + 1);
  }
  spans.forEach((span, i) => {
    if (speakerAt(i) !== NO_SPEAKER) return;
    const prev = spans[i - 1];
    const previousBlockHasQuote = prev !== undefined && prev.blockIndex === span.blockIndex - 1;
    const announced = previousBlockHasQuote ? null : announcedSpeaker(ctx, span.blockIndex - 1);
    if (announced !== null) speakers[i] = announced;
    else if (prev && (span.blockIndex - prev.blockIndex <= CONTINUATION_BLOCKS || isUnclosed(ctx, prev))) speakers[i] = speakerAt(i - 1);
    else speakers[i] = resolvePronoun(ctx.index, null, quoteStart(span), prev ? speakerAt(i - 1) : NO_SPEAKER);
  });
}

/** A quotation whose paragraph ends without a closing mark runs on into the next quoted paragraph, whatever stands between. */
function isUnclosed(ctx: Context, span: QuoteSpan): boolean {
  const last = ctx.article.text.charAt(quoteEnd(span) - 1);
  return quoteEnd(span) <= span.end || !/["”»“«„’'›‹]/.test(last);
}

/** A paragraph that ends with a colon and no reporting verb ("Reply of the minister Jo Kell, 12 May:"): the person it names. */
function colonAnnounced(ctx: Context, blockText: string, start: number, end: number): number | null {
  if (!/:\s*$/.test(blockText)) return null;
  const person = mentionsIn(ctx, start, end).find((m) => m.kind !== 'pronoun' && rank(ctx, m) === 0);
  return person ? speakerOf(ctx, person, end) : null;
}

/** Who the last sentence of a paragraph has speaking ("Ruiz wrote:", "Kell said it was…"), if anyone. */
function announcedSpeaker(ctx: Context, blockIndex: number): number | null {
  const block = ctx.article.blocks[blockIndex];
  if (!block) return null;
  const end = block.start + block.text.length;
  const from = Math.max(block.start, end - WINDOW);
  const window = ctx.article.text.slice(from, end);
  const start = from + lastSentenceBreak(window, ctx.index.german);
  const tokens = tokenize(ctx.article.text, start, end);
  const verb = tokens.find((t) => ctx.reporting.verbs.has(t.lower));
  if (!verb) return colonAnnounced(ctx, block.text, start, end);
  const before = mentionsIn(ctx, start, verb.start);
  const inverted = invertedSubject(ctx, before, verb, end);
  if (inverted) return speakerOf(ctx, inverted, verb.start);
  const subject = closestSubject(ctx, before, verb.start);
  return subject ? speakerOf(ctx, subject, verb.start) : null;
}

/**
 * The subject standing right after the verb ("sagte Brenner", "mahnte sie",
 * "schreibt der Verband", "said the minister") when none stands right before it:
 * German puts it there whenever the sentence opens with anything else.
 */
function invertedSubject(ctx: Context, before: readonly Mention[], verb: Token, to: number): Mention | null {
  const last = before[before.length - 1];
  if ((last && adjacent(ctx, last.end, verb.start)) || ADDRESSEE_VERBS.has(verb.lower)) return null;
  const first = mentionsIn(ctx, verb.end, to)[0];
  return first && followsVerb(ctx, verb.end, first.start) ? first : null;
}

/** Only fillers and determiners between a verb and a mention after it ("said that Kell…" is what was said, not who said it). */
function followsVerb(ctx: Context, verbEnd: number, mentionStart: number): boolean {
  if (/[,:;.!?]/.test(ctx.article.text.slice(verbEnd, mentionStart))) return false;
  const { fillers, complementisers } = ctx.reporting;
  return tokenize(ctx.article.text, verbEnd, mentionStart).every((t) => !complementisers.has(t.lower) && (fillers.has(t.lower) || ctx.determiners.has(t.lower)));
}
