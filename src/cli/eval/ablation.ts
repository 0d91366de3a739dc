/**
 * `npm run eval -- --ablate [STAGE]`: each feature group, prior and lexicon
 * group of every fitted stage switched off in turn (its features removed and
 * the stage refitted, per fold, on the same four fifths), with the change in
 * the cross-validated figure of its stage and the pages whose counts change.
 * Upstream stages keep the fold's models; downstream ones keep theirs too
 * (a speaker change still reaches the stakeholders it names). A group whose
 * whole gain comes from one page is flagged: it learned that page, not the task.
 */
import { SELECTION_FEATURE_GROUPS } from '../../engine/actors/stakeholder-features.ts';
import { POLICY_FEATURE_GROUPS } from '../../engine/detect/civic-features.ts';
import { withPolicyVerdict } from '../../engine/detect/policy.ts';
import { WORD_PART_GROUPS, WORD_WEIGHTING, topicFeatures } from '../../engine/detect/topic-features.ts';
import { englishIssue } from '../../engine/issue/english.ts';
import { issuePhrase } from '../../engine/issue/index.ts';
import { packCodeOf } from '../../engine/lang/index.ts';
import { type Features, type LinearModel, scoreLinear } from '../../engine/model/linear.ts';
import { prepareAnalysis } from '../../engine/analyze.ts';
import { NO_TRACE } from '../../engine/trace.ts';
import type { Analysis } from '../../engine/types.ts';
import { STANCE_FEATURE_GROUPS } from '../../engine/stance/features.ts';
import { type AnalysisRecord, toRecord } from '../analysis-record.ts';
import { type PageCounts, type PredictedPage, scorePage, totalsOf, type Totals } from '../scoring.ts';
import type { DetectExamples } from '../train/detect-fit.ts';
import { type IssuePage, trainIssue } from '../train/issue.ts';
import { POLICY_PRIOR_GROUPS, POLICY_SETTINGS, type PolicySettings, policyFeaturesOf, trainPolicy } from '../train/policy.ts';
import { keepFeatures } from '../train/prepared-corpus.ts';
import { ABLATION_GROUPS as SPEAKER_GROUPS } from '../train/speaker-report.ts';
import { type SpeakerPage, trainSpeaker } from '../train/speaker.ts';
import { trainStakeholder } from '../train/stakeholder.ts';
import { REVERSAL_COST, trainStance } from '../train/stance.ts';
import { topicOf, trainTopic } from '../train/topic.ts';
import type { CachedCorpus } from './corpus-cache.ts';
import { analyseUnder, type CrossValidation, type PipelineFit, type Stage, STAGES } from './pipeline.ts';

/** Rows shown at each end of the table of every stage. */
const TOP_AND_BOTTOM = 10;

type Drop = (feature: string) => boolean;
/** A detect group: its name and the examples with it switched off. */
type DetectVariant = [name: string, change: (d: DetectExamples) => DetectExamples];
/** A page's record with a detect stage's verdict taken again from its word features. */
type Decide = (features: Features, base: AnalysisRecord) => AnalysisRecord;

/** One group of one stage, switched off by refitting that stage without it. */
interface Group {
  stage: Stage;
  name: string;
  /** A held-out page's prediction under a fold when the group is off. */
  predict: Predictor;
}

/** Per fold, something fitted once, then a page's changed prediction. */
type Predictor = (fold: PipelineFit) => (id: string, base: AnalysisRecord) => AnalysisRecord;

/** The stage's cross-validated figure (higher is better) and a second one worth showing. */
const FIGURES: Readonly<Record<Stage, { name: string; of: (t: Totals) => number; also?: { name: string; of: (t: Totals) => number } }>> = {
  topic: { name: 'topic accuracy', of: (t) => t.topicAccuracy },
  policy: { name: 'policy F1', of: (t) => t.policyF1 },
  issue: { name: 'issue F1', of: (t) => t.issueF1 },
  speaker: { name: 'speaker accuracy', of: (t) => t.speakerAccuracy, also: { name: 'attributed recall', of: (t) => t.attributedRecall } },
  stakeholder: { name: 'stakeholder F1', of: (t) => f1(t.stakeholderPrecision, t.stakeholderRecall) },
  // A reversed side costs as much as in the stance trainer's abstention rule.
  stance: { name: `stance accuracy − ${REVERSAL_COST}×reversed`, of: (t) => t.stanceAccuracy - REVERSAL_COST * t.stanceReversed, also: { name: 'reversed', of: (t) => t.stanceReversed } },
};

