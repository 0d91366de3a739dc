/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_ES = 'prohibición ley leyes proyecto reforma acuerdo sanciones aranceles impuesto impuestos elección elecciones votación invitación negociaciones diálogo plan propuesta decreto medidas presupuesto agenda programa constitución referéndum plebiscito estrategia'.split(' ');
export const PHRASE_BREAKS_ES = 'dice dijo afirma afirmó asegura aseguró tras mientras porque pero y'.split(' ');
