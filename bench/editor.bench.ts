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
 *   And the same for the 50-page report's HTML, with the long-report CSS switched on as the
 *   editor has it (off-screen blocks skipped, the caret's block drawn): how much of the 50-page
 *   keystroke is Chromium's own editing and rendering of that much content, not editor code.
 * - the same opening in the real app through the loopback host and a temp archive: click on
 *   the report's row → the editor painted (adds the IPC read and the report view).
 * Targets (issue 9): open ≤ 500 ms and ≤ 3× the 1-page report; keystroke p95 ≤ 16 ms and
 * ≤ 1.5× the 1-page report, JUDGED ON `work`: "one frame" means the keystroke is shown in the
 * frame after it, which holds when its work fits in a frame's 16 ms; the two figures that run to
 * the paint add the vsync wait, which no editor can remove and which alone exceeds 16 ms at p95.
 * They are printed beside it (with their own 50-page / 1-page ratios) for honesty. An autosave
 * never blocks input longer than a frame (16 ms).
 * Writes bench/results/editor.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { measureAppOpen } from './editor-app-open';
import { openBenchPage } from './editor-page-server';
import type { KeystrokeTiming } from './editor-page/keystroke-timing';
import { traceTyping, type KeystrokeCpu } from './editor-trace';

const here = path.dirname(fileURLToPath(import.meta.url));
const FRAME_MS = 16;

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const median = (values: number[]) => percentile(values, 50);
const round = (n: number) => Math.round(n * 10) / 10;

type SizeReport = {
  pages: number;
  words: number;
  openMs: number[];
  openMedian: number;
  openMin: number;
  buildMedian: number;
  paintMedian: number;
  /** Mount → the whole report drawn and painted (a long one is drawn in slices after the first paint). */
  loadedMedian: number;
  loadedMin: number;
  /** The longest task between the first paint and the whole report drawn (0 = none ≥ 50 ms). */
  longestTaskMax: number;
  keys: KeyFigures;
  /** The same typing with spell-check off: what checking costs a keystroke. */
  keysSpellOff: KeyFigures;
  /** A third round of the same typing (spell-check on) under a trace: main-thread CPU per key. */
  keysCpu: KeystrokeCpu;
  /** Checking the whole report from scratch until every underline is drawn (incl. the 300 ms pause). */
  spellCheckAllMs: number;
  autosave: { getJson: number; stats: number; stringify: number; total: number; min: number };
  emitsMax: number;
};

type Summary = { p50: number; p95: number; max: number; n: number };
/** Event Timing percentiles: null = under 16 ms (the API reports nothing below its threshold). */
type EventTimingSummary = {
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** Keystrokes with an entry of 16 ms or more. */
  over16: number;
  n: number;
};
type KeyFigures = {
  work: Summary;
  /** `work` as measured until 1 Dec: holds the wait for the frame (keystroke-timing.ts). */
  workToFrameStart: Summary;
  toPaint: Summary;
  eventTiming: EventTimingSummary;
};

const summarize = (latencies: number[]): Summary => ({
  p50: round(percentile(latencies, 50)),
  p95: round(percentile(latencies, 95)),
  max: round(Math.max(...latencies)),
  n: latencies.length,
});

function keyFigures(timings: KeystrokeTiming[]): KeyFigures {
  const event = timings.map((t) => t.eventTiming ?? 0);
  const orNull = (value: number) => (value > 0 ? round(value) : null);
  return {
    work: summarize(timings.map((t) => t.work)),
    workToFrameStart: summarize(timings.map((t) => t.workToFrameStart)),
    toPaint: summarize(timings.map((t) => t.toPaint)),
    eventTiming: {
      p50: orNull(percentile(event, 50)),
      p95: orNull(percentile(event, 95)),
      max: orNull(Math.max(0, ...event)),
      over16: event.filter((value) => value > 0).length,
      n: event.length,
    },
  };
}

const ms = (value: number | null) => (value === null ? '< 16' : String(value));
const describeKeys = (k: KeyFigures) =>
  `work p50 ${k.work.p50} / p95 ${k.work.p95} / max ${k.work.max} ms ` +
  `(as measured before, with the wait for the frame: p50 ${k.workToFrameStart.p50} / p95 ${k.workToFrameStart.p95}); ` +
  `to paint p50 ${k.toPaint.p50} / p95 ${k.toPaint.p95} / max ${k.toPaint.max} ms; ` +
  `Event Timing p50 ${ms(k.eventTiming.p50)} / p95 ${ms(k.eventTiming.p95)} / max ${ms(k.eventTiming.max)} ms (${k.eventTiming.over16} of ${k.eventTiming.n} keys ≥ 16 ms)`;

const TEXT =
  'Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở ngành triển khai kế hoạch phát triển kinh tế xã hội ';

/** Types `keys` characters of ordinary report text, 45 ms apart; the figures of each keystroke. */
async function typeAndMeasure(page: Page, keys: number): Promise<KeystrokeTiming[]> {
  // A few keys first, then a pause: after the cursor was scrolled to the middle, headless
  // Chromium's software raster can hold back the next presentations for a second or two, which
  // Event Timing (measured to the presentation) would charge to the first keystrokes.
  await page.keyboard.type('và ', { delay: 45 });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.editorBench.startRecording());
  await page.keyboard.type(TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys), {
    delay: 45,
  });
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
  const keysCpu = await traceTyping(
    page,
    TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys),
  );
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

