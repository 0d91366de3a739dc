/**
 * Single-page apps often leave the first story's canonical link in place
 * while they show the next ones. A canonical link already seen on another
 * address of this page no longer identifies the article shown: the address
 * does. Remembered for as long as the page lives, so the fourth story is
 * told from the first however many came between.
 */
import type { PageReading } from '../engine/types.ts';
import { normaliseUrl } from '../shared/article-identity.ts';

/** A page that pushes addresses forever must not grow this without bound: forgetting only costs a fresh start. */
const REMEMBERED_KEYS = 500;

export function spaIdentity(): (reading: PageReading) => PageReading {
  /** Each canonical-derived key, and the address it was first declared on. */
  const firstAddressOf = new Map<string, string>();
  return (reading) => {
    const address = normaliseUrl(reading.url);
    const first = firstAddressOf.get(reading.canonicalUrl);
    if (first === undefined) {
      if (firstAddressOf.size >= REMEMBERED_KEYS) firstAddressOf.clear();
      firstAddressOf.set(reading.canonicalUrl, address);
      return reading;
    }
    return first === address ? reading : { ...reading, canonicalUrl: address };
  };
}
