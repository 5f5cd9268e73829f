import vietnamese_400_normal from '@fontsource/tinos/files/tinos-vietnamese-400-normal.woff2?inline';
import vietnamese_400_italic from '@fontsource/tinos/files/tinos-vietnamese-400-italic.woff2?inline';
import vietnamese_700_normal from '@fontsource/tinos/files/tinos-vietnamese-700-normal.woff2?inline';
import vietnamese_700_italic from '@fontsource/tinos/files/tinos-vietnamese-700-italic.woff2?inline';
import latin_ext_400_normal from '@fontsource/tinos/files/tinos-latin-ext-400-normal.woff2?inline';
import latin_ext_400_italic from '@fontsource/tinos/files/tinos-latin-ext-400-italic.woff2?inline';
import latin_ext_700_normal from '@fontsource/tinos/files/tinos-latin-ext-700-normal.woff2?inline';
import latin_ext_700_italic from '@fontsource/tinos/files/tinos-latin-ext-700-italic.woff2?inline';
import latin_400_normal from '@fontsource/tinos/files/tinos-latin-400-normal.woff2?inline';
import latin_400_italic from '@fontsource/tinos/files/tinos-latin-400-italic.woff2?inline';
import latin_700_normal from '@fontsource/tinos/files/tinos-latin-700-normal.woff2?inline';
import latin_700_italic from '@fontsource/tinos/files/tinos-latin-700-italic.woff2?inline';
import { tinosFontFaceCss } from '../../../../shared/report/print-layout';

/** The bundled Tinos files as data URLs, so the preview's print document is self-contained like the export. */
const DATA_URLS: Record<string, string> = {
  'tinos-vietnamese-400-normal.woff2': vietnamese_400_normal,
  'tinos-vietnamese-400-italic.woff2': vietnamese_400_italic,
  'tinos-vietnamese-700-normal.woff2': vietnamese_700_normal,
  'tinos-vietnamese-700-italic.woff2': vietnamese_700_italic,
  'tinos-latin-ext-400-normal.woff2': latin_ext_400_normal,
  'tinos-latin-ext-400-italic.woff2': latin_ext_400_italic,
  'tinos-latin-ext-700-normal.woff2': latin_ext_700_normal,
  'tinos-latin-ext-700-italic.woff2': latin_ext_700_italic,
  'tinos-latin-400-normal.woff2': latin_400_normal,
  'tinos-latin-400-italic.woff2': latin_400_italic,
  'tinos-latin-700-normal.woff2': latin_700_normal,
  'tinos-latin-700-italic.woff2': latin_700_italic,
};

export const PRINT_FONT_CSS = tinosFontFaceCss((file) => DATA_URLS[file] ?? '');
