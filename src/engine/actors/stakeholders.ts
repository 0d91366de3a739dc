import type { ArticleText, Stakeholder, Stance } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { type Features, scoreLinear } from '../model/linear.ts';
import { attributeStanceCues, reportedSpeakers, type StanceSignal } from '../stance/attribute-cues.ts';
import { actsAsMediator, addIdentitySignals, isAnalystRole, representatives } from '../stance/actor-signals.ts';
import { decideStance } from '../stance/decide.ts';
import { stanceFeatures } from '../stance/features.ts';
import { stanceReasons } from '../stance/reasons.ts';
import { stanceHits } from '../stance/polarity.ts';
import { passageAt } from '../text/passage.ts';
import { rangeIndexAt } from '../text/offsets.ts';
import type { EngineModels } from '../weights/index.ts';
import { type Actor, type ActorIndex, mentionsOf } from './actors-index.ts';
import { findRoles } from './roles.ts';
import { type SentenceSpan, sentenceAt } from '../text/sentence-spans.ts';
import { tokenize } from '../text/tokens.ts';
import { resolvePronoun } from './pronouns.ts';
import { selectionFeatures } from './stakeholder-features.ts';
import { MEDIA_WORDS } from './vocabulary.ts';
import { isFirstName } from './name-lexicon.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { opensClause } from './clause-subject.ts';
import { wordBefore } from '../text/word-before.ts';

/** Main actors only: a panel lists a handful, not every name (the fitted model may keep fewer). */
const MAX_STAKEHOLDERS = 14;
const MAX_EVIDENCE = 3;
/** The lede: the article's first paragraph, where a report names its main actors. */
const LEDE_PARAGRAPHS = 1;
/** Title words this long (or longer) tie a sentence to the article's question; their first letters are compared. */
const ISSUE_STEM = 5;

export interface StakeholderResult {
  stakeholders: Stakeholder[];
  /** Stakeholder id of each actor index that became one. */
  idOfActor: Map<number, string>;
}

/** An actor who might be a stakeholder, described for the two fitted decisions. */
export interface StakeholderCandidate {
  actor: Actor;
  role: string | null;
  signals: StanceSignal[];
  /** Features of the stakeholder-or-not decision. */
  selection: Features;
  /** Features of the stance decision. */
  stance: Features;
}

/** How much the article quotes someone: how many quotations, and how many words they hold. */
interface Quoted {
  quotes: number;
  words: number;
}

/** Per speaker (each quotation's speaker is at the same index as the quotation), how much the article quotes them. */
function quotedBy(text: string, spans: readonly QuoteSpan[], speakers: readonly number[]): Map<number, Quoted> {
  const out = new Map<number, Quoted>();
  speakers.forEach((speaker, i) => {
    const tally = out.get(speaker) ?? { quotes: 0, words: 0 };
    out.set(speaker, tally);
    tally.quotes++;
    const span = spans[i];
    if (speaker >= 0 && span) tally.words += tokenize(text, span.start, span.end).length;
  });
  return out;
}

