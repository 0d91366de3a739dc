/**
 * Matching a language pack's cue table (word or phrase patterns → English
 * word) over folded words. `stem*` matches words starting with the stem,
 * `*end` words ending with it, `*part*` words holding it; phrases are words
 * separated by spaces, each a pattern. At each position the longest phrase
 * wins and its words start no other match; a single word (a compound) gives
 * every stem it holds. An English phrase gives each of its words, since the
 * models were fitted on single words ("human rights" → human, right).
 * A word no cue knows is tried again without a French elided article
 * ("l'opposition"), with ß and œ spelled out ("strasse", "coeur"), and then
 * without each inflection ending its language lists ("naciones" → "nacion",
 * "Gesetzes" → "gesetz"), so a table need not spell every form of a word; a
 * key mapped to no English word stops that ("cours" is no plural of "cour").
 */
import { foldEnding } from '../lang/en/word-ending.ts';

export interface Pattern {
  kind: 'exact' | 'prefix' | 'suffix' | 'infix';
  text: string;
}

interface Cue {
  patterns: Pattern[];
  /** The English feature words, inflection folded. */
  targets: string[];
}

export interface CueHit {
  target: string;
  /** The matched words as the article writes them. */
  shown: string;
}

export interface CueMatcher {
  match(words: readonly { folded: string; shown: string }[]): CueHit[];
}

/** An inflection ending and what replaces it to give the form the table spells ("oes" → "ao": "eleicoes" → "eleicao"). */
export type Inflection = readonly [ending: string, replacement: string];

export interface CueMatcher {
  match(words: readonly { folded: string; shown: string }[]): CueHit[];
}

export function patternOf(raw: string): Pattern {
  const starts = raw.startsWith('*');
  const ends = raw.endsWith('*') && raw.length > 1;
  const text = raw.replace(/^\*|\*$/g, '');
  return { kind: starts && ends ? 'infix' : starts ? 'suffix' : ends ? 'prefix' : 'exact', text };
}

export function fits(pattern: Pattern, word: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return word === pattern.text;
    case 'prefix':
      return word.startsWith(pattern.text);
    case 'suffix':
      return word.endsWith(pattern.text) && word.length > pattern.text.length;
    case 'infix':
      return word.includes(pattern.text) && word.length > pattern.text.length;
  }
}

/** Exact patterns first, then the longest stem: "ministerium" is "ministry" before it is "minister*". */
function specificity(cue: Cue): number {
  const first = cue.patterns[0];
  const exact = first?.kind === 'exact' ? 1000 : 0;
  return cue.patterns.length * 10000 + exact + (first?.text.length ?? 0);
}

/**
 * The cues whose first pattern fits a word, in the table's order, found by
 * looking up the word and its prefixes and suffixes rather than trying every
 * cue on every word: a pack has hundreds of cues and a page thousands of words.
 */
interface FirstPatternIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  suffix: Map<string, number[]>;
  /** Cues whose first pattern is an infix: few, tried one by one. */
  infix: number[];
}

function indexFirstPatterns(cues: readonly Cue[]): FirstPatternIndex {
  const index: FirstPatternIndex = { exact: new Map(), prefix: new Map(), suffix: new Map(), infix: [] };
  cues.forEach((cue, at) => {
    const first = cue.patterns[0];
    if (!first) return;
    if (first.kind === 'infix') index.infix.push(at);
    else {
      const byText = index[first.kind];
      byText.set(first.text, [...(byText.get(first.text) ?? []), at]);
    }
  });
  return index;
}

function cuesFitting(index: FirstPatternIndex, cues: readonly Cue[], word: string): number[] {
  const found = [...(index.exact.get(word) ?? [])];
  for (let length = 0; length <= word.length; length++) {
    found.push(...(index.prefix.get(word.slice(0, length)) ?? []));
    // A suffix pattern fits only a longer word: "*verbot" is not "verbot" itself.
    if (length < word.length) found.push(...(index.suffix.get(word.slice(word.length - length)) ?? []));
  }
  for (const at of index.infix) {
    const first = cues[at]?.patterns[0];
    if (first && fits(first, word)) found.push(at);
  }
  return found.sort((a, b) => a - b);
}

// French elision: "l'", "d'", "qu'" … before a word are its article or particle, not part of it.
const ELIDED = /^(?:[ldjnmstc]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
/** Shortest stem an inflection ending may leave: short words collide ("Zuge", as in "im Zuge", is no form of "Zug", train). */
const MIN_STEM = 4;

/** The forms a word is looked up as, most faithful first: as written, without an elided article, without each inflection ending. */
function formsOf(folded: string, inflections: readonly Inflection[]): string[] {
  // Letters accent folding leaves whole are spelled out as the tables write them ("straße", "cœur").
  const whole = folded.replace(ELIDED, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  const forms = whole === folded ? [folded] : [folded, whole];
  for (const [ending, replacement] of inflections) {
    if (whole.endsWith(ending) && whole.length - ending.length >= MIN_STEM) forms.push(whole.slice(0, whole.length - ending.length) + replacement);
  }
  return forms;
}

/**
 * `fold` shapes the English targets: inflection folded for the models; kept as written (`(w) => w`) for a gloss a
 * reader sees. `inflections`: the language's endings a word is tried without when no cue knows it as written.
 */
export function compileCues(
  table: Readonly<Record<string, string>>,
  fold: (english: string) => string = foldEnding,
  inflections: readonly Inflection[] = [],
): CueMatcher {
  const cues: Cue[] = Object.entries(table)
    .map(([key, english]) => ({
      patterns: key.split(' ').filter(Boolean).map(patternOf),
      targets: english.split(' ').filter(Boolean).map(fold),
    }))
    .sort((a, b) => specificity(b) - specificity(a));
  const index = indexFirstPatterns(cues);
  return {
    match(words) {
      // A page says most of its words many times: each spelling is looked up once.
      const fitting = new Map<string, Cue[]>();
      const cuesFor = (word: string): Cue[] =>
        fitting.get(word) ?? fitting.set(word, cuesFitting(index, cues, word).flatMap((at) => cues[at] ?? [])).get(word) ?? [];
      const hits: CueHit[] = [];
      for (let i = 0; i < words.length; i++) {
        const found = lookUp(cuesFor, words, i, inflections);
        if (!found) continue;
        const { cue, candidates } = found;
        const span = words.slice(i, i + cue.patterns.length);
        const shown = span.map((w) => w.shown).join(' ');
        if (cue.patterns.length > 1 || cue.patterns[0]?.kind === 'exact') {
          for (const target of cue.targets) hits.push({ target, shown });
          i += cue.patterns.length - 1;
          continue;
        }
        // A compound says each of its parts: "Klimaschutzgesetz" is climate and law.
        const targets = new Set(candidates.filter((c) => c.patterns.length === 1).flatMap((c) => c.targets));
        for (const target of targets) hits.push({ target, shown });
      }
      return hits;
    },
  };
}

/** The cue that fits at word `i` (the longest phrase first), and every cue whose first pattern fits the form it fits. */
function lookUp(
  cuesFor: (word: string) => Cue[],
  words: readonly { folded: string }[],
  i: number,
  inflections: readonly Inflection[],
): { cue: Cue; candidates: Cue[] } | null {
  for (const word of formsOf(words[i]?.folded ?? '', inflections)) {
    const candidates = cuesFor(word);
    const cue = candidates.find((c) => c.patterns.every((p, k) => k === 0 || fits(p, words[i + k]?.folded ?? '')));
    if (cue) return { cue, candidates };
  }
  return null;
}
