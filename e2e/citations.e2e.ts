import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../main/services/archive';
import { createHandlerTable } from '../main/ipc/handler-table';
import { invokeChannel } from '../main/ipc/invoke';
import { sampleDraft } from '../test-support/article-drafts';
import { all, openDocxXml, textOf } from '../test-support/docx-xml';
import { CitationsPage } from './pages/citations-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { ReportsPage } from './pages/reports-page';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';

const GIAO_BAN = 'Hội nghị giao ban KT-XH 6 tháng đầu năm';
const PASSAGE = 'Tổng thu ngân sách trên địa bàn đạt 1.245,5 tỷ đồng, tăng 12,3% so với cùng kỳ.';
const LE_HOI = 'Lễ hội Nghinh Ông Nam Hải năm 2026';

const drafts = [
  sampleDraft(1, {
    title: GIAO_BAN,
    category: 'Kinh tế',
    site: 'Cổng TTĐT tỉnh Kiên Giang',
    publishedAt: '2026-07-13T13:25:00+07:00',
    lead: 'Sáng 13/7, UBND tỉnh tổ chức hội nghị giao ban KT-XH.',
    text: `Hội nghị do Chủ tịch UBND tỉnh chủ trì.\n\n${PASSAGE} Chi ngân sách bảo đảm dự toán.`,
    html: `<p>Hội nghị do Chủ tịch UBND tỉnh chủ trì.</p><p>${PASSAGE} Chi ngân sách bảo đảm dự toán.</p>`,
  }),
  sampleDraft(2, {
    title: 'Xuất khẩu thủy sản tăng mạnh',
    category: 'Kinh tế',
    publishedAt: '2026-07-02T08:00:00+07:00',
  }),
  sampleDraft(3, {
    title: LE_HOI,
    category: 'Văn hóa',
    publishedAt: '2026-07-20T08:00:00+07:00',
    lead: '',
    text: 'Sáng 20/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dân tham dự. Lễ hội kéo dài ba ngày.',
    html: '<p>Sáng 20/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dân tham dự. Lễ hội kéo dài ba ngày.</p>',
  }),
];

