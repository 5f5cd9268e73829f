/**
 * The page `npm run bench -- editor` drives: the real ReportEditor (full extension list, the
 * app's CSS and i18n) over a generated report, with hooks the benchmark calls through
 * page.evaluate. Built by bench/editor.bench.ts only; never part of the app.
 */
import { generateHTML, type Editor } from '@tiptap/core';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { DocNode } from '../../shared/report/document';
import '../../renderer/src/styles/fonts';
import '../../renderer/src/styles/base.css';
import { ReportEditor } from '../../renderer/src/features/editor/report-editor';
import { spellCheckKey } from '../../renderer/src/features/editor/extensions/spell-check/spell-check-plugin';
import { statsOf } from '../../renderer/src/features/editor/use-change-emitter';
import { docStats } from '../../renderer/src/features/editor/doc-stats';
import { whenLoaded } from '../../renderer/src/features/editor/document-loader';
import { ReportPageFrame } from '../../renderer/src/features/report-layout/page-frame';
import { DEFAULT_FIELDS } from '../../shared/report/fields';
import { REPORT_SCHEMA_EXTENSIONS } from '../../shared/report/schema';
import { Autosaver } from '../../renderer/src/features/reports/autosaver';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { keystrokeTimings, startKeystrokeTimings } from './keystroke-timing';
import { generateReportDoc } from '../generator/report-doc';

let root: Root | null = null;
let editor: Editor | null = null;
let mounts = 0;
let renderAgain: (status: string) => void = () => undefined;
const emits: number[] = [];
const phases: { build: number; paint: number; loaded: number; longestTask: number }[] = [];
// Long tasks (≥ 50 ms, Chromium's threshold) while a report is being drawn: what typing could wait for.
let longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: false });

