/**
 * `npm run bench -- editor [--runs=5] [--keys=120]`: the report editor in Chromium.
 *
 * Builds bench/editor-page (the real ReportEditor in the app's A4 page frame with its page
 * guides, full extension list, the app's CSS) with Vite, serves it on 127.0.0.1, and in Debian's
 * Chromium measures, for a generated 1-page report (the baseline) and a 50-page one (about
 * 25,000 words, 20 tables, 10 images):
 * - open: mounting the editor until the first paint (median of --runs);
 * - typing in the middle of the report, 45 ms apart, spell-check on (and off), three figures per
 *   keystroke (bench/editor-page/keystroke-timing.ts):
 *   · work — the main-thread work of the keystroke: its input task plus the rendering of the
 *     frame that shows it, without the idle wait for that frame;
 *   · to paint — the key event's timestamp → after the next frame is painted (includes the wait
 *     for the display's next frame, 0–16.7 ms: headless Chromium's display compositor issues
 *     frames on a 60 Hz clock too — a trace shows its DelayBasedBeginFrameSource ticking — so
 *     here as on a real display a key waits for the next tick);
 *   · Event Timing — Chromium's own keydown/keypress/beforeinput/input durations (the INP
 *     figure: event → next paint, 8 ms steps, reported only from 16 ms up, so "< 16" = none);
 *   · main-thread CPU per keystroke — a third round under a Chromium trace (bench/editor-trace.ts):
 *     thread time, so it holds on a loaded machine where the wall-clock figures swing; from the
 *     same trace, `work` as Chromium accounts it (the key's input task + the next frame's task);
 *   · printed beside `work`, the figure it was until 1 Dec (`workToFrameStart`): it took the end
 *     of the input task from a message posted by the handler, which Chromium defers until after
 *     the next frame (every task posted during a discrete input event is), so it held the idle
 *     wait for the frame and read about as `to paint` — also for a bare contenteditable, which
 *     is what made the "floor" look like 16 ms (its work from a trace is p50 ~3 / p95 ~6 ms).
 *     Kept so figures before and after the fix can be read side by side;
 * - the main-thread cost of one autosave serialization (getJSON, counts, JSON.stringify).
 * - the floor: the same typing in a bare contenteditable holding the 1-page report's HTML in the
 *   same page frame (no editor code at all), with its `work` and CPU per key. What Chromium and
 *   the machine cost a keystroke anyway; the absolute ≤ 16 ms target is judged beside it.
 *   And the same for the 50-page report's HTML, with the long-report CSS switched on (off-screen
 *   blocks skipped, the caret's block drawn) but no block window: what Chromium alone costs a
 *   keystroke with that many top-level blocks laid out. The editor leaves the blocks far from
 *   the screen out of layout (DeferredPaint's block window), which is why it costs less.
 * - the same opening in the real app through the loopback host and a temp archive: click on
 *   the report's row → the editor painted (adds the IPC read and the report view).
 * Targets (issue 9): open ≤ 500 ms and ≤ 3× the 1-page report; keystroke p95 ≤ 16 ms and
 * ≤ 1.5× the 1-page report, JUDGED ON `work`: "one frame" means the keystroke is shown in the
 * frame after it, which holds when its work fits in a frame's 16 ms; the two figures that run to
 * the paint add the vsync wait, which no editor can remove and which alone exceeds 16 ms at p95.
 * They are printed beside it (with their own 50-page / 1-page ratios) for honesty. The keystroke
 * targets are judged on rounds typed into the two reports in turn, pooled (`--rounds=3`,
 * alternatedTyping); the single rounds above are printed too. An autosave never blocks input
 * longer than a frame (16 ms).
 * Writes bench/results/editor.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { measureAppOpen } from './editor-app-open';
import { openBenchPage } from './editor-page-server';
import {
  FRAME_MS,
  keyFigures,
  median,
  ratio,
  round,
  summarize,
  type AlternatedKeys,
  type EditorSummary,
  type FloorReport,
  type SizeReport,
} from './editor-figures';
import type { KeystrokeTiming } from './editor-page/keystroke-timing';
import { printEditorSummary } from './editor-summary-text';
import { traceTyping } from './editor-trace';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

const TEXT =
  'Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở ngành triển khai kế hoạch phát triển kinh tế xã hội ';
/** `keys` characters of ordinary report text. */
const typedText = (keys: number) => TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys);

