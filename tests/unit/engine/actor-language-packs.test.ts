import { describe, expect, it } from 'vitest';
import { closedClassFor } from '../../../src/engine/lang/closed-class.ts';
import type { ActorKind } from '../../../src/engine/types.ts';
import { type SelectionEvidence, selectionFeatures } from '../../../src/engine/actors/stakeholder-features.ts';
import { actorCandidates } from '../support/actor-candidates.ts';

const names = (text: string, lang: string) => actorCandidates(text, lang).map((c) => c.actor.name);

describe('closed-class words come from the article\'s language pack', () => {
  it('a sentence-opening conjunction of the article\'s language is no part of a name', () => {
    const text = 'Embora Tavares tenha criticado o projeto, o governo manteve a proposta. Rui Tavares disse que o projeto é injusto.';
    expect(names(text, 'pt')).toEqual(['Rui Tavares']);
  });

  it('another language\'s closed-class words do not cut a name ("Con" is Spanish, not English)', () => {
    expect(names('Con Edison said it would raise rates next year.', 'en')).toContain('Con Edison');
  });

  it('each language has its own list, determiners included', () => {
    expect(closedClassFor('es').all.has('desde')).toBe(true);
    expect(closedClassFor('en').all.has('desde')).toBe(false);
    expect(closedClassFor('de-AT').determiners.has('eine')).toBe(true);
  });
});

describe('group actors', () => {
  it('a group named once but voicing a position is not penalised as a passing mention', () => {
    const critics = actorCandidates('The council approved the ban on Tuesday. Critics argue that the ban hurts small shops.', 'en').find(
      (c) => c.actor.name === 'Critics',
    );
    expect(critics?.selection.once).toBeUndefined();
    expect(critics?.selection.groupVoiced).toBe(1);
  });

  it('a person named once is still a passing mention', () => {
    const person = actorCandidates('The council approved the ban on Tuesday, Mara Quillon said.', 'en').find((c) => c.actor.name === 'Mara Quillon');
    expect(person?.selection.once).toBe(1);
  });

  it('"teachers" is the one group of teachers the article names', () => {
    const text = 'Valdorian teachers walked out on Monday over the pay deal. Teachers said the deal was unfair and vowed to strike again.';
    expect(names(text, 'en').filter((n) => /teachers/i.test(n))).toEqual(['Valdorian teachers']);
  });

  it('"X administration officials" speak for the X administration', () => {
    const text = 'The Okafor administration defended the tariff on Monday. Okafor administration officials said the tariff would stay.';
    const found = names(text, 'en');
    expect(found).toContain('Okafor administration');
    expect(found).not.toContain('Okafor administration officials');
  });
});

describe('actor vocabularies come from the article\'s language pack', () => {
  const roleOf = (text: string, lang: string, name: string) => actorCandidates(text, lang).find((c) => c.actor.name === name)?.role ?? null;

  it('a role noun counts only in its own language', () => {
    expect(roleOf('Odile Varenne, députée socialiste, a critiqué la loi.', 'fr', 'Odile Varenne')).toBe('députée socialiste');
    expect(roleOf('Odile Varenne, députée socialiste, criticised the law.', 'en', 'Odile Varenne')).toBeNull();
  });

  it('group nouns of each language: German unions, Spanish teachers, English independent mayors', () => {
    expect(names('Die Gewerkschaften lehnen das Vorhaben ab, weil es Stellen kostet.', 'de')).toContain('Gewerkschaften');
    expect(names('Los docentes rechazaron la reforma el lunes.', 'es')).toContain('Docentes');
    expect(names('Several independent mayors said they would vote against the levy.', 'en')).toContain('Independent mayors');
  });

  it('German groups in their plural and "-en" forms: "die Abgeordneten", "die Fraktionen"; "Abgeordnete" alone still needs a qualifier', () => {
    expect(names('Die Abgeordneten lehnten den Haushaltsplan der Koalition am Abend ab.', 'de')).toContain('Abgeordneten');
    expect(names('Die Fraktionen im Landtag fordern mehr Geld für Schulen.', 'de')).toContain('Fraktionen');
    expect(names('Abgeordnete lehnten den Haushaltsplan am Abend ab.', 'de')).not.toContain('Abgeordnete');
  });

  it('a qualifier after a Romance group noun names the group ("los diputados oficialistas", "les élus écologistes")', () => {
    expect(names('Los diputados oficialistas rechazaron la reforma el martes.', 'es')).toContain('Diputados oficialistas');
    expect(names('Les élus écologistes ont voté contre le budget.', 'fr')).toContain('Élus écologistes');
    expect(names('Os deputados governistas defenderam a proposta.', 'pt')).toContain('Deputados governistas');
  });

  it('a short first name of the article\'s language is the same person', () => {
    const text = 'Manuel Olmedo defendió la reforma. Manolo Olmedo dijo después que la ley es justa.';
    expect(names(text, 'es')).toEqual(['Manuel Olmedo']);
  });

  it('a nationality after the body, in the article\'s language only', () => {
    expect(names('Le gouvernement belge a refusé le projet.', 'fr')).toContain('Gouvernement belge');
    expect(names('O governo peruano recusou o projeto.', 'pt')).toContain('Governo peruano');
  });

  it('a governing body named by its noun and a nationality, capitalised or not, in the language\'s word order', () => {
    expect(names('El Gobierno chileno rechazó ayer el acuerdo.', 'es')).toContain('Gobierno chileno');
    expect(names("L'État marocain a rejeté l'accord hier.", 'fr')).toContain('État marocain');
    expect(names('O Governo angolano rejeitou ontem o acordo.', 'pt')).toContain('Governo angolano');
    expect(names('Die nordkoreanische Regierung wies das Abkommen gestern zurück.', 'de')).toContain('Nordkoreanische Regierung');
  });
});

