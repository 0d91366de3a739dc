/**
 * Importing a JSON export. Everything is checked before anything is written:
 * size (before reading the file), JSON syntax, format and version, every
 * field (valibot), ids unique and every record's article present. The merge
 * then runs in one transaction, so a failure leaves the database as it was.
 * A refusal is a message key with its substitutions: this code also runs
 * outside the extension (the storage bench), where there are no messages.
 */
import * as v from 'valibot';
import type { MessageKey } from '../shared/i18n.ts';
import { recountArticle } from './articles.ts';
import { inWriteTransaction } from './db.ts';
import type { ArticleRecord, PolicyLensDb } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from './export-format.ts';
import type { ExportFile } from './export-format.ts';
import { planMerge } from './merge.ts';
import { searchEntriesFor } from './search-index.ts';

/** Far above any real library (10,000 notes export to about 5 MB), far below what would hurt the panel. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}
/** A message key for `t()` and its substitutions. */
export type ImportProblem = [MessageKey, ...string[]];
export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problem: ImportProblem };

/** Import a file the reader picked; its size is checked before a byte of it is read. */
export async function importFile(db: PolicyLensDb, file: Blob): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return failure('importFileTooBig', megabytes(file.size), megabytes(MAX_IMPORT_BYTES));
  }
  return importJson(db, await file.text());
}

export async function importJson(db: PolicyLensDb, text: string): Promise<ImportResult> {
  const checked = checkExportFile(text);
  if (!checked.ok) return checked;
  try {
    return { ok: true, counts: await mergeExport(db, checked.file) };
  } catch (error) {
    return failure('importNotSaved', error instanceof Error ? error.message : String(error));
  }
}

type Checked = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

export function checkExportFile(text: string): Checked {
  if (text.length > MAX_IMPORT_BYTES) return failure('importTextTooBig', megabytes(MAX_IMPORT_BYTES));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failure('importNotJson');
  }
  const header = v.safeParse(v.object({ format: v.literal(EXPORT_FORMAT), version: v.number() }), raw);
  if (!header.success) return failure('importNotExport');
  if (header.output.version !== EXPORT_VERSION) {
    return failure(header.output.version > EXPORT_VERSION ? 'importNewerVersion' : 'importUnknownVersion', String(header.output.version));
  }
  const parsed = v.safeParse(exportFileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return failure('importDamaged', `${describePath(issue.path)} ${issue.message.replace(/^Invalid \w+: /, '').toLowerCase()}`);
  }
  const problem = integrityProblem(parsed.output);
  return problem ? failure(...problem) : { ok: true, file: parsed.output };
}

function integrityProblem(file: ExportFile): ImportProblem | null {
  const articleKeys = new Set(file.articles.map((a) => a.key));
  if (articleKeys.size !== file.articles.length) return ['importDuplicateArticle'];
  const kinds = [
    [file.notes, 'importDuplicateNote', 'importOrphanNote'],
    [file.highlights, 'importDuplicateHighlight', 'importOrphanHighlight'],
  ] as const;
  for (const [records, duplicate, orphaned] of kinds) {
    if (new Set(records.map((r) => r.id)).size !== records.length) return [duplicate];
    const orphan = records.find((r) => !articleKeys.has(r.articleKey));
    if (orphan) return [orphaned, orphan.id];
  }
  return null;
}

async function mergeExport(db: PolicyLensDb, file: ExportFile): Promise<ImportCounts> {
  return inWriteTransaction(db, async () => {
    const storedArticles = await db.articles.bulkGet(file.articles.map((a) => a.key));
    const articles = planMerge(file.articles, storedArticles);
    const notes = planMerge(file.notes, await db.notes.bulkGet(file.notes.map((n) => n.id)));
    const highlights = planMerge(file.highlights, await db.highlights.bulkGet(file.highlights.map((h) => h.id)));

    const storedByKey = new Map(storedArticles.filter((a) => a !== undefined).map((a) => [a.key, a]));
    const articleRecords: ArticleRecord[] = articles.write.map((a) => ({
      ...a,
      noteCount: storedByKey.get(a.key)?.noteCount ?? 0,
      highlightCount: storedByKey.get(a.key)?.highlightCount ?? 0,
    }));
    await db.articles.bulkPut(articleRecords);
    await db.notes.bulkPut(notes.write);
    await db.highlights.bulkPut(highlights.write);

    const changed = [
      ...notes.write.map((record) => ({ record, entry: searchEntriesFor.note(record) })),
      ...highlights.write.map((record) => ({ record, entry: searchEntriesFor.highlight(record) })),
    ];
    await db.searchIndex.bulkPut([
      ...articleRecords.map(searchEntriesFor.article),
      ...changed.filter((c) => c.record.deletedAt === null).map((c) => c.entry),
    ]);
    await db.searchIndex.bulkDelete(changed.filter((c) => c.record.deletedAt !== null).map((c) => c.entry.id));

    const touched = new Set([...articles.write.map((a) => a.key), ...changed.map((c) => c.record.articleKey)]);
    for (const key of touched) await recountArticle(db, key);

    const sum = (field: keyof ImportCounts) => articles[field] + notes[field] + highlights[field];
    return { added: sum('added'), updated: sum('updated'), unchanged: sum('unchanged') };
  });
}

function describePath(path: v.BaseIssue<unknown>['path']): string {
  if (!path?.length) return 'the file';
  return path.map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`)).join('');
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function failure(...problem: ImportProblem): { ok: false; problem: ImportProblem } {
  return { ok: false, problem };
}
