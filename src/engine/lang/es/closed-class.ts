import type { ClosedClassWords } from '../closed-class.ts';

/** Spanish closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  articles: 'el la los las un una unos unas',
  determiners: 'al del este esta estos estas ese esa esos esas su sus cada todo toda todos todas otro otra otros otras',
  possessives: 'mi mis nuestro nuestra nuestros nuestras',
  prepositions: 'a al de del con para contra sobre en por entre sin desde hacia ante tras bajo hasta durante',
  auxiliaries: 'fue ha era había haya habría',
  relatives: 'que quien quienes cuyo cuya',
  listLinks: 'y, o, pero, así como, junto a, junto con',
  other: `
    según pero y o ni cuando si
    mientras porque pues como donde que quien cual yo él ella nosotros ellos ellas aunque también además embargo
    muy más menos ya hoy ayer aquí allí así no sí lo le les se
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre
  `,
};
