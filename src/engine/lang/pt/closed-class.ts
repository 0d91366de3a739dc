import type { ClosedClassWords } from '../closed-class.ts';

/** Portuguese closed-class words, lower case. */
export const CLOSED_CLASS: ClosedClassWords = {
  determiners: 'o a os as um uma uns umas ao aos do da dos das no na nos nas este esta isto esse essa isso aquele aquela seu sua seus suas cada todo toda todos todas outro outra outros outras',
  possessives: 'meu minha nosso nossa nossos nossas',
  other: `
    mas e ou nem quando se segundo para com sem em desde por pelo pela pelos pelas até entre sobre após durante
    contra enquanto porque como onde que quem qual embora eu ele ela nós eles elas não sim muito mais menos já
    hoje ontem aqui ali assim também além
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março abril
    maio junho julho agosto setembro outubro novembro dezembro
  `,
};