describe('names that are nobody', () => {
  it('a lone title or office is no actor, even when it speaks', () => {
    const text = 'Das Ministerium plant eine Reform. Der Minister sagte: „Wir prüfen den Plan sehr genau.“ Ein Sprecher sagte: „Wir warten ab, was kommt.“';
    expect(names(text, 'de')).toEqual(['Ministerium']);
  });

  it('a law, a work or an event is no person', () => {
    const text = 'La fiscal Rosa Quintal dijo que el Código Penal castiga el delito. Los sindicatos marcharon el Día del Trabajo.';
    const found = names(text, 'es');
    expect(found).toContain('Rosa Quintal');
    expect(found).not.toContain('Código Penal');
    expect(found).not.toContain('Día del Trabajo');
  });

  it('a thoroughfare or a stadium is no person, in English or French', () => {
    const en = names('Residents of Brimley Boulevard said the Harwick Stadium plan was too costly. Tessa Marwood said it would pass.', 'en');
    expect(en).toContain('Tessa Marwood');
    expect(en).not.toContain('Brimley Boulevard');
    expect(en).not.toContain('Harwick Stadium');
    const fr = names('Les riverains du Quai Delorme ont critiqué le projet. Odile Varenne a défendu le projet.', 'fr');
    expect(fr).not.toContain('Quai Delorme');
  });

  it('a body named after a preposition keeps its first word', () => {
    const found = actorCandidates('El informe del Sistema Integrado de Gestión Pública llegó tarde.', 'es').map((c) => [c.actor.name, c.actor.kind]);
    expect(found).toContainEqual(['Sistema Integrado de Gestión Pública', 'organisation']);
  });
});

describe('what the stakeholder model sees of an actor', () => {
  const text = [
    'The council approved the parking levy on Tuesday.',
    'Mara Quillon, who leads the shopkeepers, said the parking levy would empty the high street.',
    'The mayor spoke with Quillon and the Harbour Code Committee.',
  ].join('\n');
  const found = actorCandidates(text, 'en', 'Council approves parking levy');
  const selection = (name: string) => found.find((c) => c.actor.name === name)?.selection ?? {};

  it('a first name, and the share of mentions in sentences about the title\'s question', () => {
    const quillon = selection('Mara Quillon');
    expect(quillon.firstName).toBe(1);
    expect(quillon.issueShare).toBe(0.5);
    expect(selection('Harbour Code Committee').firstName).toBeUndefined();
  });
});

describe('candidate names', () => {
  it('two surnames after the full name are the same person, not a second one', () => {
    const text = 'Ana Lucía Ferrer Montalvo presentó el proyecto de ley el lunes. Ferrer Montalvo dijo que la reforma es urgente.';
    const found = actorCandidates(text, 'es').filter((c) => /Montalvo/.test(c.actor.name));
    expect(found).toHaveLength(1);
    expect([found[0]?.actor.name, ...(found[0]?.actor.aliases ?? [])].sort()).toEqual(['Ana Lucía Ferrer Montalvo', 'Ferrer Montalvo']);
  });

  it('a body named by a Spanish or Portuguese head word is an organisation', () => {
    const kindOf = (text: string, lang: string, name: string) => actorCandidates(text, lang).find((c) => c.actor.name === name)?.actor.kind;
    expect(kindOf('El Departamento de Pesca rechazó la cuota el martes.', 'es', 'Departamento de Pesca')).toBe('organisation');
    expect(kindOf('A Sociedade Rural Brasileira apoiou a medida.', 'pt', 'Sociedade Rural Brasileira')).toBe('organisation');
  });

  it('a German compound ending in a body\'s head word is an organisation', () => {
    const found = actorCandidates('Das Verkehrsministerium lehnte den Plan am Montag ab. Das Verkehrsministerium sagte, der Plan sei zu teuer.', 'de');
    expect(found.find((c) => c.actor.name === 'Verkehrsministerium')?.actor.kind).toBe('organisation');
  });

  it('capitalised party adjectives before a group noun leave the group to the group finder', () => {
    const found = actorCandidates('Democratic Senators said the bill would fail.', 'en');
    expect(found.map((c) => [c.actor.name, c.actor.kind])).toContainEqual(['Democratic Senators', 'group']);
  });
});

