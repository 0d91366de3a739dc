/**
 * Portuguese measure and decision words in English, for the English issue
 * phrase (src/engine/issue/english.ts); the topic cues cover the policy
 * fields. Keys folded (lower case, no accents); `stem*` as in the topic cues.
 */
export const ISSUE_GLOSS_PT: Readonly<Record<string, string>> = {
  'proibicao*': 'ban', 'acordo*': 'agreement', 'sancoes': 'sanctions', 'tarifa*': 'tariffs', 'convite*': 'invitation',
  'negociac*': 'negotiations', 'dialogo*': 'dialogue', 'plano*': 'plan', 'proposta*': 'proposal', 'medida*': 'measures', 'programa*': 'programme',
  'estrategia*': 'strategy', 'aumento*': 'increase', 'reducao': 'reduction', 'subsidio*': 'subsidy', 'investigac*': 'investigation',
  'denuncia*': 'charges', 'julgamento*': 'trial', 'decisao': 'decision', 'aprovac*': 'approval', 'nomeac*': 'appointment',
};
