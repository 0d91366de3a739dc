/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_ES = 'prohibición ley leyes proyecto reforma acuerdo sanciones aranceles impuesto impuestos elección elecciones votación invitación negociaciones diálogo plan propuesta decreto medidas presupuesto agenda programa constitución referéndum plebiscito estrategia'.split(' ');
export const PHRASE_BREAKS_ES = 'dice dijo afirma afirmó asegura aseguró tras mientras porque pero y'.split(' ');
/** Closed-class words: a phrase does not start or end with one ("el", "de", "es"), and they carry no content. */
export const EDGE_WORDS_ES = 'el la los las lo un una unos unas de del al a en con sin por para sobre entre contra hacia desde hasta ante este esta estos estas ese esa esos esas su sus nuestro él ella ellos ellas nos se que qué quien quién cual cuál cuando cómo como donde dónde es son era fue ser ha han había será está están no ni más muy ya también o u pero si'.split(' ');