/** The page counts each stage's figure reads: a page "changes" when one of them does. */
const COUNTS_OF: Readonly<Record<Stage, readonly (keyof PageCounts)[]>> = {
  topic: ['topicRight'],
  policy: ['policyTP', 'policyFP', 'policyFN'],
  issue: ['issueF1Sum'],
  speaker: ['speakerRight', 'speakerScored'],
  stakeholder: ['stakeholdersMatched', 'stakeholdersPredicted'],
  stance: ['stanceRight', 'stanceReversed', 'stakeholdersMatched'],
};

export interface AblationRow {
  stage: Stage;
  group: string;
  /** Change in the stage's cross-validated figure when the group is off (negative: the group helps). */
  change: number;
  /** Change in the stage's second figure, when it has one. */
  alsoChange: number | null;
  pagesChanged: number;
  /** The one page the group's whole gain comes from, if so. */
  onePage: string | null;
}

/**
 * The ablation rows of the stages asked for (all when none), in the order run,
 * pooled over the cross-validation's fold splits: one split's luck can make a
 * group look like one page's gain, or hide that it is.
 */
export function ablationRows(corpus: CachedCorpus, cvs: readonly CrossValidation[], only?: Stage, progress?: (line: string) => void): AblationRow[] {
  const ids = corpus.pages.map((p) => p.page.id);
  const golds = corpus.pages.map((p) => p.page.gold);
  const splits = cvs.map((cv) => {
    const records = corpus.pages.map((p, i) => recordOf(p.page.htmlPath, cv.analyses[i]));
    return { cv, records, base: records.map((r, i) => scoreOrEmpty(golds[i], r)) };
  });
  // Every split scores every page once: the pooled rows repeat the page ids split after split.
  const pooledIds = splits.flatMap(() => ids);
  const base = splits.flatMap((s) => s.base);
  const rows: AblationRow[] = [];
  for (const group of groupsOf(corpus).filter((g) => !only || g.stage === only)) {
    const counts = splits.flatMap(({ cv, records, base: splitBase }) => {
      const predicted = new Map<string, AnalysisRecord>();
      for (const fold of cv.folds) {
        const predict = group.predict(fold);
        ids.forEach((id, i) => {
          const record = records[i];
          if (!fold.train.has(id) && record) predicted.set(id, predict(id, record));
        });
      }
      return ids.map((id, i) => {
        const record = predicted.get(id) ?? records[i];
        return record ? scoreOrEmpty(golds[i], record) : splitBase[i];
      });
    });
    rows.push(rowOf(group, pooledIds, base, counts));
    const row = rows[rows.length - 1];
    if (row) progress?.(formatRow(row));
  }
  return rows;
}

function recordOf(file: string, analysis: Analysis | undefined): AnalysisRecord | undefined {
  return analysis ? toRecord(file, analysis) : undefined;
}

function scoreOrEmpty(gold: Parameters<typeof scorePage>[0] | undefined, record: PredictedPage | undefined): PageCounts | undefined {
  return gold && record ? scorePage(gold, record) : undefined;
}

function rowOf(group: Group, ids: readonly string[], base: readonly (PageCounts | undefined)[], counts: readonly (PageCounts | undefined)[]): AblationRow {
  const figure = FIGURES[group.stage];
  const baseTotals = totalsOfSome(base);
  const offTotals = totalsOfSome(counts);
  const keys = COUNTS_OF[group.stage];
  const changed = new Set(
    ids.filter((_, i) => {
      const b = base[i];
      const c = counts[i];
      return b && c && keys.some((k) => Math.abs(b[k] - c[k]) > 1e-9);
    }),
  );
  return {
    stage: group.stage,
    group: group.name,
    change: figure.of(offTotals) - figure.of(baseTotals),
    alsoChange: figure.also ? figure.also.of(offTotals) - figure.also.of(baseTotals) : null,
    pagesChanged: changed.size,
    onePage: soleGainPage(ids, base, counts, figure.of),
  };
}

function totalsOfSome(counts: readonly (PageCounts | undefined)[]): Totals {
  return totalsOf(counts.filter((c): c is PageCounts => c !== undefined));
}

/**
 * The page a group's whole gain comes from: the figure is lower without the
 * group, and putting that one page's counts back (in every split, when the
 * ids repeat split after split) removes all of the loss.
 * Null when the group gains nothing or its gain is spread over pages.
 */
export function soleGainPage(
  ids: readonly string[],
  base: readonly (PageCounts | undefined)[],
  off: readonly (PageCounts | undefined)[],
  figure: (t: Totals) => number,
): string | null {
  const baseFigure = figure(totalsOfSome(base));
  if (figure(totalsOfSome(off)) >= baseFigure - 1e-9) return null;
  const pages = [...new Set(ids)].filter((id) => {
    const restored = off.map((c, j) => (ids[j] === id ? base[j] : c));
    return figure(totalsOfSome(restored)) >= baseFigure - 1e-9;
  });
  return pages.length === 1 ? (pages[0] ?? null) : null;
}

