import type { ClosedClassWords } from '../closed-class.ts';

/** English closed-class words, lower case: they start sentences and headings without naming anyone. */
export const CLOSED_CLASS: ClosedClassWords = {
  determiners: 'the a an this that these those some many most several other others another each every all any both no such',
  possessives: 'his her its their our my your',
  other: `
    but and or nor so yet however while when where why what how who which whether if as after before since because
    although though despite during in on at by for from to with without under over about into of than then there
    here it we they he she i you one two three four five first last new also still
    even just only more less now today yesterday tomorrow meanwhile instead indeed already not once like unlike
    amid among through until upon according
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
  `,
};
