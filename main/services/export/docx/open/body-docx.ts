import { JSDOM } from 'jsdom';
import yazl from 'yazl';
import { readZipEntries } from '../../../import/zip-read';

/**
 * The same .docx with some top-level blocks of its body taken out (the header, title, Kính gửi
 * and signer blocks already read into fields), so mammoth converts the body alone. mammoth
 * flattens tables and drops empty paragraphs, so cutting its HTML afterwards could not find
 * where the blocks were; cutting document.xml can.
 */
export async function withoutBlocks(
  bytes: Uint8Array,
  documentXml: string,
  indexes: number[],
): Promise<Buffer> {
  if (indexes.length === 0) return Buffer.from(bytes);
  const dom = new JSDOM(documentXml, { contentType: 'application/xml' });
  const body = dom.window.document.getElementsByTagName('w:body')[0];
  if (!body) return Buffer.from(bytes);
  const children = [...body.children];
  for (const index of new Set(indexes)) children[index]?.remove();
  const xml = new dom.window.XMLSerializer().serializeToString(dom.window.document);
  const entries = await readZipEntries(bytes);
  entries.set('word/document.xml', Buffer.from(xml, 'utf8'));
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
