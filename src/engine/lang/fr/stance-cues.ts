import type { StanceCuePack } from '../stance-cues.ts';

/** French stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_FR: StanceCuePack = {
  stems: {
    'support verb': 'soutien soutient soutenu soutenir favorable approuv défend appui appuy',
    welcome: 'salu félicit encourag applaudi réjoui satisfait ravi$ ravie$ ravis$',
    'judged necessary': 'nécessaire$ nécessaires$ indispensable',
    'judged beneficial': 'renforc bénéfic réaliste$ aidera$ aideront$ amélior utile$ utiles$ judicieu',
    'advocacy modal': 'faut$ doit$ devons$ doivent$',
    'measure act': 'invité propos adopté lancé signé recommand promulg instaur',
    announce: 'annonc',
    'call for': 'exhort réclam exig plaid',
    'oppose verb': 'oppos rejet refus désapprouv contest hostile défavorable veto$',
    criticism: 'critiqu dénonc condamn regrett décri fustig blâm reproch déçu déçue déçus décevant',
    'judged unacceptable': 'injuste absurde disproportionn inacceptable intolérable inadmissible illégal inconstitutionnel scandal dangereu',
    'fight against': 'combatt bloqu boycott',
    warning: 'inquiet inquiét alert craint craign préoccup avertit avertissent',
  },
  phrases: {
    'oppose verb': [
      /\b(?:se prononce|s'est prononcée?|votée?s?|votera|voteront) contre\b/u,
      /\b(?:opposition|objection|hostilité) à\b/,
      /\b(?:est contre|sont contre)\b/,
      /\b(?:pren\p{L}*|pris) ses distances\b/u,
      /\bse (?:distanci|désolidaris)\p{L}*/u,
    ],
    criticism: [/\b(?:mis|mettre|met|mettent) en doute\b/],
    'judged unacceptable': [/\bva trop loin\b/],
    'support verb': [/\b(?:en faveur d[eu]|est pour)\b/, /\b(?:soutenue?s?|défendue?s?) par\b/],
    'measure act': [/\b(?:projet|proposition) (?:de|du)\b/, /\b(?:annoncée?s?|proposée?s?) par\b/, /\bdépos\p{L}* (?:un|une|le|la) (?:\p{L}+ )?(?:projet|proposition|amendement|motion)\b/u],
    'call for': [/\b(?:souhaite(?:nt|rait)? que|voudrai(?:t|ent) que)\b/],
  },
  negators: "ne n' jamais sans ni aucun aucune",
  postNegators: 'pas plus jamais',
  clauseBreaks: 'mais',
  complementisers: "que qu' si",
  notCues: 'opposition',
  conditionals: 'si',
  holderLink: /^\s+(?:de la part d[eu']?|par)\s/i,
  // "a suscité des critiques", "fait l'objet de critiques", "compte sur le soutien": the subject is the target or the beneficiary.
  receiving:
    /(?:^|\s)(?:suscit\p{L}*|provoqu\p{L}*|déclench\p{L}*|essuy\p{L}*|fai(?:t|saient) l['’]objet|font l['’]objet|re[çc](?:oit|oivent|u|ue|us|ues|evoir|evait|evaient)|obt(?:ient|iennent|enu|enir)|gagn\p{L}*|perd\p{L}*|compt\p{L}* sur|cherch\p{L}*|manqu\p{L}*|s['’]attir\p{L}*)(?:\s+(?!à\b)[\p{L}'’-]+){0,3}\s*$/u,
  // "a opposé son veto", "oppose son refus": the veto is the subject's own, not what it opposes.
  // "défend que …": argues that, a claim and not a measure backed.
  arguing: 'défend',
  puttingForward: /^oppos\p{L}*\s+(?:son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes)\s/u,
  opinionVerbs: 'pense pensent considère jugent',
};
