/**
 * French measure and decision words in English, for the English issue
 * phrase (src/engine/issue/english.ts); the topic cues cover the policy
 * fields. Keys folded (lower case, no accents); `stem*` as in the topic cues.
 */
export const ISSUE_GLOSS_FR: Readonly<Record<string, string>> = {
  'interdiction*': 'ban', 'accord': 'agreement', 'accords': 'agreement', 'sanctions': 'sanctions', 'droits de douane': 'tariffs', 'invitation*': 'invitation',
  'negociation*': 'negotiations', 'pourparlers': 'talks', 'plan': 'plan', 'proposition*': 'proposal', 'mesure*': 'measures', 'programme*': 'programme',
  'strategie*': 'strategy', 'hausse*': 'increase', 'baisse*': 'cut', 'reduction*': 'reduction', 'subvention*': 'subsidy', 'demission*': 'resignation',
  'nomination*': 'appointment', 'enquete*': 'investigation', 'jugement*': 'ruling', 'etat d\'urgence': 'state of emergency',
};
