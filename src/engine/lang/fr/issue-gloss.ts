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
  // Places and peoples as an English reader writes them.
  'allemagne': 'Germany', 'allemand*': 'German', 'francais': 'French', 'francaise*': 'French', 'espagne': 'Spain', 'italie': 'Italy',
  'royaume uni': 'UK', 'etats unis': 'US', 'americain*': 'American', 'russie': 'Russia', 'chine': 'China', 'chinois*': 'Chinese', 'japon': 'Japan',
  'bresil': 'Brazil', 'mexique': 'Mexico', 'tunisie': 'Tunisia', 'tunisien*': 'Tunisian', 'maroc': 'Morocco', 'algerie': 'Algeria', 'egypte': 'Egypt',
  'syrie': 'Syria', 'turquie': 'Turkey', 'grece': 'Greece', 'belgique': 'Belgium', 'suisse': 'Switzerland', 'pologne': 'Poland', 'tchequie': 'Czechia',
  'tcheque*': 'Czech', 'hongrie': 'Hungary', 'afrique': 'Africa', 'inde': 'India', 'liban': 'Lebanon', 'irak': 'Iraq', 'brexit': 'Brexit',
  // Broad measure and action nouns.
  'reforme*': 'reform', 'greve*': 'strike', 'aide': 'aid', 'aides': 'aid', 'soutien*': 'support', 'inegalite*': 'inequality', 'egalite*': 'equality',
  'limite*': 'limit', 'manifestation*': 'protests', 'attaque*': 'attack', 'financement*': 'funding',
};