/** Every actor of a policy article that could be a stakeholder, with the features of both decisions. */
export function stakeholderCandidates(
  article: ArticleText,
  index: ActorIndex,
  sentences: SentenceSpan[],
  spans: QuoteSpan[],
  speakers: number[],
): StakeholderCandidate[] {
  // Every sentence's stance cues, matched once: the cues credited to actors and the selection features both read them.
  const sentenceHits = sentences.map((s) => stanceHits(article.text, s.start, s.end, article.lang));
  const signals = attributeStanceCues(index, sentences, sentenceHits, spans, speakers, article.lang);
  const roles = findRoles(index);
  addIdentitySignals(index, sentences, roles, signals, article.lang);
  const stating = reportedSpeakers(index, sentences);
  const byline = (article.byline ?? '').toLowerCase();
  const titleStems = stemsOf(article.title);
  const sentenceAboutIssue = sentences.map((s) => [...stemsOf(article.text.slice(s.start, s.end))].some((w) => titleStems.has(w)));

  const quoted = quotedBy(article.text, spans, speakers);
  const signalsOf = new Map<number, StanceSignal[]>();
  for (const s of signals) {
    const list = signalsOf.get(s.actor);
    if (list) list.push(s);
    else signalsOf.set(s.actor, [s]);
  }
  // A body that says nothing itself speaks through the people whose role names it.
  const represented = new Set<number>();
  for (const [body, people] of representatives(index, roles)) {
    if (signalsOf.has(body) || quoted.has(body)) continue;
    represented.add(body);
    signalsOf.set(body, people.flatMap((p) => (signalsOf.get(p) ?? []).map((s) => ({ ...s, actor: body }))));
    // Its people's words stay theirs: counting them as the body's too cost pooled 3-split CV stance .604 -> .596.
    quoted.set(body, { quotes: people.reduce((n, p) => n + (quoted.get(p)?.quotes ?? 0), 0), words: 0 });
  }

  // An actor the article takes up again as "she" or "they" is more than a name in passing (resolved as the
  // speakers' pronouns are, so a lone name picked here becomes a person, as it would there).
  const referredBack = new Map<number, number>();
  for (const m of index.mentions) {
    if (m.kind !== 'pronoun') continue;
    const ai = resolvePronoun(index, m, m.start);
    if (ai >= 0) referredBack.set(ai, (referredBack.get(ai) ?? 0) + 1);
  }
  const closed = closedClassFor(article.lang);
  const lede = new Set(article.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])).slice(0, LEDE_PARAGRAPHS));
  const pageMostMentions = index.actors.reduce((most, a) => Math.max(most, a.mentions.length), 0);
  const pageMostQuotes = [...quoted.values()].reduce((most, q) => Math.max(most, q.quotes), 0);
  const candidateOf = (actor: Actor): StakeholderCandidate => {
    const { quotes, words: quotedWords } = quoted.get(actor.index) ?? { quotes: 0, words: 0 };
    const own = signalsOf.get(actor.index) ?? [];
    const role = roles.get(actor.index) ?? null;
    const analyst = isAnalystRole(role, article.lang);
    const mentioned = mentionsOf(index, actor);
    const blocks = new Set(mentioned.map((m) => m.blockIndex));
    return {
      actor,
      role,
      signals: own,
      selection: selectionFeatures({
        actor,
        quotes,
        signals: own,
        stating: stating.has(actor.index),
        hasRole: role !== null,
        analyst,
        represented: represented.has(actor.index),
        inTitle: actor.words.some((w) => w.length > 2 && titleStems.has(w.slice(0, ISSUE_STEM)) && w.length >= ISSUE_STEM),
        spread: blocks.size / Math.max(1, article.blocks.length),
        inLede: mentioned.some((m) => lede.has(m.blockIndex)),
        mentionsInQuotes: mentioned.filter((m) => rangeIndexAt(spans, m.start) !== -1).length,
        issueShare: mentioned.filter((m) => sentenceAboutIssue[sentenceAt(sentences, m.start)] ?? false).length / Math.max(1, mentioned.length),
        firstName: actor.kind === 'person' && isFirstName(actor.words[0] ?? ''),
        afterDeterminer: mentioned.filter((m) => closed.determiners.has(wordBefore(index.text, m.start).word)).length / Math.max(1, mentioned.length),
        closedClassName: actor.words.length === 1 && closed.all.has(actor.words[0] ?? ''),
        subjectShare: mentioned.filter((m) => opensClause(index.text, m, closed)).length / Math.max(1, mentioned.length),
        issueSubjectMentions: mentioned.filter((m) => (sentenceAboutIssue[sentenceAt(sentences, m.start)] ?? false) && opensClause(index.text, m, closed)).length,
        // A sentence where someone takes a side: an actor named there without a position of its own is its target or party.
        amidOthersPositions: mentioned.filter((m) => {
          const si = sentenceAt(sentences, m.start);
          return (sentenceHits[si]?.length ?? 0) > 0 && !own.some((s) => s.sentence === si);
        }).length / Math.max(1, mentioned.length),
        pronounMentions: referredBack.get(actor.index) ?? 0,
        pageMostMentions,
        pageMostQuotes,
      }),
      stance: stanceFeatures({ signals: own, quoted: quotes > 0, quotedWords, stating: stating.has(actor.index), analyst, mediator: actsAsMediator(index, actor) }),
    };
  };
  const candidates: StakeholderCandidate[] = [];
  for (const actor of index.actors) {
    if (!index.mentions[actor.mentions[0] ?? -1] || actor.document || isMedia(actor) || (byline && byline.includes(actor.name.toLowerCase()))) continue;
    candidates.push(candidateOf(actor));
  }
  return candidates;
}

