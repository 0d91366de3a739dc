/**
 * Evidence the speaker model weighs, on sentences written for these tests:
 * reporting verbs of each language's pack, and names no actor claims looked
 * back at before a quote that stands alone.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './speaker-fixtures.ts';

function featuresOf(text: string, lang: string, name: string, quote = 0): Record<string, number> | undefined {
  return candidatesOf(text, lang, quote).find((c) => c.label.includes(name))?.features;
}

describe('reporting verbs of each language pack link the speaker to the quote', () => {
  const cases: [string, string][] = [
    ['de', '„Die Fähre fährt ab Juni wieder jede Stunde“, versicherte Laura Denholm am Montag.'],
    ['es', '“El transbordador saldrá cada hora desde junio”, recalcó Laura Denholm el lunes.'],
    ['pt', '“A balsa vai sair de hora em hora a partir de junho”, sustentou Laura Denholm na segunda-feira.'],
    ['fr', '« Le bac partira toutes les heures dès juin », rétorque Laura Denholm lundi.'],
    ['en', '“The ferry will leave every hour from June,” Laura Denholm retorted on Monday.'],
  ];
  for (const [lang, text] of cases) {
    it(lang, () => {
      expect(featuresOf(text, lang, 'Denholm')).toMatchObject({ rule_after: 1 });
    });
  }
});

describe('names no actor claims, named before a quote that stands alone', () => {
  it('en: a one-word company named in the paragraph before is a candidate', () => {
    const text = 'On Monday, Harbourline cut two crossings from its winter timetable.\n\n“Every island keeps a morning boat and an evening boat until March.”';
    expect(featuresOf(text, 'en', 'Harbourline')).toMatchObject({ recent: 1, kind_lone_name: 1, recent_previous_paragraph: 1 });
  });
});

describe('a statement and the body that issued it, with no reporting verb', () => {
  const cases: [string, string, string][] = [
    ['en', '"The southern harbours will close for two weeks of dredging works," a statement from the Harbour Authority read.', 'Harbour Authority'],
    ['de', '„Die Häfen im Süden schließen für zwei Wochen“, steht in einer Mitteilung der Hafenbehörde.', 'Hafenbehörde'],
    ['es', '“Los puertos del sur cerrarán dos semanas por obras de dragado”, reza un comunicado del Ministerio de Obras Públicas.', 'Ministerio de Obras Públicas'],
    ['pt', '“Os portos do sul vão fechar por duas semanas”, diz uma nota do Ministério dos Transportes.', 'Ministério dos Transportes'],
  ];
  for (const [lang, text, issuer] of cases) {
    it(lang, () => {
      expect(featuresOf(text, lang, issuer)).toMatchObject({ rule_after: 1, issues_statement: 1 });
    });
  }
});
