/**
 * Where speaker candidates come from, on sentences written for these tests in
 * each language: the context before a quote that stands alone, a quote
 * continued across paragraphs, pronouns, descriptions ("the minister", "the
 * ministry"), "according to", colon introductions and attributions in mid-quote.
 */
import { describe, expect, it } from 'vitest';
import { indexActors } from '../../../src/engine/actors/actors-index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { candidatesOfQuotes } from '../../../src/engine/attribution/index.ts';
import type { SpeakerCandidate } from '../../../src/engine/attribution/candidates.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';

function candidatesOf(text: string, lang: string): SpeakerCandidate[][] {
  const article = articleFromText(text, { lang });
  return candidatesOfQuotes(article, findQuoteSpans(article), indexActors(findMentions(article), article.text, article.lang));
}

/** The features of the candidate whose label contains `name`, for quote `quote`. */
function featuresOf(text: string, lang: string, name: string, quote = 0): Record<string, number> | undefined {
  return candidatesOf(text, lang)[quote]?.find((c) => c.label.includes(name))?.features;
}

describe('actors named before a quote that stands alone are its candidates', () => {
  const cases: [string, string, string][] = [
    ['en', 'Laura Denholm spoke to the council on Tuesday.\n\n“The ferry timetable will double next spring for every island.”', 'Denholm'],
    ['fr', 'Laura Denholm a pris la parole mardi devant le conseil.\n\n« Les horaires du bac doubleront au printemps prochain pour chaque île. »', 'Denholm'],
    ['de', 'Laura Denholm sprach am Dienstag vor dem Rat.\n\n„Der Fahrplan der Fähre wird sich im nächsten Frühjahr für jede Insel verdoppeln.“', 'Denholm'],
    ['es', 'Laura Denholm habló el martes ante el consejo.\n\n“El horario del transbordador se duplicará la próxima primavera en cada isla.”', 'Denholm'],
    ['pt', 'Laura Denholm falou na terça-feira perante o conselho.\n\n“O horário da balsa vai dobrar na próxima primavera em cada ilha.”', 'Denholm'],
  ];
  for (const [lang, text, name] of cases) {
    it(lang, () => {
      expect(featuresOf(text, lang, name)).toMatchObject({ recent: 1, recent_previous_paragraph: 1 });
    });
  }

  it('a quote continued across paragraphs keeps the previous speaker as a candidate, carried by the rules', () => {
    const text = [
      '“The ferry timetable will double next spring,” Laura Denholm said.',
      'The council will vote on the budget in May, after a public hearing.',
      '“Every island will have a boat in the morning and one at night.”',
    ].join('\n\n');
    expect(featuresOf(text, 'en', 'Denholm', 1)).toMatchObject({ rule_final: 1, recent: 1, recent_earlier_paragraph: 1 });
  });
});

describe('pronoun chains', () => {
  const cases: [string, string][] = [
    ['en', 'Laura Denholm met the island mayors.\n\n“Every island will keep its morning boat,” she said.'],
    ['fr', 'Laura Denholm a reçu les maires des îles.\n\n« Chaque île gardera son bateau du matin », a-t-elle déclaré.'],
    ['de', 'Laura Denholm traf die Bürgermeister der Inseln.\n\n„Jede Insel behält ihr Morgenboot“, sagte sie.'],
    ['es', 'Laura Denholm recibió a los alcaldes de las islas.\n\n“Cada isla mantendrá su barco de la mañana”, dijo ella.'],
    ['pt', 'Laura Denholm recebeu os prefeitos das ilhas.\n\n“Cada ilha vai manter o seu barco da manhã”, disse ela.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the woman named before is a candidate through the pronoun and as the recent actor`, () => {
      expect(featuresOf(text, lang, 'Denholm')).toMatchObject({ via_pronoun: 1, recent: 1 });
    });
  }
});

describe('descriptions and sources', () => {
  it('en: "the minister said" has the person named before as a candidate', () => {
    const text = 'Laura Denholm, the transport minister, toured the port.\n\n“The new quay opens in June for every ferry line,” the minister said.';
    expect(featuresOf(text, 'en', 'Denholm')).toMatchObject({ recent: 1, recent_previous_paragraph: 1 });
  });

  it('en: "In a statement, the ministry said" credits the ministry last named', () => {
    const text = 'The Ministry of Transport reviewed the ferry contracts this week.\n\nIn a statement, the ministry said: “No island will lose its service this winter.”';
    const found = candidatesOf(text, 'en')[0]?.find((c) => c.label.includes('Ministry of Transport'));
    expect(found?.features).toMatchObject({ recent: 1 });
  });

  it('en: "according to a spokesperson for the Commission" credits the Commission', () => {
    const text = 'The levy “will be reviewed before the summer season starts,” according to a spokesperson for the European Commission.';
    expect(featuresOf(text, 'en', 'European Commission')).toMatchObject({ rule_after: 1 });
  });

  it('fr: "selon" credits the source that follows', () => {
    const text = '« La taxe sera revue avant la saison d’été », selon Laura Denholm.';
    expect(featuresOf(text, 'fr', 'Denholm')).toMatchObject({ according_to: 1 });
  });

  it('es: "según" credits the source that follows', () => {
    const text = '“La tasa se revisará antes de la temporada de verano”, según Laura Denholm.';
    expect(featuresOf(text, 'es', 'Denholm')).toMatchObject({ according_to: 1 });
  });
});

