import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NODE, type DocNode } from '../../../shared/report/document';
import { printHtml } from '../../../shared/report/print-layout';
import type { ReportFile } from '../../../shared/report/report';
import { embeddedFontCss } from './fonts';

export type PrintDocumentOptions = {
  /** The archive's media/ folder, where the report's images are stored. */
  mediaDir: string;
  citationStyle: 'inline' | 'footnote';
  /** The year printed when the date is blank; the current year by default. */
  year?: number;
};

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};
const MEDIA_SRC = /^media\/[A-Za-z0-9_-]{1,128}\.[A-Za-z0-9]{1,5}$/;

/**
 * The report as one self-contained HTML file (fonts and images inline): what the PDF renders,
 * what "Xuất HTML" saves. Images outside media/ are never read.
 */
export async function buildPrintDocument(
  report: ReportFile,
  options: PrintDocumentOptions,
): Promise<string> {
  const [fontFaceCss, images] = await Promise.all([
    embeddedFontCss(),
    loadImages(report.content, options.mediaDir),
  ]);
  return printHtml(
    { fields: report.fields, content: report.content, layout: report.meta.layout },
    {
      year: options.year ?? new Date().getFullYear(),
      fontFaceCss,
      citationStyle: options.citationStyle,
      title: report.meta.title || report.fields.summary,
      resolveImage: (src) => images.get(src) ?? null,
    },
  );
}

async function loadImages(doc: DocNode, mediaDir: string): Promise<Map<string, string>> {
  const sources = new Set<string>();
  const stack = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === NODE.image && typeof node.attrs?.src === 'string')
      sources.add(node.attrs.src);
    for (const child of node.content ?? []) stack.push(child);
  }
  const out = new Map<string, string>();
  await Promise.all(
    [...sources].map(async (src) => {
      const type = IMAGE_TYPES[path.extname(src).toLowerCase()];
      if (!MEDIA_SRC.test(src) || !type) return;
      try {
        const bytes = await readFile(path.join(mediaDir, path.basename(src)));
        out.set(src, `data:${type};base64,${bytes.toString('base64')}`);
      } catch {
        // A missing image prints its alt text; the export itself goes on.
      }
    }),
  );
  return out;
}
