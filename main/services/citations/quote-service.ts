import { AppError } from '../../../shared/errors';
import type { DocNode } from '../../../shared/report/document';
import { insertBlock, isPassageOf, quoteBlock } from '../../../shared/report/quote';
import type { ReportFile, ReportMeta } from '../../../shared/report/report';
import type { Archive } from '../archive';

/** The two calls of the reports service a quote needs. */
export type QuoteReports = {
  get(id: string): Promise<{ report: ReportFile | null }>;
  save(input: { id: string; baseRevision: number; content: DocNode }): Promise<ReportMeta>;
};

/** A concurrent autosave can move the revision between our read and our write: try again. */
const ATTEMPTS = 3;

/**
 * Quotes a passage of an article at the end of a report that no editor holds, through the
 * revision check: an editor elsewhere still on the older revision is refused on its next save
 * ('report-conflict') instead of overwriting the quote.
 */
export class QuoteService {
  constructor(
    private readonly archive: Pick<Archive, 'getMeta' | 'readBody'>,
    private readonly reports: QuoteReports,
  ) {}

  async appendQuote(input: {
    reportId: string;
    articleId: string;
    text: string;
    /** The report's last cursor position in the editor; the end when absent. */
    at?: number | null;
  }): Promise<ReportMeta> {
    const meta = this.archive.getMeta(input.articleId);
    if (!meta) throw new AppError('not-found', input.articleId);
    const body = await this.archive.readBody(meta.id);
    if (
      !isPassageOf(input.text, { title: meta.title, lead: meta.lead, bodyText: body?.text ?? null })
    )
      throw new AppError('quote-not-in-article', input.text.slice(0, 80));
    const block = quoteBlock(input.text, meta);
    for (let attempt = 1; ; attempt += 1) {
      const { report } = await this.reports.get(input.reportId);
      if (!report) throw new AppError('not-found', input.reportId);
      try {
        return await this.reports.save({
          id: report.meta.id,
          baseRevision: report.meta.revision,
          content: insertBlock(report.content, block, input.at),
        });
      } catch (error) {
        const conflict = error instanceof AppError && error.code === 'report-conflict';
        if (!conflict || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
