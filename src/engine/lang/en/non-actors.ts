import type { NonActorWords } from '../non-actors.ts';

/** English words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    act bill law code constitution treaty accord report strategy plan day street avenue road square bridge
    airport station prize award festival war pandemic crisis summit book film
  `,
  suffix: null,
};
