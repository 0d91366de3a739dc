import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/cli/eval/stance-errors.ts';

describe('stance error causes', () => {
  it('tell a reversed side first', () => {
    expect(causeOf('opposes', 'supports', { sup: 1, 'sup.reported': 1 })).toBe('reversed');
  });

  it('tell an open stance where a side was due by the cues the actor had', () => {
    expect(causeOf('supports', 'neutral', { noCue: 1, quoted: 1 })).toBe('no cue credited');
    expect(causeOf('supports', 'unclear', { sup: 0.7, 'sup.reported': 0.7, lean: 1 })).toBe('stated cue of its side, too weak');
    expect(causeOf('opposes', 'unclear', { 'opp.conditional': 0.7 })).toBe('only loose cues of its side');
    expect(causeOf('opposes', 'neutral', { sup: 0.7, 'sup.own-quote': 0.7 })).toBe('only cues of the other side');
  });

  it('tell a side shown where the gold gives none, and the wrong open kind', () => {
    expect(causeOf('neutral', 'supports', { sup: 1 })).toBe('side shown, gold open or mixed');
    expect(causeOf('mixed', 'opposes', { opp: 1 })).toBe('side shown, gold open or mixed');
    expect(causeOf('supports', 'mixed', { sup: 1 })).toBe('mixed shown for a side');
    expect(causeOf('unclear', 'neutral', { quoted: 1, noCue: 1 })).toBe('open, the other kind');
  });
});
