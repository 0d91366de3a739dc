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
};

/** Frequent German nouns: capitalised like names, but no name to carry over into the English phrase. */
export const COMMON_NOUNS_DE =
  'mensch menschen leute jahr jahre jahren monat monate woche wochen tag tage tagen zeit zahl zahlen teil ende anfang beginn frage fragen antwort seite seiten fall falle grund gründe art weise welt land länder stadt städte ort haus hand kopf blick weg ziel ziele problem probleme lage situation thema themen punkt bereich ergebnis ergebnisse prozent million millionen milliarde milliarden euro dollar mal'.split(' ');
