/**
 * A small "Highlight" button next to the reader's selection. It lives in a
 * closed shadow root so page styles and scripts cannot alter or read it.
 */

export function watchSelectionButton(onHighlight: () => void, signal: AbortSignal): void {
  let button: { host: HTMLElement; control: HTMLButtonElement } | null = null;

  const hide = () => {
    if (button) button.host.hidden = true;
  };
  const place = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) return hide();
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (!rect.width && !rect.height) return hide();
    button ??= createButton(() => {
      onHighlight();
      hide();
    });
    if (!button.host.isConnected) document.documentElement.append(button.host);
    button.host.hidden = false;
    button.host.style.left = `${Math.max(4, Math.min(rect.right - 40, window.innerWidth - 110))}px`;
    button.host.style.top = `${rect.bottom + 8 > window.innerHeight - 40 ? rect.top - 40 : rect.bottom + 8}px`;
  };

  // After the mouse or keyboard finishes selecting, not on every change while dragging.
  document.addEventListener('mouseup', () => setTimeout(place, 0), { signal });
  document.addEventListener('keyup', (e) => e.shiftKey && place(), { signal });
  document.addEventListener('selectionchange', () => window.getSelection()?.isCollapsed && hide(), { signal });
  window.addEventListener('scroll', hide, { passive: true, signal });
  signal.addEventListener('abort', () => button?.host.remove());
}

function createButton(onClick: () => void): { host: HTMLElement; control: HTMLButtonElement } {
  const host = document.createElement('policy-lens-highlight-button');
  host.style.cssText = 'position:fixed;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    ':host{all:initial}button{font:600 13px/1 system-ui,sans-serif;background:#115e59;color:#fff;border:0;border-radius:6px;padding:7px 10px;cursor:pointer;box-shadow:0 2px 8px rgb(0 0 0/.25)}button:focus-visible{outline:2px solid #2563eb;outline-offset:2px}',
  );
  shadow.adoptedStyleSheets = [sheet];
  const control = document.createElement('button');
  control.type = 'button';
  control.textContent = 'Highlight';
  control.setAttribute('aria-label', 'Save the selection as a Policy Lens highlight');
  // Keep the selection: a mousedown on the button would otherwise clear it before the click.
  control.addEventListener('mousedown', (e) => e.preventDefault());
  // Only the reader's own click: a page cannot reach into a closed shadow root, but be sure.
  control.addEventListener('click', (e) => e.isTrusted && onClick());
  shadow.append(control);
  return { host, control };
}
