import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** German nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt('französ amerikan brit europä russ chines italien span belg israel ukrain türk österreich schweizer poln tschech iran afghan syr palästinens japan ind griech niederländ dän schwed norweg afrikan arab kanad mexikan brasilian argentin chilen')})isch(?:e|en|er|es|em)?`,
    'deutsch(?:e|en|er|es|em)?',
  ],
};