/** The candidates the fitted model keeps, most probable first, with their stance, reasons and evidence. */
export function chooseStakeholders(
  article: ArticleText,
  index: ActorIndex,
  sentences: SentenceSpan[],
  candidates: StakeholderCandidate[],
  models: EngineModels,
): StakeholderResult {
  const kept = candidates
    .map((c) => ({ c, p: scoreLinear(models.stakeholder.model, c.selection).probability }))
    .filter(({ p }) => p >= models.stakeholder.threshold)
    .sort((a, b) => b.p - a.p || a.c.actor.index - b.c.actor.index)
    .slice(0, Math.min(MAX_STAKEHOLDERS, models.stakeholder.maxPerPage ?? MAX_STAKEHOLDERS));
  const idOfActor = new Map<number, string>();
  const stakeholders = kept.map(({ c }, i): Stakeholder => {
    const id = `s${i}`;
    idOfActor.set(c.actor.index, id);
    const decision = decideStance(models.stance, c.stance);
    return {
      id,
      name: c.actor.name,
      kind: c.actor.kind,
      role: c.role,
      stance: decision.stance,
      on: null,
      stanceReasons: stanceReasons(index.text, decision, c.signals),
      evidence: evidenceFor(article, index, sentences, c, decision.stance),
      aliases: [...c.actor.aliases].filter((a) => a !== c.actor.name),
    };
  });
  return { stakeholders, idOfActor };
}

/** First letters of a text's longer words, lower case: enough to tie "tariff" to "tariffs" across a title and a sentence. */
function stemsOf(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.lower);
  return new Set(words.filter((w) => w.length >= ISSUE_STEM).map((w) => w.slice(0, ISSUE_STEM)));
}

function isMedia(actor: Actor): boolean {
  return actor.kind !== 'group' && actor.words.some((w) => MEDIA_WORDS.has(w)) && actor.words.length <= 3;
}

/** The sentences behind the stance (strongest first), or where the actor appears when no position is voiced. */
function evidenceFor(article: ArticleText, index: ActorIndex, sentences: SentenceSpan[], c: StakeholderCandidate, stance: Stance) {
  const sign = stance === 'supports' ? 1 : stance === 'opposes' ? -1 : 0;
  const chosen: number[] = [];
  const ranked = [...c.signals].filter((s) => s.sentence >= 0 && (sign === 0 ? s.value !== 0 : s.value * sign > 0));
  ranked.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.sentence - b.sentence);
  for (const s of ranked) if (!chosen.includes(s.sentence)) chosen.push(s.sentence);
  if (!chosen.length) {
    for (const mi of c.actor.mentions) {
      const m = index.mentions[mi];
      const si = m ? sentenceAt(sentences, m.start) : -1;
      if (si >= 0 && !chosen.includes(si)) chosen.push(si);
      if (chosen.length >= MAX_EVIDENCE) break;
    }
  }
  return chosen
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a - b)
    .flatMap((si) => {
      const s = sentences[si];
      return s ? [passageAt(article, s.start, s.end)] : [];
    });
}
