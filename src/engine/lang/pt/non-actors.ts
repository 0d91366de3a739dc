import type { NonActorWords } from '../non-actors.ts';

/** Portuguese words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    lei código constituição tratado acordo relatório estratégia plano projeto decreto regime carta política
    reforma dia rua avenida praça ponte aeroporto estação prêmio festival guerra pandemia crise cúpula livro
    filme
  `,
  suffix: null,
};
