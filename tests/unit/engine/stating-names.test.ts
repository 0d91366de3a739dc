import { describe, expect, it } from 'vitest';
import { actorCandidates } from '../support/actor-candidates.ts';

const candidate = (text: string, lang: string, name: string) => actorCandidates(text, lang).find((c) => c.actor.name === name);

describe('a lone name reported as saying something is an actor', () => {
  it('English: the name that argued is a candidate, with every use of it counted', () => {
    const text = [
      'The harbour board approved the ferry levy on Monday.',
      'Quillmark argued that the levy would hurt small shippers. The board did not answer Quillmark.',
    ].join('\n');
    const found = candidate(text, 'en', 'Quillmark');
    expect(found?.actor.mentions.length).toBe(2);
    expect(found?.selection.stating).toBe(1);
  });

  it('Spanish: the name that warned is a candidate', () => {
    const text = 'El consejo aprobó la tasa portuaria el lunes.\nVelmora advirtió que la tasa perjudicará a los pequeños navieros.';
    expect(candidate(text, 'es', 'Velmora')?.selection.stating).toBe(1);
  });

  it('a lone name that says nothing stays no actor', () => {
    const text = 'The harbour board approved the ferry levy on Monday.\nThe new ferries will dock near Quillmark from May.';
    expect(candidate(text, 'en', 'Quillmark')).toBeUndefined();
  });
});

describe('an actor acting on the article\'s question', () => {
  it('English: the body that is the subject of a sentence about the title\'s matter acts on the issue; one named in passing does not', () => {
    const text = 'The Harbour Authority blocked the ferry levy on Monday. Officials met near the Ostwick Museum later.';
    const found = actorCandidates(text, 'en', 'Ferry levy blocked');
    expect(found.find((c) => c.actor.name === 'Ostwick Museum')?.selection.actsOnIssue).toBeUndefined();
    expect(found.find((c) => c.actor.name === 'Harbour Authority')?.selection.actsOnIssue).toBeCloseTo(Math.log1p(1));
  });

  it('German: the association that stopped the levy of the title acts on the issue', () => {
    const text = 'Der Verband Seewacht stoppte die Fährabgabe am Montag.';
    const found = actorCandidates(text, 'de', 'Fährabgabe gestoppt');
    expect(found.find((c) => c.actor.name === 'Seewacht')?.selection.actsOnIssue).toBeCloseTo(Math.log1p(1));
  });
});

describe('the word before an inverted verb', () => {
  it('German: "Dazu erklärt Jonas Pfeiffer" makes no actor of "Dazu"', () => {
    const text = 'Der Senat plant eine Gebühr für Fähren.\nDazu erklärt Jonas Pfeiffer, die Gebühr sei zu hoch.';
    expect(candidate(text, 'de', 'Dazu')).toBeUndefined();
  });

  it('English: "Quillmark said it would appeal" still makes an actor of Quillmark', () => {
    const text = 'The harbour board approved the ferry levy on Monday.\nQuillmark said it would appeal.';
    expect(candidate(text, 'en', 'Quillmark')?.selection.stating).toBe(1);
  });
});
