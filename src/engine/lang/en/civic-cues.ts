import type { CivicCueWords } from '../civic-cues.ts';

/** English civic cues (see ../civic-cues.ts). */
export const CIVIC_CUES_EN: CivicCueWords = {
  authorities: `
    govern* minister* ministr* parliament* congress* senat* legislator* legislature* legislative lawmaker*
    court courts judge judges justices prosecutor* regulator* cabinet mayor* council* president* official
    officials politic* opposition coalition election* electoral candidate* voter* ballot* embass* ambassador*
    diplomat* democrat* republican* statehouse authorities municipal* federal tribunal* regime* eu summit* un nato
  `,
  measures: `
    law laws bill bills ban bans banned banning tax taxes taxation tariff* regulation* regulatory ruling*
    ordinance* decree* statute* legislation treaty treaties sanction* subsid* budget* policy policies reform*
    amendment* referendum* moratorium mandate* quota* levy levies constitution* lawsuit* verdict*
  `,
  decisions: `
    approv* vote votes voted voting veto* enact* repeal* ratif* legislate sue sues sued suing impose imposed
    imposes imposing overturn* uphold* upheld propos* impeach* elected reelected regulate regulated regulates
    regulating outlaw* nominat* lobby* petition* protest* negotiat*
  `,
};
