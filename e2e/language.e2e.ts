import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './support/app-harness';
import { ShellPage } from './pages/shell-page';

const VI = { nav: ['Thư viện', 'Báo cáo', 'Cài đặt'], settings: 'Cài đặt', empty: 'Nạp kho mẫu' };
const EN = {
  nav: ['Library', 'Reports', 'Settings'],
  settings: 'Settings',
  empty: 'Load the sample archive',
};

describe('an official opens Kho Tin and changes the interface language', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(() => app?.close());

  /** What the person sees: the sidebar, the page heading, the empty library's offer, the page language. */
  async function expectLanguage(shell: ShellPage, words: typeof VI, lang: 'vi' | 'en') {
    await shell.navItem(words.nav[0]!).waitFor();
    for (const item of words.nav) expect(await shell.navItem(item).isVisible(), item).toBe(true);
    const other = lang === 'vi' ? EN : VI;
    for (const item of other.nav) expect(await shell.navItem(item).count(), item).toBe(0);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(lang);
  }

  it('opens in Vietnamese', async () => {
    const shell = new ShellPage(app.page);
    await expectLanguage(shell, VI, 'vi');
    expect(await app.page.getByRole('button', { name: VI.empty }).isVisible()).toBe(true);
  });

  it('switches to English, and the choice survives a restart', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Cài đặt');
    await shell.chooseLanguage('en');
    await expectLanguage(shell, EN, 'en');
    expect(await shell.heading().textContent()).toBe(EN.settings);

    await app.restart();
    const reopened = new ShellPage(app.page);
    await expectLanguage(reopened, EN, 'en');
    expect(await app.page.getByRole('button', { name: EN.empty }).isVisible()).toBe(true);
  });

  it('switches back to Vietnamese, and that survives a restart too', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Settings');
    await shell.chooseLanguage('vi');
    await expectLanguage(shell, VI, 'vi');
    expect(await shell.heading().textContent()).toBe(VI.settings);
    await app.restart();
    await expectLanguage(new ShellPage(app.page), VI, 'vi');
  });
});
