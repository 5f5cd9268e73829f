/**
 * Reads the colour variables of one theme out of base.css, so the contrast test checks the very
 * file the app ships. Only `#rrggbb` values count; the light theme is the `:root` block.
 */
export function themeColours(css: string, theme: string): Record<string, string> {
  const colours: Record<string, string> = {};
  const block = /([^{}]+)\{([^{}]*)\}/g;
  for (const match of css.matchAll(block)) {
    const selectors = match[1]!.split(',').map((s) => s.trim().replace(/"/g, "'"));
    if (!selectors.includes(`[data-theme='${theme}']`)) continue;
    for (const decl of match[2]!.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g))
      colours[decl[1]!] = decl[2]!.toLowerCase();
  }
  return colours;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
