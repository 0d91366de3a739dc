import type { NicknameWords } from '../nicknames.ts';

/** Portuguese short forms of first names, as "formal:short,short", lower case. */
export const NICKNAMES: NicknameWords = {
  families: 'josé:zé francisco:chico antônio:toninho alexandre:alex eduardo:dudu',
};
