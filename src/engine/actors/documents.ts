/**
 * Quoted documents: bills, reports, constitutions, letters. When a quotation
 * comes from "le projet de loi", "el informe" or "the draft", the document is
 * the speaker (the corpus convention), and it is never a stakeholder.
 */
import { closedClassFor } from '../lang/closed-class.ts';
import { type PackCode, packCodeOf } from '../lang/index.ts';
import { alternationOf } from '../lang/phrase-pattern.ts';
import { reportingFor } from '../lang/reporting.ts';

const patterns = new Map<PackCode, RegExp>();

/** A determiner (or possessive) of the article's language, then one of its document nouns. */
function documentPhrase(lang: string | null): RegExp {
  const code = packCodeOf(lang);
  const cached = patterns.get(code);
  if (cached) return cached;
  const closed = closedClassFor(code);
  const determiners = alternationOf([...closed.determiners, ...closed.possessives]);
  const pattern = new RegExp(String.raw`(?:^|[\s,(])${determiners}\s+(${alternationOf(reportingFor(code).documents)})(?![\p{L}])`, 'giu');
  patterns.set(code, pattern);
  return pattern;
}

export interface DocumentReference {
  /** "Projet de loi", "Informe", "Constitución". */
  name: string;
  /** Offset of the document noun in the searched text. */
  index: number;
}

/** The first document named in `text` with a determiner, if any. */
export function findDocument(text: string, lang: string | null): DocumentReference | null {
  const phrase = documentPhrase(lang);
  phrase.lastIndex = 0;
  const m = phrase.exec(text);
  const written = m?.[1];
  if (!m || written === undefined) return null;
  const noun = written.replace(/\s+/g, ' ');
  return { name: noun.charAt(0).toUpperCase() + noun.slice(1), index: m.index + m[0].length - written.length };
}
