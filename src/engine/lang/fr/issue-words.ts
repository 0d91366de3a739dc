/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_FR = 'interdiction loi lois projet réforme accord sanctions droits taxe impôt élection élections vote invitation négociations pourparlers plan proposition décret mesures budget programme démission référendum'.split(' ');
export const PHRASE_BREAKS_FR = 'dit déclare affirme selon après pendant parce mais et'.split(' ');
/** Closed-class words: a phrase does not start or end with one ("le", "de", "est"), and they carry no content. */
export const EDGE_WORDS_FR = "le la les l un une des du de d au aux à en dans sur sous pour par avec sans contre entre vers chez ce cet cette ces son sa ses leur leurs notre il elle ils elles on nous vous je qui que qu quoi dont où quand comment pourquoi est sont était été être a ont avait sera va ne pas plus très aussi encore déjà ou ni mais donc car si se s".split(' ');
