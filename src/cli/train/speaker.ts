/**
 * Fitting the speaker model: one linear score per speaker candidate, fitted as
 * a choice among each quote's candidates and "nobody" (conditional logit, label:
 * the candidate's name is the gold speaker's, by the corpus README's name rule),
 * and the probability the best candidate must reach to be named. Candidates and their features are
 * extracted once per page; cross-validation only refits.
 *
 * `npx tsx src/cli/train/speaker.ts [--cv 5] [--ablate] [--errors]` writes src/engine/weights/speaker.json
 * and prints candidate coverage, figures per source and language (with --cv,
 * page-level cross-validated ones beside the fitted ones) and, with --ablate,
 * what each feature group brings and on which pages; with --errors, every
 * cross-validated wrong speaker.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../../engine/actors/mentions.ts';
import { type ActorIndex, indexActors } from '../../engine/actors/actors-index.ts';
import { candidatesOfQuotes } from '../../engine/attribution/index.ts';
import type { SpeakerCandidate } from '../../engine/attribution/candidates.ts';
import { chosen, rankCandidates, type SpeakerModel } from '../../engine/attribution/model.ts';
import { readPage } from '../../engine/extract/read-page.ts';
import { findQuoteSpans, type QuoteSpan } from '../../engine/quotes/find-quotes.ts';
import type { ArticleText } from '../../engine/types.ts';
import { type CorpusPage, DEFAULT_CORPUS, listCorpus } from '../corpus.ts';
import { type ChoiceExample, fitChoice, pageFolds } from '../fit/logistic.ts';
import { loadHtmlFile } from '../load-page.ts';
import { isNamedSpeaker, matchQuotes, nameMatches } from '../scoring.ts';
import { ablationLines, abstentionLine, coverageLines, errorLines, groupLines } from './speaker-report.ts';

export const SPEAKER_FIT = { l2: Number(process.env.SP_L2 ?? 0.01), epochs: Number(process.env.SP_EPOCHS ?? 400), learningRate: 0.5 };
const WEIGHTS_PATH = fileURLToPath(new URL('../../engine/weights/speaker.json', import.meta.url));

/** One quote the engine found that matches a gold quote: its candidates, each labelled. */
export interface LabelledQuote {
  candidates: SpeakerCandidate[];
  /** Per candidate: is it the gold speaker? */
  right: boolean[];
  /** The gold speaker is named (scored); quotes of unnamed speakers only teach what is no one. */
  scored: boolean;
  /** A scored quote whose gold speaker no candidate names: why. */
  missing?: MissCause;
  /** The gold speaker, for the error listing. */
  gold: string | null;
  /** The quote's opening words, for the error listing. */
  text: string;
}

export type MissCause =
  | 'never named as a speaker can be'
  | 'named only as a name no actor claims'
  | 'named in its paragraph'
  | 'named in the paragraph before'
  | 'named earlier'
  | 'named only later';

export interface SpeakerPage {
  id: string;
  lang: string;
  quotes: LabelledQuote[];
  /** Gold quotes with a named speaker (the attributed-recall denominator). */
  namedGold: number;
}

/** Read a corpus page and extract its quotes' candidates (the slow part, done once). */
export async function prepareSpeakerPage(page: CorpusPage): Promise<SpeakerPage> {
  const loaded = await loadHtmlFile(page.htmlPath);
  try {
    const reading = readPage(loaded.doc, loaded.url);
    return labelSpeakerPage(page, reading.article.isArticle ? reading.text : null);
  } finally {
    loaded.close();
  }
}

/** The candidates of every quote the engine finds in a page's article text, labelled by the page's gold. */
export function labelSpeakerPage(page: CorpusPage, article: ArticleText | null): SpeakerPage {
  const gold = page.gold;
  const namedGold = gold.is_article ? gold.quotes.filter((q) => isNamedSpeaker(q.speaker)).length : 0;
  if (!article || !gold.is_article) return { id: page.id, lang: gold.lang ?? '', quotes: [], namedGold };
  const spans = findQuoteSpans(article);
  const index = indexActors(findMentions(article), article.text, article.lang);
  const candidates = candidatesOfQuotes(article, spans, index);
  const texts = spans.map((s) => article.text.slice(s.start, s.end));
  const quotes: LabelledQuote[] = [];
  for (const [p, g] of matchQuotes(texts, gold.quotes.map((q) => q.text))) {
    const speaker = gold.quotes[g]?.speaker ?? null;
    const cs = candidates[p] ?? [];
    const scored = isNamedSpeaker(speaker);
    const right = cs.map((c) => scored && nameMatches(c.label, speaker));
    const span = spans[p];
    const coverage = scored && span && !right.some(Boolean) ? missCause(index, span, speaker) : undefined;
    quotes.push({ candidates: cs, right, scored, ...(coverage ? { missing: coverage } : {}), gold: speaker, text: (texts[p] ?? '').slice(0, 60) });
  }
  return { id: page.id, lang: gold.lang ?? article.lang ?? '', quotes, namedGold };
}