/** After the frame that shows the change: rAF runs before paint, a message after it. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

const api = {
  mount(pages: number): Promise<number> {
    return api.mountDoc(generateReportDoc({ pages }));
  },

  /** Mounts a given report document (the compile benchmark opens a compiled report). */
  async mountDoc(doc: DocNode): Promise<number> {
    root?.unmount();
    editor = null;
    document.getElementById('root')!.replaceChildren();
    await afterNextPaint();
    root = createRoot(document.getElementById('root')!);
    // The app's autosave cadence (debounce, max wait); its IPC body costs about one JSON string.
    const autosaver = new Autosaver(
      async (next, revision) => {
        const t0 = performance.now();
        JSON.stringify(next);
        emits.push(performance.now() - t0);
        return { revision: revision + 1 };
      },
      0,
      () => undefined,
      () => undefined,
      String,
    );
    let ready: (value: Editor) => void = () => undefined;
    const created = new Promise<Editor>((resolve) => (ready = resolve));
    const started = performance.now();
    const key = ++mounts;
    // The status slot stands for the app's save status, which re-renders the editor's owner.
    renderAgain = (status: string) =>
      root!.render(
        <ReportEditor
          key={key}
          content={doc}
          editable
          onReady={ready}
          // As in the app: the A4 page with the ND30 blocks and its page-break guides.
          frame={(content) => (
            <ReportPageFrame fields={DEFAULT_FIELDS} layout="nd30" zoom={100}>
              {content}
            </ReportPageFrame>
          )}
          onChange={(next: DocNode) => autosaver.change(next)}
          statusSlot={<span>{status}</span>}
        />,
      );
    flushSync(() => renderAgain('saved'));
    editor = await created;
    const built = performance.now();
    const painted = await afterNextPaint();
    // A long report is drawn in slices after the first paint: until the whole of it is in.
    await whenLoaded(editor);
    const loaded = await afterNextPaint();
    const after = painted - 1;
    const longestTask = Math.max(
      0,
      ...longTasks.filter((task) => task.start >= after).map((task) => task.duration),
    );
    longTasks = [];
    phases.push({
      build: built - started,
      paint: painted - built,
      loaded: loaded - started,
      longestTask,
    });
    return painted - started;
  },

  /**
   * The floor of the keystroke figures: the same report's HTML in a bare contenteditable (no
   * editor, no extensions) in the same page frame, the caret in the middle; a long report
   * with the long-report CSS switched on as the editor has it. What Chromium and
   * this machine cost a keystroke before any editor code runs.
   */
  async mountPlain(pages: number): Promise<void> {
    root?.unmount();
    editor = null;
    document.getElementById('root')!.replaceChildren();
    await afterNextPaint();
    root = createRoot(document.getElementById('root')!);
    const html = generateHTML(generateReportDoc({ pages }), REPORT_SCHEMA_EXTENSIONS);
    flushSync(() =>
      root!.render(
        <div className="report-editor">
          <div className="report-editor__body">
            <div className="report-editor__scroll">
              <ReportPageFrame fields={DEFAULT_FIELDS} layout="nd30" zoom={100}>
                <div
                  className="ProseMirror report-doc"
                  contentEditable
                  suppressContentEditableWarning
                  spellCheck={false}
                  lang="vi"
                  dangerouslySetInnerHTML={{ __html: html }}
                />
              </ReportPageFrame>
            </div>
          </div>
        </div>,
      ),
    );
    await afterNextPaint();
    const doc = document.querySelector<HTMLElement>('.report-doc')!;
    const paragraphs = [...doc.querySelectorAll(':scope > p')].filter(
      (p) => (p.textContent ?? '').length > 20,
    );
    const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
    doc.focus();
    const range = document.createRange();
    range.selectNodeContents(middle);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    middle.scrollIntoView({ block: 'center' });
    if (pages > 1) {
      // As DeferredPaint has it in a long report: every block laid out once (its size
      // remembered), then the off-screen ones skipped; the caret's block is never skipped.
      middle.classList.add('caret-block');
      await afterNextPaint();
      document.querySelector('.report-editor')!.setAttribute('data-deferred-paint', '');
      await afterNextPaint();
    }
  },

  enableSpellCheck(): boolean {
    return editor?.commands.setSpellCheck({ enabled: true, personalWords: [] }) ?? false;
  },

  disableSpellCheck(): boolean {
    return editor?.commands.setSpellCheck({ enabled: false, personalWords: [] }) ?? false;
  },

  /**
   * Checks the whole report from scratch (cache emptied) and resolves, in ms, once every
   * underline is drawn: the pause before checking, the worker's work and the redraw.
   */
  async checkWholeReport(): Promise<number> {
    const started = performance.now();
    editor!.commands.setSpellCheck({ enabled: true, personalWords: [] });
    while (spellCheckKey.getState(editor!.state)!.dirty.length > 0) await afterNextPaint();
    return performance.now() - started;
  },

  /**
   * Puts the cursor at the end of the body paragraph nearest the middle of the report, in view:
   * one of the report's own paragraphs, not one inside a list item or a table cell, so that the
   * 1-page and the 50-page reports are typed into the same kind of block (until 2 Dec the 50-page
   * report's middle paragraph was a list item's, whose list is laid out whole at every key, and
   * the 1-page report's a plain one).
   */
  placeCursorInMiddle(): void {
    const target = editor!.state.doc.content.size / 2;
    let pos = 1;
    editor!.state.doc.forEach((node, at) => {
      if (node.type.name === 'paragraph' && at < target && node.textContent.length > 20)
        pos = at + node.nodeSize - 1;
    });
    editor!.chain().focus().setTextSelection(pos).scrollIntoView().run();
  },

  startRecording(): void {
    startKeystrokeTimings();
    emits.length = 0;
  },

  /** Per keystroke since startRecording: the three figures keystroke-timing.ts describes. */
  keystrokes: () => keystrokeTimings(),
  /**
   * Per mount: building the editor (React + ProseMirror's DOM) and layout + paint after it, when
   * the whole report was in and painted, and the longest task after the first paint.
   */
  phases: () => phases.splice(0),
  emits: () => [...emits],

  /** The main-thread cost of one autosave of the current document: getJSON, counts, stringify. */
  serializeCost(runs = 7): {
    getJson: number;
    stats: number;
    stringify: number;
    total: number;
    min: number;
  } {
    const samples: { getJson: number; stats: number; stringify: number; total: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const doc = editor!.getJSON() as DocNode;
      const t1 = performance.now();
      // As the emitter counts: blocks unchanged since the last count are not recounted.
      docStats(editor!.state.doc);
      const t2 = performance.now();
      JSON.stringify(doc);
      const t3 = performance.now();
      samples.push({ getJson: t1 - t0, stats: t2 - t1, stringify: t3 - t2, total: t3 - t0 });
    }
    samples.sort((a, b) => a.total - b.total);
    // The median, and the fastest run: on a shared machine the minimum is the least disturbed.
    return { ...samples[Math.floor(samples.length / 2)]!, min: samples[0]!.total };
  },

  words: () => statsOf(editor!.getJSON() as DocNode).words,

  /**
   * Main-thread ms of one re-render of the editor by its owner with the editor focused (the
   * app's save status changes twice a save while typing): the median of `runs`.
   */
  rerenderCost(runs = 9): number {
    editor!.view.focus();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      flushSync(() => renderAgain(i % 2 ? 'saved' : 'saving'));
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b)[runs >> 1]!;
  },
};

declare global {
  interface Window {
    editorBench: typeof api;
  }
}

void initI18n('vi').then(() => {
  window.editorBench = api;
  document.body.dataset.ready = 'true';
});
