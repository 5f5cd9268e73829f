import { describe, expect, it } from 'vitest';
import { keyWork, type TraceEvent } from './editor-trace';

const span = (name: string, ts: number, dur: number, type?: string): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: ts * 1000,
  dur: dur * 1000,
  ...(type ? { args: { data: { type } } } : {}),
});

/** A key's task at `at` lasting `input` ms, the frame `wait` ms after it lasting `frame` ms. */
function key(at: number, input: number, wait: number, frame: number, type = 'keydown') {
  const frameAt = at + input + wait;
  return [
    span('RunTask', at, input),
    span('EventDispatch', at + 0.1, input / 2, type),
    span('RunTask', frameAt, frame),
    span('WebFrameWidgetImpl::UpdateLifecycle', frameAt + 0.2, frame / 2),
  ];
}

const sorted = (spans: TraceEvent[]) =>
  spans.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

describe('keyWork', () => {
  it('counts the key task and the next frame task, never the wait between them', () => {
    const work = keyWork(sorted([...key(0, 2, 12, 3), ...key(50, 4, 1, 6)]));
    expect(work.n).toBe(2);
    expect(work.p50).toBe(10);
    expect(work.p95).toBe(10);
  });

  it('takes letters typed without a keydown by their text input, once per task', () => {
    const spans = [...key(0, 2, 5, 2, 'textInput'), span('EventDispatch', 1, 0.2, 'textInput')];
    expect(keyWork(sorted(spans))).toEqual({ p50: 4, p95: 4, n: 1 });
  });

  it('skips a task that is not a frame (no lifecycle update) on the way to the frame', () => {
    const spans = [...key(0, 2, 8, 3), span('RunTask', 4, 1)];
    expect(keyWork(sorted(spans)).p50).toBe(5);
  });
});
