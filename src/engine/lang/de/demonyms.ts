import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** A compass word written onto a nationality: "südkoreanisch", "nordafrikanisch", "ostdeutsch". */
const COMPASS = '(?:süd|nord|ost|west|mittel|zentral)?';
const ENDINGS = '(?:e|en|er|es|em)?';

/** German nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `${COMPASS}(?:${alt(`
      französ amerikan brit europä russ chines italien span belg israel ukrain türk österreich schweizer poln
      tschech iran afghan syr palästinens japan ind griech niederländ dän schwed norweg afrikan arab kanad mexikan
      brasilian argentin chilen korean tunes ägypt marokkan alger liby ungar rumän bulgar serb kroat slowak slowen
      portugies finn estn lett litau ir schott irak liban saud katar jemenit jordan pakistan vietnames indones
      philippin thailänd taiwan georg armen kasach belaruss kuban venezolan kolumbian peruan austral
    `)})isch${ENDINGS}`,
    `${COMPASS}deutsch${ENDINGS}`,
  ],
};