/** Why the gold speaker is not among a quote's candidates: where, if anywhere, the engine's actors name them. */
function missCause(index: ActorIndex, span: QuoteSpan, speaker: string): MissCause {
  const actors = index.actors.filter((a) => nameMatches(a.name, speaker));
  if (!actors.length) {
    const lone = index.mentions.some((m, k) => m.kind === 'name' && (index.actorOf[k] ?? -1) < 0 && nameMatches(m.text, speaker));
    return lone ? 'named only as a name no actor claims' : 'never named as a speaker can be';
  }
  const starts = actors.flatMap((a) => a.mentions.map((mi) => index.mentions[mi]?.blockIndex ?? -1));
  if (starts.includes(span.blockIndex)) return 'named in its paragraph';
  if (starts.includes(span.blockIndex - 1)) return 'named in the paragraph before';
  if (starts.some((b) => b >= 0 && b < span.blockIndex)) return 'named earlier';
  return 'named only later';
}

/** One choice per quote: its candidates, and the first that names the gold speaker (none when no candidate does). */
function examplesOf(pages: readonly SpeakerPage[]): ChoiceExample[] {
  return pages.flatMap((p) => p.quotes.filter((q) => q.candidates.length).map((q) => ({ candidates: q.candidates.map((c) => c.features), right: q.right.indexOf(true) })));
}

export interface SpeakerFigures {
  speakerAccuracy: number;
  attributedRecall: number;
  right: number;
  scored: number;
  namedGold: number;
}

/** One page's counts: right speakers, scored quotes found, gold quotes with a named speaker. */
export interface PageResult {
  id: string;
  lang: string;
  right: number;
  scored: number;
  namedGold: number;
}

/** Each page's counts under a model, as the corpus scorer counts them. */
export function pageResults(model: SpeakerModel, pages: readonly SpeakerPage[]): PageResult[] {
  return pages.map((page) => {
    let right = 0;
    let scored = 0;
    for (const q of page.quotes) {
      if (!q.scored) continue;
      scored++;
      const best = chosen(model, rankCandidates(model, q.candidates));
      if (best && q.right[q.candidates.indexOf(best.candidate)]) right++;
    }
    return { id: page.id, lang: page.lang, right, scored, namedGold: page.namedGold };
  });
}

/** Speaker accuracy and attributed recall over pages' counts. */
export function totalFigures(results: readonly PageResult[]): SpeakerFigures {
  const sum = (key: 'right' | 'scored' | 'namedGold') => results.reduce((n, r) => n + r[key], 0);
  const right = sum('right');
  return { speakerAccuracy: ratio(right, sum('scored')), attributedRecall: ratio(right, sum('namedGold')), right, scored: sum('scored'), namedGold: sum('namedGold') };
}

export function speakerFigures(model: SpeakerModel, pages: readonly SpeakerPage[]): SpeakerFigures {
  return totalFigures(pageResults(model, pages));
}

/** The rules' own answer (the candidate they finally name), for comparison. */
export const RULES_ALONE: SpeakerModel = { model: { bias: -1, weights: { rule_final: 2 } }, threshold: 0.5 };

export function trainSpeaker(pages: readonly SpeakerPage[]): SpeakerModel {
  const model = fitChoice(examplesOf(pages), SPEAKER_FIT);
  return { model, threshold: fittedThreshold(model, pages) };
}

/** The lowest probability the best candidate must reach: the lowest of those that name the most right speakers. */
function fittedThreshold(model: SpeakerModel['model'], pages: readonly SpeakerPage[]): number {
  const best: { p: number; right: boolean; scored: boolean }[] = [];
  for (const page of pages) {
    for (const q of page.quotes) {
      const top = chosen({ model, threshold: 0 }, rankCandidates({ model, threshold: 0 }, q.candidates));
      if (top) best.push({ p: top.score.probability, right: !!q.right[q.candidates.indexOf(top.candidate)], scored: q.scored });
    }
  }
  // A name given to words the article credits to nobody ("one official said") is as bad as a right name lost.
  // On a tie the lowest threshold wins: a higher one only drops wrong names the training pages happen to
  // score just below their right ones, and a held-out page's right name with them (a wrong name and no
  // name score alike).
  let pick = { threshold: 0.05, gain: -Infinity };
  for (let t = 0.05; t <= 0.9 + 1e-9; t += 0.05) {
    const named = best.filter((b) => b.p >= t);
    const gain = named.filter((b) => b.right).length - named.filter((b) => !b.scored).length;
    if (gain > pick.gain) pick = { threshold: Math.round(t * 100) / 100, gain };
  }
  return pick.threshold;
}

