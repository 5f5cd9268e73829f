import { CLOSING_MARK } from '../nd30';
import type { DocNode } from '../document';
import type { ReportFields } from '../fields';
import type { ReportLayout } from '../report';
import { bodyHtml, type BodyOptions } from './body';
import { addresseesHtml, headerHtml, signerHtml, titleHtml } from './blocks';
import { escapeHtml } from './escape';
import { documentCss, pageCss } from './styles';

export { documentCss, pageCss, FONT_STACK } from './styles';
export { tinosFontFaceCss, TINOS_FACES } from './fonts';
export { CLOSING_MARK };

export type PrintInput = { fields: ReportFields; content: DocNode; layout: ReportLayout };

export type PrintOptions = BodyOptions & {
  /** The year printed when the date is left blank (ngày … tháng … năm <year>). */
  year: number;
  /** @font-face rules embedding Tinos, so the file is self-contained (tinosFontFaceCss). */
  fontFaceCss?: string;
  /** The <title> of the HTML file. */
  title?: string;
  /** Where images may load from besides data: URLs (the preview's app media URLs). */
  imageSources?: string[];
};

/** The file loads nothing: no script, no remote font, image or style, whoever opens it. */
function contentSecurityPolicy(imageSources: string[] = []): string {
  const img = ['data:', ...imageSources].join(' ');
  return `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src ${img}`;
}

/** The parts the page view places around the live editor, and the print document joins. */
export type PrintParts = { header: string; body: string; signer: string };

export function printParts(input: PrintInput, options: PrintOptions): PrintParts {
  const { fields, layout } = input;
  const body = `<div class="kt-body">${bodyHtml(input.content, options)}</div>`;
  if (layout === 'plain') return { header: '', body, signer: '' };
  const header =
    headerHtml(fields, layout, options.year) + titleHtml(fields) + addresseesHtml(fields);
  return { header, body, signer: signerHtml(fields) };
}

/**
 * The one print layout as a self-contained HTML document: the PDF (Chromium or Electron), the
 * print command, "Xem trước khi in" and the HTML export all render exactly this string.
 */
export function printHtml(input: PrintInput, options: PrintOptions): string {
  const parts = printParts(input, options);
  const title = escapeHtml(options.title ?? input.fields.summary ?? '');
  const css = [options.fontFaceCss ?? '', pageCss(input.layout), documentCss()].join('\n');
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.imageSources))}">` +
    `<title>${title}</title>` +
    `<style>${css}</style></head><body><main class="kt-doc kt-print">` +
    `${parts.header}${parts.body}${parts.signer}</main></body></html>`
  );
}
