import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNd30Docx, SO_BAO_CAO } from '../test-support/nd30-docx';
import { ReportsPage } from './pages/reports-page';
import { launchApp, type AppHarness } from './support/app-harness';

describe('a văn thư opens a báo cáo received as a Word file and keeps drafting it', () => {
  let app: AppHarness;
  let reports: ReportsPage;
  beforeAll(async () => {
    app = await launchApp();
    reports = new ReportsPage(app.page);
  }, 60_000);
  afterAll(() => app?.close());

  it('"Mở tệp Word" turns the .docx into a report: the body in the editor, the header read into the fields', async () => {
    await reports.open();
    const docx = await makeNd30Docx(SO_BAO_CAO);
    await app.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('menuitem', { name: 'Mở tệp Word (.docx)…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'bao-cao-cchc.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await reports.editor().waitFor();
    await expect
      .poll(() => reports.editor().textContent())
      .toContain('Các cơ quan đã hoàn thành phần lớn nhiệm vụ được giao./.');
    expect(await reports.editor().textContent()).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA');
    await app.page.getByText('với thể thức đọc từ tệp Word').waitFor();
    // What was saved: reports/<id>.json in the archive, its fields read from the header and signer tables.
    const dir = path.join(app.archiveDir, 'reports');
    const file = (await readdir(dir)).find((name) => name.endsWith('.json'))!;
    const saved = (JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { fields: object })
      .fields;
    expect(saved).toMatchObject({
      type: 'bao-cao',
      agency: 'SỞ NỘI VỤ',
      agencyCode: 'SNV',
      signerName: 'Nguyễn Văn An',
    });
  });
});
