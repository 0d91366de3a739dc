/** Reading the mentions filed under identity keys. */
import type { MentionRecord, PolicyLensDb } from '../db.ts';

/**
 * The mentions under any of these identity keys, each once. One indexed read
 * per key: Chromium answers each with one batch, where a single `anyOf` over
 * many keys walks a cursor record by record (hundreds of ms for thousands).
 */
export async function mentionsUnderKeys(db: PolicyLensDb, keys: Iterable<string>): Promise<MentionRecord[]> {
  const lists = await Promise.all([...keys].map((key) => db.mentions.where('identityKeys').equals(key).toArray()));
  const byId = new Map<string, MentionRecord>();
  for (const list of lists) for (const mention of list) byId.set(mention.id, mention);
  return [...byId.values()];
}

