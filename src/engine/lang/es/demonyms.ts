import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** Spanish nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt(`
      american norteamerican estadunidens italian rus chin europe argentin chilen mexican colombian venezolan
      peruan brasileñ cuban ucranian palestin británic siri iranian afgan belg surcorean norcorean corean
      tunecin egipci argelin libi húngar polac suec norueg grieg turc ruman búlgar chec eslovac bolivian
      ecuatorian uruguay paraguay venezolan nicaragüens hondureñ salvadoreñ guatemaltec panameñ dominican
      austríac australian indi
    `)})(?:o|a|os|as)`,
    alt(`
      español española españoles españolas francés francesa franceses francesas alemán alemana alemanes alemanas
      inglés inglesa ingleses inglesas portugués portuguesa portugueses portuguesas japonés japonesa japoneses
      estadounidense estadounidenses israelí israelíes iraní iraníes marroquí marroquíes irlandés irlandesa
      holandés holandesa danés danesa finlandés finlandesa escocés escocesa libanés libanesa saudí saudíes
      catarí iraquí iraquíes paquistaní pakistaní afgano canadiense canadienses nicaragüense costarricense
    `),
  ],
};
