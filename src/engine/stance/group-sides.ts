/**
 * Group nouns that say which way a group leans, in the article's language
 * only: "critics" and "opponents" are against, "supporters" for, and
 * "activists" act on the question without their name saying which way.
 * Read from the group-nouns pack, the one list of collective actors.
 */
import { GROUP_NOUNS_BY_LANGUAGE, type GroupNounWords } from '../lang/group-nouns.ts';
import { type PerLanguage, pick } from '../lang/index.ts';

export interface GroupSides {
  opposing: ReadonlySet<string>;
  supporting: ReadonlySet<string>;
  campaigning: ReadonlySet<string>;
}

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/).filter(Boolean));

function compile(pack: GroupNounWords): GroupSides {
  return { opposing: words(pack.opposing), supporting: words(pack.supporting), campaigning: words(pack.campaigning) };
}

const BY_LANGUAGE: PerLanguage<GroupSides> = {
  en: compile(GROUP_NOUNS_BY_LANGUAGE.en),
  fr: compile(GROUP_NOUNS_BY_LANGUAGE.fr),
  de: compile(GROUP_NOUNS_BY_LANGUAGE.de),
  es: compile(GROUP_NOUNS_BY_LANGUAGE.es),
  pt: compile(GROUP_NOUNS_BY_LANGUAGE.pt),
};

/** The sided group nouns of the article's language (English when unknown). */
export function groupSidesFor(lang: string | null | undefined): GroupSides {
  return pick(BY_LANGUAGE, lang);
}
