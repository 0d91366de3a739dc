import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/text/sentences.ts';

const sentencesOf = (text: string, lang?: string) => splitSentences(text, lang).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits plain sentences and trims the spaces between them', () => {
    expect(sentencesOf('The talks begin in June.  They will last two days! Will they succeed?')).toEqual([
      'The talks begin in June.',
      'They will last two days!',
      'Will they succeed?',
    ]);
  });

  it('does not split after titles, initials and dotted abbreviations', () => {
    expect(sentencesOf('Mr. Smith met Dr. Jones and Sen. Whitlock in the U.S. Senate on Jan. 5. J. Smith said no.')).toEqual([
      'Mr. Smith met Dr. Jones and Sen. Whitlock in the U.S. Senate on Jan. 5.',
      'J. Smith said no.',
    ]);
    expect(sentencesOf('Gen. Milley spoke to the U.N. Security Council. He left.')).toEqual([
      'Gen. Milley spoke to the U.N. Security Council.',
      'He left.',
    ]);
  });

  it('splits after "no." unless a number follows', () => {
    expect(sentencesOf('He said no. Then he lived at No. 10 Downing Street.')).toEqual([
      'He said no.',
      'Then he lived at No. 10 Downing Street.',
    ]);
  });

  it('knows the French and German abbreviations', () => {
    expect(sentencesOf('M. Delorme a reçu Mme Dupont. Elle a parlé.', 'fr')).toEqual(['M. Delorme a reçu Mme Dupont.', 'Elle a parlé.']);
    expect(sentencesOf('Das gilt z.B. für Haus Nr. 5 in Berlin. Es ist alt.', 'de')).toEqual([
      'Das gilt z.B. für Haus Nr. 5 in Berlin.',
      'Es ist alt.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(sentencesOf('“Is it tolerable?” she asked. “Stop. Now. Please,” he said. Then he left.')).toEqual([
      '“Is it tolerable?” she asked.',
      '“Stop. Now. Please,” he said.',
      'Then he left.',
    ]);
  });

  it('never joins across paragraphs', () => {
    expect(sentencesOf('He met Mr.\n\nsmith was there.')).toEqual(['He met Mr.', 'smith was there.']);
  });

  // A split that went quadratic would never end on a megabyte: the timeout is a runaway guard, not a speed bound.
  it('splits a megabyte of text', () => {
    const text = 'Mr. Smith said "it is fine. Really fine." He left. '.repeat(20_000);
    expect(splitSentences(text)).toHaveLength(40_000);
  }, 60_000);
});
