import { alt } from '../any/alternatives.ts';
import type { DemonymForms } from '../demonyms.ts';

/** French nationality adjectives, as regular-expression alternatives over lower-case words (feminine and plural endings included). */
export const DEMONYMS: DemonymForms = {
  forms: [
    `(?:${alt('franç angl polon néerland japon portug liban sénégal irland pakistan écoss congol taïwan')})ais(?:es?)?`,
    `(?:${alt('chin hongr québéc dan suéd')})ois(?:es?)?`,
    `(?:${alt('ital ukrain israél palestin iran syr canad brésil autrich algér tunis ind austral saoud vietnam indonés norvég égypt irak colomb vénézuél nigér')})ien(?:ne)?s?`,
    `(?:${alt('europé coré sud-coré nord-coré liby')})en(?:ne)?s?`,
    `(?:${alt('allemand américain espagnol mexicain marocain afghan roumain africain cubain chilien argentin')})(?:es?|s)?`,
    `(?:${alt('belge russe suisse britannique tchèque slovaque grecque turque kurde arabe qatari')})s?`,
  ],
};