describe('where the article names an actor', () => {
  it('an actor named in the first paragraph is in the lede; one named only further down is not', () => {
    const text = [
      'Mayor Ilse Marwood defended the harbour levy on Monday.',
      'The levy would fund two new ferries, the port office said.',
      'Ferry captain Oren Daskal said the levy was far too high.',
    ].join('\n');
    const found = actorCandidates(text, 'en');
    expect(found.find((c) => c.actor.name === 'Ilse Marwood')?.selection.lede).toBe(1);
    expect(found.find((c) => c.actor.name === 'Oren Daskal')?.selection.lede).toBeUndefined();
  });
});

describe('where positions are taken around an actor', () => {
  it('an actor named where someone else takes a position is amid positions; the one taking it is not', () => {
    const text = 'Councillor Wenna Tregarth rejected the ferry levy of the Quarry Harbour Board. The board meets again in May.';
    const found = actorCandidates(text, 'en');
    expect(found.find((c) => c.actor.name === 'Quarry Harbour Board')?.selection.amidPositions).toBe(1);
    expect(found.find((c) => c.actor.name === 'Wenna Tregarth')?.selection.amidPositions).toBe(0);
  });

  it('an actor named only where nobody takes a position is not amid positions', () => {
    const text = 'The Quarry Harbour Board meets again in May. Councillor Wenna Tregarth rejected the ferry levy.';
    expect(actorCandidates(text, 'en').find((c) => c.actor.name === 'Quarry Harbour Board')?.selection.amidPositions).toBe(0);
  });
});

describe('an actor the article refers back to', () => {
  it('a person taken up again as "she" is referred back to; one named in passing is not', () => {
    const text = [
      'Mayor Ilse Marwood defended the harbour levy on Monday, a week after Oren Daskal wrote to the council.',
      'She said the levy would pay for two new ferries. She will put it to a vote in May.',
    ].join('\n');
    const found = actorCandidates(text, 'en');
    expect(found.find((c) => c.actor.name === 'Ilse Marwood')?.selection.referredBack).toBeCloseTo(Math.log1p(2));
    expect(found.find((c) => c.actor.name === 'Oren Daskal')?.selection.referredBack).toBeUndefined();
  });
});

describe('what the stakeholder model sees of a name', () => {
  const evidence = (kind: ActorKind, afterDeterminer: number, closedClassName = false): SelectionEvidence => ({
    actor: { index: 0, kind, name: 'Quenby', words: ['quenby'], aliases: new Set(), mentions: [0, 1], gender: null, acronym: null, place: false, document: false },
    quotes: 1,
    signals: [],
    stating: true,
    hasRole: false,
    analyst: false,
    represented: false,
    inTitle: false,
    inLede: false,
    spread: 0.1,
    issueShare: 0,
    firstName: false,
    afterDeterminer,
    closedClassName,
    subjectShare: 0,
    issueSubjectMentions: 0,
    amidOthersPositions: 0,
    pronounMentions: 0,
    mentionsInQuotes: 0,
    pageMostMentions: 2,
    pageMostQuotes: 1,
  });

  it('a "person" written after an article is noun-like ("im Gespräch"), a person named plainly is not', () => {
    expect(selectionFeatures(evidence('person', 1)).nounLike).toBe(1);
    expect(selectionFeatures(evidence('person', 0.5)).nounLike).toBe(0.5);
    expect(selectionFeatures(evidence('person', 0)).nounLike).toBeUndefined();
  });

  it('a "person" whose name is one closed-class word is noun-like', () => {
    expect(selectionFeatures(evidence('person', 0, true)).nounLike).toBe(1);
  });

  it('bodies and groups are named after an article as a rule: no penalty', () => {
    expect(selectionFeatures(evidence('organisation', 1)).nounLike).toBeUndefined();
    expect(selectionFeatures(evidence('group', 1)).nounLike).toBeUndefined();
  });

  it('a noun taken for a speaker after a determiner of the article\'s language is noun-like, if a candidate at all', () => {
    const text = '"Der Plan ist viel zu teuer", sagte Lena Voskamp. Ein Gutachten sagte: "Der Plan ist viel zu teuer und falsch."';
    const found = actorCandidates(text, 'de');
    // Speaker attribution already refuses a German noun written after a determiner; if it still reached selection, it must look noun-like.
    const noun = found.find((c) => c.actor.name === 'Gutachten');
    expect(noun === undefined || noun.selection.nounLike === 1).toBe(true);
    expect(found.find((c) => c.actor.name === 'Lena Voskamp')?.selection.nounLike).toBeUndefined();
  });
});
