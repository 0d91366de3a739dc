import type { RoleNounWords } from '../role-nouns.ts';

/** English nouns for a person's office or function, lower case. */
export const ROLE_NOUNS: RoleNounWords = {
  nouns: `
    official minister president spokesperson spokesman spokeswoman governor senator speaker attorney
    director chief leader head ambassador analyst professor expert fellow chairman chairwoman chair ceo
    negotiator superintendent secretary member mayor lawyer judge economist scientist researcher teacher
    physician doctor nurse activist advocate founder executive commissioner representative congressman
    congresswoman deputy adviser advisor aide editor correspondent reporter author writer scholar candidate
    lawmaker legislator prosecutor officer manager coach player owner resident student priest mediator
    general
  `,
  analysts: `
    analyst analysts expert experts economist scholar professor fellow researcher editor correspondent
    observer commentator mediator institution institute university think-tank
  `,
  spokespersons: 'spokesperson spokesman spokeswoman representative statement',
  modifiers: `
    former senior deputy press foreign interior justice health defence defense finance state federal
    national top acting interim chief executive vice general assistant associate local regional public prime
    trade security intelligence military police party opposition union campaign policy economic education
    energy environment immigration transport labor labour treasury
  `,
};
