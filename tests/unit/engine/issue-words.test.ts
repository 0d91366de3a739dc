import { describe, expect, it } from 'vitest';
import { indexActors, placeNames } from '../../../src/engine/actors/actors-index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { englishIssue } from '../../../src/engine/issue/english.ts';
import { type IssueModel, chooseIssue, issuePhrase } from '../../../src/engine/issue/index.ts';
import { issueRuns, issueWords, sentenceRuns } from '../../../src/engine/issue/words.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import { collectingTracer, type TraceEntry } from '../../../src/engine/trace.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Transportation', confidence: 0.9, signals: [] };

function sourceOf(title: string, body: string, lang = 'en') {
  return { ...articleFromText(body, { lang }), title };
}

const title = 'Council delays vote on parking fees for electric cars | The Valley Courier';
const body =
  'The city council on Monday postponed its vote on new parking fees for electric cars until March. Electric car owners had asked the council to keep parking free, and we told them so. The fees would pay for charging points, the treasurer said. Owners of electric cars say the fees punish early adopters, but the US maker of the chargers says it doesn’t mind. Chargers made in the US cost less.';

describe('the words an issue is made of', () => {
  const words = new Map(issueWords(sourceOf(title, body)).map((w) => [w.key, w.features]));

  it('describes each content word by where it stands and how often', () => {
    expect(words.get('fee')).toMatchObject({ title: 1, lede: 1 });
    expect(words.get('fee')?.bodyCount).toBeGreaterThan(words.get('owner')?.bodyCount ?? 1);
    expect(words.get('owner')?.bodyCount).toBeGreaterThan(0);
    expect(words.get('owner')).toMatchObject({ title: 0, lede: 0 });
    // Said once, in the body only: not a candidate.
    expect(words.has('treasurer')).toBe(false);
    expect(words.has('courier')).toBe(false);
  });

  it('says nothing of measure words: neither being one nor standing before one is a feature', () => {
    expect(words.get('vot')).not.toHaveProperty('measure');
    expect(words.get('delay')).not.toHaveProperty('beforeMeasure');
  });

  it('leaves out pronouns and the letters of a contraction, but keeps the US', () => {
    expect(words.has('we')).toBe(false);
    expect(words.has('t')).toBe(false);
    expect(words.has('us')).toBe(true);
  });

  it('reads a page in another language through its English gloss, names carried over', () => {
    const german = issueWords(sourceOf('Stadtrat berät über Verbot von Feuerwerk in Leipzig', 'Der Stadtrat in Leipzig berät am Dienstag über ein Verbot von Feuerwerk in der Innenstadt.', 'de'));
    const keys = new Map(german.map((w) => [w.key, w.features]));
    expect(keys.get('ban')).toMatchObject({ glossed: 1, carried: 0, title: 1 });
    expect(keys.get('leipzig')).toMatchObject({ glossed: 0, carried: 1 });
  });
});

describe('the names among the words', () => {
  const source = sourceOf(
    'Mayor Brandt wants leaf blower ban in Canada',
    'Mayor Ilka Brandt wants to ban leaf blowers in Canada from next spring. The council will vote on the ban in May, Brandt said.',
  );
  const places = placeNames(indexActors(findMentions(source), source.text, source.lang));
  const words = new Map(issueWords(source, issueRuns(source), places).map((w) => [w.key, w.features]));

  it('marks the words of a place’s name, not a person’s, for the model to weigh', () => {
    expect(words.get('canada')).toMatchObject({ place: 1 });
    expect(words.get('brandt')).toMatchObject({ place: 0 });
    expect(words.get('ban')).toMatchObject({ place: 0 });
  });

  it('reads no places when given no actors', () => {
    expect(issueWords(source).find((w) => w.key === 'canada')?.features).toMatchObject({ place: 0 });
  });
});

