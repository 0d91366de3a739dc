/**
 * French UI under a French browser: the panel's headings, stances, states and
 * notes, the Markdown export, the library, and the manifest's name for the
 * commands come from `_locales/fr`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  // --lang picks the extension's messages; the locale makes pages report French as well (see LaunchOptions).
  browser = await launchWithExtension({ extraArgs: ['--lang=fr'], locale: 'fr-FR' });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('a French browser', () => {
  test('shows the panel in French', async () => {
    const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    expect(await panel.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^fr/);
    await expect.poll(() => panel.locator('#stakeholders-heading').textContent()).toBe('Acteurs');
    expect(await panel.locator('#quotes-heading').textContent()).toBe('Citations');
    expect(await panel.locator('.section-nav .write-note').textContent()).toContain('Écrire une note');
    expect(await panel.locator('.topic-chip').textContent()).toBe('Immigration');
    expect(await panel.locator('.confidence').textContent()).toMatch(/^sûr à \d+ %$/);
    const prevot = panel.locator('.stakeholder[data-stakeholder="Maxime Prévot"] .stance');
    expect(await prevot.textContent()).toContain('Contre');
    expect(await panel.locator('html').getAttribute('lang')).toBe('fr');
    expect(await panel.title()).toBe('Policy Lens');
    await expect.poll(() => panel.locator('textarea.note-body').getAttribute('placeholder')).toBe('Écrivez votre note sur cet article…');
    expect(await panel.getByRole('button', { name: 'Ajouter une note' }).count()).toBe(1);
  });

  test('shows the library in French', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/src/library/index.html`);
    await expect.poll(() => library.locator('h1').textContent()).toBe('Votre bibliothèque Policy Lens');
    await expect.poll(() => library.locator('.empty').textContent()).toMatch(/^Aucune note pour l’instant\./);
    expect(await library.locator('html').getAttribute('lang')).toBe('fr');
    expect(await library.title()).toBe('Bibliothèque Policy Lens');
  });

  test('exports Markdown in French', async () => {
    const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    const editor = panel.locator('textarea.note-body').first();
    await expect.poll(() => editor.isEnabled()).toBe(true);
    await editor.fill('Vérifier les chiffres des retours.');
    await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Enregistré sur cet appareil');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Exporter en Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('- Thème : Immigration');
    expect(markdown).toContain('## Parties prenantes');
    expect(markdown).toMatch(/\*\*Maxime Prévot\*\* \(Belgian official\) : Contre/);
    expect(markdown).toContain('## Notes');
    expect(markdown).not.toMatch(/Stakeholders|First kept|opposes/);
    await panel.close();
  });

  test('shows the options page and the extension commands in French', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('Options de Policy Lens');
    expect(await options.locator('#never-run-heading').textContent()).toBe('Jamais actif sur');
    const worker = await browser.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'next-quote')?.description).toBe('Afficher la citation ou le passage suivant dans la page');
  });
});
