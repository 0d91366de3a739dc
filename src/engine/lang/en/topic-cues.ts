/** English needs no translation: its words are the topic and policy models' own features. */
export const TOPIC_CUES_EN: Readonly<Record<string, string>> = {};
