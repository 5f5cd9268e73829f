import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './support/app-harness';
import { ShellPage } from './pages/shell-page';

describe('an official opens Kho Tin and changes the interface language', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(() => app?.close());

  it('opens in Vietnamese', async () => {
    const shell = new ShellPage(app.page);
    await shell.navItem('Thư viện').waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await shell.navItem('Báo cáo').isVisible()).toBe(true);
  });

  it('switches to English, and the choice survives a restart', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Cài đặt');
    await shell.chooseLanguage('en');
    await shell.navItem('Library').waitFor();
    expect(await shell.heading().textContent()).toBe('Settings');

    await app.restart();
    const reopened = new ShellPage(app.page);
    await reopened.navItem('Library').waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('switches back to Vietnamese', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Settings');
    await shell.chooseLanguage('vi');
    await shell.navItem('Thư viện').waitFor();
    await app.restart();
    await new ShellPage(app.page).navItem('Thư viện').waitFor();
  });
});
