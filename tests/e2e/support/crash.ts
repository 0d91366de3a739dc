/** A browser crash, as near as a test gets: the main browser process killed outright, with no chance to flush anything. */
import { readdirSync, readFileSync } from 'node:fs';

/** Kill (SIGKILL) the browser process started on `profileDir`, found by its exact --user-data-dir argument. */
export function killBrowser(profileDir: string): void {
  const wanted = `--user-data-dir=${profileDir}`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended meanwhile
    }
    // The main process is the one without a --type= (renderers, GPU and utility processes have one).
    if (args.includes(wanted) && !args.some((a) => a.startsWith('--type='))) {
      process.kill(Number(pid), 'SIGKILL');
      return;
    }
  }
  throw new Error(`no browser running on ${profileDir}`);
}
