import type { Page } from 'playwright-core';

/**
 * Main-thread CPU time per keystroke, from a Chromium trace: thread time (`tdur`) of the
 * renderer main thread's top-level tasks while typing, divided by the keys. Unlike wall-clock
 * figures it does not grow when other processes take the CPU, so it compares 50 pages with 1
 * page even on a loaded machine. It counts all the page's work in that time (spell-check rounds,
 * autosave, guides), not only what stands between a key and its paint.
 * For finding where it goes (bench/editor-profile.ts): TRACE_BREAKDOWN=1 prints the thread time
 * per key of every event name (nested ones too), TRACE_DUMP=<file> writes the spans as JSON.
 */
export type KeystrokeCpu = {
  keys: number;
  /** All main-thread work per keystroke (ms of thread time). */
  perKey: number;
  /** Of which: Chromium telling the input method where the selection is (Editor::SyncSelection). */
  selectionSync: number;
  /** Of which: style, layout, pre-paint, paint and compositing of frames (UpdateLifecycle). */
  rendering: number;
  /**
   * Per keystroke, Chromium's own account of `work` (keystroke-timing.ts): the wall time of the
   * main-thread task that handled the key (its keydown, or its text input for letters typed
   * without one) plus that of the next frame's task (BeginMainFrame: animation frame, style,
   * layout, paint, commit). What lies between them is the idle wait for the frame.
   */
  work: { p50: number; p95: number; n: number };
};

export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
};

export async function traceTyping(page: Page, text: string): Promise<KeystrokeCpu> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on(
    'Tracing.dataCollected',
    (data) => void events.push(...(data.value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink',
    transferMode: 'ReportEvents',
  });
  await page.keyboard.type(text, { delay: 45 });
  await page.waitForTimeout(600);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let end = -1;
  let total = 0;
  for (const span of spans) {
    if (span.ts < end) continue;
    total += span.tdur ?? 0;
    end = span.ts + (span.dur ?? 0);
  }
  const sum = (name: string) =>
    spans.filter((e) => e.name === name).reduce((acc, e) => acc + (e.tdur ?? 0), 0);
  const keys = [...text].length;
  const work = keyWork(spans);
  const perKey = (us: number) => Math.round(us / keys / 10) / 100;
  if (process.env.TRACE_DUMP)
    (await import('node:fs')).writeFileSync(process.env.TRACE_DUMP, JSON.stringify(spans));
  if (process.env.TRACE_BREAKDOWN) {
    const byName = new Map<string, number>();
    for (const span of spans)
      byName.set(span.name, (byName.get(span.name) ?? 0) + (span.tdur ?? 0));
    console.log(
      [...byName.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([name, us]) => `  ${perKey(us).toFixed(2)} ${name}`)
        .join('\n'),
    );
  }
  return {
    keys,
    perKey: perKey(total),
    selectionSync: perKey(sum('Editor::SyncSelection')),
    rendering: perKey(sum('WebFrameWidgetImpl::UpdateLifecycle')),
    work,
  };
}

/** Input task + next frame task, per keystroke, from the main thread's spans (sorted by ts). */
export function keyWork(spans: TraceEvent[]): KeystrokeCpu['work'] {
  const tops: TraceEvent[] = [];
  let end = -1;
  for (const span of spans)
    if (span.ts >= end) {
      tops.push(span);
      end = span.ts + (span.dur ?? 0);
    }
  const starts = spans.filter(
    (e) =>
      e.name === 'EventDispatch' && ['keydown', 'textInput'].includes(e.args?.data?.type ?? ''),
  );
  // The frame's task: the top-level task holding a lifecycle update (BeginMainFrame's).
  const lifecycles = spans.filter((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle');
  const frames = tops.filter((t) =>
    lifecycles.some((l) => l.ts >= t.ts && l.ts < t.ts + (t.dur ?? 0)),
  );
  const seen = new Set<TraceEvent>();
  const values: number[] = [];
  for (const start of starts) {
    const task = tops.find((t) => t.ts <= start.ts && start.ts < t.ts + (t.dur ?? 0));
    if (!task || seen.has(task)) continue;
    seen.add(task);
    const frame = frames.find((f) => f.ts >= task.ts + (task.dur ?? 0));
    if (frame) values.push(((task.dur ?? 0) + (frame.dur ?? 0)) / 1000);
  }
  values.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), n: values.length };
}