/** Every stage's groups: feature groups named by the stages' own modules, the headlines prior and each language's cue words. */
function groupsOf(corpus: CachedCorpus): Group[] {
  const readingOf = new Map(corpus.pages.map((p) => [p.page.id, p.reading]));
  /** Groups both detect models have: the headlines prior, each language's cue words, where a word stands. */
  const detectGroups: DetectVariant[] = [
    ['prior: CAP-coded NYT headlines', (d) => ({ headlines: [], pages: d.pages })],
    ...languagesOf(corpus).map((lang): DetectVariant => [
      `lexicon: ${lang} topic cue words`,
      (d) => ({ headlines: d.headlines, pages: d.pages.map((p) => (packCodeOf(p.page.lang) === lang ? { ...p, features: {} } : p)) }),
    ]),
    ...Object.entries(WORD_PART_GROUPS).map(([name, off]): DetectVariant => [
      name,
      (d) => ({ headlines: d.headlines, pages: d.pages.map((p) => ({ ...p, features: topicFeatures(p.page, { ...WORD_WEIGHTING, ...off }).features })) }),
    ]),
  ];
  /** The policy model's own feature families, removed from every page. */
  const policyFeatureGroups = Object.entries(POLICY_FEATURE_GROUPS).map(([name, inGroup]): DetectVariant => [
    name,
    (d) => ({ headlines: d.headlines, pages: d.pages.map((p) => ({ ...p, features: keepFeatures(p.features, (f) => !inGroup(f)), civic: keepFeatures(p.civic, (f) => !inGroup(f)) })) }),
  ]);
  /** A detect stage's groups: refit on the changed examples, decide each held-out page from its changed features. */
  const detectStage = (stage: 'topic' | 'policy', variants: readonly DetectVariant[], fit: (data: DetectExamples, train: ReadonlySet<string>) => Decide): Group[] =>
    variants.map(([name, change]): Group => ({
      stage,
      name,
      predict: (fold) => {
        const data = change(corpus.detect);
        const features = new Map(data.pages.map((p) => [p.page.id, stage === 'policy' ? policyFeaturesOf(p) : p.features]));
        const decide = fit(data, fold.train);
        return (id, base) => decide(features.get(id) ?? {}, base);
      },
    }));
  const topic = detectStage('topic', detectGroups, (data, train) => {
    const model = trainTopic(data, train);
    return (features, base) => ({ ...base, topic: base.isPolicy ? topicOf(model, features) : null });
  });
  const policyFit =
    (settings: PolicySettings) =>
    (data: DetectExamples, train: ReadonlySet<string>): Decide => {
      const model = trainPolicy(data, train, settings);
      return (features, base) => ({ ...base, isPolicy: base.isArticle && isPolicy(model, features) });
    };
  const policy = [
    ...detectStage('policy', [...detectGroups, ...policyFeatureGroups], policyFit(POLICY_SETTINGS)),
    ...Object.entries(POLICY_PRIOR_GROUPS).flatMap(([name, settings]) => detectStage('policy', [[name, (d) => d]], policyFit(settings))),
  ];
  const placesOf = new Map(corpus.issue.map((p) => [p.page.id, p.places]));
  const issueFeatures = [...new Set(corpus.issue.flatMap((p) => p.words.flatMap((w) => Object.keys(w.features))))].sort();
  const issue = issueFeatures.map((feature): Group => ({
    stage: 'issue',
    name: `feature: ${feature}`,
    predict: (fold) => {
      const model = trainIssue(issueWithout(corpus.issue, (f) => f === feature), fold.train);
      return (id, base) => {
        const text = readingOf.get(id)?.text;
        const policyOf = analyseUnder(fold, id).policy;
        const phrase = text && base.isPolicy ? issuePhrase(text, policyOf, model, NO_TRACE, placesOf.get(id)) : null;
        // Scored as the CLI reports it: in English, whatever the page's language.
        return { ...base, issue: phrase === null ? null : englishIssue(phrase, base.lang) };
      };
    },
  }));
  const speaker = Object.entries(SPEAKER_GROUPS).map(([name, drop]): Group => ({
    stage: 'speaker',
    name,
    predict: (fold) => {
      const model = trainSpeaker(speakerWithout(corpus.speaker, drop).filter((p) => fold.train.has(p.id)));
      return (id, base) => {
        const reading = readingOf.get(id);
        if (!reading) return base;
        const prepared = prepareAnalysis(withPolicyVerdict(reading, fold.models.detect), { issue: fold.models.issue, speaker: model });
        return toRecord(base.file, prepared.analyse({ stakeholder: fold.models.stakeholder, stance: fold.models.stance }));
      };
    },
  }));
  const trainPagesOf = (fold: PipelineFit) => [...fold.prepared.values()].filter((p) => fold.train.has(p.page.id));
  const stakeholder = Object.entries(SELECTION_FEATURE_GROUPS).map(([name, inGroup]): Group => ({
    stage: 'stakeholder',
    name,
    predict: (fold) => {
      const model = trainStakeholder(trainPagesOf(fold), (f) => !inGroup(f));
      return (id, base) => toRecord(base.file, analyseUnder(fold, id, { stakeholder: model, stance: fold.models.stance }));
    },
  }));
  const stance = Object.entries(STANCE_FEATURE_GROUPS).map(([name, inGroup]): Group => ({
    stage: 'stance',
    name,
    predict: (fold) => {
      const model = trainStance(trainPagesOf(fold), (f) => !inGroup(f));
      return (id, base) => toRecord(base.file, analyseUnder(fold, id, { stakeholder: fold.models.stakeholder, stance: model }));
    },
  }));
  // Quickest first (topic and policy refit on every headline): a long run reports the most before it ends.
  return [...stance, ...stakeholder, ...speaker, ...issue, ...policy, ...topic];
}

