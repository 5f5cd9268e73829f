import { describe, expect, it } from 'vitest';
import { OPEN_BUTTON, externalLinkPrompt } from './external-link-prompt';

describe('the question asked before a link leaves the app', () => {
  const url = 'https://kiengiang.gov.vn/trang/TinTuc/71/Giao-ban.html';

  it('asks in Vietnamese by default, showing the full address', () => {
    const prompt = externalLinkPrompt(url, 'vi');
    expect(prompt.title).toBe('Mở liên kết bên ngoài?');
    expect(prompt.detail).toContain(url);
    expect(prompt.buttons[OPEN_BUTTON]).toBe('Mở trình duyệt');
    expect(prompt.buttons[prompt.cancelId]).toBe('Hủy');
  });

  it('asks in English when the interface is English', () => {
    const prompt = externalLinkPrompt(url, 'en');
    expect(prompt.buttons).toEqual(['Open browser', 'Cancel']);
    expect(prompt.detail).toBe(`The link will open in your web browser: ${url}`);
  });

  it('makes Cancel the default and the Escape answer, so a stray Enter opens nothing', () => {
    const prompt = externalLinkPrompt(url, 'vi');
    expect(prompt.defaultId).toBe(prompt.cancelId);
    expect(prompt.cancelId).not.toBe(OPEN_BUTTON);
  });
});
