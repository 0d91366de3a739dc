import { t } from '../../shared/i18n.ts';
import { createShadowHost } from '../shadow-host.ts';

/** A small "Highlight" button next to the reader's selection. */

export function watchSelectionButton(onHighlight: () => void, signal: AbortSignal): void {
  let button: HTMLElement | null = null;

  const hide = () => {
    if (button) button.hidden = true;
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
    if (!button.isConnected) document.documentElement.append(button);
    button.hidden = false;
    button.style.left = `${Math.max(4, Math.min(rect.right - 40, window.innerWidth - 110))}px`;
    button.style.top = `${rect.bottom + 8 > window.innerHeight - 40 ? rect.top - 40 : rect.bottom + 8}px`;
  };

  // After the mouse or keyboard finishes selecting, not on every change while dragging.
  document.addEventListener('mouseup', () => setTimeout(place, 0), { signal });
  document.addEventListener('keyup', (e) => e.shiftKey && place(), { signal });
  document.addEventListener('selectionchange', () => window.getSelection()?.isCollapsed && hide(), { signal });
  window.addEventListener('scroll', hide, { passive: true, signal });
  signal.addEventListener('abort', () => button?.remove());
}

function createButton(onClick: () => void): HTMLElement {
  const { host, root } = createShadowHost(
    'policy-lens-highlight-button',
    '',
    'button{font:600 13px/1 system-ui,sans-serif;background:#115e59;color:#fff;border:0;border-radius:6px;padding:7px 10px;cursor:pointer;box-shadow:0 2px 8px rgb(0 0 0/.25)}button:focus-visible{outline:2px solid #2563eb;outline-offset:2px}',
  );
  const control = document.createElement('button');
  control.type = 'button';
  control.textContent = t('highlightButton');
  control.setAttribute('aria-label', t('highlightButtonLabel'));
  // Keep the selection: a mousedown on the button would otherwise clear it before the click.
  control.addEventListener('mousedown', (e) => e.preventDefault());
  // Only the reader's own click: a page cannot reach into a closed shadow root, but be sure.
  control.addEventListener('click', (e) => e.isTrusted && onClick());
  root.append(control);
  return host;
}
