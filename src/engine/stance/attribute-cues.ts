import type { ActorIndex } from '../actors/actors-index.ts';
import { followsPreposition } from '../actors/mention.ts';
import { isSubjectPronoun } from '../actors/pronoun-mentions.ts';
import { resolvePronoun } from '../actors/pronouns.ts';
import type { ClosedClass } from '../lang/closed-class.ts';
import { reportingFor } from '../lang/reporting.ts';
import { type SentenceSpan, sentenceAt } from '../text/sentence-spans.ts';
import { firstStartingAtOrAfter, rangeIndexAt } from '../text/offsets.ts';
import { tokenize } from '../text/tokens.ts';
import { wordBefore } from '../text/word-before.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { type StanceGroup, stanceCuesFor } from '../lang/stance-cues.ts';
import type { CueFrame } from './cue-frame.ts';
import { type StanceHit, stanceHits } from './polarity.ts';
import { invertedSubjectAfter, nameRightAfter, taggedSpeaker } from './speech-tags.ts';
import { subjectAfterSecondVerb } from './verb-second.ts';

/**
 * How a cue reached its holder: in their own quotation, in a clause the article
 * reports about them (by name or pronoun), in a clause they are reported to have said,
 * named as the holder of a reaction ("criticism from X"),
 * inside someone else's quotation, or from who they are (a group's name, an
 * office, a measure of their own).
 */
/**
 * Who an actor is can state a position: a group's name ("critics"), being
 * named as its example, an office, a measure of their own; or say that they act
 * on the question without saying which way (campaigners: the fitted weight decides).
 */
export type IdentityRule = 'group name' | 'group example' | 'office' | 'owned measure' | 'campaigners';

/**
 * 'paraphrase': a cue in a clause someone is reported to have said, whose own subject is nobody the article
 * names ("X said the harbour board erred in raising the levy"), or in a sentence told as theirs after the words
 * ("…, said X", "according to X"): credited to the one who said it, weighed apart.
 */
export type SignalSource = 'own-quote' | 'reported' | 'paraphrase' | 'named-holder' | 'others-quote' | 'identity';

/** One stance cue credited to an actor, with the sentence that carries it. */
export interface StanceSignal {
  actor: number;
  value: number;
  sentence: number;
  source: SignalSource;
  /** The cue's weight class before negation (1 explicit, lower implied). */
  strength: number;
  /** The cue's group in the language pack; null for identity signals. */
  group: StanceGroup | null;
  /** The pack entry that matched (for audits and traces); null for identity signals. */
  cue: string | null;
  /** For identity signals, what about the actor states the position. */
  identity?: IdentityRule;
  negated: boolean;
  /** Asked, conditional, received or turned round by its object; null when stated plainly or for identity signals. */
  frame: CueFrame | null;
  /** The cue's offsets in the text (those of the name for identity signals). */
  start: number;
  end: number;
}

/** A cue credited to an actor. */
function signalOf(actor: number, hit: StanceHit, sentence: number, source: SignalSource): StanceSignal {
  return { actor, value: hit.value, sentence, source, strength: hit.strength, group: hit.group, cue: hit.cue, negated: hit.negated, frame: hit.frame, start: hit.start, end: hit.end };
}

const HOLDER_REACH = 90;
/** How far back a cue's subject or a reporting verb may be (characters): a long clause, never a whole run-on page. */
const CLAUSE_REACH = 300;

/**
 * Credit every stance cue of the article to the actor whose position it
 * states: cues inside a quotation to its speaker, "backlash from X" to X,
 * other cues to the subject of their clause.
 */
