import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** Spanish nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt('american norteamerican estadunidens italian rus chin europe argentin chilen mexican colombian venezolan peruan brasileñ cuban ucranian palestin británic siri iranian afgan belg')})(?:o|a|os|as)`,
    alt('español española españoles españolas francés francesa franceses francesas alemán alemana alemanes alemanas inglés inglesa ingleses inglesas portugués portuguesa portugueses portuguesas japonés japonesa japoneses estadounidense estadounidenses israelí israelíes iraní iraníes marroquí marroquíes'),
  ],
};
