import type { NonActorWords } from '../non-actors.ts';

/** Spanish words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    ley código constitución tratado acuerdo informe estrategia plan proyecto decreto régimen carta política
    reforma día calle avenida plaza puente aeropuerto estación premio festival guerra pandemia crisis cumbre
    libro película
  `,
  suffix: null,
};
