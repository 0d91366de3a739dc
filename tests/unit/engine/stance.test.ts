import { describe, expect, it } from 'vitest';
import { analyzeActors, prepareActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import type { StanceSignal } from '../../../src/engine/stance/attribute-cues.ts';
import { decideStance } from '../../../src/engine/stance/decide.ts';
import { stanceFeatures } from '../../../src/engine/stance/features.ts';
import { stanceReasons } from '../../../src/engine/stance/reasons.ts';
import type { StanceModel } from '../../../src/engine/weights/index.ts';
import { ownsMeasure } from '../../../src/engine/stance/ownership.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';
import { ROLE_STANCE_WEIGHT, roleStance } from '../../../src/engine/stance/role-stance.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Law and Crime', confidence: 1, signals: [] };

/** The stance of each stakeholder the engine finds in `text`, by name. */
function stancesIn(text: string, lang = 'en'): Record<string, string> {
  const article = articleFromText(text, { lang });
  const { stakeholders } = analyzeActors(article, findQuoteSpans(article), POLICY);
  return Object.fromEntries(stakeholders.map((s) => [s.name, s.stance]));
}

/** The stakeholder candidates of `text`, by name: what the fitted decisions see. */
function candidatesIn(text: string, lang = 'en') {
  const article = articleFromText(text, { lang });
  const { candidates } = prepareActors(article, findQuoteSpans(article), POLICY);
  return Object.fromEntries(candidates.map((c) => [c.actor.name, c]));
}

/** The net weight of the cues credited to each actor of `text`: positive leans to support, negative to opposition. */
function leansIn(text: string, lang = 'en'): Record<string, number> {
  const lean = (signals: StanceSignal[]) => signals.reduce((sum, s) => sum + s.value, 0);
  return Object.fromEntries(Object.entries(candidatesIn(text, lang)).map(([name, c]) => [name, lean(c.signals)]));
}

/** Sum of the signed cue values found in a sentence of the language given. */
function polarity(sentence: string, lang = 'en'): number {
  return stanceHits(sentence, 0, sentence.length, lang).reduce((sum, h) => sum + h.value, 0);
}

