import { expect } from 'vitest';
import { ReportTypingPage } from '../pages/report-typing-page';
import { launchApp, type AppHarness } from './app-harness';
import { VietnameseKeyboard } from './vietnamese-keyboard';

export type TypingSession = {
  app: AppHarness;
  editor: ReportTypingPage;
  keyboard: VietnameseKeyboard;
};

/**
 * The app open on a new blank report with both Vietnamese keyboards attached. Spell-check is
 * on (the default), so every typing story runs with underlines being redrawn as it types.
 */
export async function openTypingSession(): Promise<TypingSession> {
  const app = await launchApp();
  const editor = new ReportTypingPage(app.page);
  await editor.openBlankReport();
  const keyboard = await VietnameseKeyboard.attach(app.page);
  expect(await editor.spellToggle().textContent()).toBe('Chính tả: bật');
  return { app, editor, keyboard };
}
