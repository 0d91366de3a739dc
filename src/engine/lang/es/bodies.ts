import type { BodyWords } from '../bodies.ts';

/** Spanish words that name organisations, lower case. */
export const BODIES: BodyWords = {
  heads: `
    ministerio sistema comisión gobierno partido tribunal corte consejo agencia asociación sindicato
    fundación congreso parlamento legislatura asamblea senado policía fuerzas ejército banco federación
    comité autoridad secretaría fiscalía universidad instituto escuela colegio hospital museo observatorio
    centro unión departamento sociedad grupo relatoría defensoría contraloría procuraduría
    superintendencia oficina organización coalición movimiento cámara alcaldía municipalidad ayuntamiento
  `,
  compoundSuffix: null,
  connectors: 'de del la las los y para',
  afterName: '',
  portfolios: '',
  references: 'organismo órgano agencia ministerio gobierno grupo comisión tribunal corte empresa institución entidad organización partido',
};
