import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { BODY, FONT, halfPt, SIZE_PT } from './page';

const black = '000000';

/**
 * Heading styles of a report (rule book §3 row 11): "I. KẾT QUẢ…" bold capitals, "1. …" bold,
 * "a) …" upright. They replace docx's built-in Heading 1–3 (blue, 16/13/12 pt); names stay
 * "Heading N" so Word's navigation pane and mammoth still see headings.
 */
function heading(level: 1 | 2 | 3) {
  return {
    run: {
      font: FONT,
      size: halfPt(SIZE_PT.body),
      bold: level < 3,
      italics: false,
      allCaps: level === 1,
      color: black,
    },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLine },
      spacing: { before: 0, after: BODY.after, line: BODY.line, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
    },
  };
}

/**
 * Times New Roman everywhere: the document default (list numbers, page numbers and footnote
 * marks take it from there) and every style docx writes, fonts given as a plain string so no
 * script slot is left to the theme.
 */
export function documentStyles(): IStylesOptions {
  const plainRun = { font: FONT, color: black };
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPt(SIZE_PT.body), color: black, language: { value: 'vi-VN' } },
        paragraph: {
          spacing: { before: 0, after: 0, line: BODY.line, lineRule: LineRuleType.AUTO },
        },
      },
      title: { run: { ...plainRun, size: halfPt(SIZE_PT.typeName), bold: true } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: { run: { ...plainRun, size: halfPt(SIZE_PT.body), italics: true } },
      heading5: { run: { ...plainRun, size: halfPt(SIZE_PT.body) } },
      heading6: { run: { ...plainRun, size: halfPt(SIZE_PT.body) } },
      strong: { run: { ...plainRun, bold: true } },
      listParagraph: { run: plainRun },
      caption: { run: { ...plainRun, size: halfPt(12), italics: true } },
      hyperlink: { run: { font: FONT, color: '0000EE', underline: {} } },
      footnoteText: { run: { ...plainRun, size: halfPt(SIZE_PT.footnote) } },
      footnoteTextChar: { run: { ...plainRun, size: halfPt(SIZE_PT.footnote) } },
      footnoteReference: { run: { font: FONT, superScript: true } },
    },
    paragraphStyles: [
      {
        id: 'Body',
        name: 'Body Text ND30',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: halfPt(SIZE_PT.body) },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: BODY.firstLine },
          spacing: { before: 0, after: BODY.after, line: BODY.line, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { font: FONT, size: halfPt(SIZE_PT.pageNumber) },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}
