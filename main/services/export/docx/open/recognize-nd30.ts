import { DOCUMENT_TYPES, type DocumentType } from '../../../../../shared/report/fields';
import type { DocxBlock, DocxParagraph } from './docx-blocks';
import { blockText, readKinhGui, readSignerTable, tableParagraphs } from './read-parts';
import {
  clean,
  isPartyName,
  isQuocHieu,
  parseDateLine,
  parseNumberLine,
  typeKindOf,
  type DateLine,
  type NumberLine,
} from './nd30-lines';

/** What a Word document laid out per NĐ 30/2020 says in its header, title, Kính gửi and signer blocks. */
export type Nd30Recognition = {
  /** 'bao-cao' … 'cong-van', or another tên loại's slug ('quyet-dinh'), or null when unknown. */
  kind: string | null;
  /** The kind when it is one a report can have. */
  type: DocumentType | null;
  /** The tên loại as printed ("BÁO CÁO"); null for a công văn. */
  typeName: string | null;
  parentAgency: string | null;
  agency: string;
  number: NumberLine | null;
  date: DateLine | null;
  summary: string;
  addressees: string[];
  recipients: string[];
  signerAuthority: string | null;
  signerTitle: string;
  signerName: string;
  /** The header carries "ĐẢNG CỘNG SẢN VIỆT NAM" (Hướng dẫn 36-HD/VPTW) instead of the Quốc hiệu. */
  party: boolean;
  /** The title an archive gives it: tên loại and trích yếu. */
  title: string;
  /** Body element indexes that hold the header, title, Kính gửi and signer blocks (cut from the body). */
  layoutIndexes: number[];
};

type Line = { text: string; bold: boolean };
const linesOf = (paragraphs: DocxParagraph[]): Line[] =>
  paragraphs.flatMap((p) =>
    p.text
      .split('\n')
      .map((text) => ({ text: clean(text), bold: p.bold }))
      .filter((line) => line.text),
  );
const isRule = (text: string) => /^[_\-–—=.*\s]+$/u.test(text);

/**
 * Reads an ND30 document from its top-level blocks: the header table (agency | Quốc hiệu, Số |
 * place and date), the tên loại and trích yếu under it, "Kính gửi", and the Nơi nhận / signer
 * table. Returns null when the document does not open with the decree's header table.
 */
export function recognizeNd30(blocks: DocxBlock[]): Nd30Recognition | null {
  const headerAt = blocks.findIndex(
    (block, i) =>
      i < 6 &&
      block.kind === 'table' &&
      tableParagraphs(block).some((p) => isQuocHieu(p.text) || isPartyName(p.text)),
  );
  if (headerAt < 0) return null;
  const header = readHeader(blocks[headerAt] as Extract<DocxBlock, { kind: 'table' }>);
  const layoutIndexes = blocks.slice(0, headerAt + 1).map((b) => b.index);

  let at = headerAt + 1;
  const skipBlank = () => {
    while (
      at < blocks.length &&
      blocks[at]!.kind === 'p' &&
      (!blockText(blocks[at]!) || isRule(blockText(blocks[at]!)))
    ) {
      layoutIndexes.push(blocks[at]!.index);
      at++;
    }
  };
  skipBlank();
  let typeName: string | null = null;
  let kind: string | null = null;
  let summary = header.congVanSummary;
  const first = blocks[at];
  if (first?.kind === 'p' && typeKindOf(first.text)) {
    typeName = clean(first.text);
    kind = typeKindOf(first.text);
    layoutIndexes.push(first.index);
    at++;
    const lines: string[] = [];
    while (at < blocks.length && lines.length < 8) {
      const block = blocks[at]!;
      const text = blockText(block);
      if (
        block.kind !== 'p' ||
        !text ||
        isRule(text) ||
        block.italic ||
        text.startsWith('(') ||
        /^Kính gửi/u.test(text)
      )
        break;
      lines.push(text);
      layoutIndexes.push(block.index);
      at++;
    }
    summary = lines.join(' ');
  } else if (header.congVanSummary) {
    kind = 'cong-van';
  } else {
    kind = header.number?.kind ?? null;
  }
  skipBlank();
  const kinhGui = readKinhGui(blocks, at);
  if (kinhGui) {
    layoutIndexes.push(...kinhGui.indexes);
    at = kinhGui.next;
    skipBlank();
  }
  const signer = readSignerTable(blocks, at);
  if (signer) layoutIndexes.push(signer.index);
  const type = DOCUMENT_TYPES.find((t) => t === kind) ?? null;
  const displayType = typeName
    ? typeName.charAt(0) + typeName.slice(1).toLocaleLowerCase('vi')
    : kind === 'cong-van'
      ? 'Công văn'
      : '';
  return {
    kind,
    type,
    typeName,
    parentAgency: header.parentAgency,
    agency: header.agency,
    number: header.number,
    date: header.date,
    summary,
    addressees: kinhGui?.items ?? [],
    recipients: signer?.recipients ?? [],
    signerAuthority: signer?.signer.authority ?? null,
    signerTitle: signer?.signer.title ?? '',
    signerName: signer?.signer.name ?? '',
    party: tableParagraphs(blocks[headerAt] as Extract<DocxBlock, { kind: 'table' }>).some((p) =>
      isPartyName(p.text),
    ),
    title: [displayType, summary].filter(Boolean).join(': '),
    layoutIndexes,
  };
}

