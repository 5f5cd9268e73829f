import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, themeColours } from './theme-colours';

const css = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'base.css'),
  'utf8',
);
const THEMES = ['light', 'sepia', 'dark'] as const;

/** Every text colour the UI draws, on every background it is drawn on. */
const TEXT_PAIRS: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--bg-muted'],
  ['--text', '--bg-sidebar'],
  ['--text', '--highlight'],
  ['--text', '--highlight-current'],
  ['--text-muted', '--bg'],
  ['--text-muted', '--bg-muted'],
  ['--text-muted', '--bg-sidebar'],
  ['--accent', '--bg'],
  ['--accent', '--bg-muted'],
  ['--accent', '--bg-sidebar'],
  ['--accent-text', '--accent'],
  // Toasts: the page colours swapped, and the error toast.
  ['--bg', '--text'],
  ['--accent-text', '--danger'],
  ['--danger', '--bg'],
  ['--unread', '--bg'],
  ['--star', '--bg'],
];

describe('theme colours in base.css', () => {
  it('declares every colour the UI uses in each theme', () => {
    for (const theme of THEMES) {
      const colours = themeColours(css, theme);
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(colours[fg], `${theme} ${fg}`).toMatch(/^#[0-9a-f]{6}$/i);
        expect(colours[bg], `${theme} ${bg}`).toMatch(/^#[0-9a-f]{6}$/i);
      }
    }
  });

  for (const theme of THEMES) {
    it(`keeps every text colour at 4.5:1 or more in the ${theme} theme`, () => {
      const colours = themeColours(css, theme);
      const failing = TEXT_PAIRS.map(([fg, bg]) => ({
        pair: `${fg} on ${bg}`,
        ratio: contrastRatio(colours[fg]!, colours[bg]!),
      })).filter(({ ratio }) => ratio < 4.5);
      expect(failing).toEqual([]);
    });

    it(`draws the focus ring at 3:1 or more against the ${theme} background`, () => {
      const colours = themeColours(css, theme);
      expect(contrastRatio(colours['--focus']!, colours['--bg']!)).toBeGreaterThanOrEqual(3);
    });
  }

  it('computes WCAG contrast the way the standard defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
