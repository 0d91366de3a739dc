/**
 * "Note deleted · Undo" for a few seconds after a deletion, in the panel and
 * the library alike. Deleted notes and highlights are only marked deleted, so
 * an undo is a restore. The toast stays while the pointer or the keyboard
 * focus is on it (the reader is about to act), and a deletion made from the
 * keyboard moves the focus to its Undo button, where it would otherwise be lost
 * with the deleted item's Delete button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n.ts';

/** Long enough to notice a slip and reach the button. */
export const UNDO_MS = 8_000;

export interface UndoToastProps {
  text: string;
  onUndo(): void;
  /** The time to undo is over (the toast is gone). */
  onLapse(): void;
  /** Move the focus to the Undo button (the deletion came from the keyboard). */
  focus: boolean;
}

/** Render with a `key` per deletion, so a second deletion starts its own time. */
export function UndoToast({ text, onUndo, onLapse, focus }: UndoToastProps) {
  const button = useRef<HTMLButtonElement>(null);
  const lapse = useRef(onLapse);
  lapse.current = onLapse;
  const [held, setHeld] = useState({ pointer: false, focus: false });
  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);
  useEffect(() => {
    if (held.pointer || held.focus) return;
    const timer = setTimeout(() => lapse.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [held.pointer, held.focus]);
  return (
    <p
      class="undo-toast"
      role="status"
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocusIn={() => setHeld((h) => ({ ...h, focus: true }))}
      onFocusOut={() => setHeld((h) => ({ ...h, focus: false }))}
    >
      {text}
      <span aria-hidden="true"> · </span>
      <button ref={button} type="button" class="link-button" onClick={onUndo}>
        {t('undo')}
      </button>
    </p>
  );
}

/** Whether a click came from the keyboard (Enter or Space on a focused button): a mouse click does not show the focus ring. */
export function fromKeyboard(event: Event): boolean {
  const target = event.currentTarget;
  return target instanceof Element && target.matches(':focus-visible');
}
