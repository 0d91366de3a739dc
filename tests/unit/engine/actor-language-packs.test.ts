import { describe, expect, it } from 'vitest';
import { prepareActors } from '../../../src/engine/actors/index.ts';
import { closedClassFor } from '../../../src/engine/lang/closed-class.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Health', confidence: 1, signals: [] };

function candidates(text: string, lang: string) {
  const article = articleFromText(text, { lang });
  return prepareActors(article, findQuoteSpans(article), POLICY).candidates;
}

const names = (text: string, lang: string) => candidates(text, lang).map((c) => c.actor.name);

describe('closed-class words come from the article\'s language pack', () => {
  it('a sentence-opening conjunction of the article\'s language is no part of a name', () => {
    const text = 'Embora Tavares tenha criticado o projeto, o governo manteve a proposta. Rui Tavares disse que o projeto é injusto.';
    expect(names(text, 'pt')).toEqual(['Rui Tavares']);
  });

  it('another language\'s closed-class words do not cut a name ("Con" is Spanish, not English)', () => {
    expect(names('Con Edison said it would raise rates next year.', 'en')).toContain('Con Edison');
  });

  it('each language has its own list, determiners included', () => {
    expect(closedClassFor('es').all.has('desde')).toBe(true);
    expect(closedClassFor('en').all.has('desde')).toBe(false);
    expect(closedClassFor('de-AT').determiners.has('eine')).toBe(true);
  });
});

describe('group actors', () => {
  it('a group named once but voicing a position is not penalised as a passing mention', () => {
    const critics = candidates('The council approved the ban on Tuesday. Critics argue that the ban hurts small shops.', 'en').find(
      (c) => c.actor.name === 'Critics',
    );
    expect(critics?.selection.once).toBeUndefined();
    expect(critics?.selection.groupVoiced).toBe(1);
  });

  it('a person named once is still a passing mention', () => {
    const person = candidates('The council approved the ban on Tuesday, Mara Quillon said.', 'en').find((c) => c.actor.name === 'Mara Quillon');
    expect(person?.selection.once).toBe(1);
  });

  it('"teachers" is the one group of teachers the article names', () => {
    const text = 'Valdorian teachers walked out on Monday over the pay deal. Teachers said the deal was unfair and vowed to strike again.';
    expect(names(text, 'en').filter((n) => /teachers/i.test(n))).toEqual(['Valdorian teachers']);
  });

  it('"X administration officials" speak for the X administration', () => {
    const text = 'The Okafor administration defended the tariff on Monday. Okafor administration officials said the tariff would stay.';
    const found = names(text, 'en');
    expect(found).toContain('Okafor administration');
    expect(found).not.toContain('Okafor administration officials');
  });
});

describe('actor vocabularies come from the article\'s language pack', () => {
  const roleOf = (text: string, lang: string, name: string) => candidates(text, lang).find((c) => c.actor.name === name)?.role ?? null;

  it('a role noun counts only in its own language', () => {
    expect(roleOf('Odile Varenne, députée socialiste, a critiqué la loi.', 'fr', 'Odile Varenne')).toBe('députée socialiste');
    expect(roleOf('Odile Varenne, députée socialiste, criticised the law.', 'en', 'Odile Varenne')).toBeNull();
  });

  it('group nouns of each language: German unions, Spanish teachers, English independent mayors', () => {
    expect(names('Die Gewerkschaften lehnen das Vorhaben ab, weil es Stellen kostet.', 'de')).toContain('Gewerkschaften');
    expect(names('Los docentes rechazaron la reforma el lunes.', 'es')).toContain('Docentes');
    expect(names('Several independent mayors said they would vote against the levy.', 'en')).toContain('Independent mayors');
  });

  it('a short first name of the article\'s language is the same person', () => {
    const text = 'Francisco Olmedo defendió la reforma. Paco Olmedo dijo después que la ley es justa.';
    expect(names(text, 'es')).toEqual(['Francisco Olmedo']);
  });

  it('a nationality after the body, in the article\'s language only', () => {
    expect(names('Le gouvernement belge a refusé le projet.', 'fr')).toContain('Gouvernement belge');
    expect(names('O governo peruano recusou o projeto.', 'pt')).toContain('Governo peruano');
  });
});

describe('names that are nobody', () => {
  it('a lone title or office is no actor, even when it speaks', () => {
    const text = 'Das Ministerium plant eine Reform. Der Minister sagte: „Wir prüfen den Plan sehr genau.“ Ein Sprecher sagte: „Wir warten ab, was kommt.“';
    expect(names(text, 'de')).toEqual(['Ministerium']);
  });

  it('a law, a work or an event is no person', () => {
    const text = 'La fiscal Rosa Quintal dijo que el Código Penal castiga el delito. Los sindicatos marcharon el Día del Trabajo.';
    const found = names(text, 'es');
    expect(found).toContain('Rosa Quintal');
    expect(found).not.toContain('Código Penal');
    expect(found).not.toContain('Día del Trabajo');
  });

  it('a body named after a preposition keeps its first word', () => {
    const found = candidates('El informe del Sistema Integrado de Gestión Pública llegó tarde.', 'es').map((c) => [c.actor.name, c.actor.kind]);
    expect(found).toContainEqual(['Sistema Integrado de Gestión Pública', 'organisation']);
  });
});

describe('what the stakeholder model sees of an actor', () => {
  const text = [
    'The council approved the parking levy on Tuesday.',
    'Mara Quillon, who leads the shopkeepers, said the parking levy would empty the high street.',
    'The mayor spoke with Quillon and the Harbour Code Committee.',
  ].join('\n');
  const article = articleFromText(text, { lang: 'en', title: 'Council approves parking levy' });
  const found = prepareActors(article, findQuoteSpans(article), POLICY).candidates;
  const selection = (name: string) => found.find((c) => c.actor.name === name)?.selection ?? {};

  it('a first name, and the share of mentions in sentences about the title\'s question', () => {
    const quillon = selection('Mara Quillon');
    expect(quillon.firstName).toBe(1);
    expect(quillon.issueShare).toBe(0.5);
    expect(selection('Harbour Code Committee').firstName).toBeUndefined();
  });
});
