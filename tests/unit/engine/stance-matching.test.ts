import { describe, expect, it } from 'vitest';
import { withLetterBoundaries } from '../../../src/engine/lang/letter-boundary.ts';
import { reportingFor } from '../../../src/engine/lang/reporting.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';
import { signalsOf } from '../support/stance-signals.ts';

/** Sum of the signed cue values found in a sentence of the language given. */
function polarity(sentence: string, lang: string): number {
  return stanceHits(sentence, 0, sentence.length, lang).reduce((sum, h) => sum + h.value, 0);
}

/** Each cue of a sentence as [cue value, negated, frame]. */
function cues(sentence: string, lang: string): [number, boolean, string | null][] {
  return stanceHits(sentence, 0, sentence.length, lang).map((h) => [h.value, h.negated, h.frame]);
}

describe('word edges next to accented letters', () => {
  it('a word edge is not found between a plain and an accented letter', () => {
    expect(withLetterBoundaries(/\bcontra\b/).test('o parecer contrário')).toBe(false);
    expect(withLetterBoundaries(/\bcontra\b/).test('votou contra a taxa')).toBe(true);
    expect(withLetterBoundaries(/[\b]/).test('\b')).toBe(true);
  });

  it('an edge whose side the pattern does not show holds on either side, as `\\b` does', () => {
    const inner = withLetterBoundaries(/por\s*\b(?:a|o)/);
    expect(inner.test('por a')).toBe(true);
    expect(inner.test('pora')).toBe(false);
    expect(withLetterBoundaries(/por\s*\b(?:ã|a)/).test('porão')).toBe(false);
    expect(withLetterBoundaries(/a\s+\b/).test('a b')).toBe(true);
    expect(withLetterBoundaries(/a\s+\b/).test('a -')).toBe(false);
  });

  it('an edge in front of an alternative and after a group is a word edge there', () => {
    const grouped = withLetterBoundaries(/\b(?:vot[oa]u?|apoia) (?:a|à)\b/);
    expect(grouped.test('ele votou à tarde')).toBe(true);
    expect(grouped.test('ele revotou à tarde')).toBe(false);
    expect(grouped.test('ele votou àquela hora')).toBe(false);
  });

  it('a phrase may begin with an accented word', () => {
    expect(polarity('O sindicato dos pescadores é contra a nova taxa do porto.', 'pt')).toBe(-1);
    expect(polarity('A cooperativa é a favor da nova taxa do porto.', 'pt')).toBe(1);
  });

  it('a phrase may end with an accented word', () => {
    expect(polarity('Le maire a redit son opposition à la taxe portuaire.', 'fr')).toBe(-1);
  });

  it('an excluded accented word is excluded: seeking to back a reform is backing it, not receiving backing', () => {
    expect(cues('Le ministre cherche à soutenir la réforme du port.', 'fr')).toEqual([[1, false, null]]);
  });

  it('a reporting pack’s source phrase also starts on a whole word in any script', () => {
    const source = reportingFor('es').sourcePhrase;
    expect(source?.test('El puerto abrirá mañana, de acuerdo con ')).toBe(true);
    expect(source?.test('El puerto abriráde acuerdo con ')).toBe(false);
  });
});

describe('words a cue stem reaches that are no cue', () => {
  it('names, places and nouns that begin like a cue carry no position', () => {
    expect(cues('The ferry leaves from the opposite bank of the estuary.', 'en')).toEqual([]);
    expect(cues('She spent the summer touring the Balkans by rail.', 'en')).toEqual([]);
    expect(cues('The club won its third championship in a row.', 'en')).toEqual([]);
    expect(cues('Rebel fighters crossed the river at night.', 'en')).toEqual([]);
    expect(cues('The sequel was released by the Warner studio in May.', 'en')).toEqual([]);
  });

  it('the verbs those stems are for still are cues', () => {
    expect(polarity('The union opposed the harbour levy.', 'en')).toBe(-1);
    expect(polarity('The council balked at the harbour levy.', 'en')).toBe(-1);
  });
});

