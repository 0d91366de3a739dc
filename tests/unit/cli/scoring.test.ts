import { describe, expect, it } from 'vitest';
import {
  isNamedSpeaker,
  matchQuotes,
  nameMatches,
  normaliseQuoteText,
  scorePage,
  sourceOf,
  totalsBy,
  totalsOf,
  wordF1,
  type GoldPage,
} from '../../../src/cli/scoring.ts';

describe('quote normalisation and matching', () => {
  it('normalises entities, invisible characters, spaces and outer punctuation', () => {
    expect(normaliseQuoteText('  &ldquo;Oka\u00ADfor&nbsp;won,\u200B&rdquo; ')).toBe('Okafor won');
    expect(normaliseQuoteText('e\u0301te\u0301')).toBe('été');
    expect(normaliseQuoteText('&#8220;Yes&#x201D;')).toBe('Yes');
  });

  it('computes word-level F1', () => {
    expect(wordF1('We will not back down', 'we will NOT back down.')).toBe(1);
    expect(wordF1('one two three four five', 'one two three four')).toBeCloseTo(8 / 9);
    expect(wordF1('', 'anything')).toBe(0);
  });

  it('matches one to one, best pairs first, at F1 ≥ 0.8', () => {
    const gold = ['the plan will fail the workers', 'we cannot wait any longer to act'];
    const predicted = ['we cannot wait any longer to act', 'the plan will fail the workers today', 'the plan will fail the workers'];
    expect(matchQuotes(predicted, gold).sort()).toEqual([
      [0, 1],
      [2, 0],
    ]);
    expect(matchQuotes(['completely different words here'], gold)).toEqual([]);
  });
});

describe('names', () => {
  it('accepts a surname or a titled surname for a person', () => {
    expect(nameMatches('Prévot', 'Maxime Prévot')).toBe(true);
    expect(nameMatches('prevot', 'Maxime Prévot')).toBe(true);
    expect(nameMatches('President Yoon', 'Yoon Suk Yeol')).toBe(true);
  });

  it('rejects another person with the same surname, and lists of names', () => {
    expect(nameMatches('Debbie Pembury', 'Simon Pembury')).toBe(false);
    expect(nameMatches('Simon Pembury and Jim Talbot', 'Simon Pembury')).toBe(false);
    expect(nameMatches(null, 'Simon Pembury')).toBe(false);
  });

  it('needs two distinctive words or the acronym for an organisation', () => {
    expect(nameMatches('European Commission', 'European Commission')).toBe(true);
    expect(nameMatches('EC', 'European Commission')).toBe(true);
    expect(nameMatches('the Commission', 'European Commission')).toBe(false);
    expect(nameMatches('CBP', 'Customs and Border Protection')).toBe(true);
    expect(nameMatches('Customs and Border Protection', 'CBP')).toBe(true);
  });

  it('does not accept a nationality alone, and matches group names with alternatives', () => {
    expect(nameMatches('Belgian', 'Maxime Prévot, Belgian official')).toBe(false);
    expect(nameMatches('Belgian officials', 'Belgian officials')).toBe(true);
    expect(nameMatches('officials', 'Belgian officials')).toBe(false);
    expect(nameMatches('activists', 'Activists / civil society')).toBe(true);
    expect(nameMatches('civil society', 'Activists / civil society')).toBe(true);
  });

  it('does not score unnamed gold speakers', () => {
    expect(isNamedSpeaker('unnamed official')).toBe(false);
    expect(isNamedSpeaker('Moira Penhale')).toBe(true);
    expect(isNamedSpeaker(null)).toBe(false);
  });
});