describe('stance cues', () => {
  it('reads explicit positions in five languages', () => {
    expect(polarity('The mayor strongly opposes the plan.')).toBe(-1);
    expect(polarity('Unions welcomed the decision.')).toBe(1);
    expect(polarity('Le ministre a critiqué le projet.', 'fr')).toBe(-1);
    expect(polarity('Die Regierung unterstützt den Entwurf.', 'de')).toBe(1);
    expect(polarity('El partido rechaza la reforma.', 'es')).toBe(-1);
    expect(polarity('O governo apoia a medida.', 'pt')).toBe(1);
  });

  it('reads the plural past of opposing, vetoing and blocking in Spanish and Portuguese', () => {
    expect(polarity('Los diputados se opusieron a la reforma.', 'es')).toBe(-1);
    expect(polarity('Los concejales vetaron la ordenanza.', 'es')).toBe(-1);
    expect(polarity('Os vereadores se opuseram ao projeto.', 'pt')).toBe(-1);
    expect(polarity('Os senadores vetaram a proposta.', 'pt')).toBe(-1);
  });

  it('turns a negated cue into a weak opposite: "does not oppose" is not opposition', () => {
    expect(polarity('The governor does not oppose the bill.')).toBe(0.5);
    expect(polarity('Il ne soutient pas la réforme.', 'fr')).toBe(-0.5);
  });

  it('keeps the concession of "I disapprove …, but I cannot block it" on the opposing side', () => {
    const value = polarity('I disapprove of the invitation of the Taliban to Brussels, but I cannot block it');
    expect(value).toBeCloseTo(-0.7);
  });

  it('reads "challenges the ruling" as contesting it, and "the challenges of" as difficulties', () => {
    expect(polarity('The union challenges the new pay rule in court.')).toBe(-0.6);
    expect(polarity('The talks are needed to meet the logistical challenges of the ferry service.')).toBe(0);
  });

  it('does not read "opposition" alone or "defendant" as positions', () => {
    expect(polarity('He met the opposition leader and the defendant.')).toBe(0);
    expect(polarity('She expressed her opposition to the meeting.')).toBe(-1);
  });

  it('reads protesting as an act and a protest as an event', () => {
    expect(polarity('The dockers protested against the new toll.')).toBeLessThan(0);
    expect(polarity('The police dispersed the protests and arrested protesters.')).toBe(0);
  });

  it('reads distancing oneself from a measure as opposing it, in five languages', () => {
    expect(polarity('The senator distanced herself from the toll plan.')).toBe(-1);
    expect(polarity('La députée a pris ses distances avec le projet.', 'fr')).toBe(-1);
    // Acting on a measure: signing or passing it backs it; a veto or a court challenge opposes it.
    expect(polarity('Die Ministerin unterzeichnete das Abkommen.', 'de')).toBeGreaterThan(0);
    expect(polarity('Die Landesregierung will den Bescheid anfechten.', 'de')).toBeLessThan(0);
    expect(polarity('El presidente firmó el decreto.', 'es')).toBeGreaterThan(0);
    expect(polarity('O governador assinou o decreto.', 'pt')).toBeGreaterThan(0);
    expect(polarity('Le Sénat a mis son veto au projet.', 'fr')).toBeLessThan(0);
    expect(polarity('Die Partei distanzierte sich von dem Entwurf.', 'de')).toBe(-1);
    expect(polarity('El diputado tomó distancia del proyecto.', 'es')).toBe(-1);
    expect(polarity('O senador se distanciou da proposta.', 'pt')).toBe(-1);
  });

  it('reads "disproportionate" and "unfair" as judgements against, and not an adverb of how someone acted', () => {
    expect(polarity('"The new toll is disproportionate and unfair," she said.')).toBe(-2);
    expect(polarity('The officers acted illegally.')).toBe(0);
  });

  it('reads being pleased or disappointed as a reaction for or against, in five languages', () => {
    expect(polarity('The harbour board said it was pleased with the ruling.')).toBeGreaterThan(0);
    expect(polarity('The union said it was deeply disappointed by the ruling.')).toBeLessThan(0);
    expect(polarity('Le syndicat est déçu par la décision.', 'fr')).toBeLessThan(0);
    expect(polarity('Der Verband zeigte sich enttäuscht von der Entscheidung.', 'de')).toBeLessThan(0);
    expect(polarity('El gremio se mostró satisfecho con la decisión.', 'es')).toBeGreaterThan(0);
    expect(polarity('O sindicato lamentou a decisão.', 'pt')).toBeLessThan(0);
  });

  it('reads putting a text before a chamber as backing it, and appealing a ruling as contesting it', () => {
    expect(polarity('The senator tabled a motion on the ferry toll.')).toBeGreaterThan(0);
    expect(polarity('La diputada presentó un proyecto sobre la tarifa.', 'es')).toBeGreaterThan(0);
    expect(polarity('The city appealed the ruling.')).toBeLessThan(0);
    expect(polarity('The mayor appealed to residents for calm.')).toBe(0);
  });

  it('marks judgement words as needing a voice', () => {
    const hits = stanceHits('illegal migration', 0, 'illegal migration'.length);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.voicedOnly).toBe(true);
  });
});

