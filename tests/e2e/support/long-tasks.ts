/**
 * Main-thread tasks of a page load once its HTML is parsed, from a DevTools
 * trace, in CPU time (which, unlike wall time, does not grow when other
 * processes crowd the machine's cores): the longest task of all, the page's
 * own rendering included, and the longest task that ran any of the
 * extension's code. The trace's JavaScript samples tell the extension's code
 * (its scripts' chrome-extension: URLs, anywhere on the sampled stack) from
 * the page's.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  dur?: number;
  tdur?: number;
  args?: {
    data?: {
      isMainFrame?: boolean;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface LoadTasks {
  /** The longest task after parsing, whoever ran it, in ms of CPU time. */
  longest: number;
  /** The longest task after parsing that ran the extension's code (0 when none did), in ms of CPU time. */
  longestExtension: number;
}

const taskCpu = (task: TraceEvent) => (task.tdur ?? task.dur ?? 0) / 1000;

/** Load `url` in a new tab of `context`, wait for `settled`, and measure its tasks after parsing. */
export async function tasksAfterParsing(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<LoadTasks> {
  const { events, parsed } = await tracedLoad(context, url, settled);
  const tasks = mainThreadTasks(events, parsed, parsed.ts);
  return { longest: longestOf(tasks.all), longestExtension: longestOf(tasks.extension) };
}

/**
 * The main thread's CPU time, in ms, for loading `url` in a new tab of
 * `context` until `settled`: every task, the page's and any extension's.
 * Compared between browsers with and without an extension, it is what the
 * extension adds, compiling its scripts included (which the page's
 * ScriptDuration metric leaves out for content scripts).
 */
export async function loadCpu(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<number> {
  const { events, parsed } = await tracedLoad(context, url, settled);
  return mainThreadTasks(events, parsed).all.reduce((sum, task) => sum + taskCpu(task), 0);
}

/** The trace of loading `url` in a new tab until `settled`, and the event that tells the page's main thread. */
async function tracedLoad(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<{ events: TraceEvent[]; parsed: TraceEvent }> {
  const page = await context.newPage();
  let events: TraceEvent[];
  try {
    events = await traced(context, page, async () => {
      await page.goto(url);
      await settled(page);
    });
  } finally {
    await page.close();
  }
  // The page's main thread is the one that marked its DOMContentLoaded.
  const parsed = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false);
  if (!parsed) throw new Error(`no DOMContentLoaded in the trace of ${url}`);
  return { events, parsed };
}

export interface WindowTasks {
  /** The longest task that ran the extension's code in the window (0 when none did), in ms of CPU time. */
  longestExtension: number;
  /** How many of those took over 50 ms of CPU time (the long-task threshold). */
  extensionOver50: number;
}

/**
 * The extension's tasks in an already loaded page over the next `ms`
 * milliseconds (what a live page costs once it is read and drawn, unlike
 * `tasksAfterParsing`, which measures from the load), after `start` if given.
 */
export async function extensionTasksInWindow(context: BrowserContext, page: Page, ms: number, start?: () => Promise<void>): Promise<WindowTasks> {
  const events = await traced(context, page, async () => {
    // A mark on the page's main thread tells that thread in the trace.
    await page.evaluate(() => console.timeStamp('policy-lens-window'));
    // e.g. a reload, measured from its start (the same page, the same renderer's main thread).
    await start?.();
    await page.waitForTimeout(ms);
  });
  const mark = events.find((e) => e.name === 'TimeStamp');
  if (!mark) throw new Error('no window mark in the trace');
  const tasks = mainThreadTasks(events, mark);
  return { longestExtension: longestOf(tasks.extension), extensionOver50: tasks.extension.filter((task) => taskCpu(task) > 50).length };
}

async function traced(context: BrowserContext, page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  try {
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] },
      transferMode: 'ReportEvents',
    });
    await during();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return events;
}

/** The tasks of the thread `marker` ran on from `since` (trace clock), all of them and those that ran the extension's code. */
function mainThreadTasks(events: TraceEvent[], marker: TraceEvent, since = 0): { all: TraceEvent[]; extension: TraceEvent[] } {
  const thread = events.filter((e) => e.pid === marker.pid && e.tid === marker.tid);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= since);
  // The main thread's profile is written out by a sampling thread of the same process.
  const samples = extensionSampleTimes(
    thread.filter((e) => e.name === 'Profile'),
    events.filter((e) => e.pid === marker.pid && e.name === 'ProfileChunk'),
  );
  const ranExtension = (task: TraceEvent) => samples.some((t) => t >= task.ts && t < task.ts + (task.dur ?? 0));
  return { all: tasks, extension: tasks.filter(ranExtension) };
}

const longestOf = (tasks: TraceEvent[]) => Math.round(Math.max(0, ...tasks.map(taskCpu)));

/** Times (trace clock, µs) of the JavaScript samples whose stack holds a frame of the extension's scripts. */
function extensionSampleTimes(profiles: TraceEvent[], chunks: TraceEvent[]): number[] {
  const times: number[] = [];
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    let time = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of chunks.filter((e) => e.id === profile.id)) {
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        time += deltas[i] ?? 0;
        for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
          if (node.callFrame.url?.startsWith('chrome-extension:')) {
            times.push(time);
            break;
          }
        }
      });
    }
  }
  return times;
}
