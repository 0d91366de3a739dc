import type { ReportingWords } from '../reporting.ts';

/** German: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
    sagte sagt sagten gesagt erklärte erklärt erklärten betonte betont betonten meinte meint schrieb
    schreibt geschrieben warnte warnt kritisierte kritisiert forderte fordert ergänzte ergänzt berichtete
    berichtet äußerte äußert erläuterte erläutert bekräftigte unterstrich argumentierte twitterte verkündete
    mahnte mahnt sagt teilte kommentiert kommentierte führt führte
  `,
  sourcePrepositions: 'laut zufolge so',
  sourcePhrase: null,
  fillers: 'hat haben hatte auch noch bereits',
};