describe('action cues: announcing, offering, urging a measure', () => {
  it('credits the actor who puts a measure forward, in five languages', () => {
    expect(polarity('The council will announce a new harbour strategy.')).toBe(0.6);
    expect(polarity('Pilots are volunteering their weekends.')).toBe(0.6);
    expect(polarity('The union urged lawmakers to act.')).toBe(0.6);
    expect(polarity('Le gouvernement a annoncé une réforme.', 'fr')).toBe(0.6);
    expect(polarity('Die Ministerin hat ein Gesetz angekündigt.', 'de')).toBe(0.6);
    expect(polarity('El ministerio anunció el plan.', 'es')).toBe(0.6);
  });

  it('reads offering to do something as committing to it, not offering a comment', () => {
    expect(polarity('Nurses offered to run free eye tests for stranded sailors.')).toBe(0.6);
    expect(polarity('El colegio médico se ofreció a vacunar a los migrantes.', 'es')).toBe(0.6);
    expect(polarity('Os médicos se ofereceram para vacinar os migrantes.', 'pt')).toBe(0.6);
    expect(polarity('The ministry offered no comment.')).toBe(0);
  });

  it('reads "announced that …" as reporting speech, not as putting a measure forward', () => {
    expect(polarity('The minister announced on Friday that she would resign.')).toBe(0);
    expect(polarity("Le maire a annoncé qu'il enverrait une lettre au port.", 'fr')).toBe(0);
    expect(polarity('Die Regierung hat angekündigt, dass sie klagen wird.', 'de')).toBe(0);
    expect(polarity('The minister announced a plan that would cut fares.')).toBe(0.6);
  });

  it('negates them like any cue', () => {
    expect(polarity('The ministry did not announce any plan.')).toBeCloseTo(-0.3);
    expect(polarity('O governo não anunciou a medida.', 'pt')).toBeCloseTo(-0.3);
  });

  it('ignores words that only begin like a cue ("volunteer" firefighters, "officer")', () => {
    expect(polarity('The volunteer firefighters spoke to the officer.')).toBe(0);
  });
});

describe('"defender que": arguing a claim, not backing a measure', () => {
  it('a support verb before a clause reports a claim; before an object it backs it', () => {
    expect(polarity('El alcalde defiende que el peaje del puente es justo.', 'es')).toBe(0);
    expect(polarity('El alcalde defiende el peaje del puente.', 'es')).toBeGreaterThan(0);
    expect(polarity('O prefeito defende que a taxa do porto caia.', 'pt')).toBe(0);
    expect(polarity('O prefeito defende a taxa do porto.', 'pt')).toBeGreaterThan(0);
  });
});

describe('phrases of wanting an outcome and of pressing charges', () => {
  it('reads "would like to see" and "souhaite que" as backing', () => {
    expect(polarity('Some ministers would like to see Norway join the fishing pact.')).toBe(0.6);
    expect(polarity('Le ministre souhaite que la loi soit votée.', 'fr')).toBe(0.6);
    expect(polarity('El presidente quisiera que el Congreso apruebe la ley.', 'es')).toBe(0.6);
  });

  it('reads pressing charges as pursuing the prosecution', () => {
    expect(polarity('The agency will press fraud charges against the shipyard.')).toBe(0.6);
    expect(polarity('The police will not press charges.')).toBe(-0.3);
    expect(polarity('La fiscalía no quisiera que el caso se archive.', 'es')).toBe(-0.3);
  });
});

describe('casting doubt', () => {
  it('is contesting, in five languages', () => {
    expect(polarity('The president has cast doubt on the voting machines.')).toBe(-1);
    expect(polarity('Le député a mis en doute la sincérité du scrutin.', 'fr')).toBe(-1);
    expect(polarity('Die Partei hat das Ergebnis in Zweifel gezogen.', 'de')).toBe(-1);
    expect(polarity('El senador ha puesto en duda la reforma.', 'es')).toBe(-1);
    expect(polarity('O prefeito tinha colocado em dúvida o resultado do porto.', 'pt')).toBe(-1);
  });

  it('is negated like a single cue', () => {
    expect(polarity('The court did not cast doubt on the result.')).toBe(0.5);
    expect(polarity('O ministro não colocou em dúvida as urnas.', 'pt')).toBe(0.5);
  });
});

describe('benefit judgements', () => {
  it('count as support only when voiced', () => {
    const hits = stanceHits('Good relations could strengthen steadier voices.', 0, 48);
    expect(hits.map((h) => [h.value, h.voicedOnly])).toEqual([[0.5, true]]);
    expect(polarity('Das Abkommen würde die Wirtschaft stärken.', 'de')).toBe(0.5);
    expect(polarity('The deal would not benefit anyone.')).toBeCloseTo(-0.25);
  });

  it('give a reported speaker a stance', () => {
    const leans = leansIn('Analysts said lower fees would strengthen small farms across the valley.');
    expect(leans['Analysts']).toBeGreaterThan(0);
  });
});

