import type { GroupNounWords } from '../group-nouns.ts';

/** Spanish nouns for collective actors, lower case. */
export const GROUP_NOUNS: GroupNounWords = {
  nouns: `
    activistas críticos opositores partidarios defensores sindicatos vecinos manifestantes expertos
    autoridades dirigentes funcionarios legisladores diputados senadores ministros políticos agricultores
    docentes maestros médicos enfermeras padres estudiantes trabajadores empleados empresarios empresas
    votantes ciudadanos economistas científicos analistas jueces abogados fiscales migrantes refugiados
    inversionistas inversores productores exportadores consumidores pacientes organizaciones ong oposición
  `,
  needQualifier: `
    autoridades dirigentes funcionarios políticos diputados legisladores senadores ministros empresas
    organizaciones ciudadanos trabajadores empleados
  `,
  phrases: ['sociedad civil', 'comunidad internacional', 'fuerzas de seguridad'],
  opposing: 'críticos opositores manifestantes',
  supporting: 'partidarios',
  campaigning: 'activistas manifestantes',
  qualifiers: `
    oficialistas opositores socialistas conservadores liberales progresistas republicanos demócratas
    locales regionales provinciales municipales estatales federales nacionales internacionales sindicales
    indígenas independientes
  `,
  parties: '',
  quantifiers: 'muchos varios algunos otros',
};
