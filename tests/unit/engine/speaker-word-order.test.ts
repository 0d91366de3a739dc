/**
 * Where each language puts the speaker, on sentences written for these tests:
 * the subject after the verb ("sagte Laura Denholm", "dijo Laura Denholm"),
 * "so die Ministerin" naming no one beyond its sentence, capitalised German
 * nouns that are no names, a paragraph ending in a colon that announces the
 * next one's quotation, "said that X" where X is what was said, German names
 * with no known first name, an organisation's unnamed spokesperson, and an
 * embedded tweet's signature.
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
  it('pt: a name after a preposition is no subject: “Laura Denholm, depois do encontro com Jonas Weber no porto, afirmou …”', () => {
    const text = 'Laura Denholm, depois do encontro com Jonas Weber no porto, afirmou: “A balsa volta a sair de hora em hora a partir de junho.”';
    expect(rulesPick(text, 'pt')).toContain('Denholm');
  });
  it('en: a name after a preposition is no subject: "Laura Denholm, after talks with Jonas Weber at the harbour, said …"', () => {
    const text = 'Laura Denholm, after talks with Jonas Weber at the harbour, said: "The ferry will run every hour from June."';
    expect(rulesPick(text, 'en')).toContain('Denholm');
  });
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

describe('German names without a known first name', () => {
  it('a name pair with no known first name still speaks through "sie"', () => {
    const text = 'Wiebke Ostervald-Brink leitet seit Mai den Fährverband der Inseln.\n\nOstervald-Brink sprach am Dienstag vor dem Rat. „Jede Insel behält ihr Morgenboot“, sagte sie.';
    expect(rulesPick(text, 'de')).toContain('Ostervald-Brink');
  });
  it('a capitalised pair after an article is a noun phrase, even if its first word is a first name elsewhere', () => {
    const text = 'Gerüchte über den Tod Kells machten die Runde. „Es gibt keine Hinweise auf eine Erkrankung“, teilte das Präsidialamt mit.';
    expect(candidatesOf(text, 'de').map((c) => c.label)).not.toContain('Tod Kells');
  });
});

describe('an organisation speaks through its unnamed spokesperson', () => {
  it('de: „…“, so ein Sprecher — the company named before', () => {
    const text = 'Der Fährkonzern Nordlicht bestätigte den Ausfall. „Alle Fahrten am Montag fallen wegen des Sturms aus“, so ein Sprecher.';
    expect(rulesPick(text, 'de')).toContain('Nordlicht');
  });
  it('de: „…“, teilte der Konzern-Sprecher mit — a hyphenated compound is its last part', () => {
    const text = 'Der Fährbetreiber Nordlicht bestätigte den Ausfall. „Alle Fahrten am Montag fallen wegen des Sturms aus“, teilte der Konzern-Sprecher mit.';
    expect(rulesPick(text, 'de')).toContain('Nordlicht');
  });
  it('en: "…," a spokesperson said — the body named before', () => {
    const text = 'The Harbour Authority closed the pier on Monday. “Every crossing on Monday is cancelled because of the storm,” a spokesperson said.';
    expect(rulesPick(text, 'en')).toContain('Harbour Authority');
  });
});

describe('an embedded tweet is signed after its text', () => {
  it('in the quote’s own paragraph', () => {
    const text = 'The mayor answered online.\n\nPort update: "Every crossing on Monday is cancelled because of the storm." — Laura Denholm 🌊 (@ldenholm) May 2, 2021';
    expect(candidatesOf(text, 'en').find((c) => c.features.rule_tweet)?.label).toContain('Denholm');
  });
  it('named by its signature when no name is found there', () => {
    const text = 'The ministry answered online.\n\n"Every crossing on Monday is cancelled because of the storm."\n\n— Lisbon Ferries 🌊 (@lisbonferries) May 2, 2021';
    expect(candidatesOf(text, 'en').find((c) => c.features.rule_tweet)?.label).toBe('Lisbon Ferries');
  });
  it('several short paragraphs later', () => {
    const text = 'The mayor answered online.\n\n"Every crossing on Monday is cancelled because of the storm."\n\nThe pier stays closed.\n\n— Laura Denholm (@ldenholm) May 2, 2021';
    expect(candidatesOf(text, 'en').find((c) => c.features.rule_tweet)?.label).toContain('Denholm');
  });
});

describe('a body that completes a role names its holder, not the speaker', () => {
  it('es: “…”, dijo el presidente de la Autoridad Portuaria — the person who holds that office', () => {
    const text = 'Ramiro Solís, presidente de la Autoridad Portuaria, visitó el muelle el lunes. “Cada isla mantendrá su barco de la mañana”, dijo el presidente de la Autoridad Portuaria.';
    expect(rulesPick(text, 'es')).toContain('Solís');
  });
  it('de: a date’s ordinal does not end the sentence that announces the quote', () => {
    const text = 'Jonas Weber hatte im April gefragt.\n\nAntwort der Hafenmeisterin Laura Denholm vom 12. Mai:\n\n„Die Fähre fährt ab Juni jede Stunde und im Winter zweimal am Tag zur Insel.“';
    expect(rulesPick(text, 'de')).toContain('Denholm');
  });
});
