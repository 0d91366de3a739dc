import type { Quote } from '../types.ts';

/** Score each quote as a pull quote and return them best first. */
export function rankPullQuotes(quotes: Quote[]): Quote[] {
  return quotes;
}
