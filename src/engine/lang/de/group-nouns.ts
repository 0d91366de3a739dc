import type { GroupNounWords } from '../group-nouns.ts';

/** German nouns for collective actors, lower case. */
export const GROUP_NOUNS: GroupNounWords = {
  nouns: `
    aktivisten aktivistinnen kritiker kritikerinnen gegner befürworter unterstützer gewerkschaften anwohner
    politiker experten demonstranten verbände behörden diplomaten abgeordnete landwirte bauern ärzte
    ärztinnen eltern studierende arbeitgeber beschäftigte wähler ökonomen wissenschaftler forscher anwälte
    unternehmen mieter vermieter flüchtlinge migranten umweltschützer lehrkräfte pflegekräfte opposition
    parteien fraktionen kommunen gemeinden abgeordneten beschäftigten angestellten beamten studierenden
  `,
  // Nouns made of adjectives take "-en" after the definite article: "die Abgeordneten" are those of the article,
  // while "Abgeordnete" alone needs a qualifier.
  needQualifier: 'politiker verbände behörden abgeordnete unternehmen beschäftigte',
  phrases: ['zivilgesellschaft', 'internationale gemeinschaft'],
  opposing: 'kritiker kritikerinnen gegner demonstranten',
  supporting: 'befürworter unterstützer',
  campaigning: 'aktivisten aktivistinnen demonstranten',
  qualifiers: `
    lokale örtliche regionale kommunale konservative konservativen liberale liberalen grüne grünen
    sozialdemokratische sozialdemokratischen christdemokratische christdemokratischen europäische
    europäischen internationale internationalen unabhängige unabhängigen
  `,
  parties: '',
  quantifiers: 'viele einige andere mehrere',
};