describe('warnings', () => {
  it('weigh less than acting: doctors who offer shots and warn of an epidemic support the shots', () => {
    expect(polarity('The nurses warned that sailors are in danger.')).toBe(-0.5);
    expect(polarity('Les médecins sont inquiets.', 'fr')).toBe(-0.5);
    const stances = leansIn(
      'The Nurses for Harbour Safety group offered to run free eye tests for stranded sailors. The group warned that an outbreak could follow.',
    );
    expect(stances['Nurses for Harbour Safety']).toBeGreaterThan(0);
  });

  it('alone still read as opposition', () => {
    expect(polarity('The mayor warned against the plan.')).toBeLessThan(0);
  });
});

describe('holders named after a stance noun', () => {
  it('"ridicule across Twitter" is held by Twitter, and not by the subject of the next clause', () => {
    const stances = leansIn(
      'Governor Odile Varenne launched the slogan on Friday. The slogan drew ridicule across Twitter that weekend, but Varenne called the uproar a sign.',
    );
    expect(stances['Twitter']).toBeLessThan(0);
    expect(stances['Odile Varenne']).toBeGreaterThan(0);
  });

  it('"defended by voters of X" is held by the voters, not by X, in any language', () => {
    expect(leansIn('The curfew was defended by loyal voters of Governor Odile Varenne at the rally.')['Odile Varenne'] ?? 0).toBe(0);
    const pt = leansIn('A tarifa foi defendida por eleitores do prefeito Tomás Quaresma na praça.', 'pt');
    expect(pt['Tomás Quaresma'] ?? 0).toBe(0);
    // The link's own "de" is no complement: "por parte de X" still names X.
    expect(leansIn('La tarifa fue criticada por parte de Lucía Berganza en el pleno.', 'es')['Lucía Berganza']).toBeLessThan(0);
  });

  it('"die Zustimmung der X": a German noun\'s genitive holds it, not the subject who needs it', () => {
    const leans = leansIn('Kanzlerin Maria Holt braucht noch die Zustimmung der Grünen Partei.', 'de');
    expect(leans['Grünen Partei']).toBeGreaterThan(0);
    expect(leans['Maria Holt'] ?? 0).toBe(0);
  });

  it('the agent of a passive ("concedido por X") is not the subject of the clause', () => {
    const leans = leansIn('Os líderes, que criticam o indulto concedido por Caio Brandão, deram respaldo ao plano.', 'pt');
    expect(leans['Caio Brandão'] ?? 0).toBe(0);
  });
});

describe('speech tags after the words', () => {
  it('"…, criticised X": a cue that is itself the tag is the named speaker\'s, not the clause subject\'s', () => {
    const de = leansIn('Senatorin Ilka Brommer wirbt für das Gesetz. Der Stadtrat weiche der Debatte aus, kritisierte Senatorin Ilka Brommer am Montag.', 'de');
    expect(de['Ilka Brommer']).toBeLessThan(1);
    expect(de['Stadtrat'] ?? 0).toBe(0);
    const es = leansIn('El concejal Rubén Olaizola presentó el plan. La junta vecinal ignora el problema, criticó el concejal Rubén Olaizola.', 'es');
    expect(es['junta vecinal'] ?? 0).toBe(0);
  });

  it('a judgement credited to a source ("according to X", "…, said X") is the source\'s', () => {
    const leans = leansIn('Mayor Teodor Halvik imposed the curfew on Friday. The curfew is unconstitutional, said councillor Wren Aldous. According to Wren Aldous, the curfew is reckless.');
    expect(leans['Wren Aldous']).toBeLessThan(0);
    expect(leans['Teodor Halvik']).toBeGreaterThan(0);
  });

  it('but a name followed by more of the clause is an object, not a tag', () => {
    const leans = leansIn('The council welcomed the deal, praised Mayor Teodor Halvik and his staff for their work.');
    expect(leans['Teodor Halvik'] ?? 0).toBe(0);
  });
});

