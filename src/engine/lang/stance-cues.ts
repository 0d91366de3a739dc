/**
 * Stance cues per language: word beginnings and phrases that say an actor is
 * for or against something, sorted into groups ("oppose verb", "criticism",
 * "call for" …), plus the words that negate a cue. The group, not the word,
 * carries the fitted weight: a few sturdy parameters instead of one per word.
 * A stage uses the article's language only, so one language's stems never
 * match another's words.
 */
import { STANCE_CUES_DE } from './de/stance-cues.ts';
import { STANCE_CUES_EN } from './en/stance-cues.ts';
import { STANCE_CUES_ES } from './es/stance-cues.ts';
import { STANCE_CUES_FR } from './fr/stance-cues.ts';
import { type PerLanguage, pick } from './index.ts';
import { withLetterBoundaries } from './letter-boundary.ts';
import { STANCE_CUES_PT } from './pt/stance-cues.ts';

/** What a group of cues says, in every language. */
export interface StanceGroupSpec {
  /** +1: the holder is for the measure; −1: against it. */
  polarity: 1 | -1;
  /** Prior strength before fitting: 1 for a stated position, lower for one implied by an act or a worry. */
  strength: number;
  /**
   * Judgement words ("necessary", "illegal") state a position only when
   * someone voices them: in a quotation or a reported statement, not in the
   * reporter's description ("illegal migration").
   */
  voicedOnly?: boolean;
  /**
   * Verbs that back a measure when their object is one ("announced a new
   * strategy") but only report speech before a clause ("announced that he
   * would appeal").
   */
  measureOnly?: boolean;
  /**
   * Words that say the holder wants something done ("we need", "must") or
   * fears something ("warned", "concern about") but seldom about what: a
   * warning is often about the danger a measure answers, or about the other
   * side's action. On the corpus they pointed the wrong way almost as often as
   * the right one, so the stance model leaves them out (they still count
   * among a stakeholder's cues).
   */
  unspecific?: boolean;
}

export const STANCE_GROUPS = {
  /** "supports", "backed", "defends", "endorsed". */
  'support verb': { polarity: 1, strength: 1 },
  /** "welcomed", "praised", "hailed", "a step in the right direction". */
  welcome: { polarity: 1, strength: 1 },
  /** "necessary", "essential", "a breakthrough", in someone's words. */
  'judged necessary': { polarity: 1, strength: 1, voicedOnly: true },
  /** "could strengthen", "will help", "useful", "workable", in someone's words. */
  'judged beneficial': { polarity: 1, strength: 0.5, voicedOnly: true },
  /** "we need", "we must act", in someone's words: advocacy for the measure at hand. */
  'advocacy modal': { polarity: 1, strength: 0.5, voicedOnly: true, unspecific: true },
  /** Doing the thing is supporting it: inviting, proposing, signing, imposing, prosecuting. */
  'measure act': { polarity: 1, strength: 0.6 },
  /** "announced a plan" (not "announced that …"). */
  announce: { polarity: 1, strength: 0.6, measureOnly: true },
  /** "urged", "demanded", "calls for", "pushed for", "in favour of". */
  'call for': { polarity: 1, strength: 0.6 },
  /** "opposes", "rejected", "refused", "vetoed", "voted against". */
  'oppose verb': { polarity: -1, strength: 1 },
  /** "criticised", "condemned", "backlash", "ridiculed", "cast doubt on". */
  criticism: { polarity: -1, strength: 1 },
  /** "illegal", "unacceptable", "goes too far", in someone's words. */
  'judged unacceptable': { polarity: -1, strength: 1, voicedOnly: true },
  /** "challenge", "fight", "block", "sued", "protest". */
  'fight against': { polarity: -1, strength: 0.6 },
  /** "warned", "worried": often about the problem a measure answers, so weak and unspecific. */
  warning: { polarity: -1, strength: 0.5, unspecific: true },
} as const satisfies Record<string, StanceGroupSpec>;

export type StanceGroup = keyof typeof STANCE_GROUPS;