/** The same typing in a bare contenteditable holding the report (mountPlain): the floor. */
async function measureFloor(page: Page, keys: number, pages = 1): Promise<FloorReport> {
  await page.evaluate((n) => window.editorBench.mountPlain(n), pages);
  await page.waitForTimeout(500);
  const keysPlain = keyFigures(await typeAndMeasure(page, keys));
  const cpu = await traceTyping(page, TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys));
  return { keys: keysPlain, keysCpu: cpu };
}

type FloorReport = { keys: KeyFigures; keysCpu: KeystrokeCpu };

export async function run(args: string[]): Promise<void> {
  const runs = option(args, '--runs', 5);
  const keys = option(args, '--keys', 120);
  console.log('building the bench page…');
  const { page, browser, close } = await openBenchPage();
  try {
    const small = await measureSize(page, 1, runs, keys);
    const large = await measureSize(page, 50, runs, keys);
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
    const ratio = (a: number | null, b: number | null) =>
      a === null ? 1 : round(a / Math.max(b ?? 16, 0.1));
    const keyRatio = ratio(large.keys.work.p95, small.keys.work.p95);
    const keyRatioToPaint = ratio(large.keys.toPaint.p95, small.keys.toPaint.p95);
    const keyRatioEventTiming = ratio(large.keys.eventTiming.p95, small.keys.eventTiming.p95);
    const summary = {
      small,
      large,
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
        keyP95Frame: large.keys.work.p95 <= FRAME_MS,
        key1_5x: keyRatio <= 1.5,
        autosaveFrame: large.autosave.total <= FRAME_MS,
      },
    };
    for (const report of [small, large]) {
      console.log(
        `${report.pages} page(s), ${report.words} words: open ${report.openMedian} ms (build ${report.buildMedian} + layout/paint ${report.paintMedian}; runs ${report.openMs.join(', ')}); whole report drawn ${report.loadedMedian} ms (fastest ${report.loadedMin}; longest task after the first paint ${report.longestTaskMax} ms); ` +
          `keystrokes (${report.keys.work.n}, spell-check on): ${describeKeys(report.keys)}; ` +
          `spell-check off: ${describeKeys(report.keysSpellOff)}; whole report checked and underlined in ${report.spellCheckAllMs} ms (incl. the 300 ms pause); ` +
          `autosave serialization ${report.autosave.total} ms, fastest ${report.autosave.min} ms (getJSON ${report.autosave.getJson}, counts ${report.autosave.stats}, stringify ${report.autosave.stringify})`,
      );
    }
    console.log(
      `open: 50 pages / 1 page = ${openRatio}× by medians, ${openRatioMin}× by fastest runs (${large.openMin} / ${small.openMin} ms; target ≤ 3×, ≤ 500 ms)`,
    );
    console.log(
      `open in the app (click on its row → editor painted): 1 page ${app.smallMedian} ms, 50 pages ${app.largeMedian} ms = ${app.ratio}× by medians, ${app.ratioMin}× by fastest runs (${app.largeMin} / ${app.smallMin} ms)`,
    );
    console.log(
      `keystroke work p95 (the target's figure): 1 page ${small.keys.work.p95} ms, 50 pages ${large.keys.work.p95} ms = ${keyRatio}× (target ≤ 1.5×, ≤ ${FRAME_MS} ms); ` +
        `from the traced round (input task + frame task): 1 page ${small.keysCpu.work.p95} ms, 50 pages ${large.keysCpu.work.p95} ms (p50 ${small.keysCpu.work.p50} / ${large.keysCpu.work.p50})`,
    );
    console.log(
      `keystroke work p95 as measured before 1 Dec (holds the wait for the frame): 1 page ${small.keys.workToFrameStart.p95} ms, 50 pages ${large.keys.workToFrameStart.p95} ms = ${ratio(large.keys.workToFrameStart.p95, small.keys.workToFrameStart.p95)}×`,
    );
    console.log(
      `beside it, p95 with the wait for the frame: to paint 1 page ${small.keys.toPaint.p95} ms, 50 pages ${large.keys.toPaint.p95} ms = ${keyRatioToPaint}×; ` +
        `Event Timing 1 page ${ms(small.keys.eventTiming.p95)} ms, 50 pages ${ms(large.keys.eventTiming.p95)} ms = ${keyRatioEventTiming}× (under 16 counts as 16)`,
    );
    console.log(
      `floor, the same typing in a bare contenteditable (no editor code) holding the 1-page report in the same page frame: work p50 ${floor.keys.work.p50} / p95 ${floor.keys.work.p95} ms ` +
        `(traced: p50 ${floor.keysCpu.work.p50} / p95 ${floor.keysCpu.work.p95}; as measured before: p50 ${floor.keys.workToFrameStart.p50} / p95 ${floor.keys.workToFrameStart.p95}), CPU per key ${floor.keysCpu.perKey} ms; ` +
        `50 pages / floor, work p95: ${ratio(large.keys.work.p95, floor.keys.work.p95)}×, traced ${ratio(large.keysCpu.work.p95, floor.keysCpu.work.p95)}×`,
    );
    console.log(
      `floor at 50 pages (bare contenteditable, the 50-page report's HTML, long-report CSS on): work p50 ${floorLarge.keys.work.p50} / p95 ${floorLarge.keys.work.p95} ms ` +
        `(traced: p50 ${floorLarge.keysCpu.work.p50} / p95 ${floorLarge.keysCpu.work.p95}), CPU per key ${floorLarge.keysCpu.perKey} ms (selection sync ${floorLarge.keysCpu.selectionSync}, rendering ${floorLarge.keysCpu.rendering}); ` +
        `floor 50 / 1 page: CPU ${round(floorLarge.keysCpu.perKey / Math.max(floor.keysCpu.perKey, 0.01))}×, work p95 ${ratio(floorLarge.keys.work.p95, floor.keys.work.p95)}×; ` +
        `editor 50 pages / floor 50 pages: CPU ${round(large.keysCpu.perKey / Math.max(floorLarge.keysCpu.perKey, 0.01))}×, work p95 ${ratio(large.keys.work.p95, floorLarge.keys.work.p95)}×`,
    );
    const cpu = (k: KeystrokeCpu) =>
      `${k.perKey} ms (selection sync ${k.selectionSync}, rendering ${k.rendering})`;
    console.log(
      `main-thread CPU per keystroke (thread time from a trace, unaffected by other processes): 1 page ${cpu(small.keysCpu)}, 50 pages ${cpu(large.keysCpu)} = ${round(large.keysCpu.perKey / Math.max(small.keysCpu.perKey, 0.01))}×`,
    );
    console.log(
      `spell-check on / off, keystroke work p95: 1 page ${round(small.keys.work.p95 / Math.max(small.keysSpellOff.work.p95, 0.1))}×, 50 pages ${round(large.keys.work.p95 / Math.max(large.keysSpellOff.work.p95, 0.1))}×`,
    );
    console.log(`targets: ${JSON.stringify(summary.targets)}`);
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results/editor.json'), JSON.stringify(summary, null, 2));
  } finally {
    await close();
  }
}
