import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyStrokes, unikeyStrokes } from '../test-support/vietnamese-keystrokes';
import { REPORT_PARAGRAPHS } from '../test-support/vietnamese-report-text';
import type { ReportTypingPage } from './pages/report-typing-page';
import type { AppHarness } from './support/app-harness';
import { openTypingSession } from './support/typing-session';
import type { VietnameseKeyboard } from './support/vietnamese-keyboard';

const WAYS = ['unikey', 'ime'] as const;
type Way = (typeof WAYS)[number];

describe('Vietnamese typing never drops or doubles a letter (Unikey and the Windows Telex IME)', () => {
  let app: AppHarness;
  let editor: ReportTypingPage;
  let keyboard: VietnameseKeyboard;
  const type = (way: Way, text: string) => keyboard[way](text);

  beforeAll(async () => {
    ({ app, editor, keyboard } = await openTypingSession());
  }, 60_000);
  afterAll(() => app?.close());

  it('the keystroke simulator itself replays Unikey strokes to the intended text', () => {
    const text = REPORT_PARAGRAPHS.join('\n');
    const strokes = unikeyStrokes(text);
    expect(strokes.filter((s) => s.kind === 'backspace').length).toBeGreaterThan(500);
    expect(applyStrokes(strokes)).toBe(text);
  });

  it.each(WAYS)(
    'a whole report typed at full speed (%s), spell-check on, is exactly what was meant',
    async (way) => {
      await editor.clear();
      await type(way, REPORT_PARAGRAPHS.join('\n'));
      await editor.settle();
      expect(await editor.blocks()).toEqual([...REPORT_PARAGRAPHS]);
      // Spell-check ran over all of it and found nothing wrong in correct Vietnamese.
      expect(await editor.spellErrors().count()).toBe(0);
    },
  );

  describe.each(WAYS)('where other editors broke (%s)', (way) => {
    it('right after an input rule turned "- ", "1. " or "> " into a list or a quote', async () => {
      for (const [trigger, tag] of [
        ['- ', 'ul'],
        ['1. ', 'ol'],
        ['> ', 'blockquote'],
      ] as const) {
        await editor.clear();
        await keyboard.keys(trigger);
        await type(way, 'Đường lối đổi mới');
        expect(await editor.html()).toMatch(new RegExp(`^<${tag}`));
        expect(await editor.text()).toBe('Đường lối đổi mới');
      }
    });

    it('at the start of a list item, a heading and a table cell', async () => {
      await editor.clear();
      await keyboard.keys('- ');
      await type(way, 'Mục một\nNgười được');
      expect(await editor.blocks()).toEqual(['Mục một', 'Người được']);

      await editor.clear();
      await app.page.keyboard.press('Control+Alt+1');
      await type(way, 'Phần thứ nhất');
      expect(await editor.html()).toMatch(/^<h1[^>]*>Phần thứ nhất<\/h1>/);

      await editor.clear();
      await editor.insertTable(2, 2);
      await type(way, 'Ước thực hiện');
      await app.page.keyboard.press('Tab');
      await type(way, 'Đạt 78%');
      expect(await editor.blocks()).toEqual(['Ước thực hiện', 'Đạt 78%', '', '']);
    });

    it('at the end of a list item', async () => {
      await editor.clear();
      await keyboard.keys('- ');
      await type(way, 'Mục một');
      await type(way, ' được giao');
      expect(await editor.blocks()).toEqual(['Mục một được giao']);
    });

    it('with bold or italic switched on just before typing, and inside bold text', async () => {
      await editor.clear();
      await app.page.keyboard.press('Control+B');
      await type(way, 'Quyết định');
      await app.page.keyboard.press('Control+B');
      await app.page.keyboard.press('Control+I');
      await type(way, ' số một');
      expect(await editor.html()).toContain('<strong>Quyết định</strong><em> số một</em>');
      // Back into the bold word, before " số một".
      for (let i = 0; i < ' số một'.length; i++) await app.page.keyboard.press('ArrowLeft');
      await type(way, ' hướng');
      expect(await editor.text()).toBe('Quyết định hướng số một');
    });

    it('at the end of a link: what follows is typed outside it', async () => {
      await editor.clear();
      await type(way, 'Xem tại ');
      await editor.insertLink('https://kiengiang.gov.vn', 'cổng thông tin');
      await type(way, ' điện tử');
      expect(await editor.text()).toBe('Xem tại cổng thông tin điện tử');
      expect(await editor.doc().locator('a').allTextContents()).toEqual(['cổng thông tin']);
      // An address the editor linked by itself (autolink), then typing right at its end.
      await editor.clear();
      await keyboard.keys('https://kiengiang.gov.vn ');
      await editor.doc().locator('a').waitFor();
      await keyboard.backspace();
      await type(way, 'đường dẫn');
      expect(await editor.text()).toBe('https://kiengiang.gov.vnđường dẫn');
      expect(await editor.doc().locator('a').allTextContents()).toEqual([
        'https://kiengiang.gov.vn',
      ]);
    });

    it("next to the empty report's placeholder", async () => {
      await editor.clear();
      const hint = () =>
        editor.doc().evaluate((root) => getComputedStyle(root, '::before').content);
      await expect.poll(hint).toBe('"Bắt đầu soạn báo cáo…"');
      await type(way, 'Người được giao');
      expect(await editor.text()).toBe('Người được giao');
      expect(await hint()).toBe('none');
    });

    it('next to the table column-resize handle', async () => {
      await editor.clear();
      await editor.insertTable(2, 2);
      const cell = app.page.locator('.report-doc td').first();
      const box = (await cell.boundingBox())!;
      await app.page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
      await app.page.locator('.report-doc .column-resize-handle').first().waitFor();
      await type(way, 'Chỉ tiêu được giao');
      expect((await editor.blocks())[0]).toBe('Chỉ tiêu được giao');
    });

    it('right after and inside a spell-check underline', async () => {
      await editor.clear();
      await type(way, 'Báo cáo tees');
      await editor.spellErrors().first().waitFor();
      await type(way, ' người được');
      await type(way, ' nghie');
      await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['tees', 'nghie']);
      // Unikey turns the underlined "nghie" into "nghiê": Backspace into the underline, a letter.
      await keyboard.strokes([
        { kind: 'backspace' },
        { kind: 'text', text: 'ê' },
        { kind: 'text', text: 'n' },
        { kind: 'text', text: 'g' },
      ]);
      expect(await editor.text()).toBe('Báo cáo tees người được nghiêng');
      await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['tees']);
    });

    it('doubled Telex letters (aa, ee, oo, dd, aw, ow, uw) at full speed', async () => {
      await editor.clear();
      const text = 'Đảng bộ ấp Đông Hưng ăn mừng ước mơ ông bà, để dành được đơn vị';
      await type(way, text);
      expect(await editor.text()).toBe(text);
    });
  });
});
