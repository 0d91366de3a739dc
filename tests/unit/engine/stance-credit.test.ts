import { describe, expect, it } from 'vitest';
import { prepareActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import type { StanceSignal } from '../../../src/engine/stance/attribute-cues.ts';
import { stanceFeatures } from '../../../src/engine/stance/features.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Transportation', confidence: 1, signals: [] };

function signalsOf(text: string, name: string, lang = 'en'): StanceSignal[] {
  const article = articleFromText(text, { lang });
  const { candidates } = prepareActors(article, findQuoteSpans(article), POLICY);
  return candidates.find((c) => c.actor.name === name)?.signals ?? [];
}

describe('a reported clause whose own subject is nobody the article names', () => {
  it('is the words of the one who reports it, credited as a paraphrase', () => {
    const text = 'Orla Penhallow said the harbour board made the mistake of raising the ferry levy.\nOrla Penhallow spoke on Friday.';
    expect(signalsOf(text, 'Orla Penhallow').map((s) => [s.source, s.value])).toEqual([['paraphrase', -1]]);
  });

  it('leaves a clause with a named subject to that subject', () => {
    const text = 'Orla Penhallow said the Dockers Union rejected the ferry levy.\nOrla Penhallow and the Dockers Union met on Friday.';
    expect(signalsOf(text, 'Orla Penhallow')).toEqual([]);
    expect(signalsOf(text, 'Dockers Union').map((s) => s.source)).toEqual(['reported']);
  });

  it('gives a judgement to the one reported as saying it, whoever the clause names', () => {
    const text = 'Orla Penhallow said the Dockers Union is reckless on the ferry levy.\nOrla Penhallow and the Dockers Union met on Friday.';
    expect(signalsOf(text, 'Orla Penhallow').map((s) => [s.source, s.value])).toEqual([['paraphrase', -1]]);
    expect(signalsOf(text, 'Dockers Union')).toEqual([]);
  });

  it('not past a semicolon: the next clause has a subject of its own', () => {
    const text = 'Orla Penhallow says the ferry levy deserves a fair hearing; boat owners remain opposed.\nOrla Penhallow spoke on Friday.';
    expect(signalsOf(text, 'Orla Penhallow').filter((s) => s.value < 0)).toEqual([]);
  });

  it('is weighed as a feature of its own', () => {
    const text = 'Orla Penhallow said the harbour board made the mistake of raising the ferry levy.\nOrla Penhallow spoke on Friday.';
    const features = stanceFeatures({ signals: signalsOf(text, 'Orla Penhallow'), quoted: false, stating: true, analyst: false, mediator: false }, { aboutIssue: () => false });
    expect(features['opp.paraphrase']).toBeGreaterThan(0);
    expect(features['opp.reported']).toBeUndefined();
  });
});

describe('a holder named after "by"', () => {
  it('past an "of" inside a capitalised title', () => {
    const text = 'The unions condemned the ferry levy announced on Monday by Harbour Secretary of State Tiberius Quayle.\nTiberius Quayle spoke on Friday.';
    expect(signalsOf(text, 'Tiberius Quayle').map((s) => [s.source, s.value])).toEqual([['named-holder', 0.6]]);
  });

  it('not past the "of" of a complement ("backed by voters of X")', () => {
    const text = 'The ferry levy was backed by voters of Tiberius Quayle on Monday.\nTiberius Quayle spoke on Friday.';
    expect(signalsOf(text, 'Tiberius Quayle')).toEqual([]);
  });
});