describe('attributions around the quote', () => {
  it('de: "sagte Peter Vask der Zeitung" names the speaker, not the newspaper', () => {
    const text = '„Die Fähre fährt ab Juni wieder jede Stunde“, sagte Peter Vask der Zeitung.';
    const [quote] = candidatesOf(text, 'de');
    expect(quote?.find((c) => c.label === 'Peter Vask')?.features).toMatchObject({ follows_reporting_verb: 1, rule_after: 1 });
    expect(quote?.some((c) => c.label.includes('Zeitung') && c.features.rule_after)).toBe(false);
  });

  it('pt: a colon introduction credits the name before it', () => {
    const text = 'Laura Denholm foi clara: “O horário da balsa não vai mudar este ano.”';
    expect(featuresOf(text, 'pt', 'Denholm')).toMatchObject({ colon_introduces_quote: 1 });
  });

  it('en: an attribution in mid-quote credits both halves', () => {
    const text = '“The ferry timetable will double,” said Laura Denholm, “and every island will keep its morning boat.”';
    expect(featuresOf(text, 'en', 'Denholm', 0)).toMatchObject({ follows_reporting_verb: 1 });
    expect(featuresOf(text, 'en', 'Denholm', 1)).toMatchObject({ rule_before: 1, rule_final: 1, recent_same_paragraph: 1 });
  });
});

describe('the quote’s own attribution', () => {
  it('marks everyone else in the window when it names an unnamed source', () => {
    const text = 'Laura Denholm opened the hearing.\n"The ferry timetable will double for every island," one council clerk said.';
    expect(featuresOf(text, 'en', 'Denholm')).toMatchObject({ quote_has_unnamed_source: 1, attribution_names_other: 1 });
  });

  it('marks the others, not the named source, when it names someone', () => {
    const text = 'Laura Denholm opened the hearing.\n"The ferry timetable will double for every island," Peter Vask said.';
    expect(featuresOf(text, 'en', 'Vask')?.attribution_names_other).toBeUndefined();
    expect(featuresOf(text, 'en', 'Denholm')?.attribution_names_other).toBe(1);
  });

  it('marks no one when the quote stands alone', () => {
    const text = 'Laura Denholm spoke to the council on Tuesday.\n\n“The ferry timetable will double next spring for every island.”';
    expect(featuresOf(text, 'en', 'Denholm')?.attribution_names_other).toBeUndefined();
  });
});

describe('the context before a quote reaches two paragraphs back', () => {
  const cases: [string, string, string][] = [
    ['en', 'Laura Denholm spoke to the council on Tuesday.\n\nThe budget vote is due in May, after a public hearing.\n\n“The ferry timetable will double next spring for every island.”', 'Denholm'],
    ['es', 'Laura Denholm habló el martes ante el consejo.\n\nLa votación del presupuesto será en mayo, tras una audiencia pública.\n\n“El horario del transbordador se duplicará la próxima primavera en cada isla.”', 'Denholm'],
    ['de', 'Laura Denholm sprach am Dienstag vor dem Rat.\n\nDie Abstimmung über den Haushalt folgt im Mai nach einer Anhörung.\n\n„Der Fahrplan der Fähre wird sich im nächsten Frühjahr für jede Insel verdoppeln.“', 'Denholm'],
  ];
  for (const [lang, text, name] of cases) {
    it(lang, () => {
      expect(featuresOf(text, lang, name)).toMatchObject({ recent: 1, recent_earlier_paragraph: 1 });
    });
  }
});

describe('a title that ends a sentence names no one in the next', () => {
  it('de: „…“, so die Verkehrsministerin. Ein weiteres … has no person called “Ein”', () => {
    const text = '„Wir bauen zwei neue Anleger für die Fähren“, so die Verkehrsministerin. Ein weiteres Thema war der Fahrplan.';
    const names = findMentions(articleFromText(text, { lang: 'de' })).filter((m) => m.kind === 'person').map((m) => m.text);
    expect(names).not.toContain('Ein');
  });

  it('en: an abbreviated title still takes its dot ("Gov. Ana Ruiz")', () => {
    const text = '“The ferries will run all night,” said Gov. Ana Ruiz on Monday.';
    expect(findMentions(articleFromText(text, { lang: 'en' })).some((m) => m.kind === 'person' && m.text === 'Ana Ruiz' && m.title === 'Gov')).toBe(true);
  });
});
