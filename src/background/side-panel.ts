/**
 * Chrome's side panel opens from the toolbar icon. The API is Chrome-only
 * (Firefox has `sidebar_action` instead), so every call is feature-checked.
 */
export function openPanelOnActionClick(): void {
  if (typeof chrome === 'undefined' || !chrome.sidePanel?.setPanelBehavior) return;
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.warn('Policy Lens: side panel behaviour not set', error);
  });
}
