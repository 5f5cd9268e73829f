import { AppError } from '../../../../../shared/errors';
import { assertSafeDocx } from '../../../import/zip-guard';
import { readZipEntries } from '../../../import/zip-read';
import { readDocxBlocks, type DocxBlock } from './docx-blocks';
import { recognizeNd30, type Nd30Recognition } from './recognize-nd30';

export type ReadDocx = { documentXml: string; blocks: DocxBlock[]; nd30: Nd30Recognition | null };

/**
 * A .docx checked by the importer's zip guard (not a zip, no word/document.xml, a zip bomb → a
 * clear AppError), then its body read into blocks and recognized as an ND30 document if it is one.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReadDocx> {
  await assertSafeDocx(Buffer.from(bytes), fileName);
  const entries = await readZipEntries(bytes, (name) => name === 'word/document.xml');
  const xml = entries.get('word/document.xml');
  if (!xml) throw new AppError('unsupported-file', `${fileName}: a zip, but not a Word document`);
  const documentXml = xml.toString('utf8');
  const blocks = readDocxBlocks(documentXml);
  return { documentXml, blocks, nd30: recognizeNd30(blocks) };
}