/** One language's cues as written: per group, space-separated stems ("$" at the end: the whole word only) and phrases. */
export interface StanceCuePack {
  stems: Partial<Record<StanceGroup, string>>;
  /** Multi-word cues, matched on the lower-cased sentence. In every pattern of a pack, `\b` is a word's edge in any script. */
  phrases: Partial<Record<StanceGroup, readonly RegExp[]>>;
  /** Words that negate the cue after them in the same clause. */
  negators: string;
  /** Negation that follows the verb ("ne s'oppose pas", "lehnt das nicht ab"). */
  postNegators: string;
  /** Words that end a clause for negation. */
  clauseBreaks: string;
  /** Words that open a reported clause after a verb ("announced that …"). */
  complementisers: string;
  /** Words that begin like a cue but are not one ("opposition" alone is mostly the parliamentary opposition). */
  notCues: string;
  /** Words that open a condition ("if", "wenn"): a cue after them is a hypothesis, not a position. */
  conditionals: string;
  /** Words after a stance noun that name who holds it ("backlash from X", "soutenue par X"), matched on the text after it. */
  holderLink: RegExp;
  /**
   * Verbs after which a stance word is something the subject receives, not a
   * position it holds ("drew criticism", "could count on support"), matched
   * on the lower-cased words just before the cue.
   */
  receiving: RegExp;
  /** Where the verb of receiving follows the stance word ("die Unterstützung … zu bekommen"), matched on the words after it. */
  receivingAfter?: RegExp;
  /** Words after a capitalised stance noun that name its holder ("die Zustimmung der EU"), for languages that capitalise nouns. */
  nounHolderLink?: RegExp;
  /**
   * Beginnings of support verbs that report a claim rather than back a measure when a clause follows
   * ("defende que …": argues that …), as the "announce" group does everywhere.
   */
  arguing?: string;
  /**
   * A verb before a possessive whose object is the position the subject puts up, not one it acts against
   * ("a opposé son veto": a veto, not opposition to a veto), matched on the lower-cased verb and the words after it.
   */
  puttingForward?: RegExp;
  /**
   * An absolute participle clause whose subject is the name inside it ("with the minister warning that …"): the words
   * before the name and the participle after it. The name follows a preposition but holds the cue.
   */
  participleSubject?: { before: RegExp; after: RegExp };
  /** Verbs of thinking and judging ("argues", "believes"): with them, a sentence reports someone's judgement. */
  opinionVerbs: string;
  /**
   * Fixed expressions whose words are neither cues nor negations ("sin embargo": however; "não só": not only;
   * "ao contrário": on the contrary), matched on the lower-cased text.
   */
  idioms?: readonly RegExp[];
  /** Pronouns joined to a verb's end ("opor-se", "vetarlo"): taken off before the word is compared with a whole-word cue. */
  enclitics?: RegExp;
  /**
   * The finite verb comes second and the subject after it when something else
   * opens the clause ("Am Montag kritisierte die Opposition den Plan"): a
   * verb-second language.
   */
  verbSecond?: boolean;
}

export interface StanceCue {
  stem: string;
  exact: boolean;
  group: StanceGroup;
}

export interface StancePhrase {
  pattern: RegExp;
  /** The pattern as the pack writes it, to name the cue in audits and traces. */
  written: string;
  group: StanceGroup;
}

/** A pack ready for matching. */
export interface StanceCues {
  /** Cues by their first three letters: each word is compared with a handful of stems, not all of them. */
  byPrefix: ReadonlyMap<string, readonly StanceCue[]>;
  phrases: readonly StancePhrase[];
  negators: WordList;
  postNegators: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  complementisers: WordList;
  notCues: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  holderLink: RegExp;
  receiving: RegExp;
  receivingAfter: RegExp | null;
  nounHolderLink: RegExp | null;
  puttingForward: RegExp | null;
  participleSubject: { before: RegExp; after: RegExp } | null;
  arguing: readonly string[];
  opinionVerbs: ReadonlySet<string>;
  verbSecond: boolean;
  /** Every occurrence is found (global flag). */
  idioms: readonly RegExp[];
  enclitics: RegExp | null;
}

