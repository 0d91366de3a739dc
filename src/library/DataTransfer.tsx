import { useRef, useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { describeStorageError } from '../storage/durability.ts';
import { exportJson } from '../storage/export-json.ts';
import { libraryMarkdown } from '../storage/export-markdown.ts';
import { markdownLabels } from '../shared/markdown-labels.ts';
import { importInWorker } from '../storage/import-in-worker.ts';
import type { ImportProgress, ImportSession } from '../storage/import-in-worker.ts';
import { t } from '../shared/i18n.ts';
import { downloadText, today } from '../sidepanel/state/download.ts';

type Outcome = { ok: boolean; text: string } | null;

/** An import waiting for the reader's answer: bring back what was deleted since the file was made? */
interface Question {
  name: string;
  session: ImportSession;
  deleted: number;
}

/** Export everything (Markdown to read, JSON to keep or move), and import a JSON export. */
export function DataTransfer({ onImporting }: { onImporting(importing: boolean): void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [question, setQuestion] = useState<Question | null>(null);
  const [progress, setProgress] = useState<(ImportProgress & { name: string }) | null>(null);
  const importing = useRef<ImportSession | null>(null);

  const run = async (task: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await task());
    } catch (error) {
      setOutcome({ ok: false, text: describeStorageError(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const exportAll = (kind: 'json' | 'md') =>
    run(async () => {
      const db = database();
      if (kind === 'json') downloadText(`policy-lens-notes-${today()}.json`, await exportJson(db), 'application/json');
      else downloadText(`policy-lens-notes-${today()}.md`, await libraryMarkdown(db, markdownLabels()), 'text/markdown');
      return null;
    });

  const importChosen = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(null);
    // A question left unanswered for an earlier file is dropped with its worker.
    question?.session.end();
    setQuestion(null);
    void run(async () => {
      setProgress({ name: file.name, phase: 'merging', done: 0, total: 0 });
      const session = importInWorker(database(), file);
      const checked = await session.checked.catch((error: unknown) => {
        session.end();
        throw error;
      });
      if (!checked.ok) {
        session.end();
        return { ok: false, text: t(...checked.problem) };
      }
      if (checked.deleted > 0) {
        setQuestion({ name: file.name, session, deleted: checked.deleted });
        return null;
      }
      return merge(file.name, session, false);
    });
  };

  const merge = async (name: string, session: ImportSession, restoreDeleted: boolean): Promise<Outcome> => {
    importing.current = session;
    onImporting(true);
    try {
      const result = await session.merge(restoreDeleted, (step) => setProgress({ name, ...step }));
      if (!result.ok) return { ok: false, text: t(...result.problem) };
      const { restored, added, updated, unchanged } = result.counts;
      return { ok: !result.cancelled, text: t(result.cancelled ? 'importCancelled' : 'importDone', name, restored, added, updated, unchanged) };
    } finally {
      session.end();
      onImporting(false);
      importing.current = null;
    }
  };

  const answer = (restore: boolean) => {
    if (!question) return;
    setQuestion(null);
    void run(() => merge(question.name, question.session, restore));
  };

  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h2 id="transfer-heading">{t('transferHeading')}</h2>
      <p class="hint">{t('transferHint')}</p>
      <div class="note-actions">
        <button type="button" class="action" disabled={busy} onClick={() => void exportAll('md')}>
          {t('exportAllMarkdown')}
        </button>
        <button type="button" class="action" disabled={busy} onClick={() => void exportAll('json')}>
          {t('exportAllJson')}
        </button>
        <label class="action file-action">
          {t('importJson')}
          <input type="file" accept="application/json,.json" class="visually-hidden" disabled={busy} onChange={(e) => importChosen(e.currentTarget)} />
        </label>
      </div>
      {question ? (
        <div class="import-question" role="group" aria-labelledby="import-question-text">
          <p id="import-question-text">{t('importRestoreQuestion', question.deleted, question.name)}</p>
          <div class="note-actions">
            <button type="button" class="action" onClick={() => answer(true)}>
              {t('importRestoreYes')}
            </button>
            <button type="button" class="action" onClick={() => answer(false)}>
              {t('importRestoreNo')}
            </button>
          </div>
        </div>
      ) : null}
      {progress && !question ? (
        <div class="import-progress" role="status">
          <p>{progressText(progress)}</p>
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} aria-label={t('importProgressLabel')} />
          {progress.total && progress.phase === 'merging' ? (
            <button type="button" class="action" onClick={() => importing.current?.cancel()}>
              {t('importCancel')}
            </button>
          ) : null}
        </div>
      ) : null}
      {outcome ? (
        <p class={outcome.ok ? 'notice import-result' : 'error import-result'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}

function progressText({ name, phase, done, total }: ImportProgress & { name: string }): string {
  if (!total) return t('importChecking', name);
  return t(phase === 'merging' ? 'importProgress' : 'importCopying', name, done.toLocaleString(), total.toLocaleString());
}
