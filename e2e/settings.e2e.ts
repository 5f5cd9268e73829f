import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './support/app-harness';
import { ShellPage } from './pages/shell-page';

describe('an official sets the reading view once, in Settings', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(() => app?.close());

  it('makes the text larger and darker, and finds it so after reopening the app', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Cài đặt');
    const larger = app.page.getByRole('button', { name: 'Tăng cỡ chữ' });
    await larger.click();
    await larger.click();
    await app.page.getByRole('radio', { name: 'Tối' }).check();
    await app.page.getByText('22 px').waitFor();

    await app.restart();
    await new ShellPage(app.page).openSettings('Cài đặt');
    await app.page.getByText('22 px').waitFor();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