/** Types `keys` characters of ordinary report text, 45 ms apart; the figures of each keystroke. */
async function typeAndMeasure(page: Page, keys: number): Promise<KeystrokeTiming[]> {
  // A few keys first, then a pause: after the cursor was scrolled to the middle, headless
  // Chromium's software raster can hold back the next presentations for a second or two, which
  // Event Timing (measured to the presentation) would charge to the first keystrokes.
  await page.keyboard.type('và ', { delay: 45 });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.editorBench.startRecording());
  await page.keyboard.type(typedText(keys), { delay: 45 });
  await page.waitForTimeout(600);
  return page.evaluate(() => window.editorBench.keystrokes());
}

async function measureSize(
  page: Page,
  pages: number,
  runs: number,
  keys: number,
): Promise<SizeReport> {
  const openMs: number[] = [];
  // One warm-up mount: the first one pays for compiling the bundle's code paths.
  await page.evaluate((n) => window.editorBench.mount(n), pages);
  await page.evaluate(() => window.editorBench.phases());
  for (let i = 0; i < runs; i++)
    openMs.push(await page.evaluate((n) => window.editorBench.mount(n), pages));
  const phases = await page.evaluate(() => window.editorBench.phases());
  const spellCheckAllMs = await page.evaluate(() => window.editorBench.checkWholeReport());
  await page.evaluate(() => window.editorBench.placeCursorInMiddle());
  await page.waitForTimeout(500);
  // Off first, then on: a second round runs warmer, so the order favours the one measured second.
  await page.evaluate(() => window.editorBench.disableSpellCheck());
  const latenciesOff = await typeAndMeasure(page, keys);
  await page.evaluate(() => window.editorBench.enableSpellCheck());
  await page.waitForTimeout(800);
  const latencies = await typeAndMeasure(page, keys);
  const keysCpu = await traceTyping(page, typedText(keys));
  const emits = await page.evaluate(() => window.editorBench.emits());
  const autosave = await page.evaluate(() => window.editorBench.serializeCost());
  const words = await page.evaluate(() => window.editorBench.words());
  return {
    pages,
    words,
    openMs: openMs.map(round),
    openMedian: round(median(openMs)),
    openMin: round(Math.min(...openMs)),
    buildMedian: round(median(phases.map((phase) => phase.build))),
    paintMedian: round(median(phases.map((phase) => phase.paint))),
    loadedMedian: round(median(phases.map((phase) => phase.loaded))),
    loadedMin: round(Math.min(...phases.map((phase) => phase.loaded))),
    longestTaskMax: round(Math.max(...phases.map((phase) => phase.longestTask))),
    keys: keyFigures(latencies),
    keysSpellOff: keyFigures(latenciesOff),
    keysCpu,
    spellCheckAllMs: round(spellCheckAllMs),
    autosave: {
      getJson: round(autosave.getJson),
      stats: round(autosave.stats),
      stringify: round(autosave.stringify),
      total: round(autosave.total),
      min: round(autosave.min),
    },
    emitsMax: round(Math.max(0, ...emits)),
  };
}

/**
 * The target's figure: `keys` keystrokes typed into the 1-page and then the 50-page report,
 * `rounds` times over, each report freshly opened with the cursor in the middle, pooled per size.
 * The machines are noisy and drift within a run: measured once each, one after the other, the
 * ratio of two p95s (each the sixth-slowest of 120 keys) read 1.0× to 1.6× for the same code on
 * a quiet machine. Alternating puts both sizes under the same drift; pooling steadies the p95.
 */
