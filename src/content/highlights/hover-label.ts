/**
 * Says who said a highlighted quote when the reader points at it. The drawn
 * boxes let the pointer through to the page, so the pointer position is
 * hit-tested against the drawn ranges (at most once per frame). The label is
 * drawn inside the overlay: the page sees neither it nor where it goes.
 */
import { addControlStyles, ensureOverlay } from './overlay.ts';
import { anchoredPassages } from './passage-sets.ts';

addControlStyles(
  '.label{position:fixed;font:13px/1.4 system-ui,sans-serif;background:#1c1c1e;color:#fff;padding:4px 8px;border-radius:6px;max-width:260px;box-shadow:0 2px 8px rgb(0 0 0/.25)}',
);

let label: HTMLElement | null = null;
let frame = 0;

export function watchHoverLabels(signal: AbortSignal): void {
  document.addEventListener(
    'pointermove',
    (event) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        showLabelAt(event.clientX, event.clientY);
      });
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => label?.remove());
}

function showLabelAt(x: number, y: number): void {
  const passages = anchoredPassages();
  const caret = passages.length ? caretAt(x, y) : null;
  const hit = caret && passages.find(({ range }) => range.isPointInRange(caret.node, caret.offset));
  if (!hit || !hit.passage.label) {
    if (label) label.hidden = true;
    return;
  }
  const shown = ensureLabel();
  shown.textContent = hit.passage.label;
  shown.hidden = false;
  shown.style.left = `${Math.min(x + 12, window.innerWidth - 280)}px`;
  shown.style.top = `${y + 16}px`;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function ensureLabel(): HTMLElement {
  const { controls: root } = ensureOverlay();
  if (label && label.parentNode === root) return label;
  label = document.createElement('div');
  label.className = 'label';
  label.setAttribute('role', 'tooltip');
  root.append(label);
  return label;
}
