import type { ReportingWords } from '../reporting.ts';

/** French: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
    dit déclare déclaré affirme affirmé estime estimé explique expliqué ajoute ajouté souligne souligné
    assure assuré indique indiqué précise précisé rappelle rappelé lance lancé confie confié martèle
    martelé insiste insisté prévient prévenu averti avertit réagi juge jugé écrit tweeté répondu répond
    poursuit poursuivi conclut conclu reconnaît reconnu annonce annoncé commenté dénonce dénoncé regrette
    regretté note noté raconte raconté confirme confirmé admet admis résume observe tranche déplore glisse
    commente relève remarque disent affirment estiment expliquent ajoutent soulignent assurent indiquent
    précisent rappellent préviennent jugent écrivent répondent dénoncent regrettent déplorent réclament
    assène asséné lâche lâché tonne tonné exclame exclamé interroge demande demandé renchérit renchéri rétorque
    rétorqué réplique répliqué objecte concède concédé avoue avoué nie nié promet fustige fustigé critique
    critiqué accuse accusé salue salué détaille détaillé témoigne témoigné déclarait disait affirmait expliquait
    ajoutait soulignait estimait résumé insistent
    ironise ironisé soutient soutenu nuancé tempère tempéré argumente argumenté
    dire déploré promis plaidé estimant affirmant expliquant soulignant assurant ajoutant déclarant
  `,
  sourcePrepositions: 'selon',
  sourcePhrase: /\b(?:d['’]après)\s+$/i,
  fillers: 'a ont avait aussi encore également notamment ensuite déjà',
  complementisers: "que qu' qu’ si",
  reportedMood: '',
  speechWords: 'selon déclaration déclarations communiqué entretien interview lettre porte-parole propos discours énonce stipule prévoit qualifié qualifie',
  statementNouns: 'communiqué déclaration lettre note',
  issuerLinks: 'du de la le les des l’ l\'',
  documents: 'projet de loi, texte, loi, rapport, décret',
};
