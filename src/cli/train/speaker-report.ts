/**
 * What the speaker trainer prints beside its figures: how often the gold
 * speaker is among the candidates at all (and why not), fitted and
 * cross-validated figures per source and language, and an ablation of each
 * candidate source and feature group with the pages its gain comes from.
 */
import { chosen, rankCandidates, type SpeakerModel } from '../../engine/attribution/model.ts';
import { pageFolds } from '../fit/logistic.ts';
import { sourceOf } from '../scoring.ts';
import { crossValidatePages, type MissCause, type PageResult, type SpeakerPage, totalFigures, trainSpeaker } from './speaker.ts';

/** Feature groups switched off in turn: one candidate source or one kind of evidence each. */
export const ABLATION_GROUPS: Readonly<Record<string, (feature: string) => boolean>> = {
  'attribution rules (after, before, tweet, final)': (f) => f.startsWith('rule_'),
  'recent actors (context before the quote)': (f) => f.startsWith('recent'),
  'recent: rank and paragraph': (f) => f.startsWith('recent_'),
  'reporting-verb adjacency': (f) => ['subject_of_reporting_verb', 'follows_reporting_verb', 'addressee_of_verb'].includes(f),
  '"according to"': (f) => f === 'according_to',
  'colon introduction': (f) => f === 'colon_introduces_quote',
  'candidate kind, mentions, full name': (f) => f.startsWith('kind_') || f === 'mentions_in_article' || f === 'full_name',
  'the quote’s own attribution names another': (f) => f === 'attribution_names_other',
  'issuer of a statement ("a statement from X")': (f) => f === 'issues_statement',
};

/** Features that say what a candidate is, not how it stands to the quote: alone, they make no candidate. */
const INTRINSIC = /^(?:kind_|mentions_in_article$|full_name$|quote_has_unnamed_source$|attribution_names_other$)/;

/** The pages with `drop` features removed, and candidates left with no link to their quote removed too. */
export function withoutFeatures(pages: readonly SpeakerPage[], drop: (feature: string) => boolean): SpeakerPage[] {
  return pages.map((page) => ({
    ...page,
    quotes: page.quotes.map((q) => {
      const kept = q.candidates.flatMap((c, k) => {
        const features = Object.fromEntries(Object.entries(c.features).filter(([f]) => !drop(f)));
        return Object.keys(features).some((f) => !INTRINSIC.test(f)) ? [{ candidate: { ...c, features }, right: q.right[k] ?? false }] : [];
      });
      return { ...q, candidates: kept.map((k) => k.candidate), right: kept.map((k) => k.right) };
    }),
  }));
}

/** Share of scored quotes whose gold speaker is among the candidates, and the causes when not. */
export function coverageLines(pages: readonly SpeakerPage[]): string[] {
  const scored = pages.flatMap((p) => p.quotes.filter((q) => q.scored));
  const covered = scored.filter((q) => q.right.some(Boolean)).length;
  const causes = new Map<MissCause, number>();
  for (const q of scored) if (q.missing) causes.set(q.missing, (causes.get(q.missing) ?? 0) + 1);
  return [
    `candidate coverage ${covered}/${scored.length} (${share(covered, scored.length)}) of scored quotes have the gold speaker among their candidates`,
    ...[...causes].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `  missing, ${cause}: ${n}`),
  ];
}

/**
 * Quotes whose gold speaker the article leaves unnamed: how many the model
 * leaves unattributed (the fitted threshold's job) rather than guessing a name.
 */
export function abstentionLine(model: SpeakerModel, pages: readonly SpeakerPage[]): string {
  const unnamed = pages.flatMap((p) => p.quotes.filter((q) => !q.scored));
  const left = unnamed.filter((q) => !chosen(model, rankCandidates(model, q.candidates))).length;
  return `unnamed gold speakers: ${left}/${unnamed.length} quotes left unattributed (threshold ${model.threshold})`;
}

/** Fitted and cross-validated figures per source (rd-, sh-, tf-) and per language. */
export function groupLines(fitted: readonly PageResult[], cv: readonly PageResult[] | null): string[] {
  const lines = ['group        fitted acc / att.rec    cv acc / att.rec   (quotes)'];
  const groups: [string, (r: PageResult) => boolean][] = [];
  for (const source of new Set(fitted.map((r) => sourceOf(r.id)))) groups.push([source, (r) => sourceOf(r.id) === source]);
  for (const lang of new Set(fitted.map((r) => r.lang))) groups.push([lang, (r) => r.lang === lang]);
  for (const [name, member] of groups) {
    const f = totalFigures(fitted.filter(member));
    const c = cv ? totalFigures(cv.filter(member)) : null;
    const cvText = c ? `${c.speakerAccuracy.toFixed(3)} / ${c.attributedRecall.toFixed(3)}` : '-';
    lines.push(`${name.padEnd(12)} ${f.speakerAccuracy.toFixed(3)} / ${f.attributedRecall.toFixed(3)}      ${cvText}   (${f.scored})`);
  }
  return lines;
}

/** Each group switched off in turn: the cross-validated change in right speakers, and the pages that change. */
export function ablationLines(pages: readonly SpeakerPage[], folds: number, baseline: readonly PageResult[]): string[] {
  const base = new Map(baseline.map((r) => [r.id, r.right]));
  const baseRight = totalFigures(baseline).right;
  const lines = ['ablation (cross-validated right speakers without the group; gain = what the group brings)'];
  for (const [name, drop] of Object.entries(ABLATION_GROUPS)) {
    const results = crossValidatePages(withoutFeatures(pages, drop), folds);
    const gain = baseRight - totalFigures(results).right;
    const pagesChanged = results
      .map((r) => [r.id, (base.get(r.id) ?? 0) - r.right] as const)
      .filter(([, d]) => d !== 0)
      .map(([id, d]) => `${id} ${d > 0 ? '+' : ''}${d}`);
    lines.push(`  ${gain >= 0 ? '+' : ''}${gain}  ${name}  [${pagesChanged.join(', ')}]`);
  }
  return lines;
}

/** Every scored quote the cross-validated model gets wrong: page, quote, gold → chosen, and why the gold one lost. */
export function errorLines(pages: readonly SpeakerPage[], folds: number): string[] {
  const lines = ['speaker errors (cross-validated; page · quote · gold → chosen · gold candidate\'s rank or why absent)'];
  for (const fold of pageFolds(pages.map((p) => p.id), folds)) {
    const held = new Set(fold);
    const model = trainSpeaker(pages.filter((p) => !held.has(p.id)));
    for (const page of pages.filter((p) => held.has(p.id))) {
      for (const q of page.quotes) {
        if (!q.scored) continue;
        const ranked = rankCandidates(model, q.candidates);
        const best = chosen(model, ranked);
        if (best && q.right[q.candidates.indexOf(best.candidate)]) continue;
        const goldRank = ranked.findIndex((r) => q.right[q.candidates.indexOf(r.candidate)]);
        const why = goldRank >= 0 ? `gold ranked ${goldRank + 1}/${ranked.length}` : `absent: ${q.missing ?? '?'}`;
        lines.push(`  ${page.id} · ${q.text} · ${q.gold} → ${best?.candidate.label ?? '(none)'} · ${why}`);
      }
    }
  }
  return lines;
}

function share(a: number, b: number): string {
  return b ? (a / b).toFixed(3) : '0';
}
