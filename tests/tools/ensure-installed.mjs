#!/usr/bin/env node
/**
 * Installs the project's dependencies when they are missing or older than the
 * lock file, so `npm start` and `npm test` work on a fresh clone. Plain
 * JavaScript: it must run before anything is installed. When nothing is
 * missing it only compares two files, so it costs a few milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** npm writes node_modules/.package-lock.json after every install: it mirrors what is installed. */
export function needsInstall(root) {
  try {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/.package-lock.json'), 'utf8'));
    const wanted = Object.entries(lock.packages ?? {}).filter(([path, entry]) => path !== '' && !entry.optional);
    return wanted.some(([path, entry]) => installed.packages?.[path]?.version !== entry.version);
  } catch {
    // No lock file mirror (never installed) or an unreadable one: install.
    return true;
  }
}

function main() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (!needsInstall(root)) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
