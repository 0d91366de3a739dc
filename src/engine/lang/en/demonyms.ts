import type { DemonymForms } from '../demonyms.ts';

/** English nationality adjectives come from the name lexicon (compromise); none are added here. */
export const DEMONYMS: DemonymForms = {
  forms: [],
};
