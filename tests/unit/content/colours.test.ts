import { describe, expect, test, vi } from 'vitest';

// The settings module (for its defaults) reads storage through the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { highlightRules } = await import('../../../src/content/highlights/colours.ts');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings.ts');

describe('highlightRules', () => {
  test('tints each layer with the chosen colour and keeps the stances told apart by underline', () => {
    const rules = highlightRules({ ...DEFAULT_SETTINGS.colours, opposes: '#112233' });
    expect(rules).toContain('.l-opposes{background-color:rgb(17 34 51 / 0.16);}');
    expect(rules).toMatch(/\.l-opposes::after\{[^}]*#112233/);
    expect(rules).toContain('.l-supports{background-color:rgb(0 114 178 / 0.16);border-bottom:2px solid #0072b2;}');
    expect(rules).toContain('.l-user-yellow{background-color:rgb(255 230 110 / 0.7);}');
  });
});