describe('choosing the issue phrase by expected F1', () => {
  const source = sourceOf(title, body);
  /** A model sure of words in both the headline and the lede, and of nothing else. */
  const sure: IssueModel = { words: { bias: -18, weights: { title: 12, lede: 12 } }, unseen: 0 };
  /** A model that finds every headline word about as likely. */
  const unsure: IssueModel = { words: { bias: -1, weights: { title: 1.2 } }, unseen: 4 };

  it('stops where the model stops being sure: a sure model gives a short phrase', () => {
    const short = chooseIssue(source, sure);
    expect(short?.text).toBe('Council vote on parking fees for electric cars');
    expect(short?.expectedF1).toBeGreaterThan(0.9);
  });

  it('lists each word considered with its probability, likeliest first', () => {
    const choice = chooseIssue(source, sure);
    expect(choice?.words[0]?.probability).toBeGreaterThan(0.99);
    expect(choice?.words.at(-1)?.probability).toBeLessThan(0.01);
  });

  it('takes more words when it is less sure which are the question', () => {
    const long = issuePhrase(source, POLICY, unsure) ?? '';
    expect(long.split(' ').length).toBeGreaterThan(7);
    expect(long).toMatch(/Council/);
  });

  it('bridges the small words between chosen words of one sentence, so the phrase reads', () => {
    const runs = issueRuns(source);
    expect(runs[0]?.part).toBe('title');
    expect(chooseIssue(source, sure)?.text).toMatch(/fees for electric cars/);
  });

  it('draws its words from one sentence, even when likely words stand in several', () => {
    // Body words as likely as headline words: gathered across sentences they would read as a keyword list.
    const spread: IssueModel = { words: { bias: -1, weights: { title: 1.2, bodyCount: 3 } }, unseen: 4 };
    const phrase = issuePhrase(source, POLICY, spread) ?? '';
    const sentences = [title.split(' | ')[0] ?? '', ...body.replace(/\.$/, '').split('. ')];
    expect(phrase).not.toBe('');
    expect(sentences.some((s) => phrase.split(' ').every((w) => s.split(' ').includes(w)))).toBe(true);
  });

  it('composes from the headline and the lede up to where reported speech starts, not into who said what', () => {
    const lede = 'The harbour board approved a fee for lorries on Thursday; the mayor said the vote was fair.';
    const [headline, first] = sentenceRuns(sourceOf('Harbour board approves lorry fee', lede));
    expect(headline?.words.map((w) => w.shown).join(' ')).toBe('Harbour board approves lorry fee');
    expect(first?.words.map((w) => w.shown).join(' ')).toBe('The harbour board approved a fee for lorries on Thursday');
  });

  it('composes from each sentence of the lede’s paragraph and the next, not from later ones', () => {
    const paragraphs = [
      'The harbour board met on Thursday for its yearly meeting with the city. It approved a new fee for lorries that use the quay.',
      'The fee pays for repairs to the quay wall and starts in May of next year.',
      'Drivers who use the night ferry had asked for a lower rate since the spring.',
    ];
    const runs = sentenceRuns(sourceOf('Harbour board meets', paragraphs.join('\n\n')));
    const texts = runs.map((run) => run.words.map((w) => w.shown).join(' '));
    expect(runs.map((run) => run.part)).toEqual(['title', 'lede', 'body', 'body']);
    expect(texts[2]).toBe('It approved a new fee for lorries that use the quay');
    expect(texts[3]).toMatch(/^The fee pays for repairs/);
    expect(texts.some((t) => t.includes('night ferry'))).toBe(false);
  });

  it('explains itself in a trace: each likely word with its probability and features, the phrase’s words marked', () => {
    const entries: TraceEntry[] = [];
    const phrase = issuePhrase(source, POLICY, sure, collectingTracer(entries));
    const entry = entries.find((e) => e.stage.startsWith('issue'));
    expect(entry?.subject).toBe(phrase);
    const fee = entry?.candidates.find((c) => c.label === 'fee');
    expect(fee).toMatchObject({ chosen: true });
    expect(fee?.contributions.map((c) => c.feature)).toContain('lede');
    expect(entry?.candidates.some((c) => !c.chosen)).toBe(true);
  });

  it('with the saved weights, names the measure and its object', () => {
    const phrase = issuePhrase(source, POLICY) ?? '';
    expect(phrase).toMatch(/parking fees/);
    expect(phrase).toMatch(/electric cars/);
  });
});

describe('the English gloss of names', () => {
  it('carries an acronym over instead of the cue’s general word for it', () => {
    expect(englishIssue('Streit in der AfD über das Verbot', 'de').split(' ')).toEqual(expect.arrayContaining(['AfD', 'ban']));
    expect(englishIssue('Streit in der AfD über das Verbot', 'de')).not.toMatch(/party/);
  });

  it('writes a place as an English reader does', () => {
    expect(englishIssue('Deutschland plant ein Verbot', 'de').split(' ')).toEqual(expect.arrayContaining(['Germany', 'ban']));
    expect(englishIssue('Brasil aprova reforma', 'pt').split(' ')).toEqual(expect.arrayContaining(['Brazil', 'reform']));
  });

  it('does not carry a German common noun over for a name because of its ending', () => {
    expect(englishIssue('Die Vorlesung in Freiburg', 'de')).not.toMatch(/Vorlesung/);
    expect(englishIssue('Die Vorlesung in Freiburg', 'de')).toMatch(/Freiburg/);
  });
});
