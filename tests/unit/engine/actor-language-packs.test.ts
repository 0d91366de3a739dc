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
