import { describe, expect, it } from 'vitest';
import { followsArticle, followsArticleOrPreposition, followsPreposition } from '../../../src/engine/actors/mention.ts';
import { closedClassFor } from '../../../src/engine/lang/closed-class.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { wordBefore } from '../../../src/engine/text/word-before.ts';

/** Where `word` starts in `text`: the mention the reads look before. */
const at = (text: string, word: string) => ({ start: text.indexOf(word) });

describe('the word before an offset', () => {
  it('reads back over spaces to the previous word, in lower case', () => {
    const text = 'Talks with The Envoy';
    expect(wordBefore(text, text.indexOf('Envoy')).word).toBe('the');
    expect(wordBefore(text, 0)).toEqual({ word: '', start: 0 });
  });

  it('keeps an elided article with one apostrophe, whichever the page used', () => {
    expect(wordBefore("le chef de l'Office", 13).word).toBe("l'");
    expect(wordBefore('le chef de l’Office', 13).word).toBe("l'");
  });

  it('gives nothing after a mark or inside a word', () => {
    expect(wordBefore('said: Ferrand', 6).word).toBe('');
    expect(wordBefore('Ferrand', 3).word).toBe('');
  });

  it('never reads outside the text', () => {
    expect(wordBefore('abc', 99).word).toBe('');
    expect(wordBefore('abc def', -4)).toEqual({ word: '', start: 0 });
  });
});

describe("reads of a mention's left context use the article's language only", () => {
  it('an article or preposition before a capitalised word, per language', () => {
    const fr = 'la ministre des Forêts a parlé';
    expect(followsArticleOrPreposition(fr, at(fr, 'Forêts'), closedClassFor('fr'))).toBe(true);
    // "des" is French: an English page does not read it.
    expect(followsArticleOrPreposition(fr, at(fr, 'Forêts'), closedClassFor('en'))).toBe(false);
  });

  it('a German article marks the capitalised word after it as a noun', () => {
    const de = 'nach dem Gipfel sagte Lena Brunnhuber';
    expect(followsArticle(de, de.indexOf('Gipfel'), closedClassFor('de'))).toBe(true);
    expect(followsArticle(de, de.indexOf('Lena'), closedClassFor('de'))).toBe(false);
  });

  it('a preposition, with or without its article, makes the mention an object', () => {
    const en = 'Ministers met with the Harbour Board on Monday.';
    expect(followsPreposition(en, at(en, 'Harbour'), closedClassFor('en'))).toBe(true);
    const es = 'La reunión con el Consejo terminó tarde.';
    expect(followsPreposition(es, at(es, 'Consejo'), closedClassFor('es'))).toBe(true);
    const subject = 'The Harbour Board met ministers.';
    expect(followsPreposition(subject, at(subject, 'Harbour'), closedClassFor('en'))).toBe(false);
  });

  it('a preposition before the sentence start does not count', () => {
    const text = 'Talks went on. The Harbour Board agreed.';
    expect(followsPreposition(text, at(text, 'Harbour'), closedClassFor('en'), text.indexOf('The'))).toBe(false);
  });

  it('list links are phrases of the language', () => {
    expect(closedClassFor('en').startsWithListLink.test('as well as the mayor')).toBe(true);
    expect(closedClassFor('es').startsWithListLink.test('así como el alcalde')).toBe(true);
    expect(closedClassFor('en').startsWithListLink.test('así como el alcalde')).toBe(false);
    expect(closedClassFor('de').startsWithListLink.test('Sozialministerin des Landes')).toBe(false);
  });

  it('the tokenizer spells an elided article the way the packs list it', () => {
    expect(tokenize('selon l’Agence').map((t) => t.lower)).toEqual(['selon', "l'", 'agence']);
  });
});
