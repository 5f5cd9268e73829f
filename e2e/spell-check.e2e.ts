import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportTypingPage } from './pages/report-typing-page';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';
import { VietnameseKeyboard } from './support/vietnamese-keyboard';

describe('offline Vietnamese spell-check in the report editor', () => {
  let app: AppHarness;
  let editor: ReportTypingPage;

  beforeAll(async () => {
    app = await launchApp();
    editor = new ReportTypingPage(app.page);
    await editor.openBlankReport();
  }, 60_000);
  afterAll(() => app?.close());

  it('underlines only the wrong syllables, whatever the tone placement or capitals', async () => {
    const keyboard = await VietnameseKeyboard.attach(app.page);
    await editor.reports.typeAndWaitSaved(() =>
      keyboard.unikey(
        'Ủy ban nhân dân tỉnh báo cáo tình hình hòa giải, thủy lợi, sức khoẻ; UBND, HĐND, KT-XH năm 2025 nghieng về kinh tees.',
      ),
    );
    await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['nghieng', 'tees']);
    // The underline is drawn, not laid out: the text did not change.
    expect(await editor.text()).toContain('năm 2025 nghieng về kinh tees.');
  });

  it('right click offers the syllable with the same letters first; choosing it fixes the text', async () => {
    await editor.spellErrors().filter({ hasText: 'nghieng' }).click({ button: 'right' });
    const menu = editor.spellMenu();
    await menu.waitFor();
    const first = menu.getByRole('menuitem').first();
    await expect.poll(() => first.textContent()).toBe('nghiêng');
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'spell-check-menu.png') });
    await first.click();
    expect(await editor.text()).toContain('năm 2025 nghiêng về kinh tees.');
    await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['tees']);
  });

  it('"Thêm vào từ điển" removes the underline, and the word stays known after a restart', async () => {
    await editor.reports.typeAndWaitSaved(async () => {
      await editor.spellErrors().filter({ hasText: 'tees' }).click({ button: 'right' });
      await editor.spellMenu().getByRole('menuitem', { name: 'Thêm vào từ điển' }).click();
      // A keystroke so the autosave has something to write before the restart.
      await app.page.keyboard.press('End');
      await app.page.keyboard.type(' ');
    });
    await expect.poll(() => editor.spellErrors().count()).toBe(0);
    const settings = JSON.parse(
      await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8'),
    );
    expect(settings.editor.personalWords).toEqual(['tees']);

    await app.restart();
    editor = new ReportTypingPage(app.page);
    await editor.reports.open();
    await editor.reports.openReport('(Chưa đặt tên)');
    expect(await editor.text()).toContain('kinh tees.');
    // Checked again after the restart (a new wrong word is underlined), and "tees" is not.
    await editor.doc().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' Saii');
    await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['Saii']);
  });

  it('the status bar switch turns checking off and on, and is remembered', async () => {
    const toggle = editor.spellToggle();
    expect(await toggle.textContent()).toBe('Chính tả: bật');
    await toggle.click();
    await expect.poll(() => editor.spellErrors().count()).toBe(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const settings = JSON.parse(
      await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8'),
    );
    expect(settings.editor.spellcheck).toBe(false);
    await toggle.click();
    await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['Saii']);
  });
});
