import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** Portuguese nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt(`
      american norte-american italian russ chin argentin chilen mexican colombian venezuelan peruan brasileir
      cuban ucranian palestin britânic síri iranian belg sul-corean norte-corean corean tunisin egípci argelin
      marroquin líbi húngar polac suec grec turc romen búlgar bolivian equatorian uruguai paraguai
      angolan moçambican cabo-verdian guineens australian indian iraquian
    `)})(?:o|a|os|as)`,
    alt(`
      português portuguesa portugueses francês francesa franceses alemão alemã alemães europeu europeia europeus
      europeias chinês chinesa chineses inglês inglesa ingleses japonês japonesa estadunidense estadunidenses
      israelense israelenses afegão afegã afegãos espanhol espanhola espanhóis holandês holandesa irlandês
      irlandesa escocês escocesa libanês libanesa norueguês norueguesa saudita sauditas canadense canadenses timorense
    `),
  ],
};
