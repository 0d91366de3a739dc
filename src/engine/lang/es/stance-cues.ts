import type { StanceCuePack } from '../stance-cues.ts';

/** Spanish stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_ES: StanceCuePack = {
  stems: {
    'support verb': 'apoy respald defiend defend favorable avala$ avaló$ avalan$ avalado$ aval$ aboga$ abogan$ abogó$ abogaron$ abogar$ secundó$ secundaron$ secunda$ secundan$',
    welcome: 'celebr elogi aplaud felicit saludó$ saludaron$ satisfech complacid',
    'judged necessary': 'necesari indispensable imprescindible esencial$ esenciales$ vital$ vitales$',
    'judged beneficial': 'fortalec benefici factible$ ayudará$ ayudarán$ mejorar útil$ útiles$ sensat',
    'advocacy modal': 'debe$ debemos$ deben$ debería$ deberían$ necesitamos$ necesita$ necesitan$ merece$ merecen$',
    'measure act': `propus propuso propon aprob impuls recomiend recomend firmó$ firmaron$ promulg invit adopt implement
      impuso$ impusieron$ impone$ imponen$ promet autoriz decretó$ decretaron$`,
    announce: 'anunci',
    'call for': 'pide pidió piden$ exig insta$ instan$ instó$ instaron$ reclam',
    'oppose verb': 'rechaz opon opuso opusieron$ vetó$ vetar$ veto$ vetaron$ vetan$ desaprob desaprueb derog hostil$ hostiles$ desfavorable',
    criticism: 'critic conden denunci repudi cuestion arremet reproch censur decepcion lamentó$ lamenta$ lamentan$ lamentaron$ deplor ridiculiz fustig indign reprend',
    'judged unacceptable': 'inaceptable inadmisible intolerable ilegal inconstitucional peligros injust absurd desproporcionad escandal escándalo irresponsable equivocad contraproducente error$ errores$',
    'fight against': 'impugn protest boicot bloqueó$ bloquear$ bloquea$ bloquean$ bloquearon$ combat demandó$ demandaron$',
    warning: 'advirt adviert preocup alert',
  },
  phrases: {
    'oppose verb': [/\b(?:votó|votaron|se opuso|se opone) (?:en )?contra\b/, /\ben contra de\b/, /\bse (?:niega|niegan|negó|negaron) a\b/, /\b(?:tom\p{L}*|marc\p{L}*) distancia\b/u, /\bse distanci\p{L}*|\bdistanciarse\b/u],
    criticism: [/\b(?:puesto|poner|pone|puso|ponen) en (?:duda|entredicho)\b/],
    'judged unacceptable': [/\bva demasiado lejos\b/],
    'support verb': [/\ba favor de\b/],
    'measure act': [/\b(?:propuesta|proyecto) (?:de|del)\b/, /\bse ofrec\p{L}* a\b/u, /\bpresent\p{L}* (?:un|una|el|la) (?:\p{L}+ )?(?:proyecto|propuesta|moción|iniciativa|enmienda)\b/u],
    'call for': [/\bquisiera que\b/, /\b(?:hizo|hace|hicieron|hacen|realizó) un llamado\b/],
  },
  negators: 'no nunca sin ni tampoco jamás ningún ninguna ninguno nadie',
  postNegators: '',
  clauseBreaks: 'pero sino que porque aunque mientras',
  complementisers: 'que si',
  notCues: 'oposición',
  conditionals: 'si',
  holderLink: /^\s+(?:por parte d(?:e|el)|por)\s/i,
  // "generó críticas", "recibió el apoyo", "cuenta con el respaldo": the subject is the target or the beneficiary.
  receiving:
    /(?:^|\s)(?:gener(?:ó|aron|a|an)|provoc\p{L}*|suscit\p{L}*|desat\p{L}*|recib\p{L}*|obtuv\p{L}*|obt(?:iene|ienen|ener|enido)|gan(?:ó|aron|ar)|perd\p{L}*|pierde\p{L}*|cuenta con|cuentan con|cont(?:ó|aba|aron|ar) con|busc\p{L}*|carec\p{L}* de|logr\p{L}*|consigu\p{L}*)(?:\s+(?!a\b|que\b)[\p{L}'’-]+){0,3}\s*$/u,
  // "opuso su veto": the veto is the subject's own, not what it opposes.
  // "defiende que …": argues that, a claim and not a measure backed.
  arguing: 'defiend defend',
  puttingForward: /^(?:opon\p{L}*|opus\p{L}*)\s+(?:su|sus|nuestro|nuestra|nuestros|nuestras|mi|mis)\s/u,
  opinionVerbs: 'cree creen piensa considera',
  // "sin embargo": however; "no sólo": not only; "sin duda": without doubt; "no obstante": nevertheless.
  idioms: [/\bsin (?:embargo|duda)\b/, /\b(?:no|ni) (?:sólo|solo|solamente|únicamente)\b/, /\bno obstante\b/],
  // After an infinitive's r only: elsewhere "-la", "-se" end plain words.
  enclitics: /(?<=r)(?:lo|la|los|las|le|les|se|nos|me|te)$/,
};