describe('verb-second clauses', () => {
  it('"Am Montag kritisierte X den Plan": a cue verb after an opening adverbial is the subject\'s after it', () => {
    const leans = leansIn('Senatorin Ilka Brommer legte das Gesetz vor. Am Montag kritisierte der Mieterverband Nordhafen den Entwurf scharf.', 'de');
    const union = Object.keys(leans).find((name) => name.includes('Mieterverband')) ?? '';
    expect(leans[union]).toBeLessThan(0);
  });

  it('but not when a name opens the clause, nor in a language that keeps its subject first', () => {
    // She is the criticism's target, never its holder.
    const de = candidatesIn('Der Mieterverband Nordhafen kritisierte am Montag Senatorin Ilka Brommer.', 'de');
    expect(de['Ilka Brommer']?.signals.map((s) => s.frame)).toEqual(['received']);
    const en = leansIn('On Monday criticised Senator Wren Aldous for the curfew.');
    expect(en['Wren Aldous'] ?? 0).toBe(0);
  });
});

describe('a statement introduced after its speaker\'s verb', () => {
  it('"Dazu erklärt X: Wir begrüßen …": the first person is the speaker named after the verb', () => {
    const text = 'Der Senat plant eine Gebühr für Fähren. Dazu erklärt Jonas Pfeiffer vom Fährverband: Wir begrüßen die Gebühr ausdrücklich.';
    const candidates = candidatesIn(text, 'de');
    expect(candidates['Jonas Pfeiffer']?.signals.map((s) => s.value)).toEqual([1]);
    expect(candidates['Senat']?.signals ?? []).toEqual([]);
  });
});

describe('the target of a criticism', () => {
  it('"X criticised Y": Y is on the receiving end, as in "Y drew criticism"', () => {
    const candidates = candidatesIn('The Dockers Union criticised Mayor Rhea Okonkwo over the port levy.');
    expect(candidates['Dockers Union']?.signals.map((s) => [s.value, s.frame])).toEqual([[-1, null]]);
    expect(candidates['Rhea Okonkwo']?.signals.map((s) => [s.value, s.frame])).toEqual([[-1, 'received']]);
  });

  it('not when the name after the verb is its subject, nor after a preposition', () => {
    const de = candidatesIn('Am Montag kritisierte Senatorin Ilka Brommer den Entwurf.', 'de');
    expect(de['Ilka Brommer']?.signals.map((s) => s.frame)).toEqual([null]);
    const en = candidatesIn('The Dockers Union criticised the levy together with Mayor Rhea Okonkwo.');
    expect(en['Rhea Okonkwo']?.signals ?? []).toEqual([]);
  });
});

describe('office-based stance', () => {
  it('a prosecutor supports the prosecution, in five languages', () => {
    expect(roleStance(null, 'U.S. Attorney Hollis Brandt Jr.')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance('procureur de la République', 'Rémy Heitz')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'die Staatsanwältin Anna Müller')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'el fiscal Ramón Quiroga')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'o promotor Carlos Silva')).toBe(ROLE_STANCE_WEIGHT);
  });

  it('does not reach past other words, nor read defence lawyers or budgets as offices', () => {
    expect(roleStance(null, 'the prosecutor asked Judge Smith')).toBe(0);
    expect(roleStance(null, "Tarrant's attorney Marla Quenby")).toBe(0);
    expect(roleStance(null, 'fiscal policy adviser John Smith')).toBe(0);
    expect(roleStance('fiscal conservative', 'John Smith')).toBe(0);
  });

  it('gives the prosecutor a stance with the sentence naming the office as evidence, but lets stated cues decide', () => {
    const article = articleFromText('U.S. Attorney Hollis Brandt Jr. said the verdict proves that smuggling is no mere paperwork error.', { lang: 'en' });
    const { stakeholders } = analyzeActors(article, findQuoteSpans(article), POLICY);
    const kennedy = stakeholders.find((s) => s.name.startsWith('Hollis Brandt'));
    expect(kennedy?.stance).toBe('supports');
    expect(kennedy?.evidence[0]?.text).toContain('U.S. Attorney Hollis Brandt');
    expect(stancesIn('Prosecutor Jane Doe said she strongly opposes the new sentencing law.')['Jane Doe']).toBe('opposes');
  });
});

