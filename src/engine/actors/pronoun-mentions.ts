import type { Gender } from './name-lexicon.ts';
import type { Mention } from './mention.ts';
import type { Token } from '../text/tokens.ts';

/** Subject pronouns (resolved later) and gendered possessives (which tell a person's gender). */
const PRONOUNS: Record<string, { gender: Gender; plural: boolean }> = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: null, plural: true },
  // "it noted in its filing": an organisation, resolved like a plural.
  it: { gender: null, plural: true },
  il: { gender: 'male', plural: false },
  elle: { gender: 'female', plural: false },
  ils: { gender: null, plural: true },
  elles: { gender: null, plural: true },
  er: { gender: 'male', plural: false },
  sie: { gender: 'female', plural: false },
  él: { gender: 'male', plural: false },
  ella: { gender: 'female', plural: false },
  ele: { gender: 'male', plural: false },
  ela: { gender: 'female', plural: false },
  // "we" in reported speech is the speaker's side.
  we: { gender: null, plural: true },
  nous: { gender: null, plural: true },
  wir: { gender: null, plural: true },
  nosotros: { gender: null, plural: true },
  ellos: { gender: null, plural: true },
  eles: { gender: null, plural: true },
};

/** Possessive pronouns: they teach us a person's gender ("Prévot … his opposition"). */
const GENDERED_POSSESSIVES: Record<string, Gender> = { his: 'male', him: 'male', her: 'female', hers: 'female' };

export function pronounsIn(tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  for (const t of tokens) {
    // French inversion: "a-t-il estimé", "ajoute-t-elle".
    const inverted = /-(il|elle|ils|elles)$/.exec(t.lower)?.[1];
    const p = PRONOUNS[inverted ?? t.lower];
    const possessiveGender = GENDERED_POSSESSIVES[t.lower];
    if (!p && !possessiveGender) continue;
    found.push({
      kind: 'pronoun',
      text: t.text,
      words: [t.lower],
      start: t.start,
      end: t.end,
      blockIndex,
      title: null,
      gender: p ? p.gender : (possessiveGender ?? null),
      plural: p?.plural ?? false,
    });
  }
  return found;
}

/** A pronoun that can be the subject of a reporting verb (not "his", "her"). */
export function isSubjectPronoun(m: Mention): boolean {
  return m.kind === 'pronoun' && !((m.words[0] ?? '') in GENDERED_POSSESSIVES);
}
