/**
 * Page furniture that survives article extraction: affiliate disclosures,
 * photo credits, newsletter prompts, copyright lines and "read more" links.
 * It names companies and agencies ("Acme may receive an Affiliate
 * Commission", "photo: Mairie de Valbonne") that are not actors of
 * the story, so the actor finder skips such blocks.
 */

/** Furniture is short; a real paragraph that mentions a newsletter is not. */
const MAX_FURNITURE_CHARS = 300;

/** Disclosures that mark a block as furniture at any length. */
const DISCLOSURE =
  /\b(?:affiliate (?:commission|links?|partnerships?)|may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|share of sales)|commission d['’]affiliation|liens? d['’]affiliation|affiliate-links?|provisions-?links?|enlaces? de afiliad[oa]s?|links? de afiliad[oa]s?)\b/i;

const SHORT_FURNITURE = [
  // Credits: "photo: …", "Foto: …", "Crédit photo …", "Image: Getty".
  /(?:^|[\s,(|])(?:photos?|fotos?|image|images|crédits?(?: photo)?|credits?|bildquelle|quelle|fuente|fonte)\s*[:©]/i,
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados/i,
  // Prompts: newsletters, following, sharing.
  /\b(?:sign up (?:for|to)|subscribe (?:to|now|here)|newsletter|follow us|share this|abonnez-vous|inscrivez-vous|suivez-nous|jetzt abonnieren|folgen sie uns|suscríbete|síguenos|assine|inscreva-se|siga-nos)\b/i,
  // Links to other stories.
  /^(?:read more|related(?: stories| articles| coverage)?|see also|more on this|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea también|leia também|veja também|leia mais)\s*(?:[:|»›>–—-]|$)/i,
];

/** Is this block of article text page furniture rather than the story? */
export function isPageFurniture(blockText: string): boolean {
  if (DISCLOSURE.test(blockText)) return true;
  const text = blockText.trim();
  return text.length <= MAX_FURNITURE_CHARS && SHORT_FURNITURE.some((pattern) => pattern.test(text));
}
