import type { RoleNounWords } from '../role-nouns.ts';

/** French nouns for a person's office or function, lower case. */
export const ROLE_NOUNS: RoleNounWords = {
  nouns: `
    ministre président présidente député députée sénateur sénatrice porte-parole directeur directrice avocat
    avocate maire secrétaire conseiller conseillère chef responsable militant militante expert experte
    chercheur chercheuse professeur professeure analyste économiste juge procureur procureure dirigeant
    dirigeante fondateur fondatrice membre élu élue commissaire ambassadeur ambassadrice négociateur
    médiateur
  `,
  analysts: `
    analyste expert experte experts chercheur chercheuse économiste professeur professeure observateur
    médiateur politologue institut université
  `,
  spokespersons: 'porte-parole communiqué',
  modifiers: 'ancien ancienne ex',
};
