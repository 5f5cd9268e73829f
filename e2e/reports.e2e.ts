import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportsPage } from './pages/reports-page';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';

const TITLE = 'Báo cáo tình hình kinh tế - xã hội tháng 11';

describe('an office clerk drafts reports that survive a restart, the trash and a version restore', () => {
  let app: AppHarness;
  let reports: ReportsPage;
  beforeAll(async () => {
    app = await launchApp();
    reports = new ReportsPage(app.page);
  }, 60_000);
  afterAll(() => app?.close());

  it('creates a report, types, and finds the text again after the app restarts', async () => {
    await reports.open();
    expect(await app.page.locator('.reports-empty').textContent()).toContain('Chưa có báo cáo');
    await reports.create();
    await reports.editor().click();
    await reports.typeAndWaitSaved(() =>
      app.page.keyboard.type('Ủy ban nhân dân tỉnh báo cáo kết quả tháng 11.'),
    );
    expect(await reports.saveStatus().textContent()).toBe('Đã lưu');
    await reports.backToList();
    await reports.rename('(Chưa đặt tên)', TITLE);
    await app.restart();
    reports = new ReportsPage(app.page);
    await reports.open();
    await expect.poll(() => reports.rowTitles()).toEqual([TITLE]);
    expect(await reports.row(TITLE).locator('.report-row__words').textContent()).toBe('11');
    await reports.openReport(TITLE);
    expect(await reports.editor().textContent()).toBe(
      'Ủy ban nhân dân tỉnh báo cáo kết quả tháng 11.',
    );
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-editor.png') });
    await reports.backToList();
  });

  it('deletes a report to the trash and brings it back with Undo, or from the trash', async () => {
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reports-list.png') });
    await reports.delete(TITLE);
    await expect.poll(() => reports.rows().count()).toBe(0);
    await reports.undo('vào thùng rác');
    await reports.row(TITLE).waitFor();
    await reports.delete(TITLE);
    await expect.poll(() => reports.rows().count()).toBe(0);
    await app.page.getByRole('button', { name: 'Thùng rác' }).click();
    await reports.row(TITLE).getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => reports.rows().count()).toBe(0);
    await app.page.getByRole('button', { name: 'Danh sách báo cáo' }).click();
    await reports.row(TITLE).waitFor();
  });

  it('restores an earlier version from the history, and undoes the restore', async () => {
    await reports.openReport(TITLE);
    await reports.editor().click();
    await app.page.keyboard.press('End');
    await reports.typeAndWaitSaved(() => app.page.keyboard.type(' Đoạn viết sau.'));
    await reports.openHistory();
    // The first save of the session made the only automatic snapshot: the text before " Đoạn viết sau.".
    const versions = reports.versions();
    await versions.first().waitFor();
    await versions.last().click();
    await reports.preview().waitFor();
    expect(await reports.preview().textContent()).not.toContain('Đoạn viết sau');
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-versions.png') });
    await reports.restoreSelectedVersion();
    await expect.poll(() => reports.editor().textContent()).not.toContain('Đoạn viết sau');
    await reports.undo('Đã khôi phục phiên bản');
    await expect.poll(() => reports.editor().textContent()).toContain('Đoạn viết sau');
  });

  it('refuses the save of a second window that started from an older revision, losing nothing', async () => {
    await reports.backToList();
    const other = await app.page.context().newPage();
    await other.goto(app.host.url);
    const second = new ReportsPage(other);
    await second.open();
    await second.openReport(TITLE);
    await reports.openReport(TITLE);
    await reports.editor().click();
    await reports.typeAndWaitSaved(() => app.page.keyboard.type(' Cửa sổ một.'));
    await second.editor().click();
    await other.keyboard.type(' Cửa sổ hai.');
    const conflict = other.locator('.save-status[role="alert"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('đã được sửa ở nơi khác');
    // The stale window keeps its text as a new report instead of overwriting or dropping it.
    await conflict.getByRole('button', { name: 'Lưu bản của tôi thành báo cáo mới' }).click();
    await expect
      .poll(() => other.locator('.report-view__title').textContent())
      .toContain('(bản chưa lưu)');
    expect(await second.editor().textContent()).toContain('Cửa sổ hai.');
    await second.backToList();
    await second.openReport(TITLE);
    await reports.editor().click();
    await reports.typeAndWaitSaved(() => app.page.keyboard.type(' Một lần nữa.'));
    await second.editor().click();
    await other.keyboard.type(' lại');
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => second.editor().textContent()).toContain('Một lần nữa.');
    await other.close();
  });

  it('shows a damaged report file in the list and opens it read-only, offering its newest version', async () => {
    await reports.backToList();
    const folder = path.join(app.archiveDir, 'reports');
    let file = '';
    for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json')))
      if ((await readFile(path.join(folder, name), 'utf8')).includes(`"title":"${TITLE}"`))
        file = name;
    await writeFile(path.join(app.archiveDir, 'reports', file), '{ "hỏng');
    await app.restart();
    reports = new ReportsPage(app.page);
    await reports.open();
    const row = reports.rows().filter({ hasText: 'Tệp hỏng' });
    expect(await row.textContent()).toContain(file);
    await row.getByRole('button').first().click();
    const notice = app.page.locator('.damaged-report');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(file);
    await notice.getByRole('button', { name: /Mở phiên bản gần nhất/ }).click();
    await reports.editor().waitFor();
    expect(await reports.editor().textContent()).toContain('Ủy ban nhân dân');
  });

  it('follows reports written elsewhere, without a reload: in main (a quote, a compile), another window', async () => {
    await reports.backToList();
    await app.page.evaluate(
      () => ((window as unknown as { __sameLoad?: boolean }).__sameLoad = true),
    );
    const made = await app.host.services.reports.create({ title: 'Báo cáo tạo ở nơi khác' });
    await reports.row('Báo cáo tạo ở nơi khác').waitFor();
    await app.host.services.reports.rename(made.meta.id, 'Báo cáo đổi tên ở nơi khác');
    await reports.row('Báo cáo đổi tên ở nơi khác').waitFor();
    const count = await reports.rows().count();
    const other = await app.page.context().newPage();
    await other.goto(app.host.url);
    const second = new ReportsPage(other);
    await second.open();
    await second.create();
    await expect.poll(() => reports.rows().count()).toBe(count + 1);
    await other.close();
    expect(
      await app.page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad),
    ).toBe(true);
  });
});
