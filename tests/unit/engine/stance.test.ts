import { describe, expect, it } from 'vitest';
import { analyzeActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { decideStance } from '../../../src/engine/stance/decide.ts';
import { ownsMeasure } from '../../../src/engine/stance/ownership.ts';
import { stanceHits } from '../../../src/engine/stance/polarity.ts';
import { ROLE_STANCE_WEIGHT, roleStance } from '../../../src/engine/stance/role-stance.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Law and Crime', confidence: 1, signals: [] };
const NOBODY = { analyst: false, quoted: false };
const ANALYST = { analyst: true, quoted: false };
const QUOTED = { analyst: false, quoted: true };

/** The stance of each stakeholder the engine finds in `text`, by name. */
function stancesIn(text: string, lang = 'en'): Record<string, string> {
  const article = articleFromText(text, { lang });
  const { stakeholders } = analyzeActors(article, findQuoteSpans(article), POLICY);
  return Object.fromEntries(stakeholders.map((s) => [s.name, s.stance]));
}

/** Sum of the signed cue values found in a sentence. */
function polarity(sentence: string): number {
  return stanceHits(sentence, 0, sentence.length).reduce((sum, h) => sum + h.value, 0);
}

describe('stance cues', () => {
  it('reads explicit positions in five languages', () => {
    expect(polarity('The mayor strongly opposes the plan.')).toBe(-1);
    expect(polarity('Unions welcomed the decision.')).toBe(1);
    expect(polarity('Le ministre a critiqué le projet.')).toBe(-1);
    expect(polarity('Die Regierung unterstützt den Entwurf.')).toBe(1);
    expect(polarity('El partido rechaza la reforma.')).toBe(-1);
    expect(polarity('O governo apoia a medida.')).toBe(1);
  });

  it('turns a negated cue into a weak opposite: "does not oppose" is not opposition', () => {
    expect(polarity('The governor does not oppose the bill.')).toBe(0.5);
    expect(polarity('Il ne soutient pas la réforme.')).toBe(-0.5);
    expect(decideStance([polarity('The governor does not oppose the bill.')], NOBODY)).toBe('supports');
  });

  it('keeps the concession of "I disapprove …, but I cannot block it" on the opposing side', () => {
    const value = polarity('I disapprove of the invitation of the Taliban to Brussels, but I cannot block it');
    expect(value).toBeCloseTo(-0.7);
    expect(decideStance([value], NOBODY)).toBe('opposes');
  });

  it('does not read "opposition" alone or "defendant" as positions', () => {
    expect(polarity('He met the opposition leader and the defendant.')).toBe(0);
    expect(polarity('She expressed her opposition to the meeting.')).toBe(-1);
  });

  it('marks judgement words as needing a voice', () => {
    const hits = stanceHits('illegal migration', 0, 'illegal migration'.length);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.voicedOnly).toBe(true);
  });
});

describe('action cues: announcing, offering, urging a measure', () => {
  it('credits the actor who puts a measure forward, in five languages', () => {
    expect(polarity('The administration will announce a new Sudan strategy.')).toBe(0.6);
    expect(polarity('Physicians are volunteering their time.')).toBe(0.6);
    expect(polarity('The union urged lawmakers to act.')).toBe(0.6);
    expect(polarity('Le gouvernement a annoncé une réforme.')).toBe(0.6);
    expect(polarity('Die Ministerin hat ein Gesetz angekündigt.')).toBe(0.6);
    expect(polarity('El ministerio anunció el plan.')).toBe(0.6);
  });

  it('reads offering to do something as committing to it, not offering a comment', () => {
    expect(polarity('Doctors offered to give free flu shots to detained migrants.')).toBe(1);
    expect(polarity('El colegio médico se ofreció a vacunar a los migrantes.')).toBe(1);
    expect(polarity('Os médicos se ofereceram para vacinar os migrantes.')).toBe(1);
    expect(polarity('The ministry offered no comment.')).toBe(0);
  });

  it('reads "announced that …" as reporting speech, not as putting a measure forward', () => {
    expect(polarity('The minister announced on Friday that she would resign.')).toBe(0);
    expect(polarity("Le député a annoncé qu'il transmettrait un mémorandum.")).toBe(0);
    expect(polarity('Die Regierung hat angekündigt, dass sie klagen wird.')).toBe(0);
    expect(polarity('The minister announced a plan that would cut fares.')).toBe(0.6);
  });

  it('negates them like any cue', () => {
    expect(polarity('The ministry did not announce any plan.')).toBeCloseTo(-0.3);
    expect(polarity('O governo não anunciou a medida.')).toBeCloseTo(-0.3);
  });

  it('ignores words that only begin like a cue ("volunteer" firefighters, "officer")', () => {
    expect(polarity('The volunteer firefighters spoke to the officer.')).toBe(0);
  });
});

