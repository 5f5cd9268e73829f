/** The editor bench's figures: what a run measures, and the percentiles made of them. */
import type { KeystrokeTiming } from './editor-page/keystroke-timing';
import type { KeystrokeCpu } from './editor-trace';

/** One frame at 60 Hz, the bound for a keystroke's work and an autosave's block of input. */
export const FRAME_MS = 16;

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
export const median = (values: number[]) => percentile(values, 50);
export const round = (n: number) => Math.round(n * 10) / 10;

/** a ÷ b for p95s where null means "under 16 ms" (Event Timing): counted as 16. */
export const ratio = (a: number | null, b: number | null) =>
  a === null ? 1 : round(a / Math.max(b ?? 16, 0.1));

export type SizeReport = {
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

export type Summary = { p50: number; p95: number; max: number; n: number };
/** Event Timing percentiles: null = under 16 ms (the API reports nothing below its threshold). */
export type EventTimingSummary = {
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** Keystrokes with an entry of 16 ms or more. */
  over16: number;
  n: number;
};
export type KeyFigures = {
  work: Summary;
  /** `work` as measured until 1 Dec: holds the wait for the frame (keystroke-timing.ts). */
  workToFrameStart: Summary;
  toPaint: Summary;
  eventTiming: EventTimingSummary;
};

export const summarize = (latencies: number[]): Summary => ({
  p50: round(percentile(latencies, 50)),
  p95: round(percentile(latencies, 95)),
  max: round(Math.max(...latencies)),
  n: latencies.length,
});

export function keyFigures(timings: KeystrokeTiming[]): KeyFigures {
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

export type FloorReport = { keys: KeyFigures; keysCpu: KeystrokeCpu };

export type AppOpenFigures = {
  smallMedian: number;
  largeMedian: number;
  smallMin: number;
  largeMin: number;
  ratio: number;
  ratioMin: number;
};

/**
 * Keystroke `work` of rounds typed into the 1-page and the 50-page report in turn (spell-check
 * on), pooled per size: the target's figure.
 */
export type AlternatedKeys = {
  rounds: number;
  small: Summary;
  large: Summary;
  /** Each round's p95, 1 page and 50 pages, so a pooled figure can be read against its parts. */
  perRound: { small: number; large: number }[];
  ratio: number;
};

export type EditorSummary = {
  small: SizeReport;
  large: SizeReport;
  alternated: AlternatedKeys;
  floor: FloorReport;
  floorLarge: FloorReport;
  openRatio: number;
  openRatioMin: number;
  app: AppOpenFigures;
  keyRatio: number;
  keyRatioToPaint: number;
  keyRatioEventTiming: number;
  targets: Record<string, boolean>;
};
