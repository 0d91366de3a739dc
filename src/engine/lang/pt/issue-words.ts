/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_PT = 'proibição lei leis projeto reforma acordo sanções tarifas imposto impostos eleição eleições votação convite negociações plano proposta decreto medidas orçamento programa emenda indulto'.split(' ');
export const PHRASE_BREAKS_PT = 'diz disse afirma afirmou após enquanto porque mas e'.split(' ');
/** Closed-class words: a phrase does not start or end with one ("o", "de", "é"), and they carry no content. */
export const EDGE_WORDS_PT = 'o a os as um uma uns umas de do da dos das ao aos à às em no na nos nas com sem por pelo pela para sobre entre contra até este esta estes estas esse essa isso seu sua seus suas ele ela eles elas se que quem qual quando como onde é são era foi ser tem têm há será está estão não nem mais muito já também ou mas'.split(' ');
