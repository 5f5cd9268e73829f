import type { LeftOutRun } from './block-geometry';

/** Where a run sits among the editor root's children (0-based), and from which end to count. */
export type PlacedRun = LeftOutRun & {
  firstChild: number;
  lastChild: number;
  standInChild: number;
  /**
   * Runs after the caret's block are counted from the root's end (`:nth-last-child`), runs before
   * it from its start: Enter and Backspace add and remove children at the caret, between the
   * two, so the rules stay true while typing without being written again.
   */
  fromEnd: boolean;
};

/**
 * The style sheet that leaves the runs out: every block of a run but its stand-in is not laid
 * out at all (`display: none`), the stand-in is an empty box as tall as the run
 * (block-geometry.ts). Scoped to one editor, and only while its DeferredPaint switch is on, so
 * every block is drawn again the moment the switch goes off.
 */
export function windowCss(scope: string, runs: readonly PlacedRun[], children: number): string {
  const root = `.report-editor[data-deferred-paint][data-block-window='${scope}'] .ProseMirror >`;
  const nth = (child: number, fromEnd: boolean) =>
    fromEnd ? `nth-last-child(${children - child})` : `nth-child(${child + 1})`;
  const range = (from: number, to: number, fromEnd: boolean) =>
    fromEnd
      ? `${root} :nth-last-child(n + ${children - to}):nth-last-child(-n + ${children - from})`
      : `${root} :nth-child(n + ${from + 1}):nth-child(-n + ${to + 1})`;
  const hidden: string[] = [];
  const standIns: string[] = [];
  for (const run of runs) {
    if (run.firstChild < run.standInChild)
      hidden.push(range(run.firstChild, run.standInChild - 1, run.fromEnd));
    if (run.standInChild < run.lastChild)
      hidden.push(range(run.standInChild + 1, run.lastChild, run.fromEnd));
    standIns.push(
      `${root} :${nth(run.standInChild, run.fromEnd)} {` +
        ` content-visibility: hidden !important; height: ${run.height.toFixed(3)}px !important;` +
        ' min-height: 0 !important; max-height: none !important; box-sizing: border-box !important;' +
        ' padding-block: 0 !important; border-block-width: 0 !important; }',
    );
  }
  if (hidden.length === 0 && standIns.length === 0) return '';
  return [
    '@media screen {',
    hidden.length ? `${hidden.join(',\n')} { display: none !important; }` : '',
    ...standIns,
    '}',
  ].join('\n');
}
