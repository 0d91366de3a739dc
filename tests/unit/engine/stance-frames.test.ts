import { describe, expect, it } from 'vitest';
import { prepareActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import type { StanceSignal } from '../../../src/engine/stance/attribute-cues.ts';
import { stanceFeatures } from '../../../src/engine/stance/features.ts';
import { groupSidesFor } from '../../../src/engine/stance/group-sides.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';
import { stanceReasons } from '../../../src/engine/stance/reasons.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import { POLICY, signalsOf } from '../support/stance-signals.ts';


/** Each cue of a sentence as [cue value, frame]. */
function framed(sentence: string, lang = 'en'): [number, string | null][] {
  return stanceHits(sentence, 0, sentence.length, lang).map((h) => [h.value, h.frame]);
}

describe('received cues: the subject is the target or the beneficiary, not the holder', () => {
  it('"drew criticism", "came in for criticism", "could count on support"', () => {
    expect(framed('The harbour minister drew sharp criticism over the ferry levy.')).toEqual([[-1, 'received']]);
    expect(framed('The port director came in for fierce criticism after the vote.')).toEqual([[-1, 'received']]);
    expect(framed('The mayor could count on the support of the dockers.')).toEqual([[1, 'received']]);
    expect(framed('The mayor supports the ferry levy.')).toEqual([[1, null]]);
  });

  it('in German, before or after the stance word', () => {
    expect(framed('Die Ministerin hofft auf Unterstützung der Länder.', 'de')).toEqual([[1, 'received']]);
    expect(framed('Die Ministerin will die Unterstützung der Länder für den Hafenplan bekommen.', 'de')).toEqual([[1, 'received']]);
    expect(framed('Die Ministerin unterstützt das Gesetz.', 'de')).toEqual([[1, null]]);
  });

  it('in Portuguese, receiving verbs only: widening one\'s own support still holds it', () => {
    expect(framed('O prefeito recebeu o apoio dos estivadores.', 'pt')).toEqual([[1, 'received']]);
    expect(framed('A ministra ampliou o apoio às cooperativas de pesca.', 'pt')).toEqual([[1, null]]);
  });

  it('"sparked a backlash from X": X holds it, plainly', () => {
    const unions = signalsOf('The ferry levy sparked a backlash from the Dockers Union on Monday.\nThe Dockers Union met on Friday.', 'Dockers Union');
    expect(unions.map((s) => [s.source, s.frame])).toEqual([['named-holder', null]]);
    const minister = signalsOf('Ilse Vantongeren drew sharp criticism over the ferry levy.\nIlse Vantongeren spoke on Friday.', 'Ilse Vantongeren');
    expect(minister.map((s) => [s.value, s.frame])).toEqual([[-1, 'received']]);
  });
});

describe('a name after a preposition', () => {
  it('holds the cue as the subject of an English absolute participle, not as a plain object', () => {
    const text = 'The council passed the ferry levy, with Ilse Vantongeren criticising the vote.\nIlse Vantongeren spoke on Friday.';
    expect(signalsOf(text, 'Ilse Vantongeren').map((s) => s.value)).toEqual([-1]);
    const object = 'The council criticised the levy with Ilse Vantongeren at the table.\nIlse Vantongeren spoke on Friday.';
    expect(signalsOf(object, 'Ilse Vantongeren')).toEqual([]);
  });
});

describe('questions and conditions', () => {
  it('a cue asked about is a question, in English and Spanish', () => {
    expect(framed('Does the council support the ferry levy?')).toEqual([[1, 'question']]);
    expect(framed('¿Apoya el alcalde el nuevo peaje?', 'es')).toEqual([[1, 'question']]);
  });

  it('a cue inside a condition is conditional, but not the main clause after it', () => {
    expect(framed('The union will strike if the council backs the levy.')).toEqual([[1, 'conditional']]);
    expect(framed('Si le gouvernement soutient la réforme, les syndicats manifesteront.', 'fr')).toEqual([[1, 'conditional']]);
    expect(framed('If the levy passes, the union says it will oppose it in court.')).toEqual([[-1, null]]);
  });
});

describe('a cue turned round by its object', () => {
  it('against the critics of a measure is for it; backing its opponents is against it', () => {
    expect(framed('The mayor rejected the criticism of the ferry levy.')).toEqual([[1, 'inverted']]);
    expect(framed('The mayor condemned the protesters outside the port.')).toEqual([[1, 'inverted']]);
    expect(framed('The dockers backed the protests against the levy.')).toEqual([[-1, 'inverted']]);
    expect(framed('Die Ministerin verurteilte die Kritiker des Gesetzes.', 'de')).toEqual([[1, 'inverted']]);
  });

  it('leaves coordinated cues and plain objects alone', () => {
    expect(framed('The mayor opposes and criticises the levy.')).toEqual([[-1, null], [-1, null]]);
    expect(framed('The mayor backed the proposal for a new ferry.')).toEqual([[1, null]]);
  });

  it('"opposer son veto" puts a veto up: against the measure, not against a veto', () => {
    expect(framed('La maire a opposé son veto au péage du port.', 'fr')).toEqual([[-1, null]]);
    expect(framed('Le conseil oppose son refus à la taxe sur les ferries.', 'fr')).toEqual([[-1, null]]);
    expect(framed('El alcalde opuso su veto al peaje del puerto.', 'es')).toEqual([[-1, null]]);
    expect(framed('O prefeito opôs o seu veto à taxa do porto.', 'pt')).toEqual([[-1, null]]);
    // Someone else's position is still turned round.
    expect(framed('Le syndicat a rejeté leurs critiques du péage.', 'fr')).toEqual([[1, 'inverted']]);
  });
});

describe('framed cues in the stance features', () => {
  const signal = (value: number, frame: StanceSignal['frame']): StanceSignal => ({
    actor: 0, value, sentence: 0, source: 'reported', strength: 1, group: 'criticism', cue: 'criticis', negated: false, frame, start: 0, end: 1,
  });

  it('are features of their own, outside the weight and lean of stated cues, and still evidence', () => {
    const f = stanceFeatures({ signals: [signal(-1, 'received'), signal(1, 'inverted')], quoted: false, quotedWords: 0, stating: false, analyst: false, mediator: false });
    expect(f['opp.received']).toBeCloseTo(Math.log1p(1));
    expect(f['sup.inverted']).toBeCloseTo(Math.log1p(1));
    expect(f.opp).toBeUndefined();
    expect(f.lean).toBeUndefined();
    expect(f.noCue).toBeUndefined();
  });

  it('leave warnings ("warned", "concern about") out: they seldom say about what', () => {
    const warned: StanceSignal = { ...signal(-0.5, null), group: 'warning', cue: 'warn' };
    const f = stanceFeatures({ signals: [warned, signal(1, null)], quoted: false, quotedWords: 0, stating: false, analyst: false, mediator: false });
    expect(f['opp.unspecific']).toBeUndefined();
    expect(f['opp.reported']).toBeUndefined();
    expect(f.opp).toBeUndefined();
    expect(f.lean).toBe(1);
  });

  it('leave wants without an object ("we need", "must") out', () => {
    const want: StanceSignal = { ...signal(0.5, null), group: 'advocacy modal', cue: 'need$' };
    const f = stanceFeatures({ signals: [want, signal(-1, null)], quoted: true, quotedWords: 12, stating: false, analyst: false, mediator: false });
    expect(f['sup.unspecific']).toBeUndefined();
    expect(f['sup.reported']).toBeUndefined();
    expect(f.sup).toBeUndefined();
    expect(f.lean).toBe(-1);
  });

  it('are told in plain words', () => {
    const text = 'The harbour minister drew sharp criticism over the ferry levy.';
    const at = text.indexOf('criticism');
    const s = { ...signal(-1, 'received'), start: at, end: at + 9 };
    const decision = { stance: 'supports' as const, probability: 0.8, abstained: false, contributions: [{ feature: 'opp.received', weight: 1, value: 1 }] };
    expect(stanceReasons(text, decision, [s])[0]).toBe("on the receiving end of 'criticism over the ferry levy'");
  });

  it('tell a reader when how much the article quotes someone pushed the decision', () => {
    const decision = { stance: 'neutral' as const, probability: 0.7, abstained: false, contributions: [{ feature: 'quotedWords', weight: 0.4, value: Math.log1p(30) }] };
    expect(stanceReasons('The harbour master spoke at length.', decision, [])).toEqual(['how much of their own words the article quotes']);
  });
});

describe('a judgement inside a quotation is the speaker\'s', () => {
  it('even when it names someone else', () => {
    const text = '“Councillor Orla Fenwick should drop the ferry levy,” said Dara Quill.\nDara Quill spoke at the quay.\nOrla Fenwick spoke on Friday.';
    expect(signalsOf(text, 'Orla Fenwick').filter((s) => s.group === 'advocacy modal')).toEqual([]);
    expect(signalsOf(text, 'Dara Quill').map((s) => [s.group, s.source])).toContainEqual(['advocacy modal', 'own-quote']);
  });
});

describe('campaigners', () => {
  it('are evidence of acting on the question, whose side the fitted model weighs', () => {
    const text = 'Dozens of activists gathered outside the town hall on Monday.\nThe activists stayed until the evening.';
    const article = articleFromText(text, { lang: 'en' });
    const { candidates } = prepareActors(article, findQuoteSpans(article), POLICY);
    const activists = candidates.find((c) => c.actor.name.toLowerCase() === 'activists');
    expect(activists?.stance['is:campaigners']).toBeGreaterThan(0);
    expect(activists?.stance.noCue).toBeUndefined();
  });
});

describe('pack vocabulary', () => {
  const polarity = (sentence: string, lang = 'en') => stanceHits(sentence, 0, sentence.length, lang).reduce((sum, h) => sum + h.value, 0);

  it('reads signing a measure, not signing up or signing a form', () => {
    expect(polarity('The governor signed the ferry bill into law.')).toBeGreaterThan(0);
    expect(polarity('She signed up for a library card.')).toBe(0);
    expect(polarity('The guards signed false forms.')).toBe(0);
  });

  it('does not read a defence budget, prosecutors or recommendation algorithms as positions', () => {
    expect(polarity('The defense budget grew again.')).toBe(0);
    expect(polarity('The plea deal was offered by prosecutors.')).toBe(0);
    expect(polarity('Die Empfehlungsalgorithmen der Plattform sind geheim.', 'de')).toBe(0);
    expect(polarity('Die Behörde will für mehr Sicherheit sorgen.', 'de')).toBe(0);
  });

  it('reads standard verbs of each language', () => {
    expect(polarity('Die Partei lehnt den Entwurf ab.', 'de')).toBe(-1);
    expect(polarity('Die Partei spricht sich klar gegen den Entwurf aus.', 'de')).toBe(-1);
    expect(polarity('Le syndicat réclame une hausse des salaires.', 'fr')).toBe(0.6);
    expect(polarity('El sindicato repudió la medida.', 'es')).toBe(-1);
    expect(polarity('O partido recusou a proposta.', 'pt')).toBe(-1);
    expect(polarity('O senador sequer apoia a proposta.', 'pt')).toBe(-0.5);
  });

  it('reads broader standard vocabulary in German, Spanish and Portuguese', () => {
    expect(polarity('Der Verband weist den Entwurf entschieden zurück.', 'de')).toBe(-1);
    expect(polarity('Die Fraktion stimmt dem Entwurf zu.', 'de')).toBe(1);
    expect(polarity('Der Landrat rügte die Kürzungen.', 'de')).toBe(-1);
    expect(polarity('La cámara bloqueó la reforma del puerto.', 'es')).toBe(-0.6);
    expect(polarity('El bloque oficialista se reunió el lunes.', 'es')).toBe(0);
    expect(polarity('A federação rechaçou o projeto.', 'pt')).toBe(-1);
    expect(polarity('Os vereadores votaram a favor da tarifa.', 'pt')).toBe(1);
  });
});

describe('the article\'s language only', () => {
  it('names sided groups from the group-nouns pack of that language', () => {
    expect(groupSidesFor('en').opposing.has('critics')).toBe(true);
    expect(groupSidesFor('en').opposing.has('critiques')).toBe(false);
    expect(groupSidesFor('fr').opposing.has('critiques')).toBe(true);
    expect(groupSidesFor('de').supporting.has('befürworter')).toBe(true);
    expect(groupSidesFor('es').campaigning.has('activistas')).toBe(true);
  });

  it('turns a cue round only for an object that names opponents in the article\'s language', () => {
    // English "critiques" are writings, not people: welcoming them stays welcoming.
    expect(framed('The author welcomed the critiques from her editor.')).toEqual([[1, null]]);
    expect(framed('Le maire a salué les critiques de la réforme.', 'fr')).toContainEqual([-1, 'inverted']);
  });

  it('opens a cue\'s object with the language\'s possessives', () => {
    expect(framed('The mayor condemned their opponents on the quay.')).toEqual([[1, 'inverted']]);
    expect(framed('Die Ministerin kritisierte ihre Gegner im Hafen.', 'de')).toEqual([[1, 'inverted']]);
  });
});
