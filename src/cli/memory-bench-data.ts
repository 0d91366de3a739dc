/**
 * A reader's memory of many articles, made up: people who share surnames and
 * are named by full name, by surname alone or behind a title; bodies named in
 * full, with "the" and a shortened head noun, or through a spokesperson; a few
 * people and bodies in many articles and many in few, as in the news.
 * Deterministic, so every run measures the same memory. No Node or browser APIs.
 */
import type { Stance } from '../engine/types.ts';

export interface SyntheticMention {
  name: string;
  role: string | null;
  kind: 'person' | 'organisation';
  stance: Stance;
  on: string | null;
}

export interface SyntheticArticle {
  key: string;
  title: string;
  siteName: string;
  topic: string;
  issue: string;
  date: number;
  mentions: SyntheticMention[];
  quotes: { text: string; speaker: string }[];
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'da', 'gri', 'bel', 'an', 'el', 'or', 'um', 'ba', 'ce', 'fi', 'ho', 'zen', 'tra'];
const TITLES = ['Minister', 'Senator', 'Mayor', 'Governor', 'Deputy', 'Commissioner', 'Secretary'];
const PORTFOLIOS = ['Transport', 'Health', 'Housing', 'Energy', 'Trade', 'Justice', 'Harbours', 'Schools'];
const BODY_HEADS = ['Agency', 'Council', 'Commission', 'Authority', 'Board', 'Union', 'Federation', 'Institute'];
const TOPICS = ['Immigration', 'Health', 'Environment', 'Defense', 'Transportation', 'Housing', 'Energy', 'Education'];
const STANCES: Stance[] = ['supports', 'opposes', 'mixed', 'neutral', 'unclear'];
const DAY = 86_400_000;

/** A linear congruential generator: the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function syntheticMemory(articleCount: number, mentionsPerArticle: number, seed = 7): SyntheticArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** Skewed towards the start of the list: a few names recur everywhere, most rarely. */
  const popular = <T>(items: readonly T[]): T => items[Math.floor(next() ** 2.5 * items.length)] as T;
  const word = (syllables: number) => capitalised(Array.from({ length: syllables }, () => pick(SYLLABLES)).join(''));

  const givenNames = Array.from({ length: 80 }, () => word(2));
  // Fewer surnames than people: about four people share each surname.
  const surnames = Array.from({ length: 350 }, () => word(2 + Math.floor(next() * 2)));
  const people = Array.from({ length: 1_400 }, () => ({ given: pick(givenNames), surname: pick(surnames), title: `${pick(TITLES)} of ${pick(PORTFOLIOS)}` }));
  const bodies = Array.from({ length: 220 }, () => ({ root: word(2), head: pick(BODY_HEADS) }));
  const issues = Array.from({ length: 400 }, () => `the ${word(2).toLowerCase()} ${pick(['levy', 'ban', 'reform', 'treaty', 'subsidy', 'quota'])}`);
  const sites = Array.from({ length: 60 }, () => `The ${word(2)} ${pick(['Times', 'Post', 'Ledger', 'Courier', 'Review'])}`);

  const personForm = (p: (typeof people)[number]): string => {
    const r = next();
    if (r < 0.55) return `${p.given} ${p.surname}`;
    if (r < 0.8) return `${p.title} ${p.given} ${p.surname}`;
    return p.surname;
  };
  const bodyForm = (b: (typeof bodies)[number]): string => {
    const r = next();
    if (r < 0.5) return `${b.root} ${b.head}`;
    if (r < 0.75) return `the ${b.root} ${b.head}`;
    if (r < 0.9) return `a ${b.root} ${b.head} spokesperson`;
    return `the ${b.head}`;
  };

  return Array.from({ length: articleCount }, (_, i) => {
    const issue = popular(issues);
    const mentions: SyntheticMention[] = Array.from({ length: mentionsPerArticle }, () => {
      const isPerson = next() < 0.65;
      const stance = pick(STANCES);
      const on = stance === 'unclear' ? null : next() < 0.5 ? issue : null;
      return isPerson
        ? { name: personForm(popular(people)), role: next() < 0.5 ? 'minister' : null, kind: 'person', stance, on }
        : { name: bodyForm(popular(bodies)), role: null, kind: 'organisation', stance, on };
    });
    const quotes = mentions.slice(0, 3).map((m) => ({ text: `We said it before and we say it again about ${issue}, number ${i}.`, speaker: m.name }));
    return {
      key: `https://news${i % 60}.example/${2026 - (i % 3)}/story-${i}`,
      title: `Story ${i} on ${issue}`,
      siteName: sites[i % sites.length] ?? 'The Example',
      topic: pick(TOPICS),
      issue,
      date: Date.UTC(2026, 0, 1) + (i % 330) * DAY,
      mentions,
      quotes,
    };
  });
}
