/**
 * `npm run package`: the Chrome and Firefox builds as zip files named with
 * the package.json version, in packages/. web-ext does the zipping (it writes
 * the same archive format both stores take).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './corpus.ts';

const { version } = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const out = resolve(PROJECT_ROOT, 'packages');
rmSync(out, { recursive: true, force: true });

for (const [browser, dir] of [['chrome', 'dist'], ['firefox', 'dist-firefox']] as const) {
  execFileSync('npx', ['vite', 'build', '--mode', browser === 'firefox' ? 'firefox' : 'production', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const zip = resolve(out, `policy-lens-${browser}-${version}.zip`);
  execFileSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', 'build.zip', '--overwrite-dest'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  renameSync(resolve(out, 'build.zip'), zip);
  console.log(zip);
}
