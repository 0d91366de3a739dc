import type { NonActorWords } from '../non-actors.ts';

/** French words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    loi code constitution traité accord directive rapport stratégie plan projet décret journée semaine année
    rue avenue boulevard allée chemin route autoroute quai place pont port aéroport gare tunnel canal fleuve
    rivière lac mer baie île mont montagne vallée parc plage stade prix coupe trophée festival tournoi
    championnat guerre pandémie crise sommet livre roman film album chanson série
  `,
  suffix: null,
};
