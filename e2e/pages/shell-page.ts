import type { Page } from 'playwright-core';

/** The frame around every feature: the sidebar and the settings page. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  navItem(name: string) {
    return this.page.getByRole('navigation').getByRole('button', { name });
  }

  async openSettings(label: 'Cài đặt' | 'Settings') {
    await this.navItem(label).click();
  }

  languageSelect() {
    return this.page.locator('#settings-language');
  }

  async chooseLanguage(code: 'vi' | 'en') {
    await this.languageSelect().selectOption(code);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
