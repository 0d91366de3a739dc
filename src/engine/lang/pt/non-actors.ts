import type { NonActorWords } from '../non-actors.ts';

/** Portuguese words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    lei código constituição tratado acordo relatório estratégia plano projeto decreto diretiva regime carta
    política reforma dia semana ano rua avenida travessa estrada rodovia praça ponte cais porto aeroporto
    estação túnel canal rio lago mar baía ilha serra monte vale parque praia estádio prêmio prémio taça
    copa festival torneio campeonato guerra pandemia crise cúpula livro romance filme álbum canção série
  `,
  suffix: null,
};
