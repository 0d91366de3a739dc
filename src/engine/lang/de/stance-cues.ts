import type { StanceCuePack } from '../stance-cues.ts';

/** German stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_DE: StanceCuePack = {
  stems: {
    'support verb': 'unterstütz befürwort verteidig',
    welcome: 'begrüß lobt lobte',
    'judged necessary': 'notwendig',
    'judged beneficial': 'stärk realistisch$',
    'advocacy modal': 'muss$ müssen$ sollte$ sollten$ brauchen$',
    'measure act': 'empfiehlt empfehl vorgeleg beschloss',
    announce: 'angekündigt',
    'call for': 'forder',
    'oppose verb': 'ablehn',
    criticism: 'kritisier kritik verurteil',
    'judged unacceptable': 'unverhältnis',
    warning: 'sorge besorg bedenk',
  },
  phrases: {
    'oppose verb': [/\b(?:stimmte|stimmten|stimmt) gegen\b/, /\b(?:ist gegen|sind gegen)\b/],
    criticism: [/\bin zweifel (?:gezogen|ziehen|zieht|zog)\b/],
    'judged unacceptable': [/\bgeht zu weit\b/],
    'support verb': [/\b(?:ist für|sind für)\b/],
    'measure act': [/\b(?:pläne[n]?|vorschlag) von\b/u],
  },
  negators: 'nicht kein keine keinen keinem nie niemals ohne',
  postNegators: 'nicht nie',
  clauseBreaks: 'aber doch',
  complementisers: 'dass ob',
  notCues: '',
};
