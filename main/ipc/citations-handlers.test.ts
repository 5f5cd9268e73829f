import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/ipc';
import { collectCitations } from '../../shared/report/citation';
import { NODE, docText, type DocNode } from '../../shared/report/document';
import type { ReportFile } from '../../shared/report/report';
import { sampleDraft } from '../../test-support/article-drafts';
import { textDoc } from '../../test-support/report-docs';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { invokeChannel } from './invoke';

describe('quote and compile channels over the real reports service', () => {
  let opened: TestServices;
  let articleId: string;
  const call = async (channel: ChannelName, input?: unknown) =>
    invokeChannel(opened.table, channel, input, () => 'vi');
  const value = async <T>(channel: ChannelName, input?: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
    return result.value as T;
  };
  const read = async (id: string) =>
    (await value<{ report: ReportFile }>('reports.get', { id })).report;

  beforeEach(async () => {
    opened = await openTestServices();
    articleId = (
      await opened.services.archive.addArticle(
        sampleDraft(3, {
          text: 'Sáng 13/7, UBND tỉnh tổ chức hội nghị giao ban KT-XH.\n\nTổng thu ngân sách đạt 1.245,5 tỷ đồng.',
        }),
      )
    ).id;
  });
  afterEach(() => opened.remove());

  it('appends the passage as a block quote with its citation, at the end', async () => {
    const { meta } = await opened.services.reports.create({ content: textDoc('Mở đầu') });
    const passage = 'Tổng thu ngân sách đạt 1.245,5 tỷ đồng.'.normalize('NFD');
    const saved = await value<{ revision: number }>('reports.appendQuote', {
      reportId: meta.id,
      articleId,
      text: passage,
    });
    expect(saved.revision).toBe(1);
    const report = await read(meta.id);
    const blocks = report.content.content!;
    const quote = blocks.find((b) => b.type === NODE.blockquote)!;
    expect(docText(quote)).toMatch(/^Tổng thu ngân sách đạt 1\.245,5 tỷ đồng\. \(Nguồn: /);
    expect(collectCitations(report.content)).toMatchObject([{ articleId }]);
    expect(docText(blocks[0]!)).toBe('Mở đầu');
  });

  it('an editor still on the older revision cannot overwrite the quote', async () => {
    const { meta } = await opened.services.reports.create({ content: textDoc('Mở đầu') });
    // The editor loaded revision 0; the quote lands as revision 1 while it is open.
    await value('reports.appendQuote', {
      reportId: meta.id,
      articleId,
      text: 'hội nghị giao ban KT-XH',
    });
    const stale = await call('reports.save', {
      id: meta.id,
      baseRevision: 0,
      content: textDoc('Mở đầu, sửa trong trình soạn thảo cũ'),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'report-conflict' } });
    expect(collectCitations((await read(meta.id)).content)).toHaveLength(1);
  });

  it('refuses a passage the article does not hold (never retyped), writing nothing', async () => {
    const { meta } = await opened.services.reports.create({ content: textDoc('Mở đầu') });
    const result = await call('reports.appendQuote', {
      reportId: meta.id,
      articleId,
      text: 'Tổng thu ngân sách đạt 2.000 tỷ đồng.',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'quote-not-in-article' } });
    expect((await read(meta.id)).meta.revision).toBe(0);
  });

  it('names the cited articles gone from the archive, in one call', async () => {
    const other = (await opened.services.archive.addArticle(sampleDraft(4))).id;
    await opened.services.archive.deleteArticles([other]);
    const answer = await value<{ missing: string[] }>('reports.missingSources', {
      articleIds: [articleId, other, 'never-was'],
    });
    expect(answer.missing).toEqual([other, 'never-was']);
  });

  it('compiles into an ordinary report the reports service lists and opens', async () => {
    const result = await value<{ id: string; articles: number }>('reports.compile', {
      source: { from: '2020-07-01', to: '2020-07-31' },
      title: 'Điểm tin tháng 7',
    });
    expect(result.articles).toBe(1);
    const report = await read(result.id);
    expect(report.meta.title).toBe('Điểm tin tháng 7');
    expect(report.fields.summary).toBe('Điểm tin tháng 7');
    expect((report.content as DocNode).content!.some((n) => n.type === NODE.table)).toBe(true);
    expect(await value('reports.list')).toMatchObject([{ id: result.id }]);
    const empty = await call('reports.compile', {
      source: { from: '2021-01-01', to: '2021-01-31' },
      title: 'Trống',
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'compile-empty' } });
    expect(await value<unknown[]>('reports.list')).toHaveLength(1);
  });
});
