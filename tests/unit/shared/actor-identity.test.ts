import { describe, expect, test } from 'vitest';
import { identifyActors } from '../../../src/shared/actors/identity.ts';
import type { ActorChoice, ActorMention } from '../../../src/shared/actors/identity.ts';
import { identityKeysOf, nameFormOf } from '../../../src/shared/actors/name-forms.ts';
import { inEnglish, mergeReasonTexts } from '../../../src/shared/actors/merge-reasons.ts';

const person = (articleKey: string, name: string): ActorMention => ({ articleKey, name, role: null, kind: 'person' });
const body = (articleKey: string, name: string): ActorMention => ({ articleKey, name, role: null, kind: 'organisation' });

/** An actor's reasons, in English. */
const reasonsOf = (actor: { reasons: Parameters<typeof mergeReasonTexts>[0] } | undefined) => mergeReasonTexts(actor?.reasons ?? [], inEnglish);

/** The actors as sorted lists of their name forms, for comparing groupings. */
const groupsOf = (mentions: ActorMention[], choices: ActorChoice[] = []) =>
  identifyActors(mentions, choices)
    .map((a) => a.mentions.map((m) => `${m.name}@${m.articleKey}`).sort())
    .sort();

describe('name forms', () => {
  test('titles and roles in front of a name are not part of it', () => {
    expect(nameFormOf('Belgian Foreign Minister Maxime Prévot', 'person')).toMatchObject({ display: 'Maxime Prévot', surname: 'prevot', given: ['maxime'] });
    expect(nameFormOf('Dr. Ilse Marwood', 'person')).toMatchObject({ display: 'Ilse Marwood', stripped: 'Dr.' });
    expect(nameFormOf('Prévot', 'person')).toMatchObject({ display: 'Prévot', surname: 'prevot', given: [] });
    expect(nameFormOf('Senator Ana de la Fuente', 'person')).toMatchObject({ surname: 'de la fuente', given: ['ana'] });
  });

  test('determiners and spokesperson forms are not part of a body', () => {
    expect(nameFormOf('the European Commission', 'organisation')).toMatchObject({ tokens: ['european', 'commission'] });
    expect(nameFormOf('a Commission spokesperson', 'person')).toMatchObject({ kind: 'body', tokens: ['commission'], speaksFor: true });
    expect(nameFormOf('an official of the Harbour Authority', 'person')).toMatchObject({ kind: 'body', tokens: ['harbour', 'authority'] });
    expect(nameFormOf("la Commission européenne", 'organisation')).toMatchObject({ tokens: ['commission', 'europeenne'] });
    // A nationality in front of "officials" names a group, not a body.
    expect(nameFormOf('Belgian officials', 'group')).toMatchObject({ kind: 'group' });
  });

  test('index keys: a surname, or a body name\'s first and last words', () => {
    expect(identityKeysOf(nameFormOf('Foreign Minister Maxime Prévot', 'person'))).toEqual(['p:prevot']);
    expect(identityKeysOf(nameFormOf('European Commission', 'organisation'))).toEqual(['b:european', 'b:commission']);
    expect(identityKeysOf(nameFormOf('the Commission', 'organisation'))).toEqual(['b:commission']);
  });
});

