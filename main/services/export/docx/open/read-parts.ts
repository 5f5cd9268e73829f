import type { DocxBlock } from './docx-blocks';
import { clean, listItems, parseSigner } from './nd30-lines';

export const tableParagraphs = (block: Extract<DocxBlock, { kind: 'table' }>) => block.rows.flat(2);
export const blockText = (block: DocxBlock) =>
  block.kind === 'p'
    ? clean(block.text)
    : clean(
        tableParagraphs(block)
          .map((p) => p.text)
          .join(' '),
      );

/**
 * Ô 9a: "Kính gửi:" as a paragraph (one addressee, or "- A;" lines after it until one ends with
 * "."), or as a table (label in one cell, the list in the other, or both in one cell).
 */
export function readKinhGui(
  blocks: DocxBlock[],
  from: number,
): { items: string[]; indexes: number[]; next: number } | null {
  const block = blocks[from];
  if (!block || !/^Kính gửi/u.test(blockText(block))) return null;
  const lines =
    block.kind === 'p'
      ? block.text.split('\n')
      : tableParagraphs(block).flatMap((p) => p.text.split('\n'));
  const labelAt = lines.findIndex((line) => /Kính gửi/u.test(line));
  const rest = [
    clean(lines[labelAt]!).replace(/^.*?Kính gửi\s*:?\s*/u, ''),
    ...lines.slice(labelAt + 1),
  ];
  const indexes = [block.index];
  let next = from + 1;
  // Paragraph form: "- A;" lines follow the label until one ends with ".".
  if (block.kind === 'p') {
    while (
      !/\.\s*$/u.test(clean(rest.at(-1) ?? '')) &&
      blocks[next]?.kind === 'p' &&
      /^[-–]/u.test(blockText(blocks[next]!))
    ) {
      rest.push(blockText(blocks[next]!));
      indexes.push(blocks[next]!.index);
      next++;
    }
  }
  return { items: listItems(rest), indexes, next };
}

/** Ô 9b and 7: the first table with a "Nơi nhận" cell after the body start; the other cells of its row are the signer. */
export function readSignerTable(blocks: DocxBlock[], from: number) {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      const noiNhanCell = row.findIndex((cell) =>
        cell.some((p) => /^Nơi nhận/u.test(clean(p.text))),
      );
      if (noiNhanCell < 0) continue;
      const cellLines = row[noiNhanCell]!.flatMap((p) => p.text.split('\n'));
      const labelAt = cellLines.findIndex((line) => /^Nơi nhận/u.test(clean(line)));
      const recipients = listItems([
        clean(cellLines[labelAt]!).replace(/^Nơi nhận\s*:?\s*/u, ''),
        ...cellLines.slice(labelAt + 1),
      ]);
      const others = row
        .filter((_, c) => c !== noiNhanCell)
        .flatMap((cell) => cell.flatMap((p) => p.text.split('\n')));
      return { index: block.index, recipients, signer: parseSigner(others) };
    }
  }
  return null;
}
