import type { ReportingWords } from '../reporting.ts';

/** Portuguese: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
    disse diz afirmou declarou explicou ressaltou destacou assegurou acrescentou completou indicou apontou
    escreveu argumentou alertou avaliou avalia considerou comentou garantiu reforçou observou lembrou
    informou respondeu criticou defendeu tuitou publicou concluiu falou fala contou conta relatou informa aponta
    acrescenta ressalta destaca observa completa pontua relata explica diz disseram dizem afirmaram
    declararam explicaram alertaram garantiram criticaram defenderam avaliaram ressaltaram destacaram
    informaram responderam denunciaram
    sustentou sustenta ponderou pondera justificou justifica critica reiterou reitera enfatizou enfatiza salientou
    salienta frisou frisa admitiu admite reconhece negou nega questionou questiona anunciou anuncia confirmou
    confirma prometeu promete avisou cobrou cobra rebateu rebate pontuou opinou opina acusou acusa classificou
    classifica reclamou reclama perguntou pergunta desabafou disparou declara afirma assegura garante lembra
    defende considera comenta escreve responde afirmam ressaltam destacam alertam avaliam criticam defendem
    lembraram comentaram
    ressalvou ironizou resumiu contestou replicou argumenta assinalou assinala sublinhou sublinha dizia afirmava
    lamentou reconheceu
  `,
  sourcePrepositions: 'segundo conforme',
  sourcePhrase: /\b(?:de acordo com)\s+$/i,
  fillers: 'tem têm tinha também já ainda',
  complementisers: 'que se',
  reportedMood: '',
  speechWords: 'segundo comunicado nota entrevista carta porta-voz discurso declaração declarações classificou',
  statementNouns: 'comunicado nota declaração carta',
  issuerLinks: 'do da dos das de o a os as',
  documents: 'relatório, lei, projeto de lei, projeto, constituição',
};