describe('one actor, many names', () => {
  test('a full name, its titled form and its surname in the same article are one person, with reasons', () => {
    const actors = identifyActors([
      person('a', 'Belgian Foreign Minister Maxime Prévot'),
      person('a', 'Prévot'),
      person('a', 'Maxime Prévot'),
    ]);
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ kind: 'person', name: 'Maxime Prévot', names: ['Belgian Foreign Minister Maxime Prévot', 'Maxime Prévot', 'Prévot'] });
    expect(actors[0]?.reasons).toEqual([
      { code: 'surname-in-article', params: ['Maxime Prévot'] },
      { code: 'title-dropped', params: ['Belgian Foreign Minister', 'Maxime Prévot'] },
    ]);
    expect(reasonsOf(actors[0])).toEqual([
      "same surname, and the full name 'Maxime Prévot' appears in the same article",
      "'Belgian Foreign Minister' is a title, not part of the name 'Maxime Prévot'",
    ]);
  });

  test('a surname alone in another article joins the only known person with that surname', () => {
    const actors = identifyActors([person('a', 'Nadia Okafor'), person('b', 'Okafor')]);
    expect(actors).toHaveLength(1);
    expect(reasonsOf(actors[0])).toEqual(["same surname, and 'Nadia Okafor' is the only person of that surname in your articles"]);
  });

  test('two people who share a surname are two, and a bare surname joins only the one of its own article', () => {
    const mentions = [person('a', 'Nadia Okafor'), person('a', 'Okafor'), person('b', 'Tunde Okafor'), person('b', 'Okafor'), person('c', 'Okafor')];
    expect(groupsOf(mentions)).toEqual([['Nadia Okafor@a', 'Okafor@a'], ['Okafor@b', 'Tunde Okafor@b'], ['Okafor@c']]);
  });

  test('a bare surname with two full names of that surname in its own article stays apart', () => {
    const mentions = [person('a', 'Nadia Okafor'), person('a', 'Tunde Okafor'), person('a', 'Okafor')];
    expect(groupsOf(mentions)).toEqual([['Nadia Okafor@a'], ['Okafor@a'], ['Tunde Okafor@a']]);
  });

  test('the Commission, a Commission spokesperson and the European Commission are one body', () => {
    const actors = identifyActors([body('a', 'European Commission'), body('a', 'the Commission'), person('a', 'a Commission spokesperson'), body('b', 'the Commission')]);
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ id: 'body:european commission', kind: 'body', name: 'European Commission' });
    expect(reasonsOf(actors[0])).toContain("'the Commission' is the short form of 'European Commission' in the same article");
    expect(reasonsOf(actors[0])).toContain("'a Commission spokesperson' speaks for 'Commission'");
  });

  test('a short form stays apart when two bodies of the reader\'s articles end with it', () => {
    const mentions = [body('a', 'European Commission'), body('b', 'Federal Trade Commission'), body('c', 'the Commission')];
    expect(groupsOf(mentions)).toEqual([['European Commission@a'], ['Federal Trade Commission@b'], ['the Commission@c']]);
  });

  test('groups named by a common noun are one actor within an article only', () => {
    const mentions: ActorMention[] = [
      { articleKey: 'a', name: 'critics', role: null, kind: 'group' },
      { articleKey: 'a', name: 'critics', role: null, kind: 'group' },
      { articleKey: 'b', name: 'critics', role: null, kind: 'group' },
    ];
    expect(groupsOf(mentions)).toEqual([['critics@a', 'critics@a'], ['critics@b']]);
  });

  test('the same mentions in any order give the same actors and ids', () => {
    const mentions = [
      person('a', 'Maxime Prévot'),
      person('b', 'Prévot'),
      body('a', 'the Commission'),
      body('b', 'European Commission'),
      person('c', 'Lena Harstad'),
      person('c', 'Minister Harstad'),
    ];
    const forward = identifyActors(mentions);
    const backward = identifyActors([...mentions].reverse());
    expect(backward.map((a) => [a.id, a.name, a.names, a.reasons])).toEqual(forward.map((a) => [a.id, a.name, a.names, a.reasons]));
    expect(forward.map((a) => a.id)).toEqual(['body:european commission', 'person:lena harstad', 'person:maxime prevot']);
  });
});

describe("the reader's choices", () => {
  const mentions = [person('a', 'Lena Harstad'), person('b', 'L. Harstad'), body('c', 'Harbour Authority'), person('c', 'Harstad')];

  test('a merge joins two actors and says so', () => {
    const merge: ActorChoice = { id: 'c1', at: 1, kind: 'merge', names: ['Lena Harstad', 'L. Harstad'] };
    expect(groupsOf(mentions)).toContainEqual(['Lena Harstad@a']);
    const harstad = identifyActors(mentions, [merge]).find((a) => a.names.includes('Lena Harstad'));
    expect(harstad?.names).toEqual(['L. Harstad', 'Lena Harstad']);
    expect(reasonsOf(harstad)).toContain("you merged 'Lena Harstad' and 'L. Harstad'");
  });

  test('a split pulls a name form out of its actor, and later choices win', () => {
    const same = [person('a', 'Maxime Prévot'), person('a', 'Prévot'), person('b', 'Maxime Prévot')];
    const split: ActorChoice = { id: 'c1', at: 1, kind: 'split', name: 'Prévot' };
    const actors = identifyActors(same, [split]);
    expect(actors.map((a) => [a.id, a.names])).toEqual([
      ['person:maxime prevot', ['Maxime Prévot']],
      ['split:prevot', ['Prévot']],
    ]);
    expect(reasonsOf(actors[1])).toEqual(["you split 'Prévot' out"]);
    const mergedBack: ActorChoice = { id: 'c2', at: 2, kind: 'merge', names: ['Prévot', 'Maxime Prévot'] };
    expect(identifyActors(same, [mergedBack, split])).toHaveLength(1);
  });

  test('choices naming nobody known change nothing', () => {
    const choice: ActorChoice = { id: 'c1', at: 1, kind: 'merge', names: ['Nobody Here', 'Lena Harstad'] };
    expect(groupsOf(mentions, [choice])).toEqual(groupsOf(mentions));
  });
});
