import { describe, expect, it } from 'vitest';
import { decideStance } from '../../../src/engine/stance/decide.ts';
import { stanceFeatures } from '../../../src/engine/stance/features.ts';
import { stanceReasons } from '../../../src/engine/stance/reasons.ts';
import { DEFAULT_MODELS } from '../../../src/engine/weights/index.ts';
import { signalsOf } from '../support/stance-signals.ts';

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
    const features = stanceFeatures({ signals: signalsOf(text, 'Orla Penhallow'), quoted: false, quotedWords: 0, stating: true, analyst: false, mediator: false });
    expect(features['opp.paraphrase']).toBeGreaterThan(0);
    expect(features['opp.reported']).toBeUndefined();
  });

  it('tells the reader who hovers the stance that it was reported as theirs', () => {
    const text = 'Orla Penhallow said the harbour board made the mistake of raising the ferry levy.\nOrla Penhallow spoke on Friday.';
    const signals = signalsOf(text, 'Orla Penhallow');
    const features = stanceFeatures({ signals, quoted: false, quotedWords: 0, stating: true, analyst: false, mediator: false });
    const reasons = stanceReasons(text, decideStance(DEFAULT_MODELS.stance, features), signals);
    expect(reasons).toContain("reported as saying 'mistake of raising the ferry levy'");
  });
});

describe('a sentence told as someone\'s words', () => {
  it('after the words ("…, said X") is theirs too, beside its subject\'s', () => {
    const text = 'The Dockers Union rejected the ferry levy, said Orla Penhallow.\nOrla Penhallow and the Dockers Union met on Friday.';
    expect(signalsOf(text, 'Orla Penhallow').map((s) => [s.source, s.value])).toEqual([['paraphrase', -1]]);
    expect(signalsOf(text, 'Dockers Union').map((s) => s.source)).toEqual(['reported']);
  });

  it('so is one told "according to" them, weighed as a paraphrase', () => {
    const text = 'According to Orla Penhallow, the Dockers Union backed the ferry levy.\nOrla Penhallow and the Dockers Union met on Friday.';
    const features = stanceFeatures({ signals: signalsOf(text, 'Orla Penhallow'), quoted: false, quotedWords: 0, stating: false, analyst: false, mediator: false });
    expect(features['sup.paraphrase']).toBeGreaterThan(0);
    expect(features['sup.reported']).toBeUndefined();
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
