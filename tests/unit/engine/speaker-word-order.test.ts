/**
 * Where each language puts the speaker, on sentences written for these tests:
 * the subject after the verb ("sagte Laura Denholm", "dijo Laura Denholm"),
 * "so die Ministerin" naming no one beyond its sentence, capitalised German
 * nouns that are no names, a paragraph ending in a colon that announces the
 * next one's quotation, and "said that X" where X is what was said.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './speaker-fixtures.ts';

/** Who the attribution rules finally name for the quote. */
function rulesPick(text: string, lang: string, quote = 0): string | undefined {
  return candidatesOf(text, lang, quote).find((c) => c.features.rule_final)?.label;
}

describe('the subject after the reporting verb speaks', () => {
  it('de: „Nachdem …, sagte Laura Denholm:“', () => {
    const text = 'Nachdem sie Jonas Weber im Hafen getroffen hatte, sagte Laura Denholm am Montag: „Die Fähre fährt ab Juni wieder jede Stunde zur Insel.“';
    expect(rulesPick(text, 'de')).toContain('Denholm');
  });
  it('de: a paragraph closing with „…, sagt Laura Denholm:“ announces the next one', () => {
    const text = 'Den Streit mit Jonas Weber könne man schnell beenden, sagt Laura Denholm vom Fährverein:\n\n„Die Fähre muss im Winter zweimal am Tag fahren, sonst ist die Insel abgeschnitten.“';
    expect(rulesPick(text, 'de')).toContain('Denholm');
  });
  it('es: “Tras reunirse con …, dijo Laura Denholm:”', () => {
    const text = 'Tras reunirse con Jonas Weber en el puerto, dijo Laura Denholm: “El transbordador saldrá cada hora desde junio.”';
    expect(rulesPick(text, 'es')).toContain('Denholm');
  });
  it('en: "said that X" makes X what was said, not who said it', () => {
    const text = 'Jo Kell, speaking on local radio, said that Laura Denholm "will lose the ferry vote next month".';
    expect(rulesPick(text, 'en')).toContain('Kell');
  });
});

describe('names that are no speakers', () => {
  it('de: „…“, so die Ministerin — names no one in the next sentence', () => {
    const text = '„Die Fähre fährt ab Juni wieder jede Stunde zur Insel“, so die Verkehrsministerin. Zugleich warnte Laura Denholm vor neuen Streiks.';
    expect(candidatesOf(text, 'de').filter((c) => c.features.rule_after)).toEqual([]);
  });
  it('de: a capitalised noun the article writes after an article is no lone name', () => {
    const text = 'Laura Denholm rief für Dienstag zu einer Kundgebung auf. Kundgebung hin oder her, sie bleibe dabei: „Wir brauchen einen Fahrplan für den ganzen Winter.“';
    expect(candidatesOf(text, 'de').map((c) => c.label)).not.toContain('Kundgebung');
  });
});

describe('a paragraph ending in a colon, with no reporting verb, announces its speaker', () => {
  it('en: the person it names first, not the addressee', () => {
    const text = 'Jo Kell wrote to the port about the winter timetable in April.\n\nThe reply of harbour master Laura Denholm to Jo Kell, dated 12 May:\n\n“The ferry will run every hour from June, weather permitting, and twice a day in winter.”';
    expect(rulesPick(text, 'en')).toContain('Denholm');
  });
  it('de: the person it names first, not the addressee', () => {
    const text = 'Jonas Weber hatte im April nach dem Winterfahrplan gefragt.\n\nAntwort der Hafenmeisterin Laura Denholm an Jonas Weber vom 12. Mai:\n\n„Die Fähre fährt ab Juni jede Stunde und im Winter zweimal am Tag zur Insel.“';
    expect(rulesPick(text, 'de')).toContain('Denholm');
  });
});
