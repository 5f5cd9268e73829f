import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_PARAGRAPHS } from '../test-support/vietnamese-report-text';
import type { ReportTypingPage } from './pages/report-typing-page';
import type { AppHarness } from './support/app-harness';
import { openTypingSession } from './support/typing-session';
import type { VietnameseKeyboard } from './support/vietnamese-keyboard';

/** Races between the typist and the editor's own work (spell-check, drawing, commands, Enter). */
describe('Vietnamese typing loses nothing when the editor is busy at the same moment', () => {
  let app: AppHarness;
  let editor: ReportTypingPage;
  let keyboard: VietnameseKeyboard;

  beforeAll(async () => {
    ({ app, editor, keyboard } = await openTypingSession());
  }, 60_000);
  afterAll(() => app?.close());

  it('the first letters typed into a block just made (an emptied report, Enter) land in order', async () => {
    // With content-visibility: auto on the document's blocks (once tried for long reports), a
    // block Chromium had not yet laid out could not hold the caret, and a fast first burst
    // landed around it ("1. " came out as ". …1") in about one try in ten. Many tries: a race.
    for (let i = 0; i < 25; i++) {
      await keyboard.unikey('Cộng hoà Xã hội\nĐộc lập');
      await editor.clear();
      await keyboard.keys('> ');
      await keyboard.ime('Đường lối\nĐổi mới');
      expect(await editor.html()).toMatch(/^<blockquote/);
      expect(await editor.blocks()).toEqual(['Đường lối', 'Đổi mới']);
    }
  });

  it('a composition that replaces letters already committed', async () => {
    await editor.clear();
    await keyboard.keys('Xem tieng');
    // The IME takes back the committed "tieng" (offsets 4–9) into its composition.
    await keyboard.compose('tiêng', { start: 4, end: 9 });
    await keyboard.compose('tiếng');
    await keyboard.commit('tiếng');
    await keyboard.ime(' Việt');
    expect(await editor.text()).toBe('Xem tiếng Việt');
  });

  it('a spell-check redraw falls due while a composition is open', async () => {
    await editor.clear();
    await keyboard.ime('Báo cáo tees nghieng');
    // Underlines are due now, while the IME holds "Người" open and the typist pauses.
    await keyboard.ime(' ');
    await keyboard.compose('N');
    await keyboard.compose('Ng');
    await keyboard.compose('Ngu');
    await app.page.waitForTimeout(800);
    await keyboard.compose('Ngư');
    await keyboard.compose('Ngươ');
    await keyboard.compose('Ngươi');
    await keyboard.compose('Người');
    await app.page.waitForTimeout(800);
    await keyboard.commit('Người');
    await keyboard.ime(' được');
    expect(await editor.text()).toBe('Báo cáo tees nghieng Người được');
    await expect.poll(() => editor.spellErrors().allTextContents()).toEqual(['tees', 'nghieng']);
  });

  it('Enter pressed while a composition is open', async () => {
    await editor.clear();
    await keyboard.ime('Cộng hoà ');
    await keyboard.compose('X');
    await keyboard.compose('Xa');
    await keyboard.compose('Xã');
    await keyboard.keys('\n');
    await keyboard.commit('Xã');
    await keyboard.ime(' hội');
    // The letters stay once each, whether the Enter split the paragraph or the IME ate it.
    expect((await editor.blocks()).join('')).toBe('Cộng hoà Xã hội');
  });

  it('Backspace after an input rule and another key deletes one letter, the rule stays', async () => {
    await editor.clear();
    await keyboard.keys('**');
    await keyboard.unikey('Lưu y');
    await keyboard.keys('**');
    expect(await editor.html()).toContain('<strong>Lưu y</strong>');
    await app.page.keyboard.press('Control+B');
    // Unikey adds the tone to "y": Backspace, then "ý".
    await keyboard.strokes([{ kind: 'backspace' }, { kind: 'text', text: 'ý' }]);
    // Not "**Lưu y**" back (the rule undone) and "ý" after it: one letter went, one came.
    expect(await editor.text()).toBe('Lưu ý');
    expect(await editor.html()).toContain('<strong>Lưu ý</strong>');
  });

  it("a selection left behind by a command (find) when Unikey's Backspace arrives", async () => {
    await editor.clear();
    await keyboard.unikey('Báo cáo tinh hình');
    await app.page.keyboard.press('Control+F');
    await app.page.getByRole('searchbox', { name: 'Tìm trong báo cáo' }).fill('tinh');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Escape');
    await expect
      .poll(() => app.page.evaluate(() => window.getSelection()?.toString()))
      .toBe('tinh');
    // The tone key "f" after "tinh": Unikey sends three Backspaces, then "ình".
    await keyboard.strokes([
      { kind: 'backspace' },
      { kind: 'backspace' },
      { kind: 'backspace' },
      { kind: 'text', text: 'ì' },
      { kind: 'text', text: 'n' },
      { kind: 'text', text: 'h' },
    ]);
    expect(await editor.text()).toBe('Báo cáo tình hình');
  });

  it('combining marks from the Windows keyboard are stored as precomposed letters (NFC)', async () => {
    await editor.clear();
    await keyboard.commit('Vie\u0302\u0323t Nam');
    await keyboard.unikey(' đẹp');
    const text = await editor.text();
    expect(text).toBe('Việt Nam đẹp');
    expect(text).toBe(text.normalize('NFC'));
  });
  it('typing into a long report while the rest of it is still being drawn loses and misplaces nothing, and all of it is saved', async () => {
    // About 60 pages: the editor draws the first screenful, then the rest in idle slices.
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `${i + 1}. ${REPORT_PARAGRAPHS[i % REPORT_PARAGRAPHS.length]}`,
    );
    const created = await app.host.services.reports.create({
      title: 'Báo cáo rất dài',
      content: {
        type: 'doc',
        content: paragraphs.map((text) => ({
          type: 'paragraph',
          content: [{ type: 'text', text }],
        })),
      },
    });
    await editor.reports.backToList();
    await editor.reports.openReport('Báo cáo rất dài');
    // At once: a click at the start of the first paragraph (in its first-line indent).
    await editor
      .doc()
      .locator('p')
      .first()
      .click({ position: { x: 2, y: 4 } });
    await editor.reports.typeAndWaitSaved(() => keyboard.unikey('Kính gửi Ủy ban nhân dân tỉnh. '));
    await editor.settle();
    const expected = [`Kính gửi Ủy ban nhân dân tỉnh. ${paragraphs[0]}`, ...paragraphs.slice(1)];
    expect(await editor.blocks()).toEqual(expected);
    const { report } = await app.host.services.reports.get(created.meta.id);
    const saved = (report!.content.content ?? []).map((block) =>
      (block.content ?? []).map((inline) => inline.text ?? '').join(''),
    );
    expect(saved).toEqual(expected);
  }, 120_000);
});
