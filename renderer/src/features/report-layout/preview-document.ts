import { MARGINS_MM, PAGE_MM } from '../../../../shared/report/nd30';
import {
  FONT_STACK,
  printHtml,
  type PrintInput,
  type PrintOptions,
} from '../../../../shared/report/print-layout';
import { FONT_PT } from '../../../../shared/report/nd30';
import type { ReportLayout } from '../../../../shared/report/report';
import { MM_TO_PX } from './page-guides';
import { PRINT_FONT_CSS } from './print-fonts';

/** Grey space between two pages on screen. */
export const PAGE_GAP_MM = 8;

/**
 * On screen the print document is cut into A4 pages by CSS fragmentation (multicol with
 * column-height and column-wrap: the same engine that paginates for print), each row of
 * columns one page. Printing ignores all of this (@media screen) and uses the @page rules.
 */
function screenPagesCss(layout: ReportLayout): string {
  const m = MARGINS_MM[layout];
  const width = PAGE_MM.width - m.left - m.right;
  const height = PAGE_MM.height - m.top - m.bottom;
  const stride = PAGE_MM.height + PAGE_GAP_MM;
  return `@media screen{
html,body{background:#777;margin:0}
body{padding:${PAGE_GAP_MM}mm 0}
.kt-preview-sheet{position:relative;width:${PAGE_MM.width}mm;margin:0 auto}
main.kt-doc{box-sizing:content-box;width:${width}mm;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
column-width:${width}mm;column-height:${height}mm;column-wrap:wrap;column-fill:auto;column-gap:0;row-gap:${m.bottom + PAGE_GAP_MM + m.top}mm;
background:repeating-linear-gradient(to bottom,#fff 0,#fff ${PAGE_MM.height}mm,transparent ${PAGE_MM.height}mm,transparent ${stride}mm)}
.kt-doc .kt-body .kt-page-break{break-after:column}
.kt-preview-number{position:absolute;left:0;right:0;text-align:center;font-family:${FONT_STACK};font-size:${FONT_PT.pageNumber}pt;line-height:1}
}`;
}

/** The print document with the screen pagination and an empty layer for the page numbers. */
export function buildPreviewDocument(
  input: PrintInput,
  options: Omit<PrintOptions, 'fontFaceCss'>,
): string {
  const html = printHtml(input, { ...options, fontFaceCss: PRINT_FONT_CSS });
  return html
    .replace('</head>', `<style>${screenPagesCss(input.layout)}</style></head>`)
    .replace(
      '<main class="kt-doc kt-print">',
      `<div class="kt-preview-sheet" data-layout="${input.layout}"><main class="kt-doc kt-print">`,
    )
    .replace('</main></body>', '</main><div class="kt-preview-numbers"></div></div></body>');
}

/**
 * Counts the laid-out pages of a loaded preview and writes their numbers (from page 2, centred
 * near the top edge, as @page prints them). Runs in the app: the frame itself has no scripts.
 */
export function countPreviewPages(doc: Document): number {
  const main = doc.querySelector<HTMLElement>('main.kt-doc');
  const sheet = doc.querySelector<HTMLElement>('.kt-preview-sheet');
  const layer = doc.querySelector<HTMLElement>('.kt-preview-numbers');
  if (!main || !sheet || !layer) return 0;
  const stride = (PAGE_MM.height + PAGE_GAP_MM) * MM_TO_PX;
  const pages = Math.max(1, Math.ceil((main.getBoundingClientRect().height - 1) / stride));
  layer.replaceChildren(
    ...Array.from({ length: pages - 1 }, (_, i) => {
      const number = doc.createElement('div');
      number.className = 'kt-preview-number';
      number.dataset.page = String(i + 2);
      number.textContent = String(i + 2);
      number.style.top = `${(i + 1) * stride + 7 * MM_TO_PX}px`;
      return number;
    }),
  );
  return pages;
}
