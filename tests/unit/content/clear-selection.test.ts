// @vitest-environment jsdom
/**
 * After a highlight is saved the page's selection is cleared, but only if it is still the passage that was saved:
 * a reader who selected another passage while the save was under way keeps that selection.
 */
import { expect, test } from 'vitest';
import { clearSelectionIfStill } from '../../../src/content/selection/clear-kept.ts';

function select(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

function paragraph(words: string): Text {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = words;
  document.body.append(p);
  return p.firstChild as Text;
}

test('the saved passage, still selected, is cleared', () => {
  const text = paragraph('The council voted on the harbour levy after a long night.');
  const selection = document.getSelection();
  if (!selection) throw new Error('no selection in this document');
  select(text, 4, 11);
  clearSelectionIfStill(selection, selection.getRangeAt(0));
  expect(selection.rangeCount).toBe(0);
});

test('a passage selected while the last one was saving stays selected', () => {
  const text = paragraph('The council voted on the harbour levy after a long night.');
  const selection = document.getSelection();
  if (!selection) throw new Error('no selection in this document');
  const saved = select(text, 4, 11);
  select(text, 25, 37);
  clearSelectionIfStill(selection, saved);
  expect(selection.toString()).toBe('harbour levy');
});
