import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/report/document';
import { AUTOSAVE, Autosaver, type SaveStatus } from './autosaver';

/** Timers run by hand: the test says when time passes, nothing waits on the clock. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    set: (fn: () => void, ms: number) => {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (handle: number) => void due.delete(handle),
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...due].sort((a, b) => a[1].at - b[1].at))
        if (timer.at <= now) {
          due.delete(handle);
          timer.fn();
        }
    },
  };
}

const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(fail?: (base: number) => Error | null) {
  const timers = manualTimers();
  const saves: { text: string; base: number }[] = [];
  const statuses: SaveStatus['state'][] = [];
  let revision = 0;
  const saver = new Autosaver(
    async (content, base) => {
      const error = fail?.(base);
      if (error) throw error;
      saves.push({ text: content.content![0]!.content![0]!.text!, base });
      return { revision: ++revision };
    },
    0,
    (status) => statuses.push(status.state),
    (error) => (error as { code?: string }).code,
    (error) => (error as Error).message,
    timers,
  );
  return { timers, saves, statuses, saver };
}

describe('Autosaver', () => {
  it('reports "saving" once per burst of changes, not on every emit (each report re-renders its owner)', async () => {
    const { timers, statuses, saver } = setup();
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      saver.change(doc(text));
      timers.advance(150);
    }
    expect(statuses).toEqual(['saving']);
    timers.advance(AUTOSAVE.MAX_WAIT_MS);
    await settle();
    saver.change(doc('abcde'));
    saver.change(doc('abcdef'));
    expect(statuses).toEqual(['saving', 'saved', 'saving']);
  });

  it('saves after a pause, and at the latest MAX_WAIT_MS into continuous typing', async () => {
    const { timers, saves, saver } = setup();
    saver.change(doc('a'));
    timers.advance(AUTOSAVE.DEBOUNCE_MS);
    await settle();
    expect(saves).toEqual([{ text: 'a', base: 0 }]);
    // Typing every 150 ms never pauses long enough for the debounce; the max wait still saves.
    for (let t = 0; t <= AUTOSAVE.MAX_WAIT_MS; t += 150) {
      saver.change(doc(`b${t}`));
      timers.advance(150);
    }
    await settle();
    expect(saves).toHaveLength(2);
    expect(saves[1]!.base).toBe(1);
  });

  it('stops on a conflict instead of retrying over the newer file', async () => {
    const conflict = Object.assign(new Error('changed elsewhere'), { code: 'report-conflict' });
    const { timers, saves, statuses, saver } = setup(() => conflict);
    saver.change(doc('mine'));
    timers.advance(AUTOSAVE.DEBOUNCE_MS);
    await settle();
    saver.change(doc('more'));
    timers.advance(AUTOSAVE.RETRY_MS);
    await saver.flush();
    expect(saves).toEqual([]);
    expect(statuses.at(-1)).toBe('conflict');
  });

  it('on leaving the report saves at once, including a change that arrives after', async () => {
    const { saves, saver } = setup();
    saver.change(doc('typed'));
    await saver.close();
    expect(saves.map((s) => s.text)).toEqual(['typed']);
    saver.change(doc('last emit'));
    await saver.flush();
    expect(saves.map((s) => s.text)).toEqual(['typed', 'last emit']);
  });

  it('keeps the text and retries after a failed save', async () => {
    let failures = 1;
    const { timers, saves, statuses, saver } = setup(() =>
      failures-- > 0 ? new Error('disk busy') : null,
    );
    saver.change(doc('keep me'));
    timers.advance(AUTOSAVE.DEBOUNCE_MS);
    await settle();
    expect(statuses.at(-1)).toBe('error');
    timers.advance(AUTOSAVE.RETRY_MS);
    await settle();
    expect(saves.map((s) => s.text)).toEqual(['keep me']);
    expect(statuses.at(-1)).toBe('saved');
  });
});
