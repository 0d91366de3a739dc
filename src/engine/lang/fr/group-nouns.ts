import type { GroupNounWords } from '../group-nouns.ts';

/** French nouns for collective actors, lower case. */
export const GROUP_NOUNS: GroupNounWords = {
  nouns: `
    militants opposants détracteurs critiques partisans syndicats habitants associations élus responsables
    experts écologistes manifestants autorités dirigeants fonctionnaires diplomates députés sénateurs
    ministres agriculteurs enseignants médecins infirmiers parents étudiants travailleurs salariés
    employeurs électeurs citoyens économistes scientifiques chercheurs avocats juges ong entreprises patrons
    locataires propriétaires réfugiés migrants défenseurs opposition
  `,
  needQualifier: `
    responsables associations autorités dirigeants fonctionnaires députés sénateurs ministres élus
    entreprises citoyens travailleurs salariés
  `,
  phrases: ['société civile', 'communauté internationale', 'forces de l’ordre', "forces de l'ordre"],
  opposing: 'opposants détracteurs critiques manifestants',
  supporting: 'partisans défenseurs',
  campaigning: 'militants militantes manifestants activistes',
  qualifiers: `
    socialistes écologistes conservateurs libéraux républicains centristes locaux régionaux municipaux
    nationaux européens internationaux syndicaux indépendants
  `,
  parties: '',
  quantifiers: 'plusieurs nombreux certains certaines',
};
