import type { CDPSession, Page } from 'playwright-core';
import {
  compositionSteps,
  unikeyStrokes,
  type Stroke,
} from '../../test-support/vietnamese-keystrokes';

type KeyEvent = {
  type: 'keyDown' | 'keyUp' | 'rawKeyDown' | 'char';
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  text?: string;
  unmodifiedText?: string;
};

const BACKSPACE = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 };
const ENTER = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
/** Windows' VK_PACKET: how SendInput delivers a Unicode letter (Unikey's "ê", "ệ"). */
const VK_PACKET = 0xe7;

/** The key events of one character as the browser receives a physical key or a Unicode packet. */
function charEvents(ch: string): KeyEvent[] {
  if (ch === '\n') {
    return [
      { type: 'rawKeyDown', ...ENTER },
      { type: 'char', ...ENTER, text: '\r', unmodifiedText: '\r' },
      { type: 'keyUp', ...ENTER },
    ];
  }
  const ascii = /^[a-z0-9 ]$/i.test(ch);
  const code =
    ch === ' ' ? 'Space' : ascii ? (/\d/.test(ch) ? 'Digit' : 'Key') + ch.toUpperCase() : '';
  const keyCode = ascii ? ch.toUpperCase().charCodeAt(0) : VK_PACKET;
  const base = { key: ch, code, windowsVirtualKeyCode: keyCode };
  return [
    { type: 'keyDown', ...base, text: ch, unmodifiedText: ch },
    { type: 'keyUp', ...base },
  ];
}

function strokeEvents(stroke: Stroke): KeyEvent[] {
  if (stroke.kind === 'backspace') {
    return [
      { type: 'rawKeyDown', ...BACKSPACE },
      { type: 'keyUp', ...BACKSPACE },
    ];
  }
  return charEvents(stroke.text);
}

/**
 * Types Vietnamese into the focused page the two ways Windows users do, through Chromium's
 * own input pipeline (DevTools protocol), so the editor sees what it would see from a keyboard.
 */
export class VietnameseKeyboard {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<VietnameseKeyboard> {
    return new VietnameseKeyboard(page, await page.context().newCDPSession(page));
  }

  /**
   * Unikey/EVKey in Telex at full speed: every key and every Backspace + letter it sends, all
   * queued at once without waiting for one to be handled before the next (as a fast typist's
   * bursts arrive). "\n" is Enter.
   */
  async unikey(text: string): Promise<void> {
    await this.send(unikeyStrokes(text).flatMap(strokeEvents));
  }

  /** Raw strokes (a Backspace then a letter…), queued at once. */
  async strokes(strokes: Stroke[]): Promise<void> {
    await this.send(strokes.flatMap(strokeEvents));
  }

  /** Plain keys, no Vietnamese processing (spaces, punctuation, a trigger like "- "). */
  async keys(text: string): Promise<void> {
    await this.send([...text].flatMap(charEvents));
  }

  async backspace(): Promise<void> {
    await this.send(strokeEvents({ kind: 'backspace' }));
  }

  /**
   * The Windows Vietnamese Telex keyboard: each word an IME composition whose text follows the
   * keys (V, Vi, Vie, Viê, Viêt, Việt), committed whole; spaces and punctuation as plain keys.
   */
  async ime(text: string): Promise<void> {
    for (const piece of compositionSteps(text)) {
      if (piece.kind === 'text') {
        await this.keys(piece.text);
        continue;
      }
      for (const step of piece.steps) await this.compose(step);
      await this.commit(piece.commit);
    }
  }

  /** Opens or updates the composition; `replace` replaces committed text before the cursor (UTF-16 units). */
  async compose(text: string, replace?: { start: number; end: number }): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
      ...(replace ? { replacementStart: replace.start, replacementEnd: replace.end } : {}),
    });
  }

  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  private async send(events: KeyEvent[]): Promise<void> {
    await Promise.all(events.map((event) => this.cdp.send('Input.dispatchKeyEvent', event)));
    // Let the page handle what arrived before anyone reads the document.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}