describe('phrases of wanting an outcome and of pressing charges', () => {
  it('reads "would like to see" and "souhaite que" as backing', () => {
    expect(polarity('Some advisers would like to see China agree to large purchases.')).toBe(1);
    expect(polarity('Le ministre souhaite que la loi soit votée.')).toBe(1);
    expect(polarity('El presidente quisiera que el Congreso apruebe la ley.')).toBe(1);
  });

  it('reads pressing charges as pursuing the prosecution', () => {
    expect(polarity('The authority will press war crimes charges against Israel.')).toBe(1);
    expect(polarity('The police will not press charges.')).toBe(-0.5);
    expect(polarity('La fiscalía no quisiera que el caso se archive.')).toBe(-0.5);
  });
});

describe('casting doubt', () => {
  it('is contesting, in five languages', () => {
    expect(polarity('The president has cast doubt on the voting machines.')).toBe(-1);
    expect(polarity('Le député a mis en doute la sincérité du scrutin.')).toBe(-1);
    expect(polarity('Die Partei hat das Ergebnis in Zweifel gezogen.')).toBe(-1);
    expect(polarity('El senador ha puesto en duda la reforma.')).toBe(-1);
    expect(polarity('O presidente tem colocado em dúvida a segurança das urnas.')).toBe(-1);
  });

  it('is negated like a single cue', () => {
    expect(polarity('The court did not cast doubt on the result.')).toBe(0.5);
    expect(polarity('O ministro não colocou em dúvida as urnas.')).toBe(0.5);
  });
});

describe('benefit judgements', () => {
  it('count as support only when voiced', () => {
    const hits = stanceHits('Good relations could strengthen moderate voices.', 0, 48);
    expect(hits.map((h) => [h.value, h.voicedOnly])).toEqual([[0.5, true]]);
    expect(polarity('Das Abkommen würde die Wirtschaft stärken.')).toBe(0.5);
    expect(polarity('The deal would not benefit anyone.')).toBeCloseTo(-0.25);
  });

  it('give a reported speaker a stance', () => {
    const stances = stancesIn('Analysts said good relations with Sudan could strengthen moderate voices in the country.');
    expect(stances['Analysts']).toBe('supports');
  });
});

describe('warnings', () => {
  it('weigh less than acting: doctors who offer shots and warn of an epidemic support the shots', () => {
    expect(polarity('The doctors warned that migrants are at risk.')).toBe(-0.5);
    expect(polarity('Les médecins sont inquiets.')).toBe(-0.5);
    const stances = stancesIn(
      'The Doctors for Camp Closure group offered to give free flu shots to detained migrants. The group warned that an epidemic could follow.',
    );
    expect(stances['Doctors for Camp Closure']).toBe('supports');
  });

  it('alone still read as opposition', () => {
    expect(decideStance([polarity('The mayor warned against the plan.')], NOBODY)).toBe('opposes');
  });
});

describe('holders named after a stance noun', () => {
  it('"ridicule across Twitter" is held by Twitter, and not by the subject of the next clause', () => {
    const stances = stancesIn(
      'Governor Kristi Noem launched the campaign on Monday. The tagline drew ridicule across Twitter on Monday, but Noem cited the backlash as proof.',
    );
    expect(stances['Twitter']).toBe('opposes');
    expect(stances['Kristi Noem']).toBe('supports');
  });
});

describe('office-based stance', () => {
  it('a prosecutor supports the prosecution, in five languages', () => {
    expect(roleStance(null, 'U.S. Attorney James Kennedy Jr.')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance('procureur de la République', 'Rémy Heitz')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'die Staatsanwältin Anna Müller')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'el fiscal Juan Pérez')).toBe(ROLE_STANCE_WEIGHT);
    expect(roleStance(null, 'o promotor Carlos Silva')).toBe(ROLE_STANCE_WEIGHT);
  });

  it('does not reach past other words, nor read defence lawyers or budgets as offices', () => {
    expect(roleStance(null, 'the prosecutor asked Judge Smith')).toBe(0);
    expect(roleStance(null, "Carlineo's attorney Sonya Zoghlin")).toBe(0);
    expect(roleStance(null, 'fiscal policy adviser John Smith')).toBe(0);
    expect(roleStance('fiscal conservative', 'John Smith')).toBe(0);
  });

  it('gives the prosecutor a stance with the sentence naming the office as evidence, but lets stated cues decide', () => {
    const article = articleFromText('U.S. Attorney James Kennedy Jr. said the case shows that threats are not free speech.', { lang: 'en' });
    const { stakeholders } = analyzeActors(article, findQuoteSpans(article), POLICY);
    const kennedy = stakeholders.find((s) => s.name.startsWith('James Kennedy'));
    expect(kennedy?.stance).toBe('supports');
    expect(kennedy?.evidence[0]?.text).toContain('U.S. Attorney James Kennedy');
    expect(stancesIn('Prosecutor Jane Doe said she strongly opposes the new sentencing law.')['Jane Doe']).toBe('opposes');
  });
});