/** Each page scored by a model fitted on the other folds' pages. */
export function crossValidatePages(pages: readonly SpeakerPage[], k: number): PageResult[] {
  return pageFolds(pages.map((p) => p.id), k).flatMap((fold) => {
    const held = new Set(fold);
    const model = trainSpeaker(pages.filter((p) => !held.has(p.id)));
    return pageResults(model, pages.filter((p) => held.has(p.id)));
  });
}

export function crossValidate(pages: readonly SpeakerPage[], k: number): SpeakerFigures {
  return totalFigures(crossValidatePages(pages, k));
}

function ratio(a: number, b: number): number {
  return b ? Math.round((a / b) * 1000) / 1000 : 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cvAt = args.indexOf('--cv');
  const ablate = args.includes('--ablate');
  // Ablation and the error listing are cross-validated: they need folds (5 unless --cv says).
  const folds = cvAt >= 0 ? Number(args[cvAt + 1] ?? 5) : ablate || args.includes('--errors') ? 5 : 0;
  // --prepared FILE: reuse candidates extracted by an earlier run (written there when absent), to refit quickly.
  const preparedAt = args.indexOf('--prepared');
  const preparedPath = preparedAt >= 0 ? args[preparedAt + 1] : undefined;
  let pages: SpeakerPage[];
  if (preparedPath && existsSync(preparedPath)) pages = JSON.parse(readFileSync(preparedPath, 'utf8')) as SpeakerPage[];
  else {
    pages = [];
    for (const page of listCorpus(DEFAULT_CORPUS)) pages.push(await prepareSpeakerPage(page));
    if (preparedPath) writeFileSync(preparedPath, JSON.stringify(pages));
  }
  const model = trainSpeaker(pages);
  const fittedPages = pageResults(model, pages);
  const fitted = totalFigures(fittedPages);
  const rules = speakerFigures(RULES_ALONE, pages);
  const cvPages = folds > 1 ? crossValidatePages(pages, folds) : null;
  const cv = cvPages ? totalFigures(cvPages) : null;
  const features = [...new Set(pages.flatMap((p) => p.quotes.flatMap((q) => q.candidates.flatMap((c) => Object.keys(c.features)))))].sort();
  const saved = {
    model: model.model,
    threshold: model.threshold,
    fitted: {
      command: 'npx tsx src/cli/train/speaker.ts --cv 5',
      data: {
        corpusPages: pages.length,
        quotes: pages.reduce((n, p) => n + p.quotes.length, 0),
        candidates: pages.reduce((n, p) => n + p.quotes.reduce((m, q) => m + q.candidates.length, 0), 0),
      },
      options: SPEAKER_FIT,
      features,
      label: 'candidate name matches the gold speaker (corpus README name rule, src/cli/scoring.ts nameMatches)',
      figures: { fitted: strip(fitted), rulesAlone: strip(rules), ...(cv ? { crossValidated: { folds, ...strip(cv) } } : {}) },
    },
  };
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(saved, null, 2)}\n`);
  const line = (name: string, f: SpeakerFigures) =>
    `${name.padEnd(22)} speaker accuracy ${f.speakerAccuracy.toFixed(3)}  attributed recall ${f.attributedRecall.toFixed(3)}  (${f.right}/${f.scored}/${f.namedGold})\n`;
  process.stdout.write(line('rules alone', rules));
  process.stdout.write(line('fitted (all pages)', fitted));
  if (cv) process.stdout.write(line(`cross-validated (${folds})`, cv));
  const report = [...coverageLines(pages), abstentionLine(model, pages), ...groupLines(fittedPages, cvPages), ...(ablate && cvPages ? ablationLines(pages, folds, cvPages) : []), ...(args.includes('--errors') && folds > 1 ? errorLines(pages, folds) : [])];
  process.stdout.write(`${report.join('\n')}\nwrote ${WEIGHTS_PATH}\n`);
}

function strip(f: SpeakerFigures): Pick<SpeakerFigures, 'speakerAccuracy' | 'attributedRecall'> {
  return { speakerAccuracy: f.speakerAccuracy, attributedRecall: f.attributedRecall };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
