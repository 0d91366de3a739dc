import type { TitleWords } from '../titles.ts';

/** German titles written before a person's name, lower case. */
export const TITLES: TitleWords = {
  titles: `
    herr frau dr prof bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin bundespräsident
    bundespräsidentin minister ministerin bundesminister bundesministerin ministerpräsident
    ministerpräsidentin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin staatssekretär
    staatssekretärin generalsekretär generalsekretärin senator senatorin botschafter botschafterin richterin
    general papst könig königin prinz prinzessin
  `,
  male: 'herr könig prinz',
  female: 'frau königin prinzessin',
  addressOnly: 'dr prof',
  abbreviated: '',
  compoundSuffix: /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|vorsitzender|vorsitzende|sekretär|sekretärin|direktor|direktorin|anwalt|anwältin)$/,
};
