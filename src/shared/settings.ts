/**
 * The reader's settings, kept in `storage.sync` (so they follow the reader's
 * browser profile) and read by every context: the content script (where to
 * run, highlight colours), the panel (sections) and the options page.
 *
 * Each setting is its own storage key: `storage.sync` limits the size of each
 * item, and a change to one setting then wakes only what depends on it. What
 * storage returns is validated field by field: a missing or damaged value
 * falls back to its default without losing the others.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PassageLayer } from './messages.ts';
import { AUTO_DETECT_BY_DEFAULT } from './site-mode.ts';
import { isHostname } from './site-rules.ts';

export const PANEL_SECTIONS = ['stakeholders', 'quotes', 'highlights', 'notes'] as const;
export type PanelSection = (typeof PANEL_SECTIONS)[number];

/** Layers whose colour the reader can choose (the reveal flash stays the browser-wide yellow). */
export const COLOUR_LAYERS = ['supports', 'opposes', 'mixed', 'neutral', 'unclear', 'quote', 'user-yellow', 'user-green', 'user-blue', 'user-pink'] as const satisfies readonly PassageLayer[];
export type ColourLayer = (typeof COLOUR_LAYERS)[number];

/** `storage.sync` allows 8 KB per item: this many hostnames fit. */
export const MAX_SITES = 200;

export interface Settings {
  /** Read every page to find policy articles (off: only always-run sites, and pages the reader opens the panel on). */
  autoDetect: boolean;
  neverRun: string[];
  alwaysRun: string[];
  colours: Record<ColourLayer, string>;
  sections: Record<PanelSection, boolean>;
  /** Draw every quote and stance's evidence on the page (off: only the reader's highlights and the passage they pick). */
  showAnalysisOnPage: boolean;
  /** Remember each policy article's analysis on the device, to recall its actors in later articles (off: memory writes nothing). */
  memory: boolean;
}

/** Okabe–Ito for stances and quotes (colour-blind safe); soft pastel markers for the reader's own highlights. */
export const DEFAULT_SETTINGS: Settings = {
  autoDetect: AUTO_DETECT_BY_DEFAULT,
  neverRun: [],
  alwaysRun: [],
  colours: {
    supports: '#0072b2',
    opposes: '#d55e00',
    mixed: '#e69f00',
    neutral: '#787878',
    unclear: '#787878',
    quote: '#cc79a7',
    'user-yellow': '#ffe66e',
    'user-green': '#96e1a0',
    'user-blue': '#96c8ff',
    'user-pink': '#ffaad2',
  },
  sections: { stakeholders: true, quotes: true, highlights: true, notes: true },
  showAnalysisOnPage: false,
  memory: true,
};

export type SettingKey = keyof Settings;
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

const hexColour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i), v.toLowerCase());

const siteList = v.pipe(
  v.array(v.string()),
  v.transform((sites) => [...new Set(sites.map((s) => s.toLowerCase()).filter(isHostname))].slice(0, MAX_SITES)),
);

/** An object with one validated value per key, each falling back to its own default. */
function recordOf<K extends string, T>(keys: readonly K[], item: v.GenericSchema<unknown, T>, defaults: Record<K, T>): v.GenericSchema<unknown, Record<K, T>> {
  const entries: v.ObjectEntries = Object.fromEntries(keys.map((key) => [key, v.fallback(item, defaults[key])]));
  return v.fallback(v.object(entries), defaults) as unknown as v.GenericSchema<unknown, Record<K, T>>;
}

const settingsSchema = v.object({
  autoDetect: v.fallback(v.boolean(), DEFAULT_SETTINGS.autoDetect),
  neverRun: v.fallback(siteList, DEFAULT_SETTINGS.neverRun),
  alwaysRun: v.fallback(siteList, DEFAULT_SETTINGS.alwaysRun),
  colours: recordOf(COLOUR_LAYERS, hexColour, DEFAULT_SETTINGS.colours),
  sections: recordOf(PANEL_SECTIONS, v.boolean(), DEFAULT_SETTINGS.sections),
  showAnalysisOnPage: v.fallback(v.boolean(), DEFAULT_SETTINGS.showAnalysisOnPage),
  memory: v.fallback(v.boolean(), DEFAULT_SETTINGS.memory),
});

/** Settings from what storage returned (anything: other versions, hand edits, nothing at all). */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const raw = Object.fromEntries(SETTING_KEYS.map((key) => [key, stored[key] ?? DEFAULT_SETTINGS[key]]));
  return v.parse(settingsSchema, raw) as Settings;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.sync.get(SETTING_KEYS));
}

export function saveSettings(change: Partial<Settings>): Promise<void> {
  return browser.storage.sync.set(change);
}

/**
 * Calls `onChange` with the whole settings whenever one changes (in any context). Returns a function that stops watching.
 * It listens to the sync area alone: a listener on every area would have Chromium deliver each backup-copy write
 * (the reader's note text, in `storage.local`) to every page that runs the content script.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (SETTING_KEYS.some((key) => key in changes)) void loadSettings().then(onChange);
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}

export { siteMode } from './site-mode.ts';
export type { SiteMode } from './site-mode.ts';
