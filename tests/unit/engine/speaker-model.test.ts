/**
 * The speaker model's candidates and features, on sentences written for these
 * tests: each feature that decides attributions fires where it should, the
 * reporting words come from the article's language only, the fitted model
 * picks the speaker, and a trace explains the pick.
 */
import { describe, expect, it } from 'vitest';
import { indexActors } from '../../../src/engine/actors/actors-index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { analyzeReading } from '../../../src/engine/analyze.ts';
import { candidatesOfQuotes } from '../../../src/engine/attribution/index.ts';
import type { SpeakerCandidate } from '../../../src/engine/attribution/candidates.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PageReading } from '../../../src/engine/types.ts';

function candidatesOf(text: string, lang = 'en'): SpeakerCandidate[][] {
  const article = articleFromText(text, { lang });
  const spans = findQuoteSpans(article);
  return candidatesOfQuotes(article, spans, indexActors(findMentions(article), article.text, article.lang));
}

function featuresOf(text: string, label: string, quote = 0, lang = 'en'): Record<string, number> {
  const found = candidatesOf(text, lang)[quote]?.find((c) => c.label === label);
  expect(found, `candidate ${label}`).toBeDefined();
  return found?.features ?? {};
}

function reading(text: string, lang = 'en'): PageReading {
  const article = articleFromText(text, { lang });
  return {
    url: 'https://news.example/a',
    canonicalUrl: 'https://news.example/a',
    title: '',
    siteName: null,
    lang,
    article: { isArticle: true, confidence: 1, reasons: [] },
    policy: { isPolicy: true, topic: 'Transportation', confidence: 1, signals: [] },
    text: article,
  };
}

const speakers = (text: string, lang = 'en') => analyzeReading(reading(text, lang)).quotes.map((q) => [q.text, q.speaker]);

describe('speaker candidates and their features', () => {
  it('the subject of the reporting verb after the quote', () => {
    const f = featuresOf('“The new tram line will cut our commute by half,” Laura Denholm said on Friday.', 'Laura Denholm');
    expect(f).toMatchObject({ subject_of_reporting_verb: 1, rule_after: 1, kind_person: 1 });
    // Side, distance and sentence are no features: the rules and the verb's subject say it.
    expect(f.same_sentence).toBeUndefined();
  });

  it('a name right after the verb ("said X")', () => {
    const f = featuresOf('“The depot should close by winter,” said Peter Vask, a council engineer.', 'Peter Vask');
    expect(f.follows_reporting_verb).toBe(1);
  });

  it('the listener after "told" is marked as addressee, not speaker', () => {
    const f = featuresOf('“We will not raise the fares this year,” Laura Denholm told Peter Vask.', 'Peter Vask');
    expect(f.addressee_of_verb).toBe(1);
    expect(f.subject_of_reporting_verb).toBeUndefined();
  });

  it('"according to" credits the source that follows', () => {
    const f = featuresOf('“The bridge repairs will take three more years,” according to Laura Denholm.', 'Laura Denholm');
    expect(f.according_to).toBe(1);
  });

  it('a colon introduces the quote of the name before it', () => {
    const f = featuresOf('Peter Vask put it plainly: “We cannot pay for both tunnels at once.”', 'Peter Vask');
    expect(f).toMatchObject({ colon_introduces_quote: 1 });
  });

  it('a name after a preposition is marked as an object', () => {
    const f = featuresOf('In a letter to Peter Vask, Laura Denholm wrote: “The buses must run every ten minutes.”', 'Peter Vask');
    expect(f.after_preposition).toBe(1);
  });

  it('a pronoun is a candidate for the actor it stands for', () => {
    const text = 'Laura Denholm runs the transit board.\n“Ridership has doubled since the spring,” she said.';
    expect(featuresOf(text, 'Laura Denholm')).toMatchObject({ via_pronoun: 1, subject_of_reporting_verb: 1 });
  });

  it('the previous quote’s speaker is a candidate of the next quote in the paragraph', () => {
    const text = '“The fares stay frozen,” Laura Denholm said. “And the night buses return in May.”';
    expect(featuresOf(text, 'Laura Denholm', 1)).toMatchObject({ rule_before: 1, rule_final: 1, recent_same_paragraph: 1 });
  });

  it('reporting words come from the article’s language only', () => {
    // "selon" credits a source in French, not in an English article.
    const french = '« Le tramway sera prêt en juin », selon Laura Denholm.';
    expect(featuresOf(french, 'Laura Denholm', 0, 'fr').according_to).toBe(1);
    expect(candidatesOf(french.replace('selon', 'said'), 'fr')[0]?.find((c) => c.label === 'Laura Denholm')?.features.follows_reporting_verb).toBeUndefined();
    expect(candidatesOf(french, 'en')[0]?.find((c) => c.label === 'Laura Denholm')?.features.according_to).toBeUndefined();
  });
});

describe('the fitted speaker model', () => {
  it('names the speaker after, before and through a pronoun', () => {
    const text = [
      '“The tram line will cut our commute by half,” Laura Denholm said on Friday.',
      'Peter Vask, a council engineer, disagreed: “The budget covers only the first section of the line.”',
      'Laura Denholm has run the transit board since 2019.',
      '“We will find the rest of the money,” she said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['The tram line will cut our commute by half', 'Laura Denholm'],
      ['The budget covers only the first section of the line.', 'Peter Vask'],
      ['We will find the rest of the money', 'Laura Denholm'],
    ]);
  });

  it('names nobody when nobody is named near the quote', () => {
    expect(speakers('The night was cold and the platform was empty.\n“Nothing will change without new money for the buses.”')).toEqual([
      ['Nothing will change without new money for the buses.', null],
    ]);
  });

  it('explains each pick in the trace: candidates, scores, feature contributions', () => {
    const analysis = analyzeReading(reading('“The fares stay frozen this year,” Laura Denholm told Peter Vask.'), {}, { trace: true });
    const entry = analysis.trace?.find((e) => e.stage === 'speaker');
    expect(entry?.subject).toContain('The fares stay frozen');
    const chosen = entry?.candidates.find((c) => c.chosen);
    expect(chosen?.label).toBe('Laura Denholm');
    expect(chosen?.contributions.some((c) => c.feature === 'subject_of_reporting_verb' && c.weight > 0)).toBe(true);
    expect(entry?.candidates.map((c) => c.label)).toContain('Peter Vask');
    // Without a request, no trace is carried.
    expect(analyzeReading(reading('“The fares stay frozen this year,” Laura Denholm said.')).trace).toBeUndefined();
  });
});
