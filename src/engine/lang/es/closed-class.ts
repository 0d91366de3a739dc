import type { ClosedClassWords } from '../closed-class.ts';

/** Spanish closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  definiteArticles: 'el la los las',
  indefiniteArticles: 'un una unos unas uno',
  demonstratives: 'este esta estos estas ese esa esos esas',
  determiners: 'al del su sus cada todo toda todos todas otro otra otros otras',
  possessives: 'mi mis nuestro nuestra nuestros nuestras',
  prepositions: 'a al de del con para contra sobre en por entre sin desde hacia ante tras bajo hasta durante',
  auxiliaries: 'fue ha era había haya habría',
  relatives: 'que quien quienes cuyo cuya',
  conjoiners: 'y, e, así como, junto a, junto con',
  disjoiners: 'o, pero',
  contrasts: 'pero',
  genitives: 'de del',
  agents: 'por',
  concessives: 'aunque',
  other: `
    según pero y o ni cuando si
    mientras porque pues como donde que quien cual yo él ella nosotros ellos ellas aunque también además embargo
    muy más menos ya hoy ayer aquí allí así no sí lo le les se
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre
  `,
};
