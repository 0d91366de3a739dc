/** Words that name a measure or a decision: an article's policy question forms around them. */
export const MEASURE_WORDS_DE = 'verbot gesetz gesetzentwurf reform abkommen sanktionen zölle zoll steuer wahl abstimmung einladung gespräche verhandlungen plan pläne regelung verordnung förderung haushalt klage urteil programm aufnahme rücktritt anklage ermittlungen'.split(' ');
export const PHRASE_BREAKS_DE = 'sagt sagte sagen erklärt erklärte warnt nach während weil aber und'.split(' ');
