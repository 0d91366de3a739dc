import type { NicknameWords } from '../nicknames.ts';

/** Spanish short forms of first names, as "formal:short,short", lower case. */
export const NICKNAMES: NicknameWords = {
  families: `
    josé:pepe francisco:paco,pancho,curro ignacio:nacho manuel:manolo enrique:quique jesús:chucho
    guillermo:memo dolores:lola concepción:concha rosario:charo alejandro:álex
  `,
};
