import { describe, expect, it } from 'vitest';
import { causeOf, formatStanceErrors, type StanceError } from '../../../src/cli/eval/stance-errors.ts';

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

describe('the errors of several cross-validation splits', () => {
  const error = (actor: string, reversed: boolean): StanceError => ({
    page: 'page-a', actor, gold: 'supports', shown: reversed ? 'opposes' : 'neutral', reversed, cause: reversed ? 'reversed' : 'no cue credited', reasons: [],
  });

  it('lists each error once with the number of splits that made it, reversals first, and counts causes over every split', () => {
    const text = formatStanceErrors([[error('Harbour Board', false), error('Port Union', true)], [error('Port Union', true)]]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Stance errors: 3 over 2 runs, of which 2 reversed. By cause:');
    expect(lines).toContain('    2  reversed');
    const listed = lines.filter((l) => l.includes('page-a ·'));
    expect(listed).toEqual([
      '  ⇄ page-a · Port Union · supports → opposes · reversed · 2/2 runs · ',
      '    page-a · Harbour Board · supports → neutral · no cue credited · 1/2 runs · ',
    ]);
  });

  it('names no runs for the saved weights alone', () => {
    expect(formatStanceErrors([[error('Port Union', true)]]).split('\n')[0]).toBe('Stance errors: 1, of which 1 reversed. By cause:');
  });
});
