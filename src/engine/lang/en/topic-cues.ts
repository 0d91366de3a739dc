import type { Inflection } from '../../detect/cue-matcher.ts';

/** English needs no translation: its words are the topic and policy models' own features. */
export const TOPIC_CUES_EN: Readonly<Record<string, string>> = {};

/** English words are folded by `foldEnding`, not by the cue matcher. */
export const TOPIC_INFLECTIONS_EN: readonly Inflection[] = [];
