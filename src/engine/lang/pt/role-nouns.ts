import type { RoleNounWords } from '../role-nouns.ts';

/** Portuguese nouns for a person's office or function, lower case. */
export const ROLE_NOUNS: RoleNounWords = {
  nouns: `
    ministro ministra presidente presidenta porta-voz diretor diretora deputado deputada senador senadora
    secretário secretária líder chefe advogado advogada pesquisador pesquisadora analista especialista
    economista professor professora juiz juíza procurador procuradora ativista dirigente fundador fundadora
    membro prefeito prefeita governador governadora assessor assessora coordenador coordenadora relator
    relatora vereador vereadora cientista jornalista repórter negociador mediador
    titular conselheiro conselheira delegado delegada defensor defensora comissário comissária vice-presidente
    representante responsável subsecretário subsecretária vice-ministro vice-ministra magistrado magistrada
    promotor promotora desembargador desembargadora
  `,
  analysts: `
    analista pesquisador pesquisadora especialista especialistas economista professor professora cientista
    observador mediador universidade instituto
  `,
  spokespersons: 'porta-voz comunicado',
  modifiers: 'ex',
};
