import type { StanceCuePack } from '../stance-cues.ts';

/** Portuguese stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_PT: StanceCuePack = {
  stems: {
    'support verb': 'apoi apóia defend favoráve respald endoss advoga$ advogam$ advogou$ advogaram$ advogar$',
    welcome: 'elogi aplaud celebr comemor saudou$ saudaram$ satisfeit louv parabeniz',
    'judged necessary': 'necessári indispensáv imprescindív essencial$ essenciais$ vital$ vitais$',
    'judged beneficial': 'fortalec benefici viável$ ajudará$ ajudarão$ melhorar útil$ úteis$ sensat',
    'advocacy modal': 'deve$ devemos$ devem$ deveria$ deveriam$ precisamos$ precisa$ precisam$ merece$ merecem$',
    'measure act': `propôs propus propõ propor$ aprov lanç assinou$ assinaram$ promulg convid adot implement
      impôs$ impuseram$ impõe$ impõem$ promet autoriz sancionou$ sancionaram$ decretou$ decretaram$ recomend`,
    announce: 'anunci',
    'call for': 'pede$ pediu pedem$ exig reivindic cobrou$ cobraram$ insta$ instam$ instou$ instaram$',
    'oppose verb': 'rejeit rechaç opõe opôs opõem$ opor$ opuseram$ desfavorável contrári recus vetou$ vetar$ veto$ vetaram$ vetam$ desaprov revog hostil$ hostis$',
    criticism: 'critic conden denunci desconfi repudi questionou questionaram decepcion lamentou$ lamenta$ lamentam$ lamentaram$ deplor ridiculariz repreend indign censur',
    'judged unacceptable': 'inaceitáv inadmissív intolerável ilegal inconstitucional absurd perigos injust desproporciona escandal escândalo irresponsáv equivocad contraproducente erro$ erros$',
    'fight against': 'combat bloque protest impugn boicot contestou contestaram$ contestar$ barrar$ barrou$ barraram$ processou$ processaram$',
    warning: 'preocup alert advert',
  },
  phrases: {
    'oppose verb': [/\b(?:votou|votaram) contra\b/, /\b(?:é contra|são contra)\b/, /\btom\p{L}* distância\b/u, /\bse distanci\p{L}*|\bdistanci\p{L}*-se\b/u],
    criticism: [/\b(?:colocado|colocar|coloca|colocou|posto|pôr|põe|pôs) em (?:dúvida|xeque)\b/],
    'support verb': [/\b(?:é|são|está|estão|votou|votaram|vota|votam) a favor\b/],
    'measure act': [/\b(?:proposta|projeto) (?:de|da|do)\b/, /\b(?:se ofere\p{L}* para|ofereceu-se para|ofereceram-se para)\b/u, /\bapresent\p{L}* (?:um|uma|o|a) (?:\p{L}+ )?(?:projeto|proposta|requerimento|emenda)\b/u],
    'call for': [/\bgostaria que\b/],
  },
  negators: 'não nem nunca sem jamais sequer nenhum nenhuma ninguém tampouco',
  postNegators: '',
  clauseBreaks: 'mas porém que porque embora enquanto',
  complementisers: 'que se',
  notCues: 'oposição',
  conditionals: 'caso',
  holderLink: /^\s+(?:por parte d(?:e|o|a|os|as)|por|pelo|pela|pelos|pelas)\s/i,
  // "gerou críticas", "recebeu o apoio", "conta com o apoio": the subject is the target or the beneficiary.
  receiving:
    /(?:^|\s)(?:ger(?:ou|aram|a|am)|provoc\p{L}*|suscit\p{L}*|receb\p{L}*|obt(?:eve|iveram|er|ém)|ganh\p{L}*|perd\p{L}*|cont(?:a|am|ou|ava|ar) com|busc\p{L}*|procur\p{L}*|consegu\p{L}*|conquist\p{L}*)(?:\s+(?!a\b|que\b|de\b|para\b)[\p{L}'’-]+){0,3}\s*$/u,
  // "opôs o seu veto": the veto is the subject's own, not what it opposes.
  // "defende que …": argues that, a claim and not a measure backed.
  arguing: 'defend',
  puttingForward: /^(?:opõe\p{L}*|opôs|opor\p{L}*|opus\p{L}*)\s+(?:(?:o|a|os|as)\s+)?(?:seu|sua|seus|suas|nosso|nossa|nossos|nossas|meu|minha)\s/u,
  opinionVerbs: 'acha acham considera',
  // "ao contrário": on the contrary; "não só": not only; "sem dúvida": without doubt; "não obstante": nevertheless.
  idioms: [/\b(?:ao|pelo) contrário\b/, /\b(?:não|nem) (?:só|apenas|somente)\b/, /\bsem dúvida\b/, /\bnão obstante\b/],
  enclitics: /-(?:se|o|a|os|as|lo|la|los|las|no|na|nos|nas|lhe|lhes|me|te|vos)$/,
};
