import type { NonActorWords } from '../non-actors.ts';

/** German words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    gesetz gesetzentwurf verfassung vertrag abkommen richtlinie verordnung bericht strategie plan tag woche
    jahr straße allee weg gasse ufer platz brücke hafen flughafen bahnhof tunnel kanal fluss see insel berg
    tal park stadion preis pokal festival turnier meisterschaft krieg pandemie krise gipfel buch roman film
    album lied serie
  `,
  suffix: /(?:gesetz|gesetzes|vertrag|abkommen|bericht|straße|platz|krieg|gipfel)$/,
};
