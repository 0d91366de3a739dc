import type { StanceCuePack } from '../stance-cues.ts';

/** Spanish stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_ES: StanceCuePack = {
  stems: {
    'support verb': 'apoy respald defiend defend favorable',
    welcome: 'celebr elogi',
    'judged necessary': 'necesari indispensable',
    'judged beneficial': 'fortalec benefici factible$',
    'advocacy modal': 'debe$ debemos$ deben$ necesitamos$',
    'measure act': 'propus propuso aprob impuls recomiend recomend',
    announce: 'anunci',
    'call for': 'pide pidió exig insta$ instó$',
    'oppose verb': 'rechaz opon opuso',
    criticism: 'critic conden denunci',
    'judged unacceptable': 'inaceptable',
    warning: 'advirt preocup',
  },
  phrases: {
    'oppose verb': [/\b(?:votó|votaron|se opuso|se opone) (?:en )?contra\b/, /\ben contra de\b/],
    criticism: [/\b(?:puesto|poner|pone|puso|ponen) en (?:duda|entredicho)\b/],
    'judged unacceptable': [/\bva demasiado lejos\b/],
    'support verb': [/\ba favor de\b/],
    'measure act': [/\b(?:propuesta|proyecto) (?:de|del)\b/, /\bse ofrec\p{L}* a\b/u],
    'call for': [/\bquisiera que\b/],
  },
  negators: 'no nunca sin ni tampoco',
  postNegators: '',
  clauseBreaks: 'pero sino',
  complementisers: 'que si',
  notCues: 'oposición',
};
