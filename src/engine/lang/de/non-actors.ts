import type { NonActorWords } from '../non-actors.ts';

/** German words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    gesetz gesetzentwurf verfassung vertrag abkommen bericht strategie plan tag straße platz brücke
    flughafen bahnhof preis festival krieg pandemie krise gipfel buch film
  `,
  suffix: /(?:gesetz|gesetzes|vertrag|abkommen|bericht|straße|platz|krieg|gipfel)$/,
};
