import { MARK, NODE, type DocNode } from './document';
import type { ReportFields } from './fields';
import { CLOSING_MARK, FALLBACK_FONT_FAMILY, FONT_FAMILY } from './nd30';
import type { ReportLayout } from './report';

/**
 * What the decree requires and the document lacks, checked before any export. Each finding
 * points at its place: a field of the "Thể thức" panel or a position in the editor's document,
 * so the list can link there. Findings never block: the user may export anyway as a draft.
 */
export const PREFLIGHT_CODES = [
  'number-missing',
  'date-missing',
  'summary-missing',
  'agency-missing',
  'signer-missing',
  'recipients-missing',
  'addressees-missing',
  'closing-missing',
  'font-not-times',
] as const;
export type PreflightCode = (typeof PREFLIGHT_CODES)[number];

export type PreflightTarget = { field: keyof ReportFields } | { pos: number };
export type PreflightFinding = {
  code: PreflightCode;
  target: PreflightTarget;
  /** The offending value, e.g. the font's name. */
  detail?: string;
};

export type PreflightInput = {
  fields: ReportFields;
  content: DocNode;
  layout: ReportLayout;
  final: boolean;
};

const TIMES = new Set([FONT_FAMILY, FALLBACK_FONT_FAMILY].map((f) => f.toLowerCase()));

export function preflight(input: PreflightInput): PreflightFinding[] {
  const { fields, content } = input;
  const out: PreflightFinding[] = [];
  if (input.layout !== 'plain') {
    if (input.final && fields.number === null)
      out.push({ code: 'number-missing', target: { field: 'number' } });
    if (input.final && fields.date === null)
      out.push({ code: 'date-missing', target: { field: 'date' } });
    if (!fields.agency.trim()) out.push({ code: 'agency-missing', target: { field: 'agency' } });
    if (!fields.summary.trim()) out.push({ code: 'summary-missing', target: { field: 'summary' } });
    if (fields.type === 'to-trinh' && !fields.addressees.some((a) => a.trim())) {
      out.push({ code: 'addressees-missing', target: { field: 'addressees' } });
    }
    if (
      !fields.signerName.trim() ||
      !(fields.signerTitle.trim() || fields.signerAuthority.trim())
    ) {
      const field = fields.signerName.trim() ? 'signerTitle' : 'signerName';
      out.push({ code: 'signer-missing', target: { field } });
    }
    if (!fields.recipients.some((r) => r.trim())) {
      out.push({ code: 'recipients-missing', target: { field: 'recipients' } });
    }
  }
  const scan = scanDocument(content);
  if (!scan.lastText.trimEnd().endsWith(CLOSING_MARK)) {
    out.push({ code: 'closing-missing', target: { pos: scan.lastTextEnd } });
  }
  for (const font of scan.fonts) {
    out.push({ code: 'font-not-times', target: { pos: font.pos }, detail: font.family });
  }
  return out;
}

type Scan = { lastText: string; lastTextEnd: number; fonts: { family: string; pos: number }[] };

/**
 * One walk computing ProseMirror positions from the JSON (a text node counts its characters,
 * a leaf 1, any other node 2 plus its content): the last textblock's text and where it ends,
 * and the first place each foreign font appears.
 */
function scanDocument(doc: DocNode): Scan {
  const scan: Scan = { lastText: '', lastTextEnd: 0, fonts: [] };
  const seen = new Set<string>();
  const visit = (node: DocNode, pos: number): number => {
    if (node.type === NODE.text) {
      const family = fontOf(node);
      if (family && !TIMES.has(family.toLowerCase()) && !seen.has(family)) {
        seen.add(family);
        scan.fonts.push({ family, pos });
      }
      return (node.text ?? '').length;
    }
    if (!node.content) return node.type === NODE.doc ? 0 : 1;
    let inner = 0;
    const start = node.type === NODE.doc ? pos : pos + 1;
    for (const child of node.content) inner += visit(child, start + inner);
    if (node.type === NODE.paragraph || node.type === NODE.heading) {
      const text = textOf(node);
      if (text.trim()) {
        scan.lastText = text;
        scan.lastTextEnd = start + inner;
      }
    }
    return node.type === NODE.doc ? inner : inner + 2;
  };
  visit(doc, 0);
  return scan;
}

function fontOf(node: DocNode): string | null {
  const style = node.marks?.find((m) => m.type === MARK.textStyle);
  const family = style?.attrs?.fontFamily;
  if (typeof family !== 'string' || !family.trim()) return null;
  return family
    .split(',')[0]!
    .trim()
    .replace(/^['"]|['"]$/g, '');
}

function textOf(node: DocNode): string {
  if (node.type === NODE.text) return node.text ?? '';
  if (node.type === NODE.citation) return String(node.attrs?.label ?? '');
  return (node.content ?? []).map(textOf).join('');
}
