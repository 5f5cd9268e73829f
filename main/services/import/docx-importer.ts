import type mammothModule from 'mammoth';
import { createRequire } from 'node:module';
import { readDocxBlocks } from '../export/docx/open/docx-blocks';
import { recognizeNd30, type Nd30Recognition } from '../export/docx/open/recognize-nd30';
import type { ImportOutcome } from './draft';
import { found, proposed } from './fields';
import type { MediaSink } from './html-images';
import { importHtml } from './html-importer';
import { assertSafeDocx } from './zip-guard';
import { readZipEntries } from './zip-read';

const require = createRequire(import.meta.url);

/** Word styles mammoth does not map by default but offices use for a document's title. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A Word file: checked for zip bombs, converted by mammoth (headings, lists, tables, images),
 * then through the same path as a web page so it is sanitized the same way. A document laid
 * out per NĐ 30/2020 takes its title from the tên loại and trích yếu and its date from the
 * "<place>, ngày … tháng … năm …" line, not from the header table above them.
 */
export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  storeMedia: MediaSink,
): Promise<ImportOutcome> {
  const buffer = Buffer.from(bytes);
  await assertSafeDocx(buffer, fileName);
  const images = new Map<string, Uint8Array>();
  // Loaded with the first Word file, not at start-up (the importer is part of every start).
  const mammoth = require('mammoth') as typeof mammothModule;
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
  const outcome = await importHtml(`<!DOCTYPE html><html><body>${result.value}</body></html>`, {
    format: 'docx',
    wholeDocument: true,
    storeMedia,
    resolveImage: async (src) => images.get(src) ?? null,
  });
  const documentXml = (await readZipEntries(buffer, (name) => name === 'word/document.xml')).get(
    'word/document.xml',
  );
  const nd30 = documentXml ? recognizeNd30(readDocxBlocks(documentXml.toString('utf8'))) : null;
  return nd30 ? withNd30Fields(outcome, nd30) : outcome;
}

function withNd30Fields(outcome: ImportOutcome, nd30: Nd30Recognition): ImportOutcome {
  const fields = { ...outcome.fields };
  let warnings = outcome.warnings;
  const draft = { ...outcome.draft };
  if (nd30.title) {
    fields.title = found(nd30.title, 0.9);
    draft.title = nd30.title;
    warnings = warnings.filter((w) => w.code !== 'title-missing');
  }
  const date = nd30.date;
  if (date?.date) {
    fields.publishedAt = found(`${date.date}T00:00:00+07:00`, 0.8);
  } else if (date?.year) {
    // The day is left blank until the document is signed: the month and year are all it says.
    const month = String(date.month ?? 1).padStart(2, '0');
    fields.publishedAt = proposed(`${date.year}-${month}-01T00:00:00+07:00`, 0.3);
  }
  if (date?.year) {
    draft.publishedAt = fields.publishedAt.value;
    warnings = warnings.filter((w) => w.code !== 'date-missing');
  }
  return { ...outcome, draft, fields, warnings };
}
