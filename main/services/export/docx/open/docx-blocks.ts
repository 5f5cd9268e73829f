import { domWindow, withoutWindowListeners } from '../../../import/dom-window';

/** One paragraph as the recognizer needs it: its text (tabs and line breaks kept) and its look. */
export type DocxParagraph = { text: string; bold: boolean; italic: boolean; align: string | null };
/** A top-level block of the body; `index` is its position among the body's elements (to cut the body out). */
export type DocxBlock =
  | ({ kind: 'p'; index: number } & DocxParagraph)
  | { kind: 'table'; index: number; rows: DocxParagraph[][][] };

const SKIP = new Set(['mc:Fallback', 'w:del', 'w:instrText', 'w:delText', 'w:rPr', 'w:pPr']);

/** Parses word/document.xml into top-level paragraphs and tables (tables keep rows and cells). */
export function readDocxBlocks(documentXml: string): DocxBlock[] {
  // The shared window's parser: a new JSDOM window per file cost ~9 ms of CPU, the parse ~1.
  const doc = withoutWindowListeners(() =>
    new (domWindow().DOMParser)().parseFromString(documentXml, 'application/xml'),
  );
  // JSDOM threw on malformed XML; DOMParser returns a <parsererror> document instead.
  if (doc.documentElement.localName === 'parsererror')
    throw new Error(`word/document.xml: ${doc.documentElement.textContent}`);
  const body = doc.getElementsByTagName('w:body')[0];
  if (!body) return [];
  const blocks: DocxBlock[] = [];
  [...body.children].forEach((element, index) => {
    if (element.tagName === 'w:p') blocks.push({ kind: 'p', index, ...paragraph(element) });
    else if (element.tagName === 'w:tbl')
      blocks.push({ kind: 'table', index, rows: tableRows(element) });
    else if (element.tagName === 'w:sdt') {
      // A content control around paragraphs: read as one paragraph of their text.
      const paragraphs = [...element.getElementsByTagName('w:p')].map(paragraph);
      const text = paragraphs.map((p) => p.text).join('\n');
      blocks.push({ kind: 'p', index, text, bold: false, italic: false, align: null });
    }
  });
  return blocks;
}

function tableRows(table: Element): DocxParagraph[][][] {
  return childrenNamed(table, 'w:tr').map((row) =>
    childrenNamed(row, 'w:tc').map((cell) => [...cell.getElementsByTagName('w:p')].map(paragraph)),
  );
}

function childrenNamed(element: Element, name: string): Element[] {
  return [...element.children].filter((child) => child.tagName === name);
}

function paragraph(p: Element): DocxParagraph {
  const parts: string[] = [];
  let textRuns = 0;
  let boldRuns = 0;
  let italicRuns = 0;
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (SKIP.has(child.tagName)) continue;
      if (child.tagName === 'w:r') {
        const runText = runTextOf(child);
        parts.push(runText);
        if (runText.trim()) {
          textRuns++;
          const rPr = childrenNamed(child, 'w:rPr')[0];
          if (toggle(rPr, 'w:b')) boldRuns++;
          if (toggle(rPr, 'w:i')) italicRuns++;
        }
      } else visit(child);
    }
  };
  visit(p);
  const pPr = childrenNamed(p, 'w:pPr')[0];
  const jc = pPr ? childrenNamed(pPr, 'w:jc')[0] : undefined;
  return {
    text: parts.join(''),
    bold: textRuns > 0 && boldRuns === textRuns,
    italic: textRuns > 0 && italicRuns === textRuns,
    align: jc?.getAttribute('w:val') ?? null,
  };
}

function runTextOf(run: Element): string {
  let out = '';
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (SKIP.has(child.tagName)) continue;
      if (child.tagName === 'w:t') out += child.textContent ?? '';
      else if (child.tagName === 'w:tab') out += '\t';
      else if (child.tagName === 'w:br' || child.tagName === 'w:cr') out += '\n';
      else visit(child);
    }
  };
  visit(run);
  return out;
}

function toggle(rPr: Element | undefined, name: string): boolean {
  const el = rPr ? childrenNamed(rPr, name)[0] : undefined;
  return !!el && !['0', 'false', 'off'].includes(el.getAttribute('w:val') ?? '');
}
