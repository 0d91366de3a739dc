import { useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { describeStorageError } from '../storage/durability.ts';
import { exportJson } from '../storage/export-json.ts';
import { libraryMarkdown } from '../storage/export-markdown.ts';
import { importFile } from '../storage/import-json.ts';
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
      else downloadText(`policy-lens-notes-${today()}.md`, await libraryMarkdown(db), 'text/markdown');
      return null;
    });

  const importChosen = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      const result = await importFile(database(), file);
      if (!result.ok) return { ok: false, text: result.message };
      const { added, updated, unchanged } = result.counts;
      return { ok: true, text: `Imported “${file.name}”: ${added} added, ${updated} updated, ${unchanged} already up to date.` };
    });
  };

  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h2 id="transfer-heading">Export and import</h2>
      <p class="hint">JSON keeps everything and can be imported into Policy Lens on another browser; Markdown is for reading, in Obsidian or any editor.</p>
      <div class="note-actions">
        <button type="button" class="action" disabled={busy} onClick={() => void exportAll('md')}>
          Export all as Markdown
        </button>
        <button type="button" class="action" disabled={busy} onClick={() => void exportAll('json')}>
          Export all as JSON
        </button>
        <label class="action file-action">
          Import JSON…
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
