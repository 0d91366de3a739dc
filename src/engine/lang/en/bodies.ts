import type { BodyWords } from '../bodies.ts';

/** English words that name organisations, lower case. */
export const BODIES: BodyWords = {
  heads: `
    commission ministry party court council agency association union department office institute institution
    university bank authority administration committee parliament assembly police forces force army navy
    government league organization organisation foundation center centre federation group board service
    services bureau senate congress house cabinet legislature customs security reserve patrol tribunal
    network coalition alliance movement corporation company inc corp ltd llc trust fund society club team
    unit command guard press nations forum program programme initiative campaign school college hospital
    museum observatory directorate secretariat international watch
  `,
  compoundSuffix: null,
  connectors: 'of for on and the',
  afterName: `
    administration government regime party campaign ministry cabinet delegation team office spokesperson
    spokesman spokeswoman
  `,
  portfolios: `
    health foreign interior justice finance treasury education defence defense environment labour labor
    trade transport agriculture energy economy culture housing immigration
  `,
  references: `
    agency organisation organization group company ministry department office government administration
    commission council body institute association court firm party union board authority committee
  `,
};
