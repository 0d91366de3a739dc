/**
 * Pull-quote boxes repeat words already quoted in the body (sometimes two
 * quotes run together, sometimes with doubled marks). A stand-alone quote
 * whose word pairs mostly occur in the body's quotes is such a repeat.
 */

/** Share of a quote's word pairs that must already be quoted for it to count as a repeat. */
const REPEAT_SHARE = 0.8;

function wordPairs(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Word pairs of the quotations a repeat would copy. */
export function quotedPairs(texts: string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) for (const pair of wordPairs(text)) pairs.add(pair);
  return pairs;
}

export function repeatsQuoted(text: string, quoted: Set<string>): boolean {
  const pairs = wordPairs(text);
  if (!pairs.length) return false;
  let seen = 0;
  for (const pair of pairs) if (quoted.has(pair)) seen++;
  return seen / pairs.length >= REPEAT_SHARE;
}
