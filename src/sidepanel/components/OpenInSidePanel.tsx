import { t } from '../../shared/i18n.ts';

/**
 * Shown when the panel runs as an ordinary tab: docks it into the browser's
 * side panel. `sidePanel.open` needs a user gesture, which this click is.
 * Firefox has no side panel API (its sidebar opens from its own button), so
 * the button is not offered there.
 */
export function OpenInSidePanel({ tabId }: { tabId: number }) {
  const sidePanel = typeof chrome !== 'undefined' ? chrome.sidePanel : undefined;
  if (!sidePanel?.open) return null;
  const open = () => {
    sidePanel.open({ tabId }).catch((error: unknown) => console.warn('Policy Lens: side panel not opened', error));
  };
  return (
    <button type="button" class="open-side-panel action" onClick={open}>
      {t('openInSidePanel')}
    </button>
  );
}
