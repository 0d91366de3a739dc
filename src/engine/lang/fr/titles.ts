import type { TitleWords } from '../titles.ts';

/** French titles written before a person's name, lower case. */
export const TITLES: TitleWords = {
  titles: `
    m mme mlle me monsieur madame ministre président présidente député députée sénateur sénatrice maire dr
    pr docteur professeur juge général commissaire ambassadeur ambassadrice préfet préfète chancelier
    chancelière secrétaire roi reine prince princesse pape cardinal abbé premier première
  `,
  male: 'm monsieur roi prince',
  female: 'mme mlle madame reine princesse',
  addressOnly: 'me dr pr',
  abbreviated: '',
  compoundSuffix: null,
};
