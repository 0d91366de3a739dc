import type { TitleWords } from '../titles.ts';

/** Portuguese titles written before a person's name, lower case. */
export const TITLES: TitleWords = {
  titles: `
    sr sra dom dona dr dra presidente presidenta vice-presidente ex-presidente ministro ministra deputado
    deputada senador senadora prefeito prefeita governador governadora juiz juíza desembargador
    desembargadora procurador procuradora secretário secretária embaixador embaixadora vereador vereadora
    chanceler general rei rainha príncipe princesa papa
  `,
  male: 'sr dom rei príncipe',
  female: 'sra dona rainha princesa',
  addressOnly: 'dr dra',
  abbreviated: '',
  compoundSuffix: null,
};
