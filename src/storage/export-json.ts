/** The complete JSON export: every article, note and highlight (deleted ones too, so deletions carry over). */
import * as v from 'valibot';
import type { PolicyLensDb } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from './export-format.ts';

export async function exportJson(db: PolicyLensDb): Promise<string> {
  const [articles, notes, highlights] = await db.transaction('r', [db.articles, db.notes, db.highlights], () =>
    Promise.all([db.articles.orderBy('key').toArray(), db.notes.orderBy('id').toArray(), db.highlights.orderBy('id').toArray()]),
  );
  // No export time in the file: the same data always gives the same bytes.
  const file = v.parse(exportFileSchema, { format: EXPORT_FORMAT, version: EXPORT_VERSION, articles, notes, highlights });
  return `${JSON.stringify(file, null, 2)}\n`;
}
