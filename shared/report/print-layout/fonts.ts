import { FALLBACK_FONT_FAMILY } from '../nd30';

/**
 * The bundled Tinos faces (metric-compatible with Times New Roman) embedded in the print HTML:
 * Vietnamese, Latin and Latin Extended subsets in regular, bold, italic and bold italic. Each
 * side (Node: the file's bytes; renderer: a bundled asset) supplies the data URL of a file, so
 * this list and the CSS stay in one place.
 */
export const TINOS_SUBSETS = {
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;

export type TinosFace = {
  /** File name inside @fontsource/tinos/files/. */
  file: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
};

export const TINOS_FACES: TinosFace[] = Object.entries(TINOS_SUBSETS).flatMap(
  ([subset, unicodeRange]) =>
    ([400, 700] as const).flatMap((weight) =>
      (['normal', 'italic'] as const).map((style) => ({
        file: `tinos-${subset}-${weight}-${style}.woff2`,
        weight,
        style,
        unicodeRange,
      })),
    ),
);

/** @font-face rules for every Tinos face, each src the data URL `dataUrlOf(file)` returns. */
export function tinosFontFaceCss(dataUrlOf: (file: string) => string): string {
  return TINOS_FACES.map(
    (face) =>
      `@font-face{font-family:'${FALLBACK_FONT_FAMILY}';font-style:${face.style};font-weight:${face.weight};` +
      `src:url(${dataUrlOf(face.file)}) format('woff2');unicode-range:${face.unicodeRange}}`,
  ).join('\n');
}
