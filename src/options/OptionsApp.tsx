/**
 * The options page: where Policy Lens runs, its highlight colours, and which
 * panel sections show. Every change is saved at once to `storage.sync`, and
 * open pages and panels apply it at once (they watch the settings).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { saveSettings } from '../shared/settings.ts';
import type { Settings } from '../shared/settings.ts';
import { useSettings } from '../sidepanel/state/settings.ts';
import { ColourSettings } from './ColourSettings.tsx';
import { MemorySettings } from './MemorySettings.tsx';
import { SectionSettings } from './SectionSettings.tsx';
import { SiteList } from './SiteList.tsx';

type SaveState = { status: 'idle' | 'saved' } | { status: 'error'; message: string };

export function OptionsApp() {
  const stored = useSettings();
  // Shown at once, before storage echoes them back: a second quick change must build on the first, not on stale settings.
  const [edits, setEdits] = useState<Partial<Settings>>({});
  const settings = stored && { ...stored, ...edits };
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const save = (change: Partial<Settings>) => {
    setEdits((earlier) => ({ ...earlier, ...change }));
    saveSettings(change).then(
      () => setSaveState({ status: 'saved' }),
      (error: unknown) => setSaveState({ status: 'error', message: String(error) }),
    );
  };

  if (!settings) {
    return (
      <main class="panel options" aria-busy="true">
        <p class="loading">{t('optionsLoading')}</p>
      </main>
    );
  }
  return (
    <main class="panel options">
      <header class="options-header">
        <h1>{t('optionsHeading')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>

      <section aria-labelledby="detection-heading">
        <h2 id="detection-heading">{t('optionsDetectionHeading')}</h2>
        <label class="option-check">
          <input type="checkbox" name="auto-detect" checked={settings.autoDetect} aria-describedby="auto-detect-hint" onChange={(e) => save({ autoDetect: e.currentTarget.checked })} />
          <span>{t('optionsAutoDetect')}</span>
        </label>
        <p class="hint" id="auto-detect-hint">
          {t('optionsAutoDetectHint')}
        </p>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        <SiteList list="never-run" heading={t('optionsNeverRun')} hint={t('optionsNeverRunHint')} sites={settings.neverRun} onChange={(neverRun) => save({ neverRun })} />
        <SiteList list="always-run" heading={t('optionsAlwaysRun')} hint={t('optionsAlwaysRunHint')} sites={settings.alwaysRun} onChange={(alwaysRun) => save({ alwaysRun })} />
      </section>

      <section aria-labelledby="colours-heading">
        <h2 id="colours-heading">{t('optionsColoursHeading')}</h2>
        <ColourSettings colours={settings.colours} onChange={(colours) => save({ colours })} />
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t('optionsSectionsHeading')}</h2>
        <SectionSettings sections={settings.sections} onChange={(sections) => save({ sections })} />
      </section>

      <section aria-labelledby="memory-heading">
        <h2 id="memory-heading">{t('optionsMemoryHeading')}</h2>
        <MemorySettings on={settings.memory} onChange={(memory) => save({ memory })} />
      </section>

      <p class={`save-status status-${saveState.status}`} role="status">
        {saveState.status === 'saved' ? t('optionsSaved') : null}
      </p>
      {saveState.status === 'error' ? (
        <p class="error" role="alert">
          {t('optionsNotSaved', saveState.message)}
        </p>
      ) : null}
    </main>
  );
}
