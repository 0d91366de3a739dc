/**
 * Verbs that introduce reported speech, from the language packs
 * (src/engine/lang/<code>/reporting.ts). Compound tenses ("has said", "a
 * déclaré", "hat gesagt") are matched on their participle; the auxiliary is a filler.
 */
import { ALL_REPORTING_VERBS, reportingFor } from '../lang/reporting.ts';

/** Whether a lower-cased word is a reporting verb form of the article's language (of any language when it is not given). */
export function isReportingVerb(word: string, lang?: string | null): boolean {
  return lang === undefined ? ALL_REPORTING_VERBS.has(word) : reportingFor(lang).verbs.has(word);
}
