/**
 * Opens Chromium (headed) with the built extension and the demo article,
 * served from the committed fixtures on a loopback port. The profile is kept
 * in .demo-profile/ so notes taken in the demo are there next time.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromePath, launchWithExtension } from '../e2e/support/extension-browser.ts';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';

const PROFILE = fileURLToPath(new URL('../../.demo-profile/', import.meta.url));

function explainMissingDisplay(): never {
  console.error(
    [
      'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so Chromium cannot open a window.',
      'On a machine without a screen, run the demo under a virtual display:',
      '  apt-get install -y xvfb && xvfb-run -a npm start',
      '(then use a VNC or screenshot tool to look at it), or run the tests instead: npm test',
    ].join('\n'),
  );
  process.exit(1);
}

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) explainMissingDisplay();
  try {
    chromePath();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!existsSync(PROFILE)) console.log(`A fresh browser profile is kept in ${PROFILE}`);
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ profileDir: PROFILE, headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url('/eu-taliban-brussels.html'));
  console.log(
    [
      `Demo article: ${server.url('/eu-taliban-brussels.html')}`,
      `Policy Lens is loaded (extension id ${browser.extensionId}).`,
      'Open the side panel with the Policy Lens icon in the toolbar (pin it from the puzzle-piece menu).',
      'Close the browser window or press Ctrl+C here to stop.',
    ].join('\n'),
  );
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
