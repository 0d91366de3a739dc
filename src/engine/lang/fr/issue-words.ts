/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_FR = 'interdiction loi lois projet réforme accord sanctions droits taxe impôt élection élections vote invitation négociations pourparlers plan proposition décret mesures budget programme démission référendum'.split(' ');
export const PHRASE_BREAKS_FR = 'dit déclare affirme selon après pendant parce mais et'.split(' ');
