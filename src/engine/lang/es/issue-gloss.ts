/**
 * Spanish measure and decision words in English, for the English issue
 * phrase (src/engine/issue/english.ts); the topic cues cover the policy
 * fields. Keys folded (lower case, no accents); `stem*` as in the topic cues.
 */
export const ISSUE_GLOSS_ES: Readonly<Record<string, string>> = {
  'prohibicion*': 'ban', 'acuerdo*': 'agreement', 'sanciones': 'sanctions', 'arancel*': 'tariffs', 'invitacion*': 'invitation',
  'negociacion*': 'negotiations', 'dialogo*': 'dialogue', 'plan': 'plan', 'planes': 'plans', 'propuesta*': 'proposal', 'medida*': 'measures',
  'programa*': 'programme', 'estrategia*': 'strategy', 'aumento*': 'increase', 'reduccion*': 'reduction', 'recorte*': 'cuts', 'subsidio*': 'subsidy',
  'sentencia*': 'ruling', 'investigacion*': 'investigation', 'acusacion*': 'charges', 'aprobacion*': 'approval',
  'nombramiento*': 'appointment', 'estado de emergencia': 'state of emergency', 'estado de excepcion': 'state of emergency',
};