describe('ownership', () => {
  it('"X\'s plan" makes X its backer; "X\'s critics" does not', () => {
    const owns = (sentence: string) => ownsMeasure(sentence, sentence.indexOf('’') >= 0 ? sentence.indexOf('’') : sentence.indexOf("'"));
    expect(owns("Harlan's tariffs hit farmers.")).toBe(true);
    expect(owns('Kastrel’s post-strike plan may soon be put into practice.')).toBe(true);
    expect(owns("the governor's new school budget passed")).toBe(true);
    expect(owns("Harlan's critics said the tariffs hurt farmers.")).toBe(false);
    expect(owns("Tamsin's office said she was safe.")).toBe(false);
  });

  it('counts for the owner when nothing they say decides', () => {
    const leans = leansIn("Tendai Murimwa's plan for a transition was drawn up with the military.\nTendai Murimwa returned to the capital on Wednesday.");
    expect(leans['Tendai Murimwa']).toBeGreaterThan(0);
  });
});

describe('positions reported inside a quotation', () => {
  it('"The Democrats have said they would block the levy" is the Democrats\' position, not the speaker\'s', () => {
    const stances = leansIn(
      '“The Democrats have said they would try hard to block the levy,” Hollis Brandt said.\nHollis Brandt is a former ambassador.',
    );
    expect(stances['Democrats']).toBeLessThan(0);
    expect(stances['Hollis Brandt']).toBeGreaterThanOrEqual(0);
  });
});

describe('coordinated subjects', () => {
  it('share the cue of their verb: "X and Y denounced" is both their position', () => {
    const leans = leansIn('Orla Penhallow and Tiberius Quayle denounced the new ferry toll on Monday.\nThe toll starts in May.');
    expect(leans['Orla Penhallow']).toBeLessThan(0);
    expect(leans['Tiberius Quayle']).toBeLessThan(0);
  });

  it('but a list after a preposition is the object, not the subject', () => {
    const leans = leansIn('The fees on Orla Penhallow and Tiberius Quayle were condemned by the Dockers Union.\nThe fees start in May.');
    expect(leans['Orla Penhallow'] ?? 0).toBe(0);
    expect(leans['Tiberius Quayle'] ?? 0).toBe(0);
  });
});

describe('groups named by their position', () => {
  it('state it by their name, and report it when they speak: "Critics argue …"', () => {
    const speaking = candidatesIn('Critics argue that the new ferry toll harms island families.\nThe toll starts in May.')['Critics'];
    expect(speaking?.signals.map((s) => [s.source, s.value])).toEqual([['identity', -1], ['reported', -1]]);
    const named = candidatesIn('The toll drew a statement from its critics on the island.\nThe toll starts in May.')['critics'];
    expect(named?.signals.map((s) => s.source) ?? []).not.toContain('reported');
  });

  it('but "supporters of <person>" say nothing of the question by their name', () => {
    const candidates = candidatesIn('Supporters of Governor Odile Varenne gathered at the quay.\nThe ferry toll starts in May.');
    expect(candidates['Supporters']?.signals.filter((s) => s.identity === 'group name') ?? []).toEqual([]);
    const ofMeasure = candidatesIn('Supporters of the ferry toll gathered at the quay.\nThe toll starts in May.');
    expect(ofMeasure['Supporters']?.stance.sup).toBeGreaterThan(0);
  });

  it('as a cue of their side, in the weight and lean only, with no feature of their own for the name', () => {
    const features = candidatesIn('Opponents of the ferry toll gathered at the quay.\nThe toll starts in May.')['Opponents']?.stance ?? {};
    expect(features.opp).toBeGreaterThan(0);
    expect(features.lean).toBe(-1);
    expect(features['opp.identity']).toBeUndefined();
    expect(Object.keys(features).filter((f) => f.startsWith('is:'))).toEqual([]);
  });
});

