/**
 * Says who said a highlighted quote when the reader points at it. Highlights
 * drawn with the Custom Highlight API have no elements to hover, so the
 * pointer position is hit-tested against the drawn ranges (at most once per
 * frame).
 */
import { createShadowHost } from '../shadow-host.ts';
import { anchoredPassages } from './passage-sets.ts';

let label: { host: HTMLElement; text: HTMLElement } | null = null;
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
  signal.addEventListener('abort', () => label?.host.remove());
}

function showLabelAt(x: number, y: number): void {
  const passages = anchoredPassages();
  const caret = passages.length ? caretAt(x, y) : null;
  const hit = caret && passages.find(({ range }) => range.isPointInRange(caret.node, caret.offset));
  if (!hit || !hit.passage.label) {
    if (label) label.host.hidden = true;
    return;
  }
  const { host, text } = ensureLabel();
  text.textContent = hit.passage.label;
  host.hidden = false;
  host.style.left = `${Math.min(x + 12, window.innerWidth - 280)}px`;
  host.style.top = `${y + 16}px`;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function ensureLabel(): { host: HTMLElement; text: HTMLElement } {
  if (label && label.host.isConnected) return label;
  const { host, root } = createShadowHost(
    'policy-lens-label',
    'pointer-events:none;',
    'div{font:13px/1.4 system-ui,sans-serif;background:#1c1c1e;color:#fff;padding:4px 8px;border-radius:6px;max-width:260px;box-shadow:0 2px 8px rgb(0 0 0/.25)}',
  );
  const text = document.createElement('div');
  text.setAttribute('role', 'tooltip');
  root.append(text);
  document.documentElement.append(host);
  label = { host, text };
  return label;
}
