import type { ClosedClassWords } from '../closed-class.ts';

/** Portuguese closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  definiteArticles: 'o a os as',
  indefiniteArticles: 'um uma uns umas',
  demonstratives: 'este esta isto esse essa isso aquele aquela',
  determiners: 'ao aos do da dos das no na nos nas seu sua seus suas cada todo toda todos todas outro outra outros outras',
  possessives: 'meu minha nosso nossa nossos nossas',
  prepositions: 'a ao aos à às de do da dos das em no na nos nas com contra sobre para por pelo pela pelos pelas entre sem desde até após durante',
  auxiliaries: 'foi tem tenha teria tinha havia haja seja esteja estava',
  relatives: 'que quem cujo cuja',
  conjoiners: 'e, bem como',
  disjoiners: 'ou, mas',
  contrasts: 'mas',
  genitives: 'de do da dos das',
  agents: 'por pelo pela',
  concessives: 'embora',
  other: `
    segundo mas e ou nem quando se
    enquanto porque como onde que quem qual embora eu ele ela nós eles elas não sim muito mais menos já
    hoje ontem aqui ali assim também além
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março abril
    maio junho julho agosto setembro outubro novembro dezembro
  `,
};
