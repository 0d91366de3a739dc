/**
 * Quoted documents: bills, reports, constitutions, letters. When a quotation
 * comes from "le projet de loi", "el informe" or "the draft", the document is
 * the speaker (the corpus convention), and it is never a stakeholder.
 */

const DETERMINER = String.raw`(?:the|this|that|its|le|la|l['’]|ce|cette|du|de\s+ce|el|este|esta|del|der|die|das|dieser|diese|des|o|a|este|esta|do|da)`;
const DOCUMENT = String.raw`(?:draft\s+law|draft|bill|law|report|constitution|document|letter|statement|decree|ruling|resolution|treaty|projet\s+de\s+loi|texte|loi|rapport|décret|gesetzentwurf(?:s|es)?|gesetz(?:es)?|entwurf(?:s|es)?|bericht(?:s|es)?|verfassung|informe|ley|proyecto\s+de\s+ley|proyecto|texto|constitución|decreto|relatório|lei|projeto\s+de\s+lei|projeto|constituição)`;
const DOCUMENT_PHRASE = new RegExp(String.raw`(?:^|[\s,(])${DETERMINER}\s+(${DOCUMENT})(?![\p{L}])`, 'giu');

export interface DocumentReference {
  /** "Projet de loi", "Informe", "Constitución". */
  name: string;
  /** Offset of the document noun in the searched text. */
  index: number;
}

/** The first document named in `text` with a determiner, if any. */
export function findDocument(text: string): DocumentReference | null {
  DOCUMENT_PHRASE.lastIndex = 0;
  const m = DOCUMENT_PHRASE.exec(text);
  if (!m) return null;
  const noun = m[1]!.replace(/\s+/g, ' ');
  return { name: noun.charAt(0).toUpperCase() + noun.slice(1), index: m.index + m[0].length - m[1]!.length };
}
