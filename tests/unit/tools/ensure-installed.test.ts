import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript tool with no type declarations (it runs before anything is installed)
import { missingSystemPackages, needsInstall } from '../../tools/ensure-installed.mjs';

function project(lock: object, installed?: object): string {
  const root = mkdtempSync(join(tmpdir(), 'ensure-installed-'));
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify(lock));
  if (installed) {
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules/.package-lock.json'), JSON.stringify(installed));
  }
  return root;
}

const lock = {
  packages: {
    '': { name: 'demo' },
    'node_modules/left-pad': { version: '1.3.0' },
    'node_modules/fsevents': { version: '2.3.3', optional: true },
  },
};

describe('npm start and npm test install what is missing', () => {
  it('installs on a fresh clone, where nothing is installed', () => {
    expect(needsInstall(project(lock))).toBe(true);
  });

  it('installs when a package is missing or at another version than the lock file', () => {
    expect(needsInstall(project(lock, { packages: {} }))).toBe(true);
    expect(needsInstall(project(lock, { packages: { 'node_modules/left-pad': { version: '1.2.0' } } }))).toBe(true);
  });

  it('does nothing when every required package is installed at its locked version (optional ones may be absent)', () => {
    expect(needsInstall(project(lock, { packages: { 'node_modules/left-pad': { version: '1.3.0' } } }))).toBe(false);
  });

  it('names the Debian packages whose program is missing, and no Chromium when CHROME_PATH names another', () => {
    const none = () => false;
    expect(missingSystemPackages({}, none)).toEqual(['chromium', 'xvfb', 'xdotool']);
    expect(missingSystemPackages({ CHROME_PATH: '/opt/chrome/chrome' }, none)).toEqual(['xvfb', 'xdotool']);
    expect(missingSystemPackages({}, (file: string) => file !== '/usr/bin/xdotool')).toEqual(['xdotool']);
    expect(missingSystemPackages({}, () => true)).toEqual([]);
  });
});
