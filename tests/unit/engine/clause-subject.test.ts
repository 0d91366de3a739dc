import { describe, expect, it } from 'vitest';
import { opensClause } from '../../../src/engine/actors/clause-subject.ts';
import { closedClassFor } from '../../../src/engine/lang/closed-class.ts';

/** Whether `name`, where it first stands in `text`, is the subject of its clause. */
function subject(text: string, name: string, lang: string): boolean {
  const start = text.indexOf(name);
  return opensClause(text, { start, end: start + name.length }, closedClassFor(lang));
}

describe('an actor shown doing something', () => {
  it('opens its clause and a verb follows', () => {
    expect(subject('Yesterday, the Harbour Board rejected the plan.', 'Harbour Board', 'en')).toBe(true);
    expect(subject('Die Hafenbehörde hat den Plan abgelehnt.', 'Hafenbehörde', 'de')).toBe(true);
    expect(subject('El plan fue aprobado. El Consejo Regional presentó su informe.', 'Consejo Regional', 'es')).toBe(true);
  });

  it('opens its clause before an auxiliary verb', () => {
    expect(subject('The Harbour Board is reviewing the plan.', 'Harbour Board', 'en')).toBe(true);
    expect(subject('El Consejo Regional ha presentado su informe.', 'Consejo Regional', 'es')).toBe(true);
  });

  it('shares its verb with a name coordinated after it', () => {
    expect(subject('Kell and Dana Ruiz signed the order on Monday.', 'Kell', 'en')).toBe(true);
    expect(subject('Ruiz y Kell firmaron la orden el lunes.', 'Ruiz', 'es')).toBe(true);
    expect(subject('Die Hafenbehörde und Kell lehnten den Plan ab.', 'Hafenbehörde', 'de')).toBe(true);
  });

  it('named inside a clause or followed by a function word, it is not', () => {
    expect(subject('A long report written for the Harbour Board found that the plan was costly.', 'Harbour Board', 'en')).toBe(false);
    expect(subject('The Harbour Board and the council met.', 'Harbour Board', 'en')).toBe(false);
    expect(subject('Critics of the Harbour Board spoke.', 'Harbour Board', 'en')).toBe(false);
  });
});
