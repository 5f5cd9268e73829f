import type { Locator, Page } from 'playwright-core';

/** A 1×1 PNG: a real image for media.put to store and measure. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The report editor inside an open report: toolbar, document, dialogs, status bar. */
export class EditorPage {
  constructor(private readonly page: Page) {}

  doc(): Locator {
    return this.page.getByRole('textbox', { name: 'Nội dung báo cáo' }).first();
  }

  tool(label: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Công cụ soạn thảo' })
      .getByRole('button', { name: new RegExp(`^(.* )?${escapeRegExp(label)}$`) });
  }

  blockStyle(): Locator {
    return this.page.getByRole('combobox', { name: 'Kiểu đoạn' });
  }

  async insertTable(rows: number, cols: number) {
    await this.tool('Chèn bảng').click();
    const picker = this.page.getByRole('dialog', { name: 'Chọn kích thước bảng' });
    await picker.getByRole('gridcell', { name: `${rows} × ${cols}` }).click();
  }

  /** "Chèn ảnh" and the file chooser, given files as buffers. */
  async insertImage(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.tool('Chèn ảnh').click();
    await (await chooser).setFiles(files);
  }

  images(): Locator {
    return this.doc().locator('figure.report-image img');
  }

  captions(): Locator {
    return this.doc().locator('.report-image__caption');
  }

  /** Pastes as the clipboard would: a paste event carrying text/html (and text/plain). */
  /** Drops HTML (as dragged from a web page) onto the middle of the document's last paragraph. */
  async dropHtml(html: string, text = '') {
    await this.doc()
      .locator('p')
      .last()
      .evaluate(
        (target, data) => {
          const transfer = new DataTransfer();
          transfer.setData('text/html', data.html);
          if (data.text) transfer.setData('text/plain', data.text);
          const box = target.getBoundingClientRect();
          const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
          for (const type of ['dragenter', 'dragover', 'drop'])
            target.dispatchEvent(
              new DragEvent(type, {
                dataTransfer: transfer,
                bubbles: true,
                cancelable: true,
                ...at,
              }),
            );
        },
        { html, text },
      );
  }

  async pasteHtml(html: string, text = '') {
    await this.doc().evaluate(
      (element, data) => {
        const transfer = new DataTransfer();
        transfer.setData('text/html', data.html);
        if (data.text) transfer.setData('text/plain', data.text);
        element.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      },
      { html, text },
    );
  }

  /** Drops an image file onto `target`, as dragging it from the file manager does. */
  async dropImage(target: Locator, name: string, png: Buffer) {
    await target.evaluate(
      (element, data) => {
        const bytes = Uint8Array.from(atob(data.base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], data.name, { type: 'image/png' }));
        const box = element.getBoundingClientRect();
        const at = { clientX: box.left + 4, clientY: box.top + box.height / 2 };
        element.dispatchEvent(
          new DragEvent('dragover', {
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true,
            ...at,
          }),
        );
        element.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }),
        );
      },
      { name, base64: png.toString('base64') },
    );
  }

  toasts(): Locator {
    return this.page.locator('.toasts .toast');
  }

  words(): Locator {
    return this.page.getByTestId('editor-words');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
