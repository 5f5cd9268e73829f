/** The editor bench's figures as the lines it prints. */
import { FRAME_MS, ratio, round, type EditorSummary, type KeyFigures } from './editor-figures';
import type { KeystrokeCpu } from './editor-trace';

const ms = (value: number | null) => (value === null ? '< 16' : String(value));
const describeKeys = (k: KeyFigures) =>
  `work p50 ${k.work.p50} / p95 ${k.work.p95} / max ${k.work.max} ms ` +
  `(as measured before, with the wait for the frame: p50 ${k.workToFrameStart.p50} / p95 ${k.workToFrameStart.p95}); ` +
  `to paint p50 ${k.toPaint.p50} / p95 ${k.toPaint.p95} / max ${k.toPaint.max} ms; ` +
  `Event Timing p50 ${ms(k.eventTiming.p50)} / p95 ${ms(k.eventTiming.p95)} / max ${ms(k.eventTiming.max)} ms (${k.eventTiming.over16} of ${k.eventTiming.n} keys ≥ 16 ms)`;

export function printEditorSummary(summary: EditorSummary): void {
  const { small, large, floor, floorLarge, openRatio, openRatioMin, app } = summary;
  const { keyRatio, keyRatioToPaint, keyRatioEventTiming } = summary;
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
  const { alternated } = summary;
  console.log(
    `keystroke work p95 (the target's figure), ${alternated.rounds} rounds of ${alternated.small.n / alternated.rounds} keys typed into each report in turn, pooled: ` +
      `1 page ${alternated.small.p95} ms, 50 pages ${alternated.large.p95} ms = ${alternated.ratio}× (target ≤ 1.5×, ≤ ${FRAME_MS} ms; p50 ${alternated.small.p50} / ${alternated.large.p50}); ` +
      `per round ${alternated.perRound.map((r) => `${r.small} / ${r.large}`).join(', ')}`,
  );
  console.log(
    `keystroke work p95, one round each as measured before 2 Dec: 1 page ${small.keys.work.p95} ms, 50 pages ${large.keys.work.p95} ms = ${keyRatio}×; ` +
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
}
