import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/engine/analyze.ts';
import { issueCandidates } from '../../../src/engine/issue/candidates.ts';
import { issuePhrase } from '../../../src/engine/issue/index.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Transportation', confidence: 0.9, signals: [] };
const NOT_POLICY: PolicyVerdict = { isPolicy: false, topic: null, confidence: 0.9, signals: [] };

function sourceOf(title: string, body: string, lang = 'en') {
  return { ...articleFromText(body, { lang }), title };
}

describe('issue phrase', () => {
  const title = 'Harbour town votes on a ban on jet skis in the bay, mayor says';
  const body =
    'Councillors in the harbour town will vote next week on a ban on jet skis in the bay. The mayor says the ban is needed after complaints about noise, while rental firms say the jet skis bring tourists and that a ban would cost jobs.';

  it('builds candidates around measure words, ending at a reporting verb', () => {
    const texts = issueCandidates(sourceOf(title, body)).map((c) => c.text);
    expect(texts).toContain('a ban on jet skis in the bay');
    expect(texts.some((t) => /says/.test(t))).toBe(false);
  });

  it('does not take what follows a reporting verb for the question: an opinion is not the question', () => {
    const lede = 'The assembly approved the river toll on Friday; the mayor said the outcome was fair to everyone.\nThe toll starts in June.';
    expect(issuePhrase(sourceOf('Assembly approves river toll', lede), POLICY)).not.toMatch(/fair/);
  });

  it('offers a whole lede sentence only up to where its reported speech starts', () => {
    const lede = 'The assembly approved the river toll for delivery vans on Friday; the mayor said the outcome was fair to everyone.\nThe toll starts in June.';
    const texts = issueCandidates(sourceOf('Assembly approves river toll', lede)).map((c) => c.text);
    expect(texts).toContain('The assembly approved the river toll for delivery vans on Friday');
    expect(texts.some((t) => /mayor said the outcome/.test(t))).toBe(false);
  });

  it('leaves reference marks out of a candidate', () => {
    const lede = 'The county board capped parking fees at the hospital for night-shift nurses [4]. Nurses had asked for the cap.';
    const texts = issueCandidates(sourceOf('County board caps hospital parking fees [2]', lede)).map((c) => c.text);
    expect(texts).toContain('County board caps hospital parking fees');
    expect(texts).toContain('The county board capped parking fees at the hospital for night-shift nurses');
    expect(texts.some((t) => /\[/.test(t))).toBe(false);
    expect(issuePhrase(sourceOf('County board caps hospital parking fees [2]', lede), POLICY)).not.toMatch(/\d/);
  });

  it('takes the headline without the site’s name', () => {
    const lede = 'Lawmakers voted to cap rents in the capital for three years, the first such limit in the country.';
    const texts = issueCandidates(sourceOf('Lawmakers cap rents in the capital | The Weekly Ledger', lede)).map((c) => c.text);
    expect(texts).toContain('Lawmakers cap rents in the capital');
    expect(texts.some((t) => /Ledger/.test(t))).toBe(false);
  });

  it('picks the phrase about the measure for a policy article', () => {
    expect(issuePhrase(sourceOf(title, body), POLICY)).toMatch(/ban on jet skis/);
  });

  it('is null for a page that is not about policy', () => {
    expect(issuePhrase(sourceOf(title, body), NOT_POLICY)).toBeNull();
    expect(issuePhrase(sourceOf(title, body), null)).toBeNull();
  });

  it('uses the measure words of the article’s language', () => {
    const texts = issueCandidates(
      sourceOf('Stadtrat stimmt über Verbot von Laubbläsern ab', 'Der Stadtrat stimmt am Dienstag über ein Verbot von Laubbläsern in Wohngebieten ab, das Anwohner seit Jahren fordern.', 'de'),
    ).map((c) => c.text);
    expect(texts.some((t) => t.startsWith('Verbot von Laubbläsern'))).toBe(true);
  });
});

describe('issue of the user’s sample article', () => {
  // The whole analysis of a real-size page under jsdom: slow on a busy machine, hence the generous limit.
  it('states the Taliban delegation to Brussels and the migrant returns it comes about', () => {
    const html = readFileSync(new URL('../../fixtures/site/eu-taliban-brussels.html', import.meta.url), 'utf8');
    const dom = new JSDOM(html, { url: 'https://example.org/eu-taliban-brussels' });
    const analysis = analyzeDocument(dom.window.document, 'https://example.org/eu-taliban-brussels');
    expect(analysis.policy.isPolicy).toBe(true);
    expect(analysis.issue).toMatch(/Taliban/);
    expect(analysis.issue).toMatch(/Brussels/);
    expect(analysis.issue).toMatch(/migrant/);
    expect(analysis.issue).toMatch(/return/);
  }, 60_000);
});
