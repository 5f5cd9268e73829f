import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { NODE, type DocNode } from '../../../../shared/report/document';
import type { ReportFile } from '../../../../shared/report/report';
import { bodyBlocks } from './body';
import { loadImage, type ImageData } from './images';
import { ListRegistry } from './lists';
import { headerTable, kinhGuiBlock, signerTable, titleBlock } from './nd30-blocks';
import { A4, FONT, halfPt, HEADER_DISTANCE_MM, MARGINS_MM, mm, SIZE_PT, textWidth } from './page';
import { documentStyles } from './styles';

export type DocxOptions = {
  /** <archive>/media: where the report's images (attrs.src 'media/<sha256>.<ext>') are read from. */
  mediaDir: string;
  /** A citation as its label in the text, or as a Word footnote holding its source. */
  citationStyle: 'inline' | 'footnote';
  /** The year printed in a blank date ("ngày    tháng    năm 2026"); the current year by default. */
  year?: number;
};

/**
 * A report as a Word document laid out per Nghị định 30/2020 (or Hướng dẫn 36 for 'party',
 * or the body alone for 'plain'): built from the fields and the tiptap JSON, never a DOM.
 */
export async function buildDocx(report: ReportFile, options: DocxOptions): Promise<Uint8Array> {
  const { layout } = report.meta;
  const width = textWidth(layout);
  const images = await loadImages(report.content, options.mediaDir);
  const footnotes = new Map<number, string>();
  const context = {
    citationStyle: options.citationStyle,
    footnotes,
    images,
    maxImageWidthPx: Math.floor(width / 15),
    lists: new ListRegistry(),
    textWidth: width,
  };
  const year = options.year ?? new Date().getFullYear();
  const fields = report.fields;
  const children: (Paragraph | Table)[] = [];
  if (layout !== 'plain') {
    children.push(headerTable(fields, layout, width, year), ...titleBlock(fields, width));
    children.push(...kinhGuiBlock(fields.addressees));
  }
  children.push(...bodyBlocks(report.content, context));
  if (layout !== 'plain') {
    children.push(
      new Paragraph({ spacing: { after: 120 }, keepNext: true }),
      signerTable(fields, width),
    );
  }
  // Word needs a paragraph after a final table, and an empty body still makes a valid document.
  children.push(new Paragraph({}));

  const margins = MARGINS_MM[layout];
  const document = new Document({
    creator: 'Kho Tin',
    title: report.meta.title,
    styles: documentStyles(),
    footnotes: Object.fromEntries(
      [...footnotes].map(([id, text]) => [
        id,
        {
          children: [
            new Paragraph({
              children: [new TextRun({ text, font: FONT, size: halfPt(SIZE_PT.footnote) })],
            }),
          ],
        },
      ]),
    ),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mm(margins.top),
              bottom: mm(margins.bottom),
              left: mm(margins.left),
              right: mm(margins.right),
              header: mm(HEADER_DISTANCE_MM),
              footer: mm(HEADER_DISTANCE_MM),
            },
          },
        },
        headers: {
          // The decree: page numbers centred in the top margin from page 2; page 1 shows none.
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    font: FONT,
                    size: halfPt(SIZE_PT.pageNumber),
                  }),
                ],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function loadImages(doc: DocNode, mediaDir: string): Promise<Map<string, ImageData>> {
  const sources = new Set<string>();
  const stack = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === NODE.image && typeof node.attrs?.src === 'string')
      sources.add(node.attrs.src);
    stack.push(...(node.content ?? []));
  }
  const images = new Map<string, ImageData>();
  for (const src of sources) {
    const image = await loadImage(mediaDir, src);
    if (image) images.set(src, image);
  }
  return images;
}
