import { describe, expect, it } from 'vitest';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';

/** Each cue of a sentence as [group, value, negated]. */
function cues(sentence: string, lang = 'en'): [string, number, boolean][] {
  return stanceHits(sentence, 0, sentence.length, lang).map((h) => [h.group, h.value, h.negated]);
}

describe('benefit: saying something does people good', () => {
  it('is read in five languages', () => {
    expect(cues('The new ferry will help families on the islands.')).toEqual([['judged beneficial', 0.5, false]]);
    expect(cues('Le bac sera utile aux familles.', 'fr')).toEqual([['judged beneficial', 0.5, false]]);
    expect(cues('Die Fähre hilft den Familien.', 'de')).toEqual([['judged beneficial', 0.5, false]]);
    expect(cues('El ferry ayudará a las familias.', 'es')).toEqual([['judged beneficial', 0.5, false]]);
    expect(cues('A balsa ajudará as famílias.', 'pt')).toEqual([['judged beneficial', 0.5, false]]);
  });

  it('negated, leans weakly the other way', () => {
    expect(cues('The new ferry will not help families.')).toEqual([['judged beneficial', -0.25, true]]);
    expect(cues("Le bac n'est pas utile aux familles.", 'fr')).toEqual([['judged beneficial', -0.25, true]]);
    expect(cues('Die Fähre ist nicht nützlich.', 'de')).toEqual([['judged beneficial', -0.25, true]]);
    expect(cues('El ferry no ayudará a las familias.', 'es')).toEqual([['judged beneficial', -0.25, true]]);
    expect(cues('A balsa não ajudará as famílias.', 'pt')).toEqual([['judged beneficial', -0.25, true]]);
  });

  it('needs a voice: a reporter telling what helped is not a position', () => {
    expect(stanceHits('Volunteers help at the ferry.', 0, 29).map((h) => h.voicedOnly)).toEqual([true]);
  });
});
