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
  // Places and peoples as an English reader writes them.
  'alemanha': 'Germany', 'franca': 'France', 'espanha': 'Spain', 'italia': 'Italy', 'reino unido': 'UK', 'estados unidos': 'US', 'eua': 'US',
  'russia': 'Russia', 'japao': 'Japan', 'brasil': 'Brazil', 'brasileir*': 'Brazilian', 'mexico': 'Mexico', 'chile': 'Chile', 'portugal': 'Portugal',
  'argentina': 'Argentina', 'venezuela': 'Venezuela', 'cuba': 'Cuba', 'turquia': 'Turkey', 'egito': 'Egypt', 'siria': 'Syria', 'iraque': 'Iraq',
  'afeganistao': 'Afghanistan', 'ucrania': 'Ukraine', 'europa': 'Europe', 'coreia do norte': 'North Korea', 'coreia do sul': 'South Korea',
  'canada': 'Canada', 'india': 'India', 'africa': 'Africa',
  // Broad measure and action nouns.
  'reforma': 'reform', 'reformas': 'reforms', 'projeto de lei': 'bill', 'emenda constitucional': 'constitutional amendment', 'indulto*': 'pardon',
  'renuncia': 'resignation', 'greve*': 'strike', 'protesto': 'protest', 'protestos': 'protests', 'limite*': 'limit', 'ajuda': 'aid', 'apoio': 'support',
  'ataque*': 'attack', 'financiamento': 'funding',
};
