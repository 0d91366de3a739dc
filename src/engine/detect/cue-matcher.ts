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
  return {
    match(words) {
      const hits: CueHit[] = [];
      for (let i = 0; i < words.length; i++) {
        const found = lookUp(cues, words, i, inflections);
        if (!found) continue;
        const { cue, word } = found;
        const span = words.slice(i, i + cue.patterns.length);
        const shown = span.map((w) => w.shown).join(' ');
        if (cue.patterns.length > 1 || cue.patterns[0]?.kind === 'exact') {
          for (const target of cue.targets) hits.push({ target, shown });
          i += cue.patterns.length - 1;
          continue;
        }
        // A compound says each of its parts: "Klimaschutzgesetz" is climate and law.
        const targets = new Set(cues.filter((c) => c.patterns.length === 1 && c.patterns[0] && fits(c.patterns[0], word)).flatMap((c) => c.targets));
        for (const target of targets) hits.push({ target, shown });
      }
      return hits;
    },
  };
}

/** The cue that fits at word `i` (the longest phrase first), and the form of that word it fits. */
function lookUp(cues: readonly Cue[], words: readonly { folded: string }[], i: number, inflections: readonly Inflection[]): { cue: Cue; word: string } | null {
  const forms = formsOf(words[i]?.folded ?? '', inflections);
  for (const word of forms) {
    const cue = cues.find((c) => c.patterns.every((p, k) => fits(p, k === 0 ? word : (words[i + k]?.folded ?? ''))));
    if (cue) return { cue, word };
  }
  return null;
}
