#!/usr/bin/env node
/**
 * Installs the project's dependencies when they are missing or older than the
 * lock file, and Debian's Chromium (with Xvfb and xdotool for the keyboard
 * tests) when they are missing, so `npm start` and `npm test` work on a fresh
 * clone. Plain JavaScript: it must run before anything is installed. When
 * nothing is missing it only compares two files, so it costs a few milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/** Debian packages the browser tests and the demo need, by the file each installs. */
const SYSTEM_PACKAGES = [
  { name: 'chromium', file: '/usr/bin/chromium', unlessEnv: 'CHROME_PATH' },
  { name: 'xvfb', file: '/usr/bin/Xvfb' },
  { name: 'xdotool', file: '/usr/bin/xdotool' },
];

/** The Debian packages still to install: none whose file exists, none replaced by an environment variable. */
export function missingSystemPackages(env = process.env, exists = existsSync) {
  return SYSTEM_PACKAGES.filter((p) => !(p.unlessEnv && env[p.unlessEnv]) && !exists(p.file)).map((p) => p.name);
}

function installSystemPackages() {
  const missing = missingSystemPackages();
  if (!missing.length) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.log(`Missing ${missing.join(', ')}: install with \`sudo apt-get install -y ${missing.join(' ')}\` (the browser tests and npm start need them).`);
    return;
  }
  console.log(`Installing ${missing.join(', ')} (Debian packages, for the browser tests and npm start)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

function main() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  installSystemPackages();
  if (!needsInstall(root)) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
