import mammoth from 'mammoth';
import type { ImportOutcome } from './draft';
import type { MediaSink } from './html-images';
import { importHtml } from './html-importer';
import { assertSafeDocx } from './zip-guard';

/** Word styles mammoth does not map by default but offices use for a document's title. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A Word file: checked for zip bombs, converted by mammoth (headings, lists, tables, images),
 * then through the same path as a web page so it is sanitized the same way.
 */
export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  storeMedia: MediaSink,
): Promise<ImportOutcome> {
  const buffer = Buffer.from(bytes);
  await assertSafeDocx(buffer, fileName);
  const images = new Map<string, Uint8Array>();
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const src = `docx-image:${images.size + 1}`;
        images.set(src, await image.readAsBuffer());
        return { src };
      }),
    },
  );
  return importHtml(`<!DOCTYPE html><html><body>${result.value}</body></html>`, {
    format: 'docx',
    wholeDocument: true,
    storeMedia,
    resolveImage: async (src) => images.get(src) ?? null,
  });
}
