import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** Portuguese nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt('american norte-american italian russ chin argentin chilen mexican colombian venezuelan peruan brasileir cuban ucranian palestin britânic síri iranian belg')})(?:o|a|os|as)`,
    alt('português portuguesa portugueses francês francesa franceses alemão alemã alemães europeu europeia europeus europeias chinês chinesa chineses inglês inglesa ingleses japonês japonesa estadunidense estadunidenses israelense israelenses afegão afegã afegãos espanhol espanhola espanhóis'),
  ],
};
