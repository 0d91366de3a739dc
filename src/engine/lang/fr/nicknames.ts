import type { NicknameWords } from '../nicknames.ts';

/** French short forms of first names, as "formal:short,short", lower case. */
export const NICKNAMES: NicknameWords = {
  families: `
    alexandre:alex nicolas:nico dominique:dom frédéric:fred christophe:chris catherine:cathy
  `,
};
