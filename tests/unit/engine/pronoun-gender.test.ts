/**
 * Gender and pronouns, on sentences written for these tests: a pronoun tells the gender of the one person
 * named just before it, never of one of two; "she said" prefers a person the article has shown to be a woman
 * to a nearer one of unknown gender.
 */
import { describe, expect, it } from 'vitest';
import { type ActorIndex, indexActors } from '../../../src/engine/actors/actors-index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { resolvePronoun } from '../../../src/engine/actors/pronouns.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';

function indexOf(text: string, lang: string): ActorIndex {
  const article = articleFromText(text, { lang });
  return indexActors(findMentions(article), article.text, article.lang);
}

function genderOf(index: ActorIndex, name: string): string | null | undefined {
  return index.actors.find((a) => a.name.includes(name))?.gender;
}

/** The actor the text's last pronoun resolves to, by name. */
function lastPronounRefersTo(text: string, lang: string): string | undefined {
  const index = indexOf(text, lang);
  const pronoun = index.mentions.filter((m) => m.kind === 'pronoun').at(-1);
  if (!pronoun) return undefined;
  return index.actors[resolvePronoun(index, pronoun, pronoun.start)]?.name;
}

describe('a pronoun tells the gender of the person named before it', () => {
  it('when that person is the only one named there', () => {
    const index = indexOf('Orla Penhallow opened the new ferry terminal on Monday. She thanked the crews.', 'en');
    expect(genderOf(index, 'Penhallow')).toBe('female');
  });

  it('not when two people are named there', () => {
    const index = indexOf('Judge Orla Penhallow sat beside Governor Tamsin Quell at the ferry terminal. She said the timetable would change.', 'en');
    expect(genderOf(index, 'Penhallow')).toBeNull();
    expect(genderOf(index, 'Quell')).toBeNull();
  });
});

describe('a gendered pronoun prefers a person of that gender', () => {
  const cases: [string, string][] = [
    ['en', 'Orla Penhallow opened the new ferry terminal on Monday. She thanked the crews.\n\nGovernor Tamsin Quell toured the boats.\n\n“The budget covers every island,” she said.'],
    ['es', 'Orla Penhallow inauguró el lunes la nueva terminal de ferris. Ella agradeció a las tripulaciones.\n\nEl gobernador Tamsin Quell recorrió los barcos.\n\n“El presupuesto cubre todas las islas”, dijo ella.'],
  ];
  for (const [lang, text] of cases) {
    it(lang, () => {
      expect(lastPronounRefersTo(text, lang)).toBe('Orla Penhallow');
    });
  }
});
