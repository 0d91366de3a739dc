import type { ReportingWords } from '../reporting.ts';

/** German: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
    sagte sagt sagten gesagt erklärte erklärt erklärten betonte betont betonten meinte meint schrieb
    schreibt geschrieben warnte warnt kritisierte kritisiert forderte fordert ergänzte ergänzt berichtete
    berichtet äußerte äußert erläuterte erläutert bekräftigte unterstrich argumentierte twitterte verkündete
    mahnte mahnt sagt teilte kommentiert kommentierte führt führte
    sagen erklären betonen meinten schreiben schrieben warnen warnten kritisieren kritisierten fordern forderten
    berichten berichteten äußerten erläuterten bekräftigt bekräftigten unterstreicht unterstrichen argumentiert
    twittert verkündet verkündeten mahnten teilt teilten teilen kommentieren kommentierten führten fügt fügte
    fügten räumt räumte räumten antwortet antwortete antworteten fragt fragte fragten versichert versicherte
    versicherten bestätigt bestätigte bestätigten beklagt beklagte beklagten bemängelt bemängelte lobt lobte
    lobten kündigt kündigte kündigten verspricht versprach behauptet behauptete behaupteten zitiert erinnert
    erinnerte verweist verwies appelliert appellierte bilanziert bilanzierte urteilt urteilte bemerkt bemerkte
    beteuert beteuerte entgegnet entgegnete erwidert erwiderte widerspricht widersprach klagt klagte spricht
    sprach hieß ergänzten schildert schilderte hob gesteht gestand
    schlussfolgert schlussfolgerte folgert folgerte resümiert resümierte konstatiert konstatierte erzählt erzählte erzählten ruft rief riefen präzisiert präzisierte mitteilte wiederholt wiederholte mitgeteilt
  `,
  sourcePrepositions: 'laut zufolge so',
  sourcePhrase: null,
  fillers: 'hat haben hatte auch noch bereits',
  complementisers: 'dass ob',
  reportedMood: 'sei seien habe werde könne müsse solle wolle dürfe gebe stehe gehe wisse liege bleibe sehe komme handle brauche lasse',
  speechWords: 'laut zufolge heißt stellungnahme mitteilung pressemitteilung erklärung interview brief sprecher sprecherin rede nannte nennt bezeichnete bezeichnet',
  statementNouns: 'mitteilung pressemitteilung erklärung stellungnahme schreiben brief',
  issuerLinks: 'des der von vom',
  documents: 'gesetzentwurf, gesetzentwurfs, gesetzentwurfes, gesetz, gesetzes, entwurf, entwurfs, entwurfes, bericht, berichts, berichtes, verfassung',
};
