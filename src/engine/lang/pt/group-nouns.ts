import type { GroupNounWords } from '../group-nouns.ts';

/** Portuguese nouns for collective actors, lower case. */
export const GROUP_NOUNS: GroupNounWords = {
  nouns: `
    ativistas críticos opositores apoiadores defensores moradores manifestantes especialistas funcionários
    parlamentares deputados senadores ministros políticos servidores professores médicos enfermeiros pais
    estudantes trabalhadores empregados empresários empresas eleitores cidadãos economistas cientistas
    analistas juízes advogados procuradores migrantes refugiados investidores produtores consumidores
    pacientes sindicatos entidades oposição
  `,
  needQualifier: `
    funcionários políticos servidores deputados parlamentares senadores ministros empresas cidadãos
    trabalhadores empregados entidades
  `,
  phrases: ['sociedade civil', 'comunidade internacional', 'forças de segurança'],
  opposing: 'críticos opositores manifestantes',
  supporting: 'apoiadores',
  campaigning: 'ativistas manifestantes',
  qualifiers: `
    governistas oposicionistas socialistas conservadores liberais progressistas locais regionais
    municipais estaduais federais nacionais internacionais sindicais indígenas independentes
  `,
  parties: '',
  quantifiers: 'muitos vários alguns outros',
};
