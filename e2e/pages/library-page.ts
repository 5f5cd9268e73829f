import type { Page } from 'playwright-core';

/** The library: categories in the sidebar, the search box, the list and its selection. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  list() {
    return this.page.getByRole('listbox', { name: /Danh sách tin bài|Articles/ });
  }

  rows() {
    return this.list().locator('[role="option"][data-article-id]');
  }

  row(title: string) {
    return this.rows().filter({ hasText: title });
  }

  async waitForList() {
    await this.rows().first().waitFor();
  }

  category(name: string) {
    return this.page.locator('.categories__item', {
      has: this.page.locator('.categories__name', { hasText: name }),
    });
  }

  async chooseCategory(name: string) {
    await this.category(name).click();
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: /Tìm kiếm tin bài|Search articles/ });
  }

  async search(text: string) {
    await this.searchBox().fill(text);
  }

  async open(title: string) {
    await this.row(title).first().click();
  }

  async emptyState() {
    return this.page.locator('.empty-library');
  }

  toast() {
    return this.page.locator('.toast');
  }

  undoButton() {
    return this.page.getByRole('button', { name: /Hoàn tác|Undo/ });
  }

  async rowTitles(): Promise<string[]> {
    return this.rows().locator('.article-row__title').allInnerTexts();
  }
}
