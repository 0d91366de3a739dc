import type { NonActorWords } from '../non-actors.ts';

/** Spanish words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    ley código constitución tratado acuerdo informe estrategia plan proyecto decreto directiva régimen carta
    política reforma día semana año calle avenida paseo camino carretera autopista plaza puente muelle
    puerto aeropuerto estación túnel canal río lago mar bahía isla cerro montaña valle parque playa estadio
    premio copa festival torneo campeonato guerra pandemia crisis cumbre libro novela película álbum
    canción serie
  `,
  suffix: null,
};