describe('someone quoted without a stated position', () => {
  it('is described as quoted with no cue, which the fitted model reads as neutral, not unclear', () => {
    const text = '“The ferries will sail again on Tuesday,” said Ilse Vantongeren, the harbour master.\nIlse Vantongeren spoke at the quay.';
    expect(candidatesIn(text)['Ilse Vantongeren']?.stance).toMatchObject({ quoted: 1, noCue: 1 });
    expect(stancesIn(text)['Ilse Vantongeren'] ?? 'neutral').toBe('neutral');
  });

  it('carries how many words of theirs the article quotes, summed over their quotations, on a log scale', () => {
    const text =
      '“The ferries will sail again on Tuesday,” said Ilse Vantongeren, the harbour master.\n' +
      '“Every crossing will be checked twice before it leaves,” Ilse Vantongeren added.\n' +
      'Pieter Okonjo, a ferry passenger, watched the quay.';
    const candidates = candidatesIn(text);
    // Seven words in the first quotation and nine in the second.
    expect(candidates['Ilse Vantongeren']?.stance.quotedWords).toBeCloseTo(Math.log1p(16));
    expect(candidates['Pieter Okonjo']?.stance.quotedWords).toBeUndefined();
  });
});

describe('"with X doing"', () => {
  it('after "with", a name followed by a participle is the subject; a plain object is not', () => {
    const stances = leansIn(
      'Norway firmly criticised the new quota rule, with Pim Okafor condemning it as reckless.\nThe ministry met with Ivo Kastrel and rejected the plan.\nIvo Kastrel spoke on Monday.',
    );
    expect(stances['Pim Okafor']).toBeLessThan(0);
    expect(stances['Ivo Kastrel'] ?? 0).toBeGreaterThanOrEqual(0);
  });
});

describe('bodies and the people who speak for them', () => {
  it('a body that says nothing itself takes the position of the person whose role names it; a think tank does not', () => {
    const stances = stancesIn(
      [
        'The Dockers Association organised the rally at the harbour.',
        'Dockers Association President Hollis Brandt condemned the budget and said the union would fight it.',
        'Walter Penrose, a visiting scholar at the Council on Coastal Fisheries, welcomed the deal.',
        'The Council on Coastal Fisheries hosted the debate.',
      ].join('\n'),
    );
    expect(stances['Hollis Brandt']).toBe('opposes');
    expect(stances['Dockers Association']).toBe('opposes');
    expect(stances['Council on Coastal Fisheries']).not.toBe('supports');
  });
});

describe('mediators', () => {
  it('do not take the side of those they stand between', () => {
    const leans = leansIn('The bishop, Tomas Varga, is acting as a go-between for the mayor and the unions, who oppose the closures.\nTomas Varga met the mayor again on Thursday.');
    expect(leans['Tomas Varga']).toBeGreaterThanOrEqual(0);
  });

  it('are told apart by a feature the stance model sees', () => {
    const candidates = candidatesIn('Anna Berg is acting as a mediator between the unions and the city.\nAnna Berg met the unions again on Thursday.');
    expect(candidates['Anna Berg']?.stance.mediator).toBe(1);
  });
});

describe('decideStance', () => {
  // A hand-made model: opposing cues push 'opposes', being quoted pushes 'neutral'.
  const model: StanceModel = {
    model: {
      classes: ['supports', 'opposes', 'mixed', 'neutral', 'unclear'],
      bias: { unclear: 1 },
      weights: { opposes: { opp: 2 }, neutral: { quoted: 2 } },
    },
    minSideProbability: 0.6,
  };

  it('takes the most probable stance when it is sure enough of the side', () => {
    const decision = decideStance(model, { opp: 2 });
    expect(decision.stance).toBe('opposes');
    expect(decision.abstained).toBe(false);
    expect(decision.contributions[0]).toMatchObject({ feature: 'opp', weight: 2 });
  });

  it('leaves the stance open when the side is weak: unclear, even for someone the model would call neutral', () => {
    const weak = decideStance(model, { opp: 1 });
    expect(weak.stance).toBe('unclear');
    expect(weak.abstained).toBe(true);
    // Cues lean to a side: the actor may well take one, so "neutral" would claim what the article does not say.
    const quoted = decideStance(model, { opp: 1, quoted: 0.6 });
    expect(quoted).toMatchObject({ stance: 'unclear', abstained: true });
    expect(decideStance({ ...model, minSideProbability: 0.2 }, { opp: 1 }).stance).toBe('opposes');
  });

  it('never shows a side on no evidence: a prior for a side is not a position', () => {
    const leaning: StanceModel = { ...model, model: { ...model.model, bias: { supports: 3 } } };
    expect(decideStance(leaning, { quoted: 1 }).stance).toBe('supports');
    const none = decideStance(leaning, { quoted: 1, noCue: 1 });
    expect(none.stance).toBe('neutral');
    expect(none.abstained).toBe(true);
  });

  it('explains itself in plain words with the article\'s own words', () => {
    const text = 'The mayor said she opposes the new parking rules, and will vote against them.';
    const at = text.indexOf('opposes');
    const signal: StanceSignal = { actor: 0, value: -1, sentence: 0, source: 'reported', strength: 1, group: 'oppose verb', cue: 'oppos', negated: false, frame: null, start: at, end: at + 7 };
    const reasons = stanceReasons(text, decideStance(model, { opp: 2 }), [signal]);
    expect(reasons[0]).toBe("reported as 'opposes the new parking rules'");
    expect(stanceReasons(text, decideStance(model, { opp: 1 }), [signal])[0]).toMatch(/^leans to a side, but the evidence is weak/);
  });
});

