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
  // Places and peoples as an English reader writes them.
  'alemania': 'Germany', 'aleman': 'German', 'alemana': 'German', 'francia': 'France', 'frances': 'French', 'francesa': 'French', 'espana': 'Spain',
  'espanol*': 'Spanish', 'italia': 'Italy', 'reino unido': 'UK', 'estados unidos': 'US', 'eeuu': 'US', 'estadounidense*': 'US', 'rusia': 'Russia',
  'japon': 'Japan', 'brasil': 'Brazil', 'mexico': 'Mexico', 'mexican*': 'Mexican', 'chile': 'Chile', 'chilen*': 'Chilean', 'peru': 'Peru',
  'colombia': 'Colombia', 'venezuela': 'Venezuela', 'cuba': 'Cuba', 'cubano': 'Cuban', 'cubana': 'Cuban', 'cubanos': 'Cuban', 'argentina': 'Argentina',
  'costa rica': 'Costa Rica', 'turquia': 'Turkey', 'egipto': 'Egypt', 'siria': 'Syria', 'irak': 'Iraq', 'afganistan': 'Afghanistan',
  'ucrania': 'Ukraine', 'tunez': 'Tunisia', 'marruecos': 'Morocco', 'europa': 'Europe', 'corea del norte': 'North Korea', 'corea del sur': 'South Korea',
  'canada': 'Canada', 'india': 'India', 'republica checa': 'Czech Republic',
  // Broad measure and action nouns.
  'reforma': 'reform', 'reformas': 'reforms', 'proyecto de ley': 'bill', 'borrador*': 'draft', 'ayuda': 'aid', 'ayudas': 'aid', 'apoyo': 'support',
  'renuncia': 'resignation', 'huelga*': 'strike', 'protesta': 'protest', 'protestas': 'protests', 'limite*': 'limit', 'indulto*': 'pardon',
  'implementacion': 'implementation', 'ataque*': 'attack', 'financiamiento': 'funding', 'financiacion': 'funding',
};
