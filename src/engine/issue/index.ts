/**
 * The article's policy question in a few words ("ban rental scooters
 * Montréal"). A fitted per-word model (src/cli/train/issue.ts) gives each word
 * of the headline, lede and body the probability that the question holds it;
 * the phrase chosen is the one with the highest expected content-word F1
 * under those probabilities, among the headline's and lede's clauses and,
 * within the headline or one sentence of the first two paragraphs, its most
 * probable words in reading order. So the phrase is as long as the model is sure, not as a cap says.
 * Null for pages that are not policy articles.
 */
import { type Contribution, type LinearModel, scoreLinear } from '../model/linear.ts';
import { NO_TRACE, type Tracer } from '../trace.ts';
import type { PolicyVerdict } from '../types.ts';
import { issueContentWords } from '../../shared/issue-words.ts';
import issueWeights from '../weights/issue.json';
import { type IssueSource, issueCandidates } from './candidates.ts';
import { englishIssue } from './english.ts';
import { type KeyedRun, issueRuns, issueWords, sentenceRuns } from './words.ts';

export interface IssueModel {
  /** Whether a word is in the question: a logistic score over its features (words.ts). */
  words: LinearModel;
  /** Content words a question holds beyond those the page's words offer: the mean over the corpus. */
  unseen: number;
}

export const ISSUE_MODEL: IssueModel = issueWeights.model;

/** Words without content ("on", "the") kept between two chosen words of one sentence, so the phrase reads. */
const BRIDGE = 2;

export interface IssueChoice {
  text: string;
  expectedF1: number;
  /** Each content word of the page considered, with its probability and the features behind it, likeliest first. */
  words: { key: string; probability: number; contributions: Contribution[] }[];
}

/** The chosen words as the page writes them, in reading order, with short gaps of words without content bridged. */
export function phraseOfKeys(runs: readonly KeyedRun[], chosen: ReadonlySet<string>): string {
  const left = new Set(chosen);
  const pieces: string[] = [];
  for (const run of runs) {
    let last = -1;
    run.words.forEach((word, i) => {
      const keys = run.keys[i] ?? [];
      if (!keys.some((k) => left.has(k))) return;
      for (const k of keys) left.delete(k);
      const gap = run.words.slice(last + 1, i);
      const bridged = last >= 0 && gap.length <= BRIDGE && gap.every((_, g) => !(run.keys[last + 1 + g] ?? []).length);
      if (bridged) pieces.push(...gap.map((w) => w.shown));
      pieces.push(word.shown);
      last = i;
    });
    if (!left.size) break;
  }
  return pieces.join(' ');
}

export function chooseIssue(source: IssueSource, model: IssueModel = ISSUE_MODEL, placeNames: readonly string[] = []): IssueChoice | null {
  const runs = issueRuns(source);
  const words = issueWords(source, runs, placeNames)
    .map((w) => {
      const { probability, contributions } = scoreLinear(model.words, w.features);
      return { key: w.key, probability, contributions };
    })
    .sort((a, b) => b.probability - a.probability || a.key.localeCompare(b.key));
  if (!words.length) return null;
  const probability = new Map(words.map((w) => [w.key, w.probability]));
  const expectedGold = words.reduce((sum, w) => sum + w.probability, 0) + model.unseen;
  const expectedF1 = (text: string): number => {
    const keys = issueContentWords(englishIssue(text, source.lang));
    let hits = 0;
    for (const key of keys) hits += probability.get(key) ?? 0;
    return keys.size ? (2 * hits) / (keys.size + expectedGold) : 0;
  };
  const best = { text: '', expectedF1: 0, words };
  const consider = (text: string): void => {
    const f1 = expectedF1(text);
    if (text && (!best.text || f1 > best.expectedF1)) Object.assign(best, { text, expectedF1: f1 });
  };
  for (const candidate of issueCandidates(source)) consider(candidate.text);
  // The likeliest words that one sentence (headline, or of the first paragraphs) holds, as many as maximise the expected F1,
  // in that sentence's order: words gathered across sentences read as a list of keywords, not a question.
  for (const run of sentenceRuns(source)) {
    const inRun = new Set(run.keys.flat());
    const chosen = new Set<string>();
    for (const w of words) {
      if (!inRun.has(w.key)) continue;
      chosen.add(w.key);
      consider(phraseOfKeys([run], chosen));
    }
  }
  return best.text ? best : null;
}

/** Words of the page shown in a trace: the likeliest, enough to see why the phrase holds what it holds. */
const TRACED_WORDS = 12;

export function issuePhrase(
  source: IssueSource,
  policy: PolicyVerdict | null,
  model: IssueModel = ISSUE_MODEL,
  tracer: Tracer = NO_TRACE,
  placeNames: readonly string[] = [],
): string | null {
  if (!policy?.isPolicy) return null;
  const choice = chooseIssue(source, model, placeNames);
  if (choice && tracer.enabled) {
    const inPhrase = issueContentWords(englishIssue(choice.text, source.lang));
    tracer.add({
      stage: `issue (each word's probability of being in the question; phrase's expected F1 ${choice.expectedF1.toFixed(2)})`,
      subject: choice.text,
      candidates: choice.words.slice(0, TRACED_WORDS).map((w) => ({ label: w.key, score: w.probability, chosen: inPhrase.has(w.key), contributions: w.contributions })),
    });
  }
  return choice?.text ?? null;
}
