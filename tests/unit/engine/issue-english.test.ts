import { describe, expect, it } from 'vitest';
import { englishIssue } from '../../../src/engine/issue/english.ts';
import type { Analysis } from '../../../src/engine/types.ts';
import { toRecord } from '../../../src/cli/analysis-record.ts';
import { issueF1 } from '../../../src/cli/scoring-issue.ts';

describe('the issue phrase in English', () => {
  it('leaves an English phrase as it is', () => {
    expect(englishIssue('a ban on jet skis in the bay', 'en')).toBe('a ban on jet skis in the bay');
  });

  it('turns measure words into English and carries names over', () => {
    const german = englishIssue('Stadtrat beschließt Verbot von Laubbläsern in Köln', 'de');
    expect(german.split(' ')).toEqual(expect.arrayContaining(['ban', 'Köln']));
    expect(german).not.toMatch(/beschließt|von/);
    const spanish = englishIssue('El Congreso aprueba la prohibición de las bolsas de plástico', 'es');
    expect(spanish).toMatch(/\bban\b/);
    expect(spanish).not.toMatch(/aprueba|prohibición/);
  });

  it('reads a several-word term as one ("projet de loi" is a bill)', () => {
    const french = englishIssue('Le Sénat rejette ce projet de loi visant les retraites', 'fr');
    expect(french).toMatch(/\bbill\b/);
    expect(french).not.toMatch(/projet|rejette/);
  });

  it('glosses each part of a hyphenated compound', () => {
    expect(englishIssue('Streit um das Airbnb-Verbot', 'de').split(' ')).toEqual(expect.arrayContaining(['Airbnb', 'ban']));
  });

  it('does not take a capitalised German common noun for a name', () => {
    expect(englishIssue('Neue Regeln für Menschen in Freiburg', 'de')).not.toMatch(/Menschen/);
    // A role the pack knows is a noun, however it is capitalised.
    expect(englishIssue('Sprecher und Botschafter loben Tempolimit in Bremen', 'de')).not.toMatch(/Sprecher|Botschafter/);
  });

  it('glosses the general vocabulary of policy in every language', () => {
    expect(englishIssue('höhere Renten und ein neuer Mindestlohn', 'de').split(' ')).toEqual(expect.arrayContaining(['pension', 'minimum', 'wage']));
    expect(englishIssue('subida del salario mínimo', 'es')).toMatch(/minimum wage/);
    expect(englishIssue('a reforma da previdência', 'pt').split(' ')).toEqual(expect.arrayContaining(['reform', 'pension']));
    expect(englishIssue('la réforme des retraites et le chômage', 'fr').split(' ')).toEqual(expect.arrayContaining(['pension', 'unemployment']));
  });

  it('glosses no word whose two senses fold into one spelling (a Forderung is a demand, a Förderung funding)', () => {
    expect(englishIssue('Gewerkschaft erneuert Forderung nach Tarifvertrag', 'de')).not.toMatch(/funding/);
  });

  it('glosses no word that is more often a verb form or another noun (participles, a court, a demand)', () => {
    const misreadings: [string, 'es' | 'pt' | 'fr', RegExp][] = [
      ['El alcalde ha tratado de frenar la subida de alquileres', 'es', /treaty/],
      ['La demanda de vivienda crece en Sevilla', 'es', /lawsuit/],
      ['O prefeito tinha tratado do assunto com a Corte de Contas', 'pt', /treaty|cuts/],
      ['Le ministre a accordé une aide et traité la question', 'fr', /agreement|treaty/],
    ];
    for (const [phrase, lang, wrong] of misreadings) expect(englishIssue(phrase, lang), phrase).not.toMatch(wrong);
  });

  it('keeps the phrase when nothing in it can be carried over', () => {
    expect(englishIssue('sobre todo esto', 'es')).toBe('sobre todo esto');
  });

  it('scores against an English gold phrase where the page-language phrase could not', () => {
    const phrase = 'Verbot von Feuerwerk in der Innenstadt';
    expect(issueF1(phrase, 'a fireworks ban in the city centre')).toBe(0);
    expect(issueF1(englishIssue(phrase, 'de'), 'a fireworks ban in the city centre')).toBeGreaterThan(0);
  });
});

describe('the CLI record', () => {
  it('writes the issue of a page in another language in English', () => {
    const analysis = {
      engineVersion: 'test',
      url: 'https://example.org/a',
      canonicalUrl: 'https://example.org/a',
      title: 'Verbot von Laubbläsern',
      siteName: null,
      lang: 'de',
      article: { isArticle: true, confidence: 1, reasons: [] },
      policy: { isPolicy: true, topic: 'Environment', confidence: 1, signals: [] },
      issue: 'Verbot von Laubbläsern',
      quotes: [],
      stakeholders: [],
      truncated: false,
    } as unknown as Analysis;
    expect(toRecord('a.html', analysis).issue).toMatch(/\bban\b/);
    expect(toRecord('a.html', { ...analysis, issue: null }).issue).toBeNull();
  });
});
