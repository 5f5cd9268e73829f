import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { SHORT_RULE_SHARE } from '../../../../shared/report/nd30';

/**
 * Approximate advance widths of Times New Roman in em: enough to size a rule to 1/3–1/2 of a
 * line of text (the decree measures rules against the text above them). Vietnamese letters
 * are their base letter: the marks add no width.
 */
function charEm(char: string, bold: boolean): number {
  const base = char.normalize('NFD')[0] ?? char;
  if (base === ' ') return 0.25;
  if ('iljtfI.,;:!|\'"()-'.includes(base)) return bold ? 0.33 : 0.28;
  if ('mwMW'.includes(base)) return bold ? 0.95 : 0.88;
  if (/[A-ZĐ]/.test(base)) return bold ? 0.74 : 0.68;
  if (/[0-9]/.test(base)) return 0.5;
  return bold ? 0.52 : 0.47;
}

/** Estimated width of a line of text in DXA. */
export function textWidthDxa(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += charEm(char, bold);
  return Math.round(em * sizePt * 20);
}

/**
 * A solid rule drawn as the top border of an empty, small paragraph right under the text,
 * indented so it is `length` long and centred in a column `columnWidth` wide: a real line in
 * Word and LibreOffice, never a row of underscores. (A bottom border on a one-point paragraph
 * is drawn through the text above it by LibreOffice.)
 */
export function ruleParagraph(length: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

/** A rule 1/3 to 1/2 of the text's length (agency name, trích yếu): SHORT_RULE_SHARE of it. */
export function shortRule(text: string, sizePt: number, columnWidth: number): Paragraph {
  const longest = Math.max(...text.split('\n').map((line) => textWidthDxa(line, sizePt, true)), 0);
  return ruleParagraph(
    Math.min(columnWidth, Math.max(567, Math.round(longest * SHORT_RULE_SHARE))),
    columnWidth,
  );
}
