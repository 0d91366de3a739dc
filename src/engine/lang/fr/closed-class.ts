import type { ClosedClassWords } from '../closed-class.ts';

/** French closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  definiteArticles: "le la les l'",
  indefiniteArticles: 'un une',
  demonstratives: 'ce cet cette ces',
  determiners: "des du son sa ses leur leurs notre nos votre vos mon ma mes chaque plusieurs certains certaines tout tous toute toutes aucun aucune",
  possessives: '',
  prepositions: "de d' du des à au aux en par pour dans sur sous avec sans chez vers contre entre parmi pendant lors malgré depuis après avant",
  auxiliaries: 'est était ont sera avait aurait soit',
  relatives: 'qui que dont lequel laquelle lesquels lesquelles',
  conjoiners: 'et, ainsi que, de même que',
  disjoiners: 'ou, mais',
  contrasts: 'mais',
  genitives: "de d' du des",
  agents: 'par',
  concessives: 'bien que, quoique',
  other: `
    selon mais et ou donc car ni quand lorsque si
    comme puisque je tu nous vous il elle ils elles on aussi cependant toutefois
    ainsi alors puis enfin pourtant même que qui quoi est sont ont été était lire voir aujourd'hui hier demain
    ici non oui
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre
  `,
};