type Header = {
  parentAgency: string | null;
  agency: string;
  number: NumberLine | null;
  date: DateLine | null;
  congVanSummary: string;
};

function readHeader(table: Extract<DocxBlock, { kind: 'table' }>): Header {
  const columns: DocxParagraph[][] = [];
  for (const row of table.rows) row.forEach((cell, i) => (columns[i] ??= []).push(...cell));
  const mottoColumn = columns.findIndex((col) =>
    col.some((p) => isQuocHieu(p.text) || isPartyName(p.text)),
  );
  const left = linesOf(columns.slice(0, Math.max(1, mottoColumn)).flat());
  const right = linesOf(columns.slice(Math.max(1, mottoColumn)).flat());
  const numberAt = left.findIndex((line) => parseNumberLine(line.text));
  const agencyLines = numberAt >= 0 ? left.slice(0, numberAt) : left;
  const after = numberAt >= 0 ? left.slice(numberAt + 1).map((l) => l.text) : [];
  const vvAt = after.findIndex((line) => /^V\/v\b/iu.test(line));
  const dateText =
    right.find((line) => parseDateLine(line.text))?.text ??
    left.find((line) => parseDateLine(line.text))?.text;
  return {
    ...splitAgency(agencyLines),
    number: numberAt >= 0 ? parseNumberLine(left[numberAt]!.text) : null,
    date: dateText ? parseDateLine(dateText) : null,
    congVanSummary: vvAt >= 0 ? clean(after.slice(vvAt).join(' ')) : '',
  };
}

/**
 * The chủ quản line is upright and the issuing agency bold (rule book §3 rows 3–4): lines before
 * the first bold one are the chủ quản. Without that difference, one line is the agency and the
 * agency's own continuation ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI") stays with it.
 */
function splitAgency(lines: Line[]): { parentAgency: string | null; agency: string } {
  const firstBold = lines.findIndex((line) => line.bold);
  const join = (part: Line[]) => clean(part.map((l) => l.text).join(' '));
  if (firstBold > 0)
    return { parentAgency: join(lines.slice(0, firstBold)), agency: join(lines.slice(firstBold)) };
  const continues = (line: Line | undefined) =>
    !!line && /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\b/u.test(line.text);
  if (firstBold < 0 && lines.length >= 2 && !continues(lines[1]))
    return { parentAgency: lines[0]!.text, agency: join(lines.slice(1)) };
  return { parentAgency: null, agency: join(lines) };
}
