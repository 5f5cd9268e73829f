import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

export const VERTICAL_ALIGNS = ['top', 'middle', 'bottom'] as const;
export type VerticalAlign = (typeof VERTICAL_ALIGNS)[number];

const verticalAlign = {
  default: null,
  parseHTML: (element: HTMLElement) => {
    const value = element.style.verticalAlign || element.getAttribute('valign') || '';
    return (VERTICAL_ALIGNS as readonly string[]).includes(value) ? value : null;
  },
  renderHTML: (attrs: Record<string, unknown>) =>
    attrs.verticalAlign ? { style: `vertical-align: ${String(attrs.verticalAlign)}` } : {},
};

/** Cells carry attrs.verticalAlign beside colspan, rowspan and colwidth. */
export const ReportTableCell = TableCell.extend({
  addAttributes() {
    return { ...this.parent?.(), verticalAlign };
  },
});

export const ReportTableHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), verticalAlign };
  },
});

/** Columns resize by dragging their border; widths land in each cell's attrs.colwidth. */
export const ReportTable = Table.configure({ resizable: true, lastColumnResizable: false });

export { TableRow as ReportTableRow };