export function attributeStanceCues(
  index: ActorIndex,
  sentences: SentenceSpan[],
  sentenceHits: readonly (readonly StanceHit[])[],
  spans: QuoteSpan[],
  speakers: number[],
  lang: string | null,
): StanceSignal[] {
  const { text } = index;
  const signals: StanceSignal[] = [];
  spans.forEach((span, i) => {
    const actor = speakers[i] ?? -1;
    if (actor < 0) return;
    const sentence = sentenceAt(sentences, span.start);
    for (const hit of stanceHits(text, span.start, span.end, lang)) {
      // "The Democrats have said they would block the levy": inside a quote, a named subject holds the position, not the speaker.
      // A judgement ("X should resign", "X's plan is necessary") is the speaker's own, whoever it names.
      const inner = sentenceAt(sentences, hit.start);
      const clause = { start: Math.max(span.start, sentences[inner]?.start ?? span.start), end: span.end, blockIndex: span.blockIndex };
      const named = hit.voicedOnly ? [] : holdersOf(index, clause, hit.start, hit.end, false).filter((a) => a !== actor);
      if (named.length) for (const holder of named) signals.push(signalOf(holder, hit, sentence, 'others-quote'));
      else signals.push(signalOf(actor, hit, sentence, 'own-quote'));
    }
  });
  const inQuote = quoteMask(spans);
  const { verbs } = reportingFor(index.lang);
  sentences.forEach((s, si) => {
    const hits = sentenceHits[si] ?? [];
    if (!hits.length) return;
    const tagged = taggedSpeaker(index, s);
    const voiced = hits.some((h) => h.voicedOnly) && (tagged !== null || isReportedStatement(text, s, index.lang));
    for (const hit of hits) {
      if (inQuote(hit.start) || (hit.voicedOnly && !voiced) || inConcession(text, s.start, hit.start, index.closed)) continue;
      const namedHolder = holderLinkAfter(index, hit) !== null;
      // "sparked backlash from X": what the subject received, X holds.
      const held = namedHolder && hit.frame === 'received' ? { ...hit, frame: null } : hit;
      // "…, criticised X.": a cue that is itself the speech tag belongs to the name after it.
      const inverted = verbs.has(text.slice(hit.start, hit.end).toLowerCase()) ? invertedSubjectAfter(index, s, hit.start, hit.end) : null;
      // Within the cue's clause: "X backs it; owners remain opposed" is not X's words.
      const clause = { ...s, start: clauseStartBefore(text, s, hit.start) };
      // A judgement in a clause someone is reported to have said is theirs, whoever the clause names ("Okafor said the board was wrong").
      const judge = hit.voicedOnly && !namedHolder && tagged === null ? reportingSubjectBefore(index, clause, hit.start) : null;
      // A judgement in words the sentence credits to someone is theirs ("…is illegal, said X", "according to X, … is reckless").
      const voicer = hit.voicedOnly ? (tagged ?? judge) : null;
      const holder = namedHolder ? null : (inverted ?? voicer);
      const found = holder === null ? holdersOf(index, s, hit.start, hit.end) : holder >= 0 ? [holder] : [];
      const source: SignalSource = namedHolder ? 'named-holder' : inverted === null && judge !== null ? 'paraphrase' : 'reported';
      for (const actor of found) signals.push(signalOf(actor, held, si, source));
      // "The unions criticised the mayor over the levy": the mayor is on the receiving end, as in "the mayor drew criticism".
      const target = found.length && holder === null && isPlainlyAgainst(held) ? nameRightAfter(index, s, hit.end) : null;
      // A pronoun there ("fight it") is mostly the measure, not someone.
      if (target && target.actor >= 0 && !target.pronoun && !found.includes(target.actor)) signals.push(signalOf(target.actor, { ...held, frame: 'received' }, si, 'reported'));
      // "Am Montag kritisierte die Opposition den Plan": no one before the verb, its subject after it. The same
      // report as "die Opposition kritisierte …" in another order, so it weighs as one (the corpus has too few to fit its own).
      const second = !namedHolder && !hit.voicedOnly && holder === null && !found.length ? subjectAfterSecondVerb(index, s, hit.start, hit.end) : null;
      if (second !== null) signals.push(signalOf(second, held, si, 'reported'));
      // "Okafor said the harbour board rejected the levy": a reported clause with no holder of its own is the reporter's words.
      const reporter = !namedHolder && holder === null && !found.length && second === null ? reportingSubjectBefore(index, clause, hit.start) : null;
      if (reporter !== null) signals.push(signalOf(reporter, held, si, 'paraphrase'));
      // "The harbour board rejected the levy, said Okafor", "according to Okafor, …": a sentence told as someone's
      // words is their report, whoever its subject (before the words, "Okafor said the board rejected it", it is not:
      // crediting that cost stance and stakeholder precision under cross-validation).
      const teller = !namedHolder && holder === null && tagged !== null && tagged >= 0 && tagged !== reporter && !found.includes(tagged) ? tagged : null;
      if (teller !== null) signals.push(signalOf(teller, held, si, 'paraphrase'));
    }
  });
  return signals;
}

/** A cue stated plainly against something ("criticised", "sued"), whose object is what it is against. */
function isPlainlyAgainst(hit: StanceHit): boolean {
  return hit.value < 0 && !hit.negated && hit.frame === null && !hit.voicedOnly;
}

/**
 * Actors who make a statement in the article ("Analysts said …", "White
 * House advisers say …"): their position is reported even when no stance
 * word gives its direction.
 */
export function reportedSpeakers(index: ActorIndex, sentences: SentenceSpan[]): Set<number> {
  const speakers = new Set<number>();
  for (const s of sentences) {
    const tokens = tokenize(index.text, s.start, s.end);
    for (const verb of tokens) {
      if (!reportingFor(index.lang).verbs.has(verb.lower)) continue;
      const subject = reportingSubjectBefore(index, s, verb.end);
      if (subject !== null) speakers.add(subject);
    }
  }
  return speakers;
}

