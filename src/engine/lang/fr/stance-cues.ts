import type { StanceCuePack } from '../stance-cues.ts';

/** French stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_FR: StanceCuePack = {
  stems: {
    'support verb': 'soutien soutient soutenu soutenir favorable approuv défend',
    welcome: 'salu félicit encourag',
    'judged necessary': 'nécessaire$ nécessaires$ indispensable',
    'judged beneficial': 'renforc bénéfic réaliste$',
    'advocacy modal': 'faut$ doit$ devons$ doivent$',
    'measure act': 'invité propos adopté lancé signé recommand',
    announce: 'annonc',
    'call for': 'exhort',
    'oppose verb': 'oppos rejet refus désapprouv contest hostile défavorable',
    criticism: 'critiqu dénonc condamn regrett décri',
    'judged unacceptable': 'inacceptable intolérable scandal dangereu',
    warning: 'inquiet inquiét alert',
  },
  phrases: {
    'oppose verb': [
      /\b(?:se prononce|s'est prononcée?|votée?s?|votera|voteront) contre\b/u,
      /\b(?:opposition|objection|hostilité) à\b/,
      /\b(?:est contre|sont contre)\b/,
    ],
    criticism: [/\b(?:mis|mettre|met|mettent) en doute\b/],
    'judged unacceptable': [/\bva trop loin\b/],
    'support verb': [/\b(?:en faveur d[eu]|est pour)\b/, /\b(?:soutenue?s?|défendue?s?) par\b/],
    'measure act': [/\b(?:projet|proposition) (?:de|du)\b/, /\b(?:annoncée?s?|proposée?s?) par\b/],
    'call for': [/\b(?:souhaite(?:nt|rait)? que|voudrai(?:t|ent) que)\b/],
  },
  negators: "ne n' jamais sans ni",
  postNegators: 'pas plus jamais',
  clauseBreaks: 'mais',
  complementisers: "que qu' si",
  notCues: 'opposition',
};
