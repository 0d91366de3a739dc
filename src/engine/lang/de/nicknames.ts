import type { NicknameWords } from '../nicknames.ts';

/** German short forms of first names, as "formal:short,short", lower case. */
export const NICKNAMES: NicknameWords = {
  families: `
    johannes:hannes,hans alexander:alex christian:chris thomas:tom matthias:matze susanne:susi
    katharina:kathi
  `,
};
