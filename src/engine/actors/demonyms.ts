/**
 * Nationality adjectives in French, Spanish, Portuguese and German, which
 * compromise's English lexicon does not know. They are written lower case
 * and often after the noun ("le gouvernement français", "los funcionarios
 * españoles") or, in German, before a capitalised one ("die französische
 * Regierung"). Built from stems and each language's endings, so feminine
 * and plural forms come with the masculine one.
 */

const alternatives = (list: string) => list.trim().split(/\s+/).join('|');

const FORMS = [
  // French: "-ais/-aise", "-ois/-oise", "-ien/-ienne", plain "+e", and invariable forms, each with a plural.
  `(?:${alternatives('franç angl polon néerland japon portug liban sénégal irland pakistan écoss congol taïwan')})ais(?:es?)?`,
  `(?:${alternatives('chin hongr québéc dan suéd')})ois(?:es?)?`,
  `(?:${alternatives('ital europé ukrain israél palestin iran syr canad brésil autrich algér tunis ind austral norvég égypt irak colomb vénézuél nigér')})ien(?:ne)?s?`,
  `(?:${alternatives('allemand américain espagnol mexicain marocain afghan roumain africain cubain chilien argentin')})(?:es?|s)?`,
  `(?:${alternatives('belge russe suisse britannique tchèque slovaque grecque turque kurde arabe')})s?`,
  // Spanish and Portuguese: "-o/-a/-os/-as" and the irregular ones.
  `(?:${alternatives('american norteamerican estadunidens italian rus chin europe argentin chilen mexican colombian venezolan peruan brasileñ brasileir cuban ucranian palestin británic britânic sir iranian afgan belg')})(?:o|a|os|as)`,
  alternatives(
    'español española españoles españolas francés francesa franceses francesas alemán alemana alemanes alemanas inglés inglesa ingleses inglesas portugués portuguesa portugueses portuguesas japonés japonesa japoneses estadounidense estadounidenses israelí israelíes iraní iraníes marroquí marroquíes',
  ),
  alternatives('português francês alemão alemã alemães europeu europeia europeus europeias chinês chinesa chineses inglês japonês estadunidense estadunidenses israelense israelenses'),
  // German: "-isch" with its endings, and "deutsch".
  `(?:${alternatives('französ amerikan brit europä russ chines italien span belg israel ukrain türk österreich schweizer poln tschech iran afghan syr palästinens japan ind griech niederländ dän schwed norweg afrikan arab kanad mexikan brasilian argentin chilen')})isch(?:e|en|er|es|em)?`,
  'deutsch(?:e|en|er|es|em)?',
];

const FOREIGN_DEMONYM = new RegExp(`^(?:${FORMS.join('|')})$`, 'u');

/** Is this lower-case word a nationality adjective in one of the four languages? */
export function isForeignDemonym(lowerWord: string): boolean {
  return FOREIGN_DEMONYM.test(lowerWord);
}