async function alternatedTyping(page: Page, keys: number, rounds: number): Promise<AlternatedKeys> {
  const pooled: Record<'small' | 'large', number[]> = { small: [], large: [] };
  const perRound: AlternatedKeys['perRound'] = [];
  for (let r = 0; r < rounds; r++) {
    const p95: Record<'small' | 'large', number> = { small: 0, large: 0 };
    for (const [size, pages] of [
      ['small', 1],
      ['large', 50],
    ] as const) {
      await page.evaluate((n) => window.editorBench.mount(n), pages);
      await page.evaluate(() => window.editorBench.checkWholeReport());
      await page.evaluate(() => window.editorBench.placeCursorInMiddle());
      await page.waitForTimeout(500);
      const work = (await typeAndMeasure(page, keys)).map((timing) => timing.work);
      pooled[size].push(...work);
      p95[size] = summarize(work).p95;
    }
    perRound.push(p95);
  }
  const small = summarize(pooled.small);
  const large = summarize(pooled.large);
  return { rounds, small, large, perRound, ratio: ratio(large.p95, small.p95) };
}

/** The same typing in a bare contenteditable holding the report (mountPlain): the floor. */
async function measureFloor(page: Page, keys: number, pages = 1): Promise<FloorReport> {
  await page.evaluate((n) => window.editorBench.mountPlain(n), pages);
  await page.waitForTimeout(500);
  const keysPlain = keyFigures(await typeAndMeasure(page, keys));
  const cpu = await traceTyping(page, typedText(keys));
  return { keys: keysPlain, keysCpu: cpu };
}

export async function run(args: string[]): Promise<void> {
  const runs = option(args, '--runs', 5);
  const keys = option(args, '--keys', 120);
  console.log('building the bench page…');
  const { page, browser, close } = await openBenchPage();
  try {
    const small = await measureSize(page, 1, runs, keys);
    const large = await measureSize(page, 50, runs, keys);
    const alternated = await alternatedTyping(page, keys, option(args, '--rounds', 3));
    const floor = await measureFloor(page, keys);
    const floorLarge = await measureFloor(page, keys, 50);
    console.log('opening reports in the app through the host…');
    const inApp = await measureAppOpen(browser, runs);
    const app = {
      smallMedian: round(median(inApp.small)),
      largeMedian: round(median(inApp.large)),
      smallMin: round(Math.min(...inApp.small)),
      largeMin: round(Math.min(...inApp.large)),
      ratio: round(median(inApp.large) / median(inApp.small)),
      ratioMin: round(Math.min(...inApp.large) / Math.min(...inApp.small)),
    };
    const openRatio = round(large.openMedian / small.openMedian);
    const openRatioMin = round(large.openMin / small.openMin);
    const keyRatio = ratio(large.keys.work.p95, small.keys.work.p95);
    const keyRatioToPaint = ratio(large.keys.toPaint.p95, small.keys.toPaint.p95);
    const keyRatioEventTiming = ratio(large.keys.eventTiming.p95, small.keys.eventTiming.p95);
    const summary: EditorSummary = {
      small,
      large,
      alternated,
      floor,
      floorLarge,
      openRatio,
      openRatioMin,
      app,
      keyRatio,
      keyRatioToPaint,
      keyRatioEventTiming,
      targets: {
        open500: large.openMedian <= 500,
        open3x: openRatio <= 3,
        appOpen500: app.largeMedian <= 500,
        appOpen3x: app.ratio <= 3,
        keyP95Frame: alternated.large.p95 <= FRAME_MS,
        key1_5x: alternated.ratio <= 1.5,
        autosaveFrame: large.autosave.total <= FRAME_MS,
      },
    };
    printEditorSummary(summary);
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results/editor.json'), JSON.stringify(summary, null, 2));
  } finally {
    await close();
  }
}
