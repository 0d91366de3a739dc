import { useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { describeStorageError } from '../storage/durability.ts';
import { exportJson } from '../storage/export-json.ts';
import { libraryMarkdown } from '../storage/export-markdown.ts';
import { markdownLabels } from '../shared/markdown-labels.ts';
import { importFile } from '../storage/import-json.ts';
import { t } from '../shared/i18n.ts';
import { downloadText, today } from '../sidepanel/state/download.ts';

type Outcome = { ok: boolean; text: string } | null;

/** Export everything (Markdown to read, JSON to keep or move), and import a JSON export. */
export function DataTransfer() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await task());
    } catch (error) {
      setOutcome({ ok: false, text: describeStorageError(error) });
    } finally {
      setBusy(false);
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
    void run(async () => {
      const result = await importFile(database(), file);
      if (!result.ok) return { ok: false, text: t(...result.problem) };
      const { added, updated, unchanged } = result.counts;
      return { ok: true, text: t('importDone', file.name, added, updated, unchanged) };
    });
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
      {outcome ? (
        <p class={outcome.ok ? 'notice import-result' : 'error import-result'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
