import type { BodyWords } from '../bodies.ts';

/** Portuguese words that name organisations, lower case. */
export const BODIES: BodyWords = {
  heads: `
    ministério sistema comissão governo conselho agência associação sindicato fundação polícia forças
    armadas supremo federal câmara partido tribunal congresso senado assembleia parlamento exército banco
    federação comitê autoridade secretaria procuradoria universidade instituto escola hospital museu centro
    departamento sociedade grupo organização coligação movimento prefeitura defensoria controladoria
  `,
  compoundSuffix: null,
  connectors: 'de do da dos das e para',
  afterName: '',
  portfolios: '',
  references: 'agência ministério governo órgão tribunal empresa instituição entidade organização partido comissão',
};
