/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_PT = 'proibição lei leis projeto reforma acordo sanções tarifas imposto impostos eleição eleições votação convite negociações plano proposta decreto medidas orçamento programa emenda indulto'.split(' ');
export const PHRASE_BREAKS_PT = 'diz disse afirma afirmou após enquanto porque mas e'.split(' ');
