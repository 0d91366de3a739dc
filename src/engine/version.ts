/** Bumped whenever the engine's output for the same page can change, so cached analyses are recomputed. */
export const ENGINE_VERSION = '0.1.0';
