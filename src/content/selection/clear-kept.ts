/**
 * Clear the selection once its passage is kept as a highlight, unless the reader selected something else while it
 * was being saved: a new selecting gesture gives the selection a new range, and that selection is the reader's.
 */
export function clearSelectionIfStill(selection: Selection, kept: Range): void {
  if (selection.rangeCount > 0 && selection.getRangeAt(0) === kept) selection.removeAllRanges();
}
