import type { TitleWords } from '../titles.ts';

/** Spanish titles written before a person's name, lower case. */
export const TITLES: TitleWords = {
  titles: `
    sr sra srta don doña dr dra presidente presidenta vicepresidente vicepresidenta expresidente
    expresidenta ministro ministra canciller diputado diputada senador senadora alcalde alcaldesa gobernador
    gobernadora juez jueza magistrado magistrada fiscal secretario secretaria embajador embajadora concejal
    concejala general rey reina príncipe princesa papa
  `,
  male: 'sr don rey príncipe',
  female: 'sra srta doña reina princesa',
  addressOnly: 'dr dra',
  abbreviated: '',
  compoundSuffix: null,
};
