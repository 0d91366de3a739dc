/** The complete JSON export: every article, note and highlight (deleted ones too, so deletions carry over), and memory. */
import * as v from 'valibot';
import type { PolicyLensDb } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from './export-format.ts';

export async function exportJson(db: PolicyLensDb): Promise<string> {
  const [articles, notes, highlights, memory, actorChoices] = await db.transaction('r', [db.articles, db.notes, db.highlights, db.memory, db.actorChoices], () =>
    Promise.all([
      db.articles.orderBy('key').toArray(),
      db.notes.orderBy('id').toArray(),
      db.highlights.orderBy('id').toArray(),
      db.memory.orderBy('key').toArray(),
      db.actorChoices.orderBy('id').toArray(),
    ]),
  );
  // No export time in the file: the same data always gives the same bytes.
  const file = v.parse(exportFileSchema, { format: EXPORT_FORMAT, version: EXPORT_VERSION, articles, notes, highlights, memory, actorChoices });
  return `${JSON.stringify(file, null, 2)}\n`;
}
