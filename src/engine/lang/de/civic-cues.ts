import type { CivicCueWords } from '../civic-cues.ts';

/** German civic cues (see ../civic-cues.ts); compounds match by their ends. */
export const CIVIC_CUES_DE: CivicCueWords = {
  authorities: `
    regierung* *regierung minister* *minister *ministerin *ministerium bundestag* landtag* parlament* abgeordnete*
    kanzler* *kanzler *kanzlerin bundesrat* behorde* *behorde gericht *gericht gerichte* richter* staatsanwalt*
    burgermeister* *burgermeister stadtrat* gemeinderat* kommission *kommission ausschuss* *ausschuss senat*
    prasident* *prasident *prasidentin politiker* *politiker politisch* politik *politik partei* *partei fraktion*
    koalition* opposition* wahl wahlen *wahlen wahlkampf* wahler* kandidat* botschafter* diplomat* verwaltung*
    beamte* staatlich* bundeswehr eu gipfel* *gipfel un uno un-* nato
  `,
  measures: `
    gesetz gesetze gesetzes *gesetz *gesetze *gesetzes gesetzentwurf* gesetzgeb* verbot* *verbot *verbote steuer*
    *steuer *steuern abgabe* zoll* *zolle verordnung* *verordnung richtlinie* *richtlinie regelung* *regelung
    vorschrift* *vorschrift sanktion* subvention* haushalt* *haushalt reform* *reform urteil* *urteil beschluss*
    *beschluss abkommen *abkommen novelle *novelle volksabstimmung* referendum* verfassung* paragraf* paragraph*
  `,
  decisions: `
    beschlie* beschloss* verabschied* abstimm* abgestimmt stimmten verbiet* genehmig* zustimm* klage* *klage klagt*
    verklag* gewahlt wahlte* ernann* unterzeichn* ratifiz* aufheb* aufgehoben verhandl* fordert fordern forderung*
    protest* demonstr* petition* vorgeschlag* vorschlag* regulier* erlass* verhang* angeordnet anordn*
  `,
};