describe('page scores and totals', () => {
  const gold: GoldPage = {
    is_article: true,
    is_policy: true,
    policy_topic: 'Immigration',
    quotes: [
      { text: 'I disapprove of the invitation but I cannot block it', speaker: 'Maxime Prévot' },
      { text: 'this exceeds the limits of what is tolerable', speaker: 'unnamed activist' },
      { text: 'the talks are technical and nothing more than that', speaker: 'European Commission' },
    ],
    stakeholders: [
      { name: 'Maxime Prévot', stance: 'opposes' },
      { name: 'European Commission', stance: 'supports' },
    ],
  };

  it('counts detection, quotes, speakers and stakeholders', () => {
    const counts = scorePage(gold, {
      isArticle: true,
      isPolicy: true,
      topic: 'Immigration',
      quotes: [
        { text: '“I disapprove of the invitation, but I cannot block it”', speaker: 'Prévot' },
        { text: 'this exceeds the limits of what is tolerable', speaker: 'someone' },
        { text: 'the talks are technical and nothing more than that', speaker: 'the Commission' },
        { text: 'a scare quote of many words here', speaker: null },
      ],
      stakeholders: [
        { name: 'Prévot', stance: 'opposes' },
        { name: 'Commission', stance: 'supports' },
      ],
    });
    expect(counts).toMatchObject({
      articleRight: 1,
      policyTP: 1,
      topicRight: 1,
      quotesPredicted: 4,
      quotesGold: 3,
      quotesMatched: 3,
      speakerScored: 2,
      speakerRight: 1,
      namedGold: 2,
      stakeholdersGold: 2,
      stakeholdersMatched: 1,
      stanceRight: 1,
    });
    const totals = totalsOf([counts]);
    expect(totals.quotePrecision).toBe(0.75);
    expect(totals.quoteRecall).toBe(1);
    expect(totals.speakerAccuracy).toBe(0.5);
    expect(totals.attributedRecall).toBe(0.5);
    expect(totals.stakeholderRecall).toBe(0.5);
    expect(totals.stanceAccuracy).toBe(1);
    expect(totals.policyF1).toBe(1);
  });

  it('does not score quotes on pages that are not articles, and counts a policy false positive', () => {
    const counts = scorePage(
      { is_article: false, is_policy: false, policy_topic: null, quotes: [], stakeholders: [] },
      { isArticle: true, isPolicy: true, topic: 'Health', quotes: [{ text: 'a quote of several words', speaker: null }], stakeholders: [] },
    );
    expect(counts).toMatchObject({ articleRight: 0, policyFP: 1, quotesPredicted: 0, topicPages: 0 });
    expect(totalsOf([counts])).toMatchObject({ articleAccuracy: 0, policyPrecision: 0, policyF1: 0 });
  });

  const twoSides: GoldPage = {
    is_article: true,
    is_policy: true,
    policy_topic: 'Housing',
    quotes: [],
    stakeholders: [
      { name: 'Ada Lindqvist', stance: 'supports' },
      { name: 'Tenants Union', stance: 'opposes' },
      { name: 'Borough Council', stance: 'neutral' },
    ],
  };
  const predictedSides = (stances: string[], extra = 0) => ({
    isArticle: true,
    isPolicy: true,
    topic: 'Housing',
    quotes: [],
    stakeholders: [
      { name: 'Lindqvist', stance: stances[0] ?? 'unclear' },
      { name: 'Tenants Union', stance: stances[1] ?? 'unclear' },
      { name: 'Borough Council', stance: stances[2] ?? 'unclear' },
      ...Array.from({ length: extra }, (_, i) => ({ name: `Bystander Number${i}`, stance: 'unclear' })),
    ],
  });

  it('measures stakeholder precision over the stakeholders listed on articles', () => {
    const totals = totalsOf([scorePage(twoSides, predictedSides([], 3))]);
    expect(totals.stakeholderRecall).toBe(1);
    expect(totals.stakeholderPrecision).toBe(0.5);
  });

  it('counts a side shown as its opposite as reversed, and a missing side as not reversed', () => {
    const totals = totalsOf([scorePage(twoSides, predictedSides(['opposes', 'unclear', 'supports']))]);
    expect(totals.stanceAccuracy).toBe(0);
    // Only supports↔opposes is a reversal: unclear for opposes and supports for neutral are plain errors.
    expect(totals.stanceReversed).toBeCloseTo(1 / 3);
    const both = totalsOf([scorePage(twoSides, predictedSides(['opposes', 'supports', 'neutral']))]);
    expect(both.stanceReversed).toBeCloseTo(2 / 3);
    expect(both.stanceAccuracy).toBeCloseTo(1 / 3);
  });

  it('names the source of a page by its id and breaks totals down by source and language', () => {
    expect(sourceOf('rd-some-page')).toBe('rd');
    expect(sourceOf('seed-sample')).toBe('seed');
    expect(sourceOf('handmade')).toBe('other');
    const pages = [
      { id: 'rd-a', lang: 'en' },
      { id: 'tf-b', lang: 'de' },
      { id: 'rd-c', lang: 'de' },
    ];
    const counts = [
      scorePage(twoSides, predictedSides(['supports', 'opposes', 'neutral'])),
      scorePage(twoSides, predictedSides(['opposes', 'supports', 'neutral'])),
      scorePage(twoSides, predictedSides([])),
    ];
    const bySource = totalsBy(pages, counts, (p) => sourceOf(p.id));
    expect(bySource.map((g) => [g.group, g.totals.pages])).toEqual([['rd', 2], ['tf', 1]]);
    expect(bySource[0]?.totals.stanceAccuracy).toBe(0.5);
    expect(bySource[1]?.totals.stanceReversed).toBeCloseTo(2 / 3);
    const byLanguage = totalsBy(pages, counts, (p) => p.lang);
    expect(byLanguage.map((g) => [g.group, g.totals.stanceAccuracy])).toEqual([['de', 1 / 6], ['en', 1]]);
  });
});
