/**
 * An X display for tests that need a headed browser and real key events
 * (extension shortcuts do not fire from Playwright's key presses): the one
 * the tests run under, or a private Xvfb started for them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Display {
  /** e.g. ":99" */
  name: string;
  /** Send real key presses to the window whose title contains `title` (xdotool). */
  pressKeys(title: string, keys: string): void;
  stop(): void;
}

const XVFB = '/usr/bin/Xvfb';
const XDOTOOL = '/usr/bin/xdotool';

/** The display, or why there is none (no DISPLAY, no Xvfb or no xdotool). */
export async function openDisplay(): Promise<Display | string> {
  if (!existsSync(XDOTOOL)) return 'xdotool is not installed (apt-get install -y xdotool)';
  if (process.env.DISPLAY) return display(process.env.DISPLAY, () => {});
  if (!existsSync(XVFB)) return 'no DISPLAY and no Xvfb (apt-get install -y xvfb)';
  // Xvfb picks a free display number and writes it to the given file descriptor.
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const number = await new Promise<string | null>((resolve) => {
    let out = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.on('exit', () => resolve(null));
    xvfb.on('error', () => resolve(null));
  });
  if (number === null) return 'Xvfb could not start a display';
  return display(`:${number}`, () => xvfb.kill());
}

function display(name: string, stop: () => void): Display {
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    pressKeys(title, keys) {
      const [window] = execFileSync(XDOTOOL, ['search', '--sync', '--onlyvisible', '--name', title], { env }).toString().trim().split('\n');
      if (!window) throw new Error(`no window titled ${title}`);
      execFileSync(XDOTOOL, ['windowfocus', '--sync', window], { env });
      execFileSync(XDOTOOL, ['key', '--clearmodifiers', keys], { env });
    },
    stop,
  };
}
