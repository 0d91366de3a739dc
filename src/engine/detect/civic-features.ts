/**
 * What tells a page about public policy from a page about a domain: how often
 * it names public authorities, measures and decisions (the article
 * language's civic cues, src/engine/lang/civic-cues.ts). A markets report or
 * a science story talks about oil or spacecraft; a policy story reports a
 * government, a law and a vote. Each class is a rate per hundred words of
 * the body, on a log scale so that each further mention says less (one long
 * list of officials does not decide alone); the title's civic words count
 * apart, capped. The policy model weighs them (src/cli/train/policy.ts).
 */
import { type CivicCueWords, CIVIC_CUES } from '../lang/civic-cues.ts';
import { packCodeOf, pick } from '../lang/index.ts';
import type { Features } from '../model/linear.ts';
import { type Pattern, fits, patternOf } from './cue-matcher.ts';
import { type PageWords, type Word, WORD_PREFIX, carriesSubject } from './topic-features.ts';

export const CIVIC_PREFIX = 'civic:';

const CLASSES = ['authorities', 'measures', 'decisions'] as const satisfies readonly (keyof CivicCueWords)[];
type CivicClass = (typeof CLASSES)[number];

/** The fewest words a rate is taken over, as the topic features' body floor: three cues in a ten-word page are not 30 %. */
const RATE_FLOOR = 40;
/** Civic words of the title beyond this add nothing. */
const TITLE_CAP = 2;

type CivicPatterns = Readonly<Record<CivicClass, readonly Pattern[]>>;

const compiled = new Map<string, CivicPatterns>();

function patternsFor(lang: string | null): CivicPatterns {
  const code = packCodeOf(lang);
  let patterns = compiled.get(code);
  if (!patterns) {
    const words = pick(CIVIC_CUES, code);
    patterns = Object.fromEntries(CLASSES.map((c) => [c, words[c].split(/\s+/).filter(Boolean).map(patternOf)])) as Record<CivicClass, Pattern[]>;
    compiled.set(code, patterns);
  }
  return patterns;
}

function classesOf(word: Word, patterns: CivicPatterns): CivicClass[] {
  return CLASSES.filter((c) => patterns[c].some((p) => fits(p, word.folded)));
}

export function civicFeatures(words: PageWords, lang: string | null): Features {
  const patterns = patternsFor(lang);
  const counts: Record<CivicClass, number> = { authorities: 0, measures: 0, decisions: 0 };
  const content = words.body.filter(carriesSubject);
  for (const word of content) for (const c of classesOf(word, patterns)) counts[c]++;
  const per = 100 / Math.max(content.length, RATE_FLOOR);
  const features: Record<string, number> = {};
  for (const c of CLASSES) {
    // log(1 + rate): policy CV F1 0.929 against 0.909 for the plain rate (the same with the rate capped low).
    if (counts[c] > 0) features[CIVIC_PREFIX + c] = Math.log1p(counts[c] * per);
  }
  const inTitle = words.title.filter((w) => classesOf(w, patterns).length > 0).length;
  if (inTitle > 0) features[`${CIVIC_PREFIX}title`] = Math.min(inTitle, TITLE_CAP);
  return features;
}

/** The policy model's feature families, each switched off in turn by `npm run eval -- --ablate policy`. */
export const POLICY_FEATURE_GROUPS: Readonly<Record<string, (feature: string) => boolean>> = {
  'words (headline-fitted word score)': (f) => f.startsWith(WORD_PREFIX),
  'civic rate: authorities': (f) => f === `${CIVIC_PREFIX}authorities`,
  'civic rate: measures': (f) => f === `${CIVIC_PREFIX}measures`,
  'civic rate: decisions': (f) => f === `${CIVIC_PREFIX}decisions`,
  'civic words in the title': (f) => f === `${CIVIC_PREFIX}title`,
};
