/**
 * Weighted term matching over accent-folded, lower-cased words. A lexicon is
 * written as compact strings: terms separated by commas, a trailing `*`
 * matches any word starting with the stem, a leading `*` any word ending
 * with it (German compounds: "*minister" finds "Innenminister"), spaces make
 * a phrase (each word of a phrase may end in `*` too). At each position the
 * longest match wins and the words it covers start no other match.
 */

export interface TermHit {
  /** The lexicon entry as written, e.g. "deport*". */
  term: string;
  label: string;
  weight: number;
  /** Index of the first word of the match. */
  index: number;
  /** The words matched as the text writes them (lower case), e.g. "déportations". */
  text: string;
}

interface Entry {
  term: string;
  label: string;
  weight: number;
  /** Word patterns after the first (stem patterns end in '*'). */
  rest: string[];
}

const MIN_SUFFIX = 4;

/** Stems shorter than this would match too much ("art*" → "article"). */
const MIN_STEM = 3;
const MAX_STEM = 14;

export class TermMatcher {
  private readonly exact = new Map<string, Entry[]>();
  private readonly stems = new Map<string, Entry[]>();
  private readonly suffixes = new Map<string, Entry[]>();

  /** Add comma-separated terms under a label with a weight. */
  add(label: string, weight: number, terms: string): this {
    for (const raw of terms.split(',')) {
      const term = foldText(raw.trim());
      if (!term) continue;
      const [first = '', ...rest] = term.split(/[^\p{L}\p{N}*]+/u).filter(Boolean);
      const entry: Entry = { term, label, weight, rest };
      const isSuffix = first.startsWith('*');
      const isStem = !isSuffix && first.endsWith('*');
      const key = isSuffix ? first.slice(1) : isStem ? first.slice(0, -1) : first;
      const map = isSuffix ? this.suffixes : isStem ? this.stems : this.exact;
      map.set(key, [...(map.get(key) ?? []), entry]);
    }
    return this;
  }

  /**
   * Matches in a list of folded words, longest first at each position.
   * `shown` are the same words as written (see `shownWords`), used for the
   * hits' text when they line up one to one.
   */
  match(words: string[], shown: string[] = words): TermHit[] {
    const source = shown.length === words.length ? shown : words;
    const hits: TermHit[] = [];
    const here: TermHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      here.length = 0;
      let longest = 0;
      const consider = (entries: Entry[] | undefined): void => {
        for (const entry of entries ?? []) {
          if (entry.rest.length < longest || !this.restMatches(entry, words, i)) continue;
          if (entry.rest.length > longest) {
            longest = entry.rest.length;
            here.length = 0;
          }
          const text = source.slice(i, i + 1 + entry.rest.length).join(' ');
          here.push({ term: entry.term, label: entry.label, weight: entry.weight, index: i, text });
        }
      };
      consider(this.exact.get(word));
      for (let len = Math.min(word.length, MAX_STEM); len >= MIN_STEM; len--) consider(this.stems.get(word.slice(0, len)));
      for (let len = Math.min(word.length - 1, MAX_STEM); len >= MIN_SUFFIX; len--) consider(this.suffixes.get(word.slice(-len)));
      // One hit per label at a position, the heaviest: "minister*" and "*minister" must not both count.
      const best = new Map<string, TermHit>();
      for (const hit of here) {
        if ((best.get(hit.label)?.weight ?? -Infinity) < hit.weight) best.set(hit.label, hit);
      }
      for (const hit of best.values()) hits.push(hit);
      i += longest;
    }
    return hits;
  }

  private restMatches(entry: Entry, words: string[], index: number): boolean {
    for (let k = 0; k < entry.rest.length; k++) {
      if (!wordMatches(entry.rest[k] ?? '', words[index + 1 + k] ?? '')) return false;
    }
    return true;
  }
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) && word.length > 0 : word === pattern;
}

/** Lower case without diacritics, so "Présidente" and "presidente" are one word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded words of a text (letters and digits; apostrophes split words, as in "l'Assemblée"). */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of a text as written (lower case, accents kept), one for each of its `foldedWords`. */
export function shownWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}
