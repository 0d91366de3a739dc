import { describe, expect, test, vi } from 'vitest';

// The settings module reads storage through the polyfill, which refuses to load outside an extension.
const stored: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: { get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])) },
    },
  },
}));

const { DEFAULT_SETTINGS, loadSettings, parseSettings, siteMode } = await import('../../../src/shared/settings.ts');
const { parseHostname, siteListed } = await import('../../../src/shared/site-rules.ts');

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  test('a damaged value falls back to its default and keeps the others', () => {
    const settings = parseSettings({
      autoDetect: 'yes',
      neverRun: ['example.com'],
      colours: { opposes: '#112233', supports: 'red', quote: 42 },
      sections: { notes: false, quotes: 'no' },
    });
    expect(settings.autoDetect).toBe(true);
    expect(settings.neverRun).toEqual(['example.com']);
    expect(settings.colours.opposes).toBe('#112233');
    expect(settings.colours.supports).toBe(DEFAULT_SETTINGS.colours.supports);
    expect(settings.colours.quote).toBe(DEFAULT_SETTINGS.colours.quote);
    expect(settings.colours['user-yellow']).toBe(DEFAULT_SETTINGS.colours['user-yellow']);
    expect(settings.sections).toEqual({ ...DEFAULT_SETTINGS.sections, notes: false });
  });

  test('colours are normalised to lower case; site lists drop invalid, duplicate and excess entries', () => {
    const many = Array.from({ length: 250 }, (_, i) => `site${i}.example`);
    const settings = parseSettings({
      colours: { mixed: '#ABCDEF' },
      alwaysRun: ['News.Example', 'news.example', 'not a host', '-bad.example', 7, ...many],
    });
    expect(settings.colours.mixed).toBe('#abcdef');
    // A list that is not all strings is damaged as a whole.
    expect(settings.alwaysRun).toEqual([]);
    const listed = parseSettings({ alwaysRun: ['News.Example', 'news.example', 'not a host', '-bad.example', ...many] }).alwaysRun;
    expect(listed[0]).toBe('news.example');
    expect(listed).not.toContain('not a host');
    expect(listed).not.toContain('-bad.example');
    expect(listed).toHaveLength(200);
  });

  test('loadSettings validates what storage returns', async () => {
    stored.autoDetect = false;
    stored.colours = 'not an object';
    const settings = await loadSettings();
    expect(settings.autoDetect).toBe(false);
    expect(settings.colours).toEqual(DEFAULT_SETTINGS.colours);
  });
});

describe('sites', () => {
  test('hostnames are taken from what the reader types, or refused', () => {
    expect(parseHostname(' Example.COM ')).toBe('example.com');
    expect(parseHostname('https://www.example.com/news/story?id=1')).toBe('www.example.com');
    expect(parseHostname('localhost')).toBe('localhost');
    expect(parseHostname('127.0.0.1')).toBe('127.0.0.1');
    expect(parseHostname('')).toBeNull();
    expect(parseHostname('two words')).toBeNull();
    expect(parseHostname('under_score.example')).toBeNull();
  });

  test('a listed site covers its subdomains, not lookalikes', () => {
    expect(siteListed(['example.com'], 'news.example.com')).toBe(true);
    expect(siteListed(['example.com'], 'example.com')).toBe(true);
    expect(siteListed(['example.com'], 'badexample.com')).toBe(false);
  });

  test('never-run wins over always-run; detection off leaves other sites to the reader', () => {
    const settings = { ...DEFAULT_SETTINGS, neverRun: ['a.example'], alwaysRun: ['a.example', 'b.example'], autoDetect: false };
    expect(siteMode(settings, 'a.example')).toBe('never');
    expect(siteMode(settings, 'b.example')).toBe('always');
    expect(siteMode(settings, 'c.example')).toBe('on-request');
    expect(siteMode({ ...settings, autoDetect: true }, 'c.example')).toBe('auto');
  });
});
