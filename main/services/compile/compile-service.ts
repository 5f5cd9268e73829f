import { AppError } from '../../../shared/errors';
import {
  COMPILE_CONFIRM_AT,
  type CompileInput,
  type CompilePreview,
  type CompileRequest,
} from '../../../shared/ipc/citations';
import type { DocNode } from '../../../shared/report/document';
import {
  DEFAULT_FIELDS,
  ReportFieldsSchema,
  type ReportFields,
} from '../../../shared/report/fields';
import type { ArticleMeta } from '../../../shared/model';
import { firstSentences } from '../../../shared/text/sentences';
import type { Archive } from '../archive';
import { compiledDocument, type ItemSummary } from './compiled-document';
import { planCompile, previewOf, type CompilePlan } from './compile-plan';
import { selectArticles, type IdSearch } from './select-articles';

/** How a compiled report is stored: the reports service's create, whatever shell runs it. */
export type CreateReport = (input: {
  title: string;
  fields: ReportFields;
  content: DocNode;
}) => Promise<{ id: string }>;

export type CompileDeps = {
  archive: Pick<
    Archive,
    'getMeta' | 'listArticles' | 'listCategories' | 'isBodyMissing' | 'readBody'
  >;
  search: IdSearch | null;
  /** settings.reportDefaults: the agency, place and signer of the last report. */
  reportDefaults: () => Record<string, unknown>;
  createReport: CreateReport;
  /** From this many articles on, compiling needs `confirmed` (tests lower it). */
  confirmAt?: number;
};

/** Name of the section for articles without a category. */
export const UNCATEGORISED = 'Tin khác';
/** Bodies read at once for summaries: overlaps disk waits without flooding the disk. */
const READ_BATCH = 32;

/** The last report's defaults, each key kept only when it is still a valid field value. */
function fieldsFrom(defaults: Record<string, unknown>): Partial<ReportFields> {
  const shape = ReportFieldsSchema.shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean } }
  >;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (shape[key]?.safeParse(value).success) kept[key] = value;
  }
  return kept as Partial<ReportFields>;
}

/**
 * "Tạo báo cáo tổng hợp": picks the articles (selection, search or range), previews them per
 * category, and writes one ordinary report with a section per category and an appendix.
 */
export class CompileService {
  constructor(private readonly deps: CompileDeps) {}

  async preview(request: CompileRequest): Promise<CompilePreview> {
    return this.previewOf(await this.plan(request));
  }

  private previewOf(plan: CompilePlan): CompilePreview {
    const preview = previewOf(plan, (id) => this.deps.archive.isBodyMissing(id));
    return {
      ...preview,
      confirmRequired: plan.total >= (this.deps.confirmAt ?? COMPILE_CONFIRM_AT),
    };
  }

  async compile(
    input: CompileInput,
  ): Promise<{ id: string; articles: number; missingBodies: number }> {
    const plan = await this.plan(input);
    const preview = this.previewOf(plan);
    if (plan.total === 0) throw new AppError('compile-empty');
    if (preview.confirmRequired && !input.confirmed)
      throw new AppError('compile-confirm', `${plan.total}`);
    const summaries = await this.summaries(plan);
    const content = compiledDocument(plan, summaries, preview);
    const fields: ReportFields = {
      ...DEFAULT_FIELDS,
      ...fieldsFrom(this.deps.reportDefaults()),
      summary: input.title,
      ...(input.type ? { type: input.type } : {}),
      ...input.fields,
    };
    const created = await this.deps.createReport({ title: input.title, fields, content });
    const missingBodies = [...summaries.values()].filter((s) => s.bodyMissing).length;
    return { id: created.id, articles: plan.total, missingBodies };
  }

  private async plan(request: CompileRequest): Promise<CompilePlan> {
    const articles = await selectArticles(this.deps.archive, this.deps.search, request.source);
    const names = new Map(this.deps.archive.listCategories().map((c) => [c.id, c.name]));
    return planCompile(
      articles,
      (id) => (id === null ? UNCATEGORISED : (names.get(id) ?? UNCATEGORISED)),
      request.categoryOrder,
    );
  }

  /** The lead, or the body's first two sentences when there is no lead. */
  private async summaries(plan: CompilePlan): Promise<Map<string, ItemSummary>> {
    const out = new Map<string, ItemSummary>();
    const needBody: ArticleMeta[] = [];
    for (const section of plan.sections) {
      for (const meta of section.articles) {
        const bodyMissing = this.deps.archive.isBodyMissing(meta.id);
        const lead = meta.lead.trim().normalize('NFC');
        if (lead || bodyMissing) out.set(meta.id, { text: lead, bodyMissing });
        else needBody.push(meta);
      }
    }
    for (let start = 0; start < needBody.length; start += READ_BATCH) {
      const batch = needBody.slice(start, start + READ_BATCH);
      const bodies = await Promise.all(
        batch.map((meta) => this.deps.archive.readBody(meta.id).catch(() => null)),
      );
      batch.forEach((meta, i) => {
        const body = bodies[i];
        out.set(meta.id, {
          text: body ? firstSentences(body.text, 2) : '',
          bodyMissing: !body,
        });
      });
    }
    return out;
  }
}
