#!/usr/bin/env node
/**
 * `npm start`: install dependencies if they are missing, build the extension,
 * and open Chromium with it loaded on the bundled demo article.
 * Plain JavaScript so it can run before anything is installed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('node', ['tests/tools/ensure-installed.mjs']);
run('npm', ['run', '--silent', 'build']);
run('npx', ['tsx', 'tests/tools/launch-demo.ts', ...process.argv.slice(2)]);
