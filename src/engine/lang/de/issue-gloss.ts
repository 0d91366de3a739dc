/**
 * German measure and decision words in English, for the English issue
 * phrase (src/engine/issue/english.ts); the topic cues cover the policy
 * fields. Keys folded (lower case, no accents); `stem*`, `*end` as in the
 * topic cues.
 */
export const ISSUE_GLOSS_DE: Readonly<Record<string, string>> = {
  'verbot*': 'ban', '*verbot': 'ban', 'gesetzentwurf*': 'draft law', 'abkommen': 'agreement', 'vereinbarung*': 'agreement', 'vertrag': 'treaty',
  'sanktion*': 'sanctions', 'zoll': 'tariff', 'zolle': 'tariffs', 'einladung*': 'invitation', 'gesprache': 'talks', 'verhandlung*': 'negotiations',
  'plan': 'plan', 'plane': 'plans', 'regelung*': 'rules', 'verordnung*': 'regulation',
  'klage*': 'lawsuit', 'urteil*': 'ruling', 'programm*': 'programme', '*programm': 'programme', 'anklage*': 'charges', 'ermittlung*': 'investigation',
  'massnahme*': 'measures', 'maßnahme*': 'measures', 'obergrenze*': 'cap', 'erhohung*': 'increase', 'senkung*': 'cut', 'kurzung*': 'cuts',
  'abschaffung*': 'abolition', 'einfuhrung*': 'introduction', 'verlangerung*': 'extension', 'verschiebung*': 'postponement', 'beschluss*': 'decision',
  'entscheidung*': 'decision', 'genehmigung*': 'approval', 'ernennung*': 'appointment', 'stopp': 'stop', '*stopp': 'stop', 'subvention*': 'subsidy',
  // Places and peoples as an English reader writes them.
  'deutschland': 'Germany', 'deutsche': 'German', 'deutschen': 'German', 'deutscher': 'German', 'deutsches': 'German', 'frankreich': 'France',
  'spanien': 'Spain', 'italien': 'Italy', 'grossbritannien': 'Britain', 'vereinigte staaten': 'US', 'russland': 'Russia', 'turkei': 'Turkey',
  'griechenland': 'Greece', 'osterreich': 'Austria', 'schweiz': 'Switzerland', 'polen': 'Poland', 'tschechien': 'Czech Republic', 'ungarn': 'Hungary',
  'niederlande': 'Netherlands', 'belgien': 'Belgium', 'danemark': 'Denmark', 'schweden': 'Sweden', 'norwegen': 'Norway', 'brasilien': 'Brazil',
  'mexiko': 'Mexico', 'agypten': 'Egypt', 'syrien': 'Syria', 'irak': 'Iraq', 'libyen': 'Libya', 'europa': 'Europe', 'afrika': 'Africa',
  'sudkorea': 'South Korea', 'indien': 'India', 'kanada': 'Canada', 'tunesien': 'Tunisia', 'marokko': 'Morocco', 'brexit': 'Brexit',
  // Broad measure and action nouns.
  'entwurf': 'draft', 'entwurfe': 'drafts', 'hilfe': 'aid', 'hilfen': 'aid', 'unterstutzung*': 'support', 'rucktritt*': 'resignation', 'abstimmung*': 'vote',
  'anhorung*': 'hearing', 'streik*': 'strike', 'proteste': 'protests', 'protest': 'protest', 'aufnahme*': 'admission', 'abschiebung*': 'deportation',
  'finanzierung*': 'funding', 'forderprogramm*': 'funding programme', 'reform': 'reform', 'reformen': 'reforms', 'angriff*': 'attack', 'schutz': 'protection',
};

/** Frequent German nouns: capitalised like names, but no name to carry over into the English phrase. */
export const COMMON_NOUNS_DE =
  'mensch menschen leute jahr jahre jahren monat monate woche wochen tag tage tagen zeit zahl zahlen teil ende anfang beginn frage fragen antwort seite seiten fall falle grund gründe art weise welt land länder stadt städte ort haus hand kopf blick weg ziel ziele problem probleme lage situation thema themen punkt bereich ergebnis ergebnisse prozent million millionen milliarde milliarden euro dollar mal'.split(' ');

/** Endings of German common nouns and their plurals (folded): "-ung", "-heit", "-keit", "-schaft", "-tion", "-ismus", "-nis". */
export const COMMON_NOUN_ENDINGS_DE = 'ung ungen heit heiten keit keiten schaft schaften tion tionen tat taten ismus nis nisse tum tumer'.split(' ');
