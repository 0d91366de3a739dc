import type { ClosedClassWords } from '../closed-class.ts';

/** English closed-class words, lower case: they start sentences and headings without naming anyone. */
export const CLOSED_CLASS: ClosedClassWords = {
  definiteArticles: 'the',
  indefiniteArticles: 'a an one some',
  demonstratives: 'this that these those',
  determiners: 'many most several other others another each every all any both no such',
  possessives: 'his her its their our my your',
  prepositions: 'of in on at by for from to with without under over about into than amid among through until upon after before since during despite toward towards via against between',
  auxiliaries: 'is was are were has have had will would could should can may might must did does do',
  relatives: 'who whom whose which that',
  conjoiners: 'and, as well as, along with, together with, plus',
  disjoiners: 'or, but',
  contrasts: 'but while whereas',
  genitives: 'of',
  agents: 'by',
  concessives: 'even as, even though, even while, even if, although, though, albeit',
  other: `
    but and or nor so yet however while when where why what how who which whether if as because
    although though then there
    here it we they he she i you one two three four five first last new also still
    even just only more less now today yesterday tomorrow meanwhile instead indeed already not once like unlike
    according
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
  `,
};