/** Verbs of saying and thinking: with them, a sentence reports someone's judgement ("has said that these discussions are necessary"). */
function statementVerbs(lang: string | null): (word: string) => boolean {
  const { verbs } = reportingFor(lang);
  const { opinionVerbs } = stanceCuesFor(lang);
  return (word) => verbs.has(word) || opinionVerbs.has(word);
}

function isReportedStatement(text: string, s: SentenceSpan, lang: string | null): boolean {
  const isStatement = statementVerbs(lang);
  return tokenize(text, s.start, s.end).some((t) => isStatement(t.lower));
}

/** "…, even as it continues to condemn the regime's abuses", "Although its guidelines recommend …,": a concession beside the point the sentence makes. */
function inConcession(text: string, sentenceStart: number, offset: number, closed: ClosedClass): boolean {
  return closed.endsInConcession.test(text.slice(Math.max(sentenceStart, offset - CLAUSE_REACH), offset));
}

/** Where a holder phrase ends: at its clause's punctuation or a contrasting conjunction ("…, but Varenne called …"). */
function holderPhraseEnd(phrase: string, closed: ClosedClass): number {
  const mark = phrase.search(/[,;:()]/);
  const end = mark < 0 ? phrase.length : mark;
  const contrast = tokenize(phrase, 0, end).find((t) => t.start > 0 && closed.contrasts.has(t.lower));
  return contrast ? contrast.start - 1 : end;
}

/**
 * "supporters of X", "eleitores do X": a genitive link between the holder phrase's start and a name makes the
 * name a complement. Not the "of" of a capitalised title ("by Harbour Secretary of State Okafor"); German capitalises every noun.
 */
function hasGenitiveLink(index: ActorIndex, from: number, to: number): boolean {
  const tokens = tokenize(index.text, from, to);
  return tokens.some((t, i) => index.closed.genitives.has(t.lower) && (index.german || !/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')));
}

/** "harbour pilots in Valdoria who stay hostile": the clause after a relative pronoun belongs to its antecedent. */
function opensRelativeClause(text: string, end: number, closed: ClosedClass): boolean {
  const next = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(end, end + 14));
  return !!next?.[1] && closed.relatives.has(next[1].toLowerCase());
}

function quoteMask(spans: QuoteSpan[]): (offset: number) => boolean {
  return (offset) => rangeIndexAt(spans, offset) !== -1;
}

/**
 * "backlash from X", "soutenue par X", "die Zustimmung der EU": the cue names
 * its holder after it. The length of the words linking them (0 when the cue
 * phrase ends with its own link), or null when no holder is named.
 */
function holderLinkAfter(index: ActorIndex, hit: { start: number; end: number }): number | null {
  const { text, closed } = index;
  const after = text.slice(hit.end, hit.end + 30);
  const cues = stanceCuesFor(index.lang);
  const link = cues.holderLink.exec(after) ?? (/^\p{Lu}/u.test(text.slice(hit.start, hit.end)) ? cues.nounHolderLink?.exec(after) : null);
  if (link) return link[0].length;
  // "backed by", "soutenue par": the cue phrase ends with its own link.
  const last = tokenize(text, hit.start, hit.end).at(-1);
  return last && last.start > hit.start && (closed.agents.has(last.lower) || closed.genitives.has(last.lower)) ? 0 : null;
}

/** Who holds a cue: the actors named or referred to by a pronoun as its holders. */
function holdersOf(index: ActorIndex, s: SentenceSpan, hitStart: number, hitEnd: number, allowPronouns = true): number[] {
  const { text, mentions, actorOf } = index;
  const link = holderLinkAfter(index, { start: hitStart, end: hitEnd });
  if (link !== null) {
    const holders: number[] = [];
    // The holder phrase ends with its clause: "jeers across the forum on Friday, but Varenne called …" is Twitter's alone.
    const phrase = text.slice(hitEnd, Math.min(s.end, hitEnd + HOLDER_REACH));
    const phraseEnd = hitEnd + holderPhraseEnd(phrase, index.closed);
    // "de la part de X", "por parte de X": the link's own "de" is no complement.
    let from = hitEnd + link;
    for (let k = firstAtOrAfter(index, hitEnd); k < mentions.length; k++) {
      const m = mentions[k];
      if (!m || m.start > phraseEnd) break;
      const ai = actorOf[k] ?? -1;
      // "backed by voters of President X": X is who the holders belong to, not a holder.
      if (ai >= 0 && !hasGenitiveLink(index, from, m.start)) holders.push(ai);
      from = m.end;
    }
    // "soutenue par le rapporteur": the holder is whoever follows, even if we cannot name them; never the subject.
    return holders;
  }
  // "Varenne called the uproar a sign": a stance noun the subject talks about, not one it holds.
  const before = wordBefore(text, hitStart);
  if (before.start >= s.start && index.closed.definite.has(before.word)) return [];
  // The subject: the nearest actor before the cue in its clause that is not the object of a preposition.
  const clauseStart = clauseStartBefore(text, s, hitStart);
  for (let k = firstAtOrAfter(index, hitStart) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.start < clauseStart) break;
    // "harbour pilots in Valdoria who stay hostile": the antecedent of "who" holds the position, preposition or not.
    const relative = opensRelativeClause(text, m.end, index.closed);
    // "concedido por X", "approuvé par X": a passive verb's agent is a preposition's object too, not the clause's subject.
    const object = followsPreposition(text, m, index.closed, s.start);
    if (!relative && object && !subjectOfParticiple(index, m)) continue;
    if (m.kind === 'pronoun') {
      if (!isSubjectPronoun(m)) continue;
      // "Kastrel said they would act to resist it": in reported speech the pronoun is the speaker's side.
      // Inside a quotation too: "The Democrats have said they would block the levy" is the Democrats' position.
      const reporter = reportingSubjectBefore(index, s, m.start);
      if (reporter !== null) return [reporter];
      if (!allowPronouns) return [];
      const ai = resolvePronoun(index, m, m.start);
      return ai >= 0 ? [ai] : [];
    }
    const ai = actorOf[k] ?? -1;
    if (ai < 0) continue;
    const coordinated = coordinatedBefore(index, k, s.start);
    // "gains on ferries, tolls and canals": a list after a preposition is its object, however long.
    const first = k - coordinated.length;
    const listStart = mentions[first];
    if (coordinated.length && listStart && followsPreposition(text, listStart, index.closed, s.start)) {
      k = first;
      continue;
    }
    return [...coordinated.map((j) => actorOf[j] ?? -1).filter((a) => a >= 0), ai];
  }
  return [];
}


