import type { ClosedClassWords } from '../closed-class.ts';

/** Spanish closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  determiners: 'el la los las un una unos unas al del este esta estos estas ese esa esos esas su sus cada todo toda todos todas otro otra otros otras',
  possessives: 'mi mis nuestro nuestra nuestros nuestras',
  other: `
    pero y o ni cuando si según para con sin en desde por hasta hacia entre sobre tras durante ante bajo contra
    mientras porque pues como donde que quien cual yo él ella nosotros ellos ellas aunque también además embargo
    muy más menos ya hoy ayer aquí allí así no sí lo le les se
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre
  `,
};
