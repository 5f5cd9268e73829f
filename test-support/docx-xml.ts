import { JSDOM } from 'jsdom';
import { readZipEntries } from '../main/services/import/zip-read';

/** The XML parts of a .docx, parsed, for tests that read what Word and LibreOffice will read. */
export type DocxXml = {
  names: string[];
  part(name: string): Document;
  has(name: string): boolean;
};

export async function openDocxXml(bytes: Uint8Array): Promise<DocxXml> {
  const entries = await readZipEntries(bytes, (name) => /\.(xml|rels)$/.test(name));
  const cache = new Map<string, Document>();
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    part(name) {
      let doc = cache.get(name);
      if (!doc) {
        const xml = entries.get(name);
        if (!xml) throw new Error(`no ${name} in the .docx`);
        doc = new JSDOM(xml.toString('utf8'), { contentType: 'application/xml' }).window.document;
        cache.set(name, doc);
      }
      return doc;
    },
  };
}

export const all = (root: Document | Element, tag: string): Element[] => [
  ...root.getElementsByTagName(tag),
];
export const first = (root: Document | Element, tag: string): Element | null =>
  root.getElementsByTagName(tag)[0] ?? null;
/** A w:* attribute of the first `tag` under root ("w:val" unless named). */
export const val = (root: Element | null, tag: string, attr = 'w:val'): string | null => {
  const el = root ? first(root, tag) : null;
  return el ? el.getAttribute(attr) : null;
};
export const textOf = (el: Element): string =>
  all(el, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
/** The body's own paragraphs (not those inside tables). */
export const bodyParagraphs = (doc: Document): Element[] =>
  all(doc, 'w:p').filter((p) => p.parentElement?.tagName === 'w:body');
export const paragraphWithText = (doc: Document, text: string): Element => {
  const found = all(doc, 'w:p').find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
};
/** A toggle property (w:b, w:i) is on when present without w:val="false"/"0". */
export const isOn = (rPr: Element | null, tag: string): boolean => {
  const el = rPr ? first(rPr, tag) : null;
  return !!el && !['false', '0'].includes(el.getAttribute('w:val') ?? '');
};

export const TWIPS_PER_MM = 1440 / 25.4;

/** Size (pt), bold and italic of the first run of a paragraph, as written on the run. */
export function runLook(p: Element) {
  const rPr = first(first(p, 'w:r')!, 'w:rPr');
  return {
    pt: Number(val(rPr, 'w:sz')) / 2,
    bold: isOn(rPr, 'w:b'),
    italic: isOn(rPr, 'w:i'),
    align: val(first(p, 'w:pPr'), 'w:jc'),
  };
}
