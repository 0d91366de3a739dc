import { describe, expect, it } from 'vitest';
import { decideStance } from '../../../src/engine/stance/decide.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';

/** Sum of the signed cue values found in a sentence. */
function polarity(sentence: string): number {
  return stanceHits(sentence, 0, sentence.length).reduce((sum, h) => sum + h.value, 0);
}

describe('stance cues', () => {
  it('reads explicit positions in five languages', () => {
    expect(polarity('The mayor strongly opposes the plan.')).toBe(-1);
    expect(polarity('Unions welcomed the decision.')).toBe(1);
    expect(polarity('Le ministre a critiqué le projet.')).toBe(-1);
    expect(polarity('Die Regierung unterstützt den Entwurf.')).toBe(1);
    expect(polarity('El partido rechaza la reforma.')).toBe(-1);
    expect(polarity('O governo apoia a medida.')).toBe(1);
  });

  it('turns a negated cue into a weak opposite: "does not oppose" is not opposition', () => {
    expect(polarity('The governor does not oppose the bill.')).toBe(0.5);
    expect(polarity('Il ne soutient pas la réforme.')).toBe(-0.5);
    expect(decideStance([polarity('The governor does not oppose the bill.')], false)).toBe('supports');
  });

  it('keeps the concession of "I disapprove …, but I cannot block it" on the opposing side', () => {
    const value = polarity('I disapprove of the invitation of the Taliban to Brussels, but I cannot block it');
    expect(value).toBeCloseTo(-0.7);
    expect(decideStance([value], false)).toBe('opposes');
  });

  it('does not read "opposition" alone or "defendant" as positions', () => {
    expect(polarity('He met the opposition leader and the defendant.')).toBe(0);
    expect(polarity('She expressed her opposition to the meeting.')).toBe(-1);
  });

  it('marks judgement words as needing a voice', () => {
    const hits = stanceHits('illegal migration', 0, 'illegal migration'.length);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.voicedOnly).toBe(true);
  });
});

describe('decideStance', () => {
  it('is unclear without cues, neutral for analysts', () => {
    expect(decideStance([], false)).toBe('unclear');
    expect(decideStance([], true)).toBe('neutral');
    expect(decideStance([-1], true)).toBe('neutral');
    expect(decideStance([-1, -1.5], true)).toBe('opposes');
  });

  it('is mixed only when both sides weigh', () => {
    expect(decideStance([1, 1, -1.6], false)).toBe('mixed');
    expect(decideStance([1, -0.6], false)).toBe('supports');
  });
});
