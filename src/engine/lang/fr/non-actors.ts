import type { NonActorWords } from '../non-actors.ts';

/** French words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    loi code constitution traité accord rapport stratégie plan projet décret journée rue avenue route place
    pont aéroport gare prix festival guerre pandémie crise sommet livre film
  `,
  suffix: null,
};