describe('from the archive into the report: quote, cite, compile', () => {
  let app: AppHarness;
  let library: LibraryPage;
  let reader: ReaderPage;
  let reports: ReportsPage;
  let citations: CitationsPage;

  beforeAll(async () => {
    app = await launchApp({
      prepare: async ({ archiveDir }) => {
        const archive = await Archive.open(archiveDir);
        for (const draft of drafts) await archive.addArticle(draft);
        await archive.close();
      },
    });
    library = new LibraryPage(app.page);
    reader = new ReaderPage(app.page);
    reports = new ReportsPage(app.page);
    citations = new CitationsPage(app.page);
    await library.waitForList();
  }, 60_000);
  afterAll(() => app?.close());

  it('quotes a passage of an article into a new report and finds it there with its citation', async () => {
    await library.open(GIAO_BAN);
    await reader.waitForArticle(GIAO_BAN);
    await citations.selectInArticle(PASSAGE);
    await citations.quoteButton().click();
    await citations.quoteInto({ newTitle: 'Báo cáo trích tin' });
    await reports.open();
    await reports.openReport('Báo cáo trích tin');
    await expect.poll(() => citations.quotes().count()).toBe(1);
    expect(await citations.quotes().first().textContent()).toContain(PASSAGE);
    expect(await citations.citations().first().textContent()).toBe(
      `(Nguồn: Cổng TTĐT tỉnh Kiên Giang, ${GIAO_BAN}, ngày 13/07/2026)`,
    );
  });

  it('Ctrl+click on the citation opens the article at the quoted passage', async () => {
    await citations.ctrlClickCitation();
    await reader.waitForArticle(GIAO_BAN);
    await expect.poll(() => citations.findMarks().count()).toBeGreaterThan(0);
    const marked = (await citations.findMarks().allInnerTexts()).join(' ');
    expect(marked).toContain('1.245,5');
    expect(marked).toContain('ngân sách');
  });

  it('quotes again from the context menu or Ctrl+Shift+Q, the last report offered first', async () => {
    await citations.selectInArticle('Hội nghị do Chủ tịch UBND tỉnh chủ trì.');
    await citations.quoteButton().waitFor();
    // The context menu offers it too.
    await app.page.locator('.reader__body p').first().click({ button: 'right' });
    await app.page.getByRole('menuitem', { name: /Trích vào báo cáo/ }).click();
    await citations.quoteDialog().getByRole('button', { name: 'Hủy' }).click();
    await citations.quoteDialog().waitFor({ state: 'detached' });
    await citations.selectInArticle('Hội nghị do Chủ tịch UBND tỉnh chủ trì.');
    await app.page.keyboard.press('Control+Shift+Q');
    const dialog = citations.quoteDialog();
    await dialog.waitFor();
    // The list of reports arrives after the dialog opens ("+ Báo cáo mới" until then).
    const chosen = () =>
      dialog
        .getByLabel('Báo cáo', { exact: true })
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.textContent);
    await expect.poll(chosen).toBe('Báo cáo trích tin (dùng gần nhất)');
    await dialog.getByRole('button', { name: 'Trích', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Báo cáo shows again the report the citation was followed from, read afresh.
    await app.page.getByRole('navigation').getByRole('button', { name: 'Báo cáo' }).click();
    await reports.editor().waitFor();
    await expect.poll(() => citations.quotes().count()).toBe(2);
  });

  it('inserts a citation from the Tin bài panel inside the editor', async () => {
    await reports.editor().click();
    await app.page.keyboard.press('Control+End');
    await citations.openArticlesPanel();
    await citations.searchPanel('nghinh ong');
    const item = citations.panelItem(LE_HOI);
    // The library's highlighting: the words found are marked, typed without their marks.
    await expect.poll(() => item.locator('mark').allInnerTexts()).toEqual(['Nghinh', 'Ông']);
    await expect.poll(() => citations.panel().locator('.articles-panel__item').count()).toBe(1);
    await reports.typeAndWaitSaved(() =>
      item.getByRole('button', { name: 'Chèn trích dẫn' }).click(),
    );
    await expect
      .poll(() => citations.citations().allTextContents())
      .toContain(`(Nguồn: Cổng thông tin điện tử tỉnh, ${LE_HOI}, ngày 20/07/2026)`);
    // A passage selected in the result's preview goes in as a quote with its citation.
    await item.getByRole('button', { name: 'Xem' }).click();
    await app.page.evaluate((wanted) => {
      const text = document.querySelector('.articles-panel__text p')!.firstChild!;
      const at = text.textContent!.indexOf(wanted);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, 'Hàng nghìn người dân tham dự.');
    await item.getByRole('button', { name: 'Trích đoạn đã chọn' }).click();
    await expect
      .poll(() => citations.quotes().allTextContents())
      .toContainEqual(expect.stringContaining('Hàng nghìn người dân tham dự.'));
    // Dragged from the panel into the report: one more citation of it.
    const before = (await citations.citations().allTextContents()).filter((c) =>
      c.includes(LE_HOI),
    );
    await item.locator('.articles-panel__drag').dragTo(reports.editor());
    await expect
      .poll(async () =>
        (await citations.citations().allTextContents()).filter((c) => c.includes(LE_HOI)),
      )
      .toHaveLength(before.length + 1);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-articles-panel.png') });
  });

  it('compiles a report from the filtered library and opens it', async () => {
    await app.page.getByRole('navigation').getByRole('button', { name: 'Thư viện' }).click();
    await library.waitForList();
    await library.chooseCategory('Kinh tế');
    await expect.poll(() => library.rows().count()).toBe(2);
    await citations.openCompile();
    const dialog = citations.compileDialog();
    await expect
      .poll(() => dialog.locator('.compile-dialog__preview').innerText())
      .toContain('2 tin bài');
    await dialog.getByLabel('Tên báo cáo').fill('Điểm tin kinh tế tháng 7');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await reports.editor().waitFor();
    const text = (await reports.editor().textContent()) ?? '';
    expect(text).toContain('I. KINH TẾ');
    expect(text.indexOf('Xuất khẩu thủy sản')).toBeLessThan(text.indexOf(GIAO_BAN));
    expect(text).not.toContain(LE_HOI);
    expect(await citations.citations().count()).toBe(2);
    expect(await app.page.locator('.report-doc table tr').count()).toBe(3);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-compiled.png') });
  });

  it('exports the compiled report to Word with the citations as real footnotes', async () => {
    await app.page.getByRole('navigation').getByRole('button', { name: 'Cài đặt' }).click();
    await app.page.getByLabel('Chú thích cuối trang (footnote) khi xuất Word').check();
    await expect.poll(() => app.host.services.settings.get().editor.citationStyle).toBe('footnote');
    const compiled = (await app.host.services.reports.list()).find(
      (r) => r.title === 'Điểm tin kinh tế tháng 7',
    )!;
    const table = createHandlerTable({ ...app.host.services, openExternal: async () => false });
    const result = await invokeChannel(
      table,
      'reports.export',
      { id: compiled.id, format: 'docx' },
      () => 'vi',
    );
    if (!result.ok) throw new Error(result.error.message);
    const xml = await openDocxXml(
      Buffer.from((result.value as { base64: string }).base64, 'base64'),
    );
    const footnotes = all(xml.part('word/footnotes.xml'), 'w:footnote').map(textOf).join('\n');
    expect(footnotes).toContain(GIAO_BAN);
    expect(footnotes).toContain('13/07/2026');
    expect(all(xml.part('word/document.xml'), 'w:footnoteReference').length).toBe(2);
  });

  it('a citation whose article was deleted keeps its text and shows its source is gone', async () => {
    const gone = app.host.services.archive
      .listArticles()
      .find((a) => a.title === 'Xuất khẩu thủy sản tăng mạnh')!;
    await app.host.services.archive.deleteArticles([gone.id]);
    await app.page.getByRole('navigation').getByRole('button', { name: 'Báo cáo' }).click();
    await reports.editor().waitFor();
    const missing = app.page.locator('.report-doc [data-source-missing]');
    await expect.poll(() => missing.count()).toBe(1);
    expect(await missing.textContent()).toContain('Xuất khẩu thủy sản tăng mạnh');
    expect(await missing.getAttribute('title')).toContain('đã bị xóa');
    expect(await citations.citations().count()).toBe(2);
  });
});