describe('stance features', () => {
  const signal = (value: number, sentence: number, source: StanceSignal['source'], negated = false, strength = 1, group: StanceSignal['group'] = 'oppose verb'): StanceSignal => ({
    actor: 0, value, sentence, source, strength, group, cue: null, negated, frame: null, start: 0, end: 1,
  });

  it('counts cues by side, by how they reached the actor and negation, and never by cue group', () => {
    const f = stanceFeatures(
      { signals: [signal(-1, 1, 'own-quote'), signal(0.5, 1, 'reported', true), signal(-0.6, 2, 'named-holder', false, 0.6, 'fight against')], quoted: true, quotedWords: 12, stating: false, analyst: false, mediator: false },
    );
    expect(f['opp.own-quote']).toBeCloseTo(Math.log1p(1));
    expect(f['opp.named-holder']).toBeCloseTo(Math.log1p(1));
    expect(f['sup.negated']).toBeCloseTo(Math.log1p(1));
    // A negated cue is its own feature only: not a reported support, not in the lean.
    expect(f['sup.reported']).toBeUndefined();
    // A group's side comes from its language pack: a fitted weight per group could turn it round.
    expect(Object.keys(f).filter((k) => k.startsWith('cue:'))).toEqual([]);
    expect(f.lean).toBe(-1);
    expect(f.bothSides).toBeUndefined();
    expect(f.quoted).toBe(1);
    expect(f.noCue).toBeUndefined();
  });

  it('weighs the words quoted on a log scale, and says nothing of them for someone not quoted', () => {
    expect(stanceFeatures({ signals: [], quoted: true, quotedWords: 20, stating: false, analyst: false, mediator: false }).quotedWords).toBeCloseTo(Math.log(21));
    expect(stanceFeatures({ signals: [], quoted: false, quotedWords: 0, stating: false, analyst: false, mediator: false }).quotedWords).toBeUndefined();
  });

  it('says so when there is no cue, and who the actor is', () => {
    expect(stanceFeatures({ signals: [], quoted: false, quotedWords: 0, stating: true, analyst: true, mediator: true })).toEqual({
      noCue: 1,
      stating: 1,
      analyst: 1,
      mediator: 1,
    });
  });
});

describe('the saved stance model and clause boundaries', () => {
  it('a minister who says she supports a measure supports it; opposition after a semicolon is another clause', () => {
    const stances = stancesIn(
      'Orla Fenwick says the new ferry levy deserves support; boat owners remain opposed.\n' +
        'Orla Fenwick, the transport minister, said on Tuesday that she now supports the ferry levy.\n' +
        '"I support the levy because the crossings need new boats," Fenwick said at a briefing.\n' +
        'Dara Quill, a boat owner, said he opposes the levy. "It is a tax on the islands," Quill said.',
    );
    expect(stances['Orla Fenwick']).toBe('supports');
    expect(stances['Dara Quill']).toBe('opposes');
  });
});
