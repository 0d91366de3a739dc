import { describe, expect, it } from 'vitest';
import { bylineAuthor, firstPersonSignals } from '../../../src/engine/actors/byline-author.ts';
import { prepareActors } from '../../../src/engine/actors/index.ts';
import { filedAs } from '../../../src/engine/extract/filed-as.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import { sentenceSpans } from '../../../src/engine/text/sentence-spans.ts';
import type { ArticleText, PolicyVerdict } from '../../../src/engine/types.ts';
import { docOf, newsPage } from './page-fixtures.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Transportation', confidence: 1, signals: [] };
const COLUMN = [
  'I have watched the harbour ferry levy grow for three years, and I oppose the new increase.',
  'The council says the levy pays for new boats. "The money is needed for the fleet," said Councillor Odile Brannagh.',
  'We should not ask commuters to pay twice for a service our taxes already fund.',
].join('\n');

function article(text: string, meta: Partial<ArticleText>): ArticleText {
  return articleFromText(text, { lang: 'en', ...meta });
}

describe('how a page files itself', () => {
  it('keeps its schema types, its section and its address segments', () => {
    expect(filedAs(['https://paper.example/opinion/2031/ferry-levy'], 'Opinion', ['OpinionNewsArticle'])).toEqual(['OpinionNewsArticle', 'Opinion', 'opinion', '2031', 'ferry-levy']);
  });

  it('an address that is no URL files nothing', () => {
    expect(filedAs(['not a url', ''], null, [])).toEqual([]);
  });

  it('a page read from its HTML carries its section', () => {
    const html = newsPage({ title: 'Ferry levy', head: '<meta property="article:section" content="Commentary">', paragraphs: [COLUMN.replace(/\n/g, ' ').repeat(3)] });
    expect(readPage(docOf(html), 'https://paper.example/ferry-levy').text?.filedAs).toContain('Commentary');
  });
});

describe('the byline author of an opinion piece', () => {
  it('is the byline\'s person when the page files itself as opinion', () => {
    const author = bylineAuthor(article(COLUMN, { byline: 'By Marit Ostwalden, contributing writer', filedAs: ['opinion'] }), []);
    expect(author?.name).toBe('Marit Ostwalden');
    expect(author?.firstPersonRate).toBeGreaterThan(50);
  });

  it('is nobody on a news report, whatever its byline', () => {
    expect(bylineAuthor(article(COLUMN, { byline: 'By Marit Ostwalden', filedAs: ['news', 'NewsArticle'] }), [])).toBeNull();
  });

  it('is nobody when the byline names no person', () => {
    expect(bylineAuthor(article(COLUMN, { byline: null, filedAs: ['OpinionNewsArticle'] }), [])).toBeNull();
  });

  it('counts "I" and "we" outside quotations only, and no acronym', () => {
    const quoted = article('"I think we will win, and I say so," said the mayor. The US rejected it.', { byline: 'Marit Ostwalden', filedAs: ['opinion'] });
    expect(bylineAuthor(quoted, findQuoteSpans(quoted))?.firstPersonRate).toBe(0);
  });

  it('the language pack decides the first person and the opinion section', () => {
    const text = 'Ich halte die neue Fährabgabe für falsch, und wir sollten sie ablehnen.';
    const de = articleFromText(text, { lang: 'de', byline: 'Von Andreas Ostwalden', filedAs: ['meinung'] });
    expect(bylineAuthor(de, [])?.firstPersonRate).toBeGreaterThan(0);
    expect(bylineAuthor({ ...de, filedAs: ['opinion'] }, [])).toBeNull();
  });

  it('states the cues of the first-person sentences, not those of quotations or of others', () => {
    const a = article(COLUMN, { byline: 'Marit Ostwalden', filedAs: ['opinion'] });
    const sentences = sentenceSpans(a, a.text.length);
    const hits = sentences.map((s) => stanceHits(a.text, s.start, s.end, a.lang));
    const signals = firstPersonSignals(a, sentences, hits, findQuoteSpans(a), 99);
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((s) => s.actor === 99 && s.sentence !== 1 && s.sentence !== 2)).toBe(true);
  });

  it('becomes a stakeholder candidate though the text never names them', () => {
    const a = article(COLUMN, { byline: 'By Marit Ostwalden', filedAs: ['OpinionNewsArticle'] });
    const author = prepareActors(a, findQuoteSpans(a), POLICY).candidates.find((c) => c.actor.name === 'Marit Ostwalden');
    expect(author?.selection.byline).toBe(1);
    expect(author?.selection.stating).toBe(1);
    expect(author?.actor.mentions).toEqual([]);
  });

  it('a report\'s journalist stays out of the candidates', () => {
    const a = article(COLUMN, { byline: 'By Marit Ostwalden', filedAs: ['news'] });
    expect(prepareActors(a, findQuoteSpans(a), POLICY).candidates.some((c) => c.actor.name === 'Marit Ostwalden')).toBe(false);
  });
});
