import type { RoleNounWords } from '../role-nouns.ts';

/** German nouns for a person's office or function, lower case. */
export const ROLE_NOUNS: RoleNounWords = {
  nouns: `
    sprecher sprecherin minister ministerin präsident präsidentin vorsitzender vorsitzende direktor
    direktorin chef chefin leiter leiterin geschäftsführer geschäftsführerin abgeordneter abgeordnete
    vorstand vorstandsmitglied experte expertin politiker politikerin aktivist aktivistin anwalt anwältin
    richterin professor professorin wissenschaftler wissenschaftlerin ökonom ökonomin analyst analystin
    forscher forscherin mitglied gründer gründerin bürgermeister bürgermeisterin generalsekretär
    generalsekretärin staatssekretär staatssekretärin botschafter botschafterin
    richter angeklagte angeklagter staatsanwalt staatsanwältin verteidiger verteidigerin kanzler kanzlerin
    bundeskanzler bundeskanzlerin ministerpräsident ministerpräsidentin vizepräsident vizepräsidentin
    oberbürgermeister oberbürgermeisterin landrat landrätin senator senatorin beauftragte beauftragter
    pressesprecher pressesprecherin polizeisprecher polizeisprecherin vertreter vertreterin referent referentin
    stadtrat stadträtin fraktionschef fraktionschefin parteichef parteichefin
  `,
  analysts: `
    analyst analystin experte expertin experten ökonom ökonomin wissenschaftler wissenschaftlerin professor
    professorin forscher forscherin beobachter vermittler institut universität politologe politologin
  `,
  spokespersons: 'sprecher sprecherin pressesprecher pressesprecherin polizeisprecher polizeisprecherin mitteilung',
  modifiers: 'ehemalige ehemaliger früherer frühere',
};
