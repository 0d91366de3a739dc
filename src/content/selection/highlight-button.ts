/**
 * A small "Highlight" button next to the reader's selection. It lives in the
 * overlay (see highlights/overlay.ts), so the page can neither restyle, hide
 * nor move it; it shows only after the reader's own selecting gesture (a
 * trusted mouseup or Shift+key), and ignores clicks for a moment after it
 * appears or moves, so a page cannot slide it under the reader's pointer just
 * before a click. Scrolling, pressing Escape or pointing elsewhere puts it away.
 */
import { t } from '../../shared/i18n.ts';
import { addControlStyles, ensureOverlay, isOverlay, raiseControls } from '../highlights/overlay.ts';

/** Clicks this soon after the button appears or moves are not the reader aiming at it. */
export const ARMING_MS = 400;

addControlStyles(
  '.highlight{position:fixed;pointer-events:auto;font:600 13px/1 system-ui,sans-serif;background:#115e59;color:#fff;border:0;' +
    'border-radius:6px;padding:7px 10px;margin:0;cursor:pointer;box-shadow:0 2px 8px rgb(0 0 0/.25)}' +
    '.highlight:focus-visible{outline:2px solid #2563eb;outline-offset:2px}',
);

export function watchSelectionButton(onHighlight: () => void, signal: AbortSignal): void {
  let button: HTMLButtonElement | null = null;
  let armedAt = 0;

  const hide = () => {
    if (button) button.hidden = true;
  };
  const place = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) return hide();
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (!rect.width && !rect.height) return hide();
    const { controls: root } = ensureOverlay();
    button ??= createButton(() => {
      if (performance.now() < armedAt) return;
      onHighlight();
      hide();
    });
    if (button.parentNode !== root) root.append(button);
    const left = `${Math.max(4, Math.min(rect.right - 40, window.innerWidth - 110))}px`;
    const top = `${rect.bottom + 8 > window.innerHeight - 40 ? rect.top - 40 : rect.bottom + 8}px`;
    if (button.hidden || button.style.left !== left || button.style.top !== top) armedAt = performance.now() + ARMING_MS;
    button.style.left = left;
    button.style.top = top;
    button.hidden = false;
    raiseControls();
  };

  const options = { capture: true, signal };
  // After the reader finishes selecting, not on every change while dragging; never on a page's synthetic events.
  // (A click on the button itself is no selecting.)
  document.addEventListener('mouseup', (e) => e.isTrusted && !isOverlay(e.target) && setTimeout(place, 0), options);
  document.addEventListener('keyup', (e) => e.isTrusted && e.shiftKey && place(), options);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide(), options);
  document.addEventListener('pointerdown', (e) => isOverlay(e.target) || hide(), options);
  document.addEventListener('selectionchange', () => window.getSelection()?.isCollapsed && hide(), { signal });
  document.addEventListener('scroll', hide, { ...options, passive: true });
  signal.addEventListener('abort', () => button?.remove());
}

function createButton(onClick: () => void): HTMLButtonElement {
  const control = document.createElement('button');
  control.type = 'button';
  control.className = 'highlight';
  control.textContent = t('highlightButton');
  control.setAttribute('aria-label', t('highlightButtonLabel'));
  // Keep the selection: a mousedown on the button would otherwise clear it before the click.
  control.addEventListener('mousedown', (e) => e.preventDefault());
  // Only the reader's own click: a page cannot reach into a closed shadow root, but be sure.
  control.addEventListener('click', (e) => e.isTrusted && onClick());
  return control;
}