/** The policy verdict from a page's word and civic features, as the engine takes it (src/engine/detect/policy.ts). */
function isPolicy(model: LinearModel, features: Features): boolean {
  return scoreLinear(model, features).score > 0;
}

/** The languages other than English among the corpus pages: each has its own cue words. */
function languagesOf(corpus: CachedCorpus): string[] {
  return [...new Set(corpus.detect.pages.map((p) => packCodeOf(p.page.lang)))].filter((l) => l !== 'en').sort();
}

function issueWithout(pages: readonly IssuePage[], drop: Drop): IssuePage[] {
  return pages.map((p) => ({ ...p, words: p.words.map((w) => ({ ...w, features: keepFeatures(w.features, (f) => !drop(f)) })) }));
}

function speakerWithout(pages: readonly SpeakerPage[], drop: Drop): SpeakerPage[] {
  return pages.map((p) => ({
    ...p,
    quotes: p.quotes.map((q) => ({ ...q, candidates: q.candidates.map((c) => ({ ...c, features: keepFeatures(c.features, (f) => !drop(f)) })) })),
  }));
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function sign(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
}

function formatRow(r: AblationRow): string {
  const figure = FIGURES[r.stage];
  const also = figure.also && r.alsoChange !== null ? `  (${figure.also.name} ${sign(r.alsoChange)})` : '';
  const flag = r.onePage ? `  ⚑ gain from one page: ${r.onePage}` : '';
  return `  ${r.stage.padEnd(11)} ${r.group.padEnd(44)} ${sign(r.change)} ${figure.name}${also}  pages changed ${r.pagesChanged}${flag}`;
}

/** The table: most useful group first (switching it off costs the most); top and bottom ten when long. */
export function formatAblation(rows: readonly AblationRow[], folds: number, splits = 1): string {
  const sorted = [...rows].sort((a, b) => a.change - b.change || a.stage.localeCompare(b.stage) || a.group.localeCompare(b.group));
  const lines = sorted.map(formatRow);
  const shown =
    lines.length > TOP_AND_BOTTOM * 2
      ? [`most useful ${TOP_AND_BOTTOM}:`, ...lines.slice(0, TOP_AND_BOTTOM), `least useful ${TOP_AND_BOTTOM} (the last is the one its stage gains most without):`, ...lines.slice(-TOP_AND_BOTTOM)]
      : lines;
  const flagged = sorted.filter((r) => r.onePage).map((r) => `${r.stage}: ${r.group} (${r.onePage})`);
  return [
    `Ablation (${folds}-fold cv${splits > 1 ? ` pooled over ${splits} fold splits` : ''}, ${rows.length} groups of ${[...new Set(rows.map((r) => r.stage))].join(', ')}): change in each stage's cross-validated figure when the group is switched off and the stage refitted without it`,
    ...shown,
    flagged.length ? `gain from one page only (should go): ${flagged.join('; ')}` : 'no group owes its gain to one page',
  ].join('\n');
}

export function isStage(name: string | undefined): name is Stage {
  return (STAGES as readonly string[]).includes(name ?? '');
}
