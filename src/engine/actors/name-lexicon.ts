import nlp from 'compromise';
import type { ActorWords } from './vocabulary.ts';

/**
 * compromise's lexicon (first names with their usual gender, places,
 * nationalities) used as plain look-ups: far cheaper than tagging the whole
 * article, and it is what tells "Maxime Prévot" (a first name) from "West
 * Virginia" (a place). Runs in the side panel, never in the page.
 */
type LexiconTags = string | string[] | undefined;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconTags> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  if (!tags) return [];
  return Array.isArray(tags) ? tags : [tags];
}

export type Gender = 'male' | 'female' | null;

/** Gender usually carried by a first name; null when unknown or not a first name. */
export function firstNameGender(word: string): Gender {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}

export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Demonym', 'Month', 'WeekDay', 'Date']);

/** A country, city, region, nationality or calendar word: part of no person's name. */
export function isPlaceOrDate(phrase: string): boolean {
  return tagsOf(phrase).some((t) => PLACE_TAGS.has(t));
}

/** A nationality: in compromise's (English) lexicon, or in the article's language pack. */
export function isDemonym(word: string, vocabulary: ActorWords): boolean {
  return tagsOf(word).includes('Demonym') || vocabulary.isPackDemonym(word.toLowerCase());
}

/** An ordinary word the lexicon knows as something other than a name (verb, adjective, determiner…). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (!tags.length) return false;
  return !tags.some((t) => NAME_TAGS.has(t));
}

// Months count as names here: "Jan", "April" and "June" are first names too.
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'ProperNoun', 'Person', 'Organization', 'Month']);

/** A company or body the lexicon knows by a single name ("Facebook", "NATO"). */
export function isKnownOrganisation(word: string): boolean {
  return tagsOf(word).includes('Organization');
}

/** A country, city or region (not a nationality or a date). */
export function isPlace(phrase: string): boolean {
  return tagsOf(phrase).some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place');
}
