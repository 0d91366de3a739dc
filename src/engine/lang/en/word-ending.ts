/**
 * English inflection folded away, so "votes", "voted" and "voting" are one
 * word to the topic model and to the issue scorer: plural -s/-es/-ies and
 * -ing/-ed endings off, then a final silent "e" (vote → vot). Crude on
 * purpose: it only has to map a word's forms together, not find its root.
 */
export function foldEnding(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) {
    // "business", "virus", "crisis" are not plurals
  } else if (/(sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length >= 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) w = w.length >= 6 ? w.slice(0, -1) : w;
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  // Doubled consonant left by -ing/-ed ("banned" → "bann" → "ban").
  if (/([bdgmnprt])\1$/.test(w) && w !== word.toLowerCase()) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
