/** The reader's settings as a Preact hook: loaded once, then updated whenever they change anywhere. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '../../shared/settings.ts';
import type { Settings } from '../../shared/settings.ts';

/** Null until loaded. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let current = true;
    void loadSettings().then((loaded) => current && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return settings;
}