/** Whole words, plus entries that are a word's beginning ("n'", "qu'": written with a final apostrophe) or end ("-n't"). */
export interface WordList {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
}

function wordList(list: string): WordList {
  const all = words(list);
  return {
    words: new Set(all),
    prefixes: all.filter((w) => w.endsWith("'")),
    suffixes: all.filter((w) => w.startsWith('-')).map((w) => w.slice(1)),
  };
}

/** Is `word` (lower-cased) in the list, whole or by a listed beginning or end? */
export function inWordList(word: string, list: WordList): boolean {
  if (list.words.has(word)) return true;
  if (!list.prefixes.length && !list.suffixes.length) return false;
  const plain = word.replace(/’/g, "'");
  return list.prefixes.some((p) => plain.length > p.length && plain.startsWith(p)) || list.suffixes.some((x) => plain.endsWith(x));
}

const words = (list: string): string[] => list.trim().split(/\s+/).filter(Boolean);

function compile(pack: StanceCuePack): StanceCues {
  const byPrefix = new Map<string, StanceCue[]>();
  for (const [group, list] of Object.entries(pack.stems) as [StanceGroup, string][]) {
    for (const written of words(list)) {
      const exact = written.endsWith('$');
      const stem = exact ? written.slice(0, -1) : written;
      const key = stem.slice(0, 3);
      byPrefix.set(key, [...(byPrefix.get(key) ?? []), { stem, exact, group }]);
    }
  }
  const phrases = (Object.entries(pack.phrases) as [StanceGroup, readonly RegExp[]][]).flatMap(([group, list]) =>
    list.map((pattern) => ({ pattern: withLetterBoundaries(pattern), written: pattern.source, group })),
  );
  const participleSubject = pack.participleSubject;
  return {
    byPrefix,
    phrases,
    negators: wordList(pack.negators),
    postNegators: new Set(words(pack.postNegators)),
    clauseBreaks: new Set(words(pack.clauseBreaks)),
    complementisers: wordList(pack.complementisers),
    notCues: new Set(words(pack.notCues)),
    conditionals: new Set(words(pack.conditionals)),
    holderLink: withLetterBoundaries(pack.holderLink),
    receiving: withLetterBoundaries(pack.receiving),
    receivingAfter: pack.receivingAfter ? withLetterBoundaries(pack.receivingAfter) : null,
    nounHolderLink: pack.nounHolderLink ? withLetterBoundaries(pack.nounHolderLink) : null,
    puttingForward: pack.puttingForward ? withLetterBoundaries(pack.puttingForward) : null,
    participleSubject: participleSubject
      ? { before: withLetterBoundaries(participleSubject.before), after: withLetterBoundaries(participleSubject.after) }
      : null,
    arguing: words(pack.arguing ?? ''),
    opinionVerbs: new Set(words(pack.opinionVerbs)),
    verbSecond: pack.verbSecond ?? false,
    idioms: (pack.idioms ?? []).map((idiom) => {
      const bounded = withLetterBoundaries(idiom);
      return new RegExp(bounded.source, `${bounded.flags.replace('g', '')}g`);
    }),
    enclitics: pack.enclitics ?? null,
  };
}

export const STANCE_CUE_PACKS: PerLanguage<StanceCuePack> = {
  en: STANCE_CUES_EN,
  fr: STANCE_CUES_FR,
  de: STANCE_CUES_DE,
  es: STANCE_CUES_ES,
  pt: STANCE_CUES_PT,
};

const COMPILED: PerLanguage<StanceCues> = {
  en: compile(STANCE_CUES_EN),
  fr: compile(STANCE_CUES_FR),
  de: compile(STANCE_CUES_DE),
  es: compile(STANCE_CUES_ES),
  pt: compile(STANCE_CUES_PT),
};

/** The stance cues of the article's language (English when unknown). */
export function stanceCuesFor(lang: string | null | undefined): StanceCues {
  return pick(COMPILED, lang);
}
