import type { ClosedClassWords } from '../closed-class.ts';

/** German closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  definiteArticles: 'der die das den dem des',
  indefiniteArticles: 'ein eine einen einem einer eines',
  demonstratives: 'dieser diese dieses diesem diesen',
  determiners: 'jeder jede jedes alle kein keine keinen manche mehrere',
  possessives: 'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren',
  prepositions: 'von vom zu zum zur in im an am auf aus bei beim mit nach vor seit durch für gegen ohne um unter über zwischen während wegen trotz bis',
  auxiliaries: 'ist war hat hatte habe wäre würde',
  relatives: 'der die das welche welcher welches',
  conjoiners: 'und, sowie',
  disjoiners: 'oder, aber',
  contrasts: 'aber',
  genitives: 'von',
  agents: 'von durch',
  concessives: 'obwohl, obgleich',
  other: `
    laut und oder aber doch denn wenn als ob dass weil
    ich du er sie es wir man auch noch schon nur
    nicht so wie wo was wer jetzt heute gestern hier dort dann damals zudem außerdem allerdings jedoch dennoch
    deshalb daher zugleich gleichzeitig inzwischen mittlerweile trotzdem bereits später zuvor zuletzt zunächst
    anschließend schließlich immerhin vielmehr stattdessen ebenfalls ebenso insgesamt nämlich bisher derzeit
    künftig demnach demzufolge folglich somit also indes dabei damit danach daraufhin zwar sogar etwa
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember
  `,
};
