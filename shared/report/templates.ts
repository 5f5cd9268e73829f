import { EMPTY_DOC, type DocNode } from './document';
import { DEFAULT_FIELDS, type ReportFields } from './fields';
import type { ReportLayout, ReportTemplate } from './report';
import { SKELETON_TEMPLATES } from './template-skeletons';

/** What a new report starts from: its ND30 fields, its body and its page layout. */
export type ReportStart = { fields: ReportFields; content: DocNode; layout: ReportLayout };

export type TemplateDefinition = {
  /** The name shown in "Tạo báo cáo" (Vietnamese; the list shows it as is). */
  label: string;
  build(): ReportStart;
};

/**
 * One entry per starting document. The "Tạo báo cáo" menu and `reports.create` read this
 * table, so a template added here appears everywhere without other changes. Templates whose
 * skeleton is not written yet fall back to a blank ND30 report (see templateStart).
 */
export const TEMPLATE_TABLE: Partial<Record<ReportTemplate, TemplateDefinition>> = {
  blank: {
    label: 'Báo cáo trống',
    build: () => ({ fields: { ...DEFAULT_FIELDS }, content: EMPTY_DOC, layout: 'nd30' }),
  },
  plain: {
    label: 'Văn bản thường (không có thể thức)',
    build: () => ({ fields: { ...DEFAULT_FIELDS }, content: EMPTY_DOC, layout: 'plain' }),
  },
  ...SKELETON_TEMPLATES,
};

/** The templates that exist, in the table's order. */
export function availableTemplates(): { id: ReportTemplate; label: string }[] {
  return (Object.entries(TEMPLATE_TABLE) as [ReportTemplate, TemplateDefinition][]).map(
    ([id, definition]) => ({ id, label: definition.label }),
  );
}

/** A fresh copy of a template's start (callers may mutate it). */
export function templateStart(template: ReportTemplate = 'blank'): ReportStart {
  const start = (TEMPLATE_TABLE[template] ?? TEMPLATE_TABLE.blank!).build();
  return structuredClone(start);
}