describe('pronouns joined to a verb', () => {
  it('do not hide a whole-word cue', () => {
    expect(polarity('Os deputados decidiram opor-se à venda da empresa de águas.', 'pt')).toBe(-1);
    expect(polarity('El presidente del cabildo amenazó con vetarlo.', 'es')).toBe(-1);
    expect(polarity('Los vecinos intentaron bloquearla en el pleno.', 'es')).toBe(-0.6);
  });
});

describe('the reach of a negation', () => {
  it('ends where a clause opens with que, porque, aunque or embora', () => {
    expect(cues('El ministro no dijo que rechazara el plan del puerto.', 'es')).toEqual([[-1, false, null]]);
    expect(cues('A ministra não disse que rejeita o acordo do porto.', 'pt')).toEqual([[-1, false, null]]);
    expect(cues('No hay fecha aunque apoyan la tasa.', 'es')).toEqual([[1, false, null]]);
    expect(cues('Não há data embora apoiem a taxa.', 'pt')).toEqual([[1, false, null]]);
    expect(cues('Não veio porque apoia a greve.', 'pt')).toEqual([[1, false, null]]);
  });
});

describe('negators', () => {
  it('nobody and none negate a cue', () => {
    expect(cues('Nadie respaldó la subida de la tarifa.', 'es')).toEqual([[-0.5, true, null]]);
    expect(cues('Ninguno de ellos respaldó la subida.', 'es')).toEqual([[-0.5, true, null]]);
    expect(cues('Ninguém apoiou o aumento da tarifa.', 'pt')).toEqual([[-0.5, true, null]]);
    expect(cues('O sindicato tampouco apoiou o aumento.', 'pt')).toEqual([[-0.5, true, null]]);
  });
});

describe('idioms whose words are neither cues nor negations', () => {
  it('"not only", "however", "without doubt", "nevertheless" do not negate', () => {
    expect(cues('El alcalde no solo apoya el plan, sino que lo financia.', 'es')).toEqual([[1, false, null]]);
    expect(cues('Sin embargo la asociación rechaza la tasa.', 'es')).toEqual([[-1, false, null]]);
    expect(cues('No obstante la patronal respalda la tasa.', 'es')).toEqual([[1, false, null]]);
    expect(cues('O ministro não só apoia o plano como o financia.', 'pt')).toEqual([[1, false, null]]);
    expect(cues('Sem dúvida a federação rejeita a proposta.', 'pt')).toEqual([[-1, false, null]]);
  });

  it('"on the contrary" is not being against something', () => {
    expect(polarity('Ao contrário, os números do porto cresceram.', 'pt')).toBe(0);
    expect(polarity('O deputado é contrário ao novo imposto.', 'pt')).toBe(-1);
  });
});

describe('Portuguese words that only look like a cue, and plural holder links', () => {
  it('"pede" is a whole word: a pedestrian asks for nothing', () => {
    expect(polarity('O pedestre atravessou a avenida do porto.', 'pt')).toBe(0);
    expect(polarity('O sindicato pede a reabertura do porto.', 'pt')).toBe(0.6);
  });

  it('"criticada pelos X": X holds the criticism', () => {
    const text = 'A taxa do porto foi criticada pelos Estivadores Unidos na segunda-feira.\nOs Estivadores Unidos reuniram-se na sexta-feira.';
    expect(signalsOf(text, 'Estivadores Unidos', 'pt').map((s) => [s.source, s.value])).toEqual([['named-holder', -1]]);
  });
});

describe('Portuguese and Spanish concepts the English pack covers', () => {
  it('disapproving, repealing, advocating, judging a mistake', () => {
    expect(polarity('El gremio de taxistas desaprueba la tarifa nocturna.', 'es')).toBe(-1);
    expect(polarity('A associação de moradores desaprovou o plano de estacionamento.', 'pt')).toBe(-1);
    expect(polarity('El concejo derogó la ordenanza del peaje.', 'es')).toBe(-1);
    expect(polarity('A vereadora advoga a abertura do mercado.', 'pt')).toBe(1);
    expect(polarity('El abogado del gremio habló con la prensa.', 'es')).toBe(0);
  });
});
