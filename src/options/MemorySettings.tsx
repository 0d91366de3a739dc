/**
 * Memory across articles: the switch that turns it off (then nothing is
 * remembered) and the button that forgets everything it kept, after asking.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { database } from '../storage/db.ts';
import { describeStorageError } from '../storage/durability.ts';
import { clearMemoryAndWaiting } from '../shared/pending-memory.ts';

type ClearState = 'idle' | 'asking' | 'cleared' | { error: string };

export function MemorySettings({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  const [clear, setClear] = useState<ClearState>('idle');
  const confirmClear = async () => {
    try {
      await clearMemoryAndWaiting(database());
      setClear('cleared');
    } catch (error) {
      setClear({ error: describeStorageError(error) });
    }
  };
  return (
    <>
      <label class="option-check">
        <input type="checkbox" name="memory" checked={on} aria-describedby="memory-hint" onChange={(e) => onChange(e.currentTarget.checked)} />
        <span>{t('optionsMemory')}</span>
      </label>
      <p class="hint" id="memory-hint">
        {t('optionsMemoryHint')}
      </p>
      {clear === 'asking' ? (
        <div class="confirm" role="group" aria-labelledby="memory-clear-question">
          <p id="memory-clear-question">{t('optionsMemoryClearQuestion')}</p>
          <button type="button" class="action danger" onClick={() => void confirmClear()}>
            {t('optionsMemoryClearConfirm')}
          </button>{' '}
          <button type="button" class="action" onClick={() => setClear('idle')}>
            {t('optionsMemoryClearCancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="action" name="clear-memory" onClick={() => setClear('asking')}>
          {t('optionsMemoryClear')}
        </button>
      )}
      {clear === 'cleared' ? <p role="status">{t('optionsMemoryCleared')}</p> : null}
      {typeof clear === 'object' ? (
        <p class="error" role="alert">
          {clear.error}
        </p>
      ) : null}
    </>
  );
}
