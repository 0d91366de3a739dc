/**
 * A reading as the content script sends it, whichever part of it read the
 * page: told apart from the single-page app's earlier articles (one memory
 * for the page's lifetime) and fitted within the protocol's bounds.
 */
import type { PageReading } from '../engine/types.ts';
import { boundedReading } from './bounded-reading.ts';
import { spaIdentity } from './spa-identity.ts';

const withSpaIdentity = spaIdentity();

export function outgoingReading(reading: PageReading): PageReading {
  return boundedReading(withSpaIdentity(reading));
}
