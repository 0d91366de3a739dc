import { describe, expect, it } from 'vitest';
import { findDocument } from '../../../src/engine/actors/documents.ts';

describe('documents quoted as speaking, in the article language only', () => {
  it('finds a document noun after a determiner, longest phrase first', () => {
    expect(findDocument(', dice el proyecto de ley aprobado', 'es')?.name).toBe('Proyecto de ley');
    expect(findDocument(', selon le rapport publié mardi', 'fr')?.name).toBe('Rapport');
    expect(findDocument('heißt es in dem Gesetzentwurf', 'de')?.name).toBe('Gesetzentwurf');
  });

  it("another language's document nouns and determiners are not read", () => {
    expect(findDocument(', dice el proyecto de ley aprobado', 'en')).toBeNull();
    expect(findDocument('as the report says', 'es')).toBeNull();
  });

  it('a noun that only starts like a document noun is none', () => {
    expect(findDocument('the lawmakers said', 'en')).toBeNull();
  });

  it('gives the offset of the noun in the searched text', () => {
    const text = 'as the bill puts it';
    expect(findDocument(text, 'en')).toEqual({ name: 'Bill', index: text.indexOf('bill') });
  });
});
