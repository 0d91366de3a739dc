import type { NonActorWords } from '../non-actors.ts';

/** English words that make a capitalised name a work, a law, an event or a place, lower case. */
export const NON_ACTORS: NonActorWords = {
  words: `
    act acts bill law code constitution treaty accord amendment directive report strategy plan doctrine
    manifesto day week month year holiday street avenue road drive boulevard highway motorway square
    bridge quay pier harbour harbor airport station terminal tunnel canal river lake sea ocean
    island mountain valley beach stadium arena prize award medal trophy festival tournament
    championship cup olympics war pandemic crisis summit book novel film movie album song series episode
  `,
  suffix: null,
};
