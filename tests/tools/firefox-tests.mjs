#!/usr/bin/env node
/**
 * Part of `npm test`: the Firefox end-to-end tests when Firefox is installed,
 * else a plain line saying they were skipped and how to get them (CI installs
 * Firefox, so it always runs them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.log(`Firefox tests SKIPPED: no Firefox at ${firefox} (apt-get install -y firefox-esr, or set FIREFOX_PATH).`);
  process.exit(0);
}
const result = spawnSync('npm', ['run', '--silent', 'test:e2e:firefox'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
