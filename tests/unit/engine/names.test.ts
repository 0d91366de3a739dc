import { describe, expect, it } from 'vitest';
import { prepareActors } from '../../../src/engine/actors/index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Law and Crime', confidence: 1, signals: [] };

/** Every mention but pronouns, as "kind:text". */
function mentionsOf(text: string, lang: string): string[] {
  return findMentions(articleFromText(text, { lang }))
    .filter((m) => m.kind !== 'pronoun')
    .map((m) => `${m.kind}:${m.text}`);
}

/** Each candidate actor's name and the role the article gives it. */
function rolesOf(text: string, lang: string): Map<string, string | null> {
  const article = articleFromText(text, { lang });
  const prepared = prepareActors(article, findQuoteSpans(article), POLICY);
  return new Map(prepared.candidates.map((c) => [c.actor.name, c.role]));
}

describe('names found whole and apart', () => {
  it('a body written as a mixed-case acronym is an organisation; surnames like McCoy or DeVos and plurals are not', () => {
    const found = mentionsOf('Der VeBo der Hochschule lehnte ab. Auch die KoFa prüft den Fall, und die WiGeR warnt.', 'de');
    expect(found).toEqual(expect.arrayContaining(['organisation:VeBo', 'organisation:KoFa', 'organisation:WiGeR']));
    // A company's legal form is part of its name, not a body of its own.
    expect(mentionsOf('Die Wendler GmbH klagt gegen den Bescheid.', 'de')).toContain('organisation:Wendler GmbH');
    expect(mentionsOf('The plan was backed by McCoy, opposed by DeVos and questioned by several NGOs.', 'en')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^organisation:/)]),
    );
  });

  it('a mixed-case word that starts with a name particle or surname prefix is a surname, the particle list decides', () => {
    const found = mentionsOf('The motion was drafted by AlSaud, amended by ElRoy and reviewed by the DoJ on Monday.', 'en');
    expect(found).toContain('organisation:DoJ');
    expect(found.filter((m) => m.startsWith('organisation:'))).toEqual(['organisation:DoJ']);
  });

  it('a capitalised noun right after a definite article is no part of the name that follows it', () => {
    expect(mentionsOf("La décision appartient désormais à l'Etat Oriel Vantrasek, selon ses proches.", 'fr')).toContain('person:Oriel Vantrasek');
  });

  it('a person named by the first words of a longer name is that person', () => {
    const text = 'Ramiro Ibarra Quesada presidió la sesión del consejo. Después, Ramiro Ibarra dijo que el plan seguirá adelante.';
    const article = articleFromText(text, { lang: 'es' });
    const actors = prepareActors(article, findQuoteSpans(article), POLICY).candidates.map((c) => c.actor);
    expect(actors.filter((a) => a.words.includes('ibarra'))).toHaveLength(1);
    expect(actors.find((a) => a.words.includes('ibarra'))?.mentions).toHaveLength(2);
  });

  it('a person "of" a place is the person: the place is no part of the name', () => {
    const found = mentionsOf('Premier Halvard Ostrem of Norway said the treaty would stand.', 'en');
    expect(found).toContain('person:Halvard Ostrem');
    expect(found.filter((m) => m.startsWith('organisation:'))).toEqual([]);
  });

  it('"and the" and "y la" open a second body: two bodies, not one long name', () => {
    expect(mentionsOf('El recurso lo firmaron la Asociación de Pescadores de Ribadeo y la Fundación Marea Alta.', 'es')).toEqual(
      expect.arrayContaining(['organisation:Asociación de Pescadores de Ribadeo', 'organisation:Fundación Marea Alta']),
    );
  });

  it('German names a body after the kind of body it is: the name that follows is the body, and so is that name alone', () => {
    const text = 'Der Maschinenbaukonzern Veltrax wehrt sich. Laut einer Umfrage des Branchenverbands Kornwerk lehnen viele den Plan ab. Veltrax kündigte eine Klage an.';
    const found = mentionsOf(text, 'de');
    expect(found).toEqual(expect.arrayContaining(['organisation:Veltrax', 'organisation:Kornwerk']));
    const article = articleFromText(text, { lang: 'de' });
    const actors = prepareActors(article, findQuoteSpans(article), POLICY).candidates.map((c) => c.actor);
    expect(actors.find((a) => a.name === 'Veltrax')?.mentions).toHaveLength(2);
  });

  it('"International" and "Watch" end the names of bodies', () => {
    expect(mentionsOf('Harbour Watch and Shelter International both criticised the plan on Monday.', 'en')).toEqual(
      expect.arrayContaining(['organisation:Harbour Watch', 'organisation:Shelter International']),
    );
  });

  it('a role, its body and a person\'s name: the person with the role, the body on its own', () => {
    const text = 'El diputado de Acción Ribereña Xandru Peláez dijo que la ley "es un error grave para todos".';
    expect(mentionsOf(text, 'es')).toEqual(['organisation:Acción Ribereña', 'person:Xandru Peláez']);
    expect(rolesOf(text, 'es').get('Xandru Peláez')).toBe('diputado de Acción Ribereña');
    const english = 'A member of the Coastal Renewal Ossian Frey said the vote "was never fair".';
    expect(mentionsOf(english, 'en')).toEqual(['organisation:Coastal Renewal', 'person:Ossian Frey']);
  });

  it('a given name and a surname\'s initial is a person, and the initial alone later is the same person', () => {
    const text = 'Angeklagt ist Jorvin T. Der Mann soll Geld veruntreut haben. „Ich war es nicht“, sagte T. vor Gericht.';
    expect(mentionsOf(text, 'de')).toEqual(expect.arrayContaining(['person:Jorvin T', 'name:Mann']));
    const article = articleFromText(text, { lang: 'de' });
    expect(prepareActors(article, findQuoteSpans(article), POLICY).speakers).toEqual(['Jorvin T']);
  });

  it('a speaking surname, hyphenated or not, is the full name given earlier even when its first name is unknown', () => {
    const text = 'Jolanda Wendrich-Oltmann leitet das Amt seit Jahren. „Wir brauchen mehr Personal“, sagte Wendrich-Oltmann.';
    const article = articleFromText(text, { lang: 'de' });
    expect(prepareActors(article, findQuoteSpans(article), POLICY).speakers).toEqual(['Jolanda Wendrich-Oltmann']);
  });

  it('offices of Spanish, Portuguese and German stories are roles', () => {
    expect(rolesOf('La titular de Hacienda, Marta Velasco, defendió el plan: "No habrá recortes en sanidad".', 'es').get('Marta Velasco')).toBe(
      'titular de Hacienda',
    );
    expect(rolesOf('O conselheiro do Tribunal, Rui Antunes, disse que "a medida é necessária".', 'pt').get('Rui Antunes')).toBe(
      'conselheiro do Tribunal',
    );
    expect(rolesOf('„Wir prüfen alles“, sagte der Staatsanwalt Jonas Brehmer am Montag.', 'de').get('Jonas Brehmer')).toBe('Staatsanwalt');
  });
});
