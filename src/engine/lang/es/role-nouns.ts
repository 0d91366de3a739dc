import type { RoleNounWords } from '../role-nouns.ts';

/** Spanish nouns for a person's office or function, lower case. */
export const ROLE_NOUNS: RoleNounWords = {
  nouns: `
    ministro ministra presidente presidenta portavoz vocero vocera director directora diputado diputada
    senador senadora secretario secretaria líder jefe jefa abogado abogada investigador investigadora
    alcalde alcaldesa analista experto experta economista profesor profesora juez jueza fiscal activista
    dirigente fundador fundadora miembro gobernador gobernadora canciller asesor asesora coordinador
    coordinadora politólogo politóloga relator relatora negociador mediador
    titular consejero consejera concejal concejala delegado delegada defensor defensora comisario comisaria
    vicepresidente vicepresidenta representante responsable subsecretario subsecretaria viceministro
    viceministra procurador procuradora magistrado magistrada
  `,
  analysts: `
    politólogo politóloga analista investigador investigadora experto experta expertos economista profesor
    profesora observador mediador universidad instituto
  `,
  spokespersons: 'portavoz vocero vocera comunicado',
  modifiers: 'ex exministro exministra',
};
