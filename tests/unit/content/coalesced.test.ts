import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { coalesced } from '../../../src/content/page-watch.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a burst of calls runs once, after the calls stop', () => {
  const run = vi.fn();
  const call = coalesced(run, { quietMs: 500, maxWaitMs: 3_000 });
  for (let i = 0; i < 4; i++) {
    call();
    vi.advanceTimersByTime(100);
  }
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(500);
  expect(run).toHaveBeenCalledTimes(1);
});

test('calls every 250 ms for 20 s run once per wait limit, not 80 times', () => {
  const run = vi.fn();
  const call = coalesced(run, { quietMs: 500, maxWaitMs: 3_000 });
  for (let t = 0; t < 20_000; t += 250) {
    call();
    vi.advanceTimersByTime(250);
  }
  vi.advanceTimersByTime(500);
  expect(run.mock.calls.length).toBeGreaterThanOrEqual(6);
  expect(run.mock.calls.length).toBeLessThanOrEqual(8);
});