/** A semicolon joins two clauses with subjects of their own: "X backs it; owners remain opposed" is not X's. */
function clauseStartBefore(text: string, s: SentenceSpan, offset: number): number {
  return Math.max(s.start, offset - CLAUSE_REACH, text.lastIndexOf(';', offset - 1) + 1);
}

/** "Orla Penhallow and Tiberius Quayle denounced …": the mentions coordinated with subject mention `k`, which share its cue. */
function coordinatedBefore(index: ActorIndex, k: number, sentenceStart: number): number[] {
  const { text, mentions } = index;
  const coordinated: number[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const prev = mentions[j];
    const next = mentions[j + 1];
    if (!prev || !next || prev.start < sentenceStart || prev.kind === 'pronoun' || !index.closed.coordination.test(text.slice(prev.end, next.start))) break;
    coordinated.unshift(j);
  }
  return coordinated;
}

/** "with Harbour Minister Pim Okafor cautioning about …": a name followed by a participle is its subject. */
function subjectOfParticiple(index: ActorIndex, m: { start: number; end: number }): boolean {
  const pattern = stanceCuesFor(index.lang).participleSubject;
  if (!pattern) return false;
  const { text } = index;
  return pattern.before.test(text.slice(Math.max(0, m.start - 60), m.start)) && pattern.after.test(text.slice(m.end, m.end + 20));
}

/** The actor who "said" / "argued" earlier in the sentence, before `offset`, if any. */
function reportingSubjectBefore(index: ActorIndex, s: SentenceSpan, offset: number): number | null {
  const from = Math.max(s.start, offset - CLAUSE_REACH);
  const tokens = tokenize(index.text, from, offset);
  const isStatement = statementVerbs(index.lang);
  const verb = tokens.findIndex((t) => isStatement(t.lower));
  if (verb < 0) return null;
  const verbToken = tokens[verb];
  if (!verbToken) return null;
  for (let k = firstAtOrAfter(index, verbToken.start) - 1; k >= 0; k--) {
    const m = index.mentions[k];
    if (!m || m.start < from) break;
    if (followsPreposition(index.text, m, index.closed, s.start)) continue;
    const ai = index.actorOf[k] ?? -1;
    if (ai >= 0) return ai;
  }
  // "Dazu erklärt X: Wir begrüßen …", "Declaró el ministro X: …": no subject before the verb, its subject right after it.
  const after = nameRightAfter(index, s, verbToken.end);
  return after && after.actor >= 0 && after.end <= offset ? after.actor : null;
}

function firstAtOrAfter(index: ActorIndex, offset: number): number {
  return firstStartingAtOrAfter(index.mentions, offset);
}
