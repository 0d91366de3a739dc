import type { StanceCuePack } from '../stance-cues.ts';

/** Portuguese stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_PT: StanceCuePack = {
  stems: {
    'support verb': 'apoi apóia defend favorável',
    welcome: 'elogi',
    'judged necessary': 'necessári indispensáv',
    'judged beneficial': 'fortalec benefici viável$',
    'advocacy modal': 'deve$ devemos$ devem$ precisamos$',
    'measure act': 'propôs propus aprov lanç',
    announce: 'anunci',
    'call for': 'pede pediu exig',
    'oppose verb': 'rejeit opõe opôs desfavorável',
    criticism: 'critic conden denunci desconfi',
    'judged unacceptable': 'inaceitável',
    warning: 'preocup',
  },
  phrases: {
    'oppose verb': [/\b(?:votou|votaram) contra\b/, /\b(?:é contra|são contra)\b/],
    criticism: [/\b(?:colocado|colocar|coloca|colocou|posto|pôr|põe|pôs) em (?:dúvida|xeque)\b/],
    'support verb': [/\bé a favor\b/],
    'measure act': [/\b(?:proposta|projeto) (?:de|da|do)\b/, /\b(?:se ofere\p{L}* para|ofereceu-se para|ofereceram-se para)\b/u],
    'call for': [/\bgostaria que\b/],
  },
  negators: 'não nem nunca sem jamais',
  postNegators: '',
  clauseBreaks: 'mas porém',
  complementisers: 'que se',
  notCues: 'oposição',
};