describe('ownership', () => {
  it('"X\'s plan" makes X its backer; "X\'s critics" does not', () => {
    const owns = (sentence: string) => ownsMeasure(sentence, sentence.indexOf('’') >= 0 ? sentence.indexOf('’') : sentence.indexOf("'"));
    expect(owns("Trump's tariffs hit farmers.")).toBe(true);
    expect(owns('Mnangagwa’s post-Mugabe plan might be rolling into action.')).toBe(true);
    expect(owns("the governor's new school budget passed")).toBe(true);
    expect(owns("Trump's critics said the tariffs hurt farmers.")).toBe(false);
    expect(owns("Omar's office said she was safe.")).toBe(false);
  });

  it('counts for the owner when nothing they say decides', () => {
    const stances = stancesIn("Emmerson Mnangagwa's plan for a transition was drawn up with the military.\nEmmerson Mnangagwa returned to Harare on Wednesday.");
    expect(stances['Emmerson Mnangagwa']).toBe('supports');
  });
});

describe('positions reported inside a quotation', () => {
  it('"The Republicans have said they will block a deal" is the Republicans\' position, not the speaker\'s', () => {
    const stances = stancesIn(
      '“The Republicans have said they will do what they can to block a deal,” Martin Indyk said.\nMartin Indyk is a former ambassador.',
    );
    expect(stances['Republicans']).toBe('opposes');
    expect(stances['Martin Indyk']).not.toBe('opposes');
  });
});

describe('"with X doing"', () => {
  it('after "with", a name followed by a participle is the subject; a plain object is not', () => {
    const stances = stancesIn(
      'Egypt sharply criticised the US policy shift, with Ayman Safadi condemning it as dangerous.\nThe ministry met with Saeb Erekat and rejected the plan.\nSaeb Erekat spoke on Monday.',
    );
    expect(stances['Ayman Safadi']).toBe('opposes');
    expect(stances['Saeb Erekat']).not.toBe('opposes');
  });
});

describe('bodies and the people who speak for them', () => {
  it('a body that says nothing itself takes the position of the person whose role names it; a think tank does not', () => {
    const stances = stancesIn(
      [
        'The Teachers Association organised the rally at the Statehouse.',
        'Teachers Association President Keith Gambill demanded higher pay and condemned the budget.',
        'Robert Danin, a senior fellow at the Council on Foreign Relations, welcomed the deal.',
        'The Council on Foreign Relations hosted the debate.',
      ].join('\n'),
    );
    expect(stances['Keith Gambill']).toBe('opposes');
    expect(stances['Teachers Association']).toBe('opposes');
    expect(stances['Council on Foreign Relations']).not.toBe('supports');
  });
});

describe('mediators', () => {
  it('take no side unless they clearly say so', () => {
    const stances = stancesIn(
      'The priest, Fidelis Mukonori, is acting as a middle-man between Mugabe and the generals, who oppose his rule.\nFidelis Mukonori met Mugabe again on Thursday.',
    );
    expect(stances['Fidelis Mukonori']).toBe('neutral');
  });
});

describe('decideStance', () => {
  it('is unclear without cues, neutral for analysts and for those quoted without taking a side', () => {
    expect(decideStance([], NOBODY)).toBe('unclear');
    expect(decideStance([], ANALYST)).toBe('neutral');
    expect(decideStance([-1], ANALYST)).toBe('neutral');
    expect(decideStance([-1, -1.5], ANALYST)).toBe('opposes');
    expect(decideStance([], QUOTED)).toBe('neutral');
    expect(decideStance([-1], QUOTED)).toBe('opposes');
  });

  it('is mixed only when both sides weigh', () => {
    expect(decideStance([1, 1, -1.6], NOBODY)).toBe('mixed');
    expect(decideStance([1, -0.6], NOBODY)).toBe('supports');
  });
});
