import type { BodyWords } from '../bodies.ts';

/** French words that name organisations, lower case. */
export const BODIES: BodyWords = {
  heads: `
    commission ministère conseil assemblée gouvernement cour parti agence syndicat fédération association
    fondation banque autorité comité tribunal sénat police armée université institut école hôpital
    observatoire centre union office état
  `,
  compoundSuffix: null,
  connectors: 'de des du la le et pour',
  afterName: '',
  portfolios: '',
  references: 'agence organisme ministère gouvernement commission conseil tribunal cour entreprise société institution organisation parti',
};
