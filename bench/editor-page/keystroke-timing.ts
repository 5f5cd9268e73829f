/**
 * Three figures per keystroke, recorded in the bench page while Playwright types:
 *
 * - `toPaint`: the event's timeStamp (the browser got the key) → a message posted from the
 *   next animation frame, which arrives once that frame is painted. It includes the wait for the
 *   display's next frame (0–16.7 ms, whatever the editor does), so even an empty editor's p95 is
 *   above 16 ms.
 * - `eventTiming`: what Chromium itself reports through the Event Timing API (the figure behind
 *   INP): the longest keydown / keypress / beforeinput / input entry of the keystroke, from the
 *   event's timestamp to the next paint after its handlers, in 8 ms steps. The API reports only
 *   entries of 16 ms or more (its smallest threshold): a keystroke with none is null, "< 16 ms".
 *   It includes the same wait for the frame.
 * - `work`: the main-thread work the keystroke costs: its input task(s) (from the first handler
 *   to the last bubbling listener of the task, which runs after the editor's own handlers and
 *   the microtasks they queued, ProseMirror's DOM-change flush included) plus the rendering of
 *   the frame that shows it (from an animation-frame callback requested at the `input` event to
 *   the message after the paint, or to the next key's first handler when that runs first: input
 *   goes ahead of the message, which then waits for yet another frame, while the frame's own
 *   task had ended). Not the idle wait between them: this is what the editor
 *   controls, and what must fit in one frame for the keystroke to be shown at the next one.
 * - `workToFrameStart`: the figure `work` used to be, kept for comparison. It ended the input
 *   task with a message posted from the handler, but Chromium (156 here) defers every task
 *   posted during a discrete input event until the next frame has been produced (a
 *   MessageChannel message, setTimeout and scheduler.postTask 'user-blocking' alike — checked:
 *   all of them ran after the frame's animation-frame callback). So the input task "ended" at
 *   the frame's start and the figure held the idle wait for the frame (0–16.7 ms: headless
 *   Chromium's display compositor issues frames on a 60 Hz clock like a real display), making
 *   it about `toPaint`. A trace of the same typing agrees with the new figure (editor-trace.ts).
 */
export type KeystrokeTiming = {
  toPaint: number;
  eventTiming: number | null;
  work: number;
  workToFrameStart: number;
};

type Keystroke = {
  received: number;
  /** Input tasks: [handler start, message after the task, last bubbling listener's end]. */
  tasks: [number, number, number][];
  frameStart: number;
  painted: number;
};

const keystrokes: Keystroke[] = [];
const entries: { name: string; startTime: number; duration: number }[] = [];
let current: Keystroke | null = null;

const EVENT_TIMING = ['keydown', 'keypress', 'beforeinput', 'input'];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (EVENT_TIMING.includes(entry.name))
      entries.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration });
}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);

/** Runs `then` with the time a message posted now arrives: after the current task. */
function afterTask(then: (at: number) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => then(performance.now());
  channel.port2.postMessage(null);
}

/** A handler of the keystroke's events started: the task it runs in counts as its work. */
function taskStarted(keystroke: Keystroke): void {
  const last = keystroke.tasks[keystroke.tasks.length - 1];
  // Still inside a task already measured (keydown, keypress and input can share one).
  if (last && last[1] < 0) return;
  const task: [number, number, number] = [performance.now(), -1, -1];
  keystroke.tasks.push(task);
  afterTask((at) => (task[1] = at));
}

function begin(received: number): Keystroke {
  current = { received, tasks: [], frameStart: -1, painted: -1 };
  keystrokes.push(current);
  return current;
}

// Letters no US key makes (ủ, ế…) arrive as text input without a keydown: a keystroke of their own.
let lastKeydown = -1;
window.addEventListener(
  'keydown',
  (event) => {
    lastKeydown = event.timeStamp;
    taskStarted(begin(event.timeStamp));
  },
  true,
);
window.addEventListener(
  'keypress',
  () => {
    if (current) taskStarted(current);
  },
  true,
);
window.addEventListener(
  'beforeinput',
  (event) => {
    const keystroke =
      event.timeStamp - lastKeydown > 8 || !current ? begin(event.timeStamp) : current;
    taskStarted(keystroke);
  },
  true,
);
window.addEventListener(
  'input',
  () => {
    const keystroke = current;
    if (!keystroke) return;
    taskStarted(keystroke);
    // The frame that shows the text: requested once the text is in.
    requestAnimationFrame(() => {
      keystroke.frameStart = performance.now();
      afterTask((at) => (keystroke.painted = at));
    });
  },
  true,
);

// Bubbling listeners on window run after every other listener of the event and after the
// microtasks those queued (a checkpoint follows each listener): the end of the task's script.
for (const type of EVENT_TIMING)
  window.addEventListener(type, () => {
    const task = current?.tasks[current.tasks.length - 1];
    if (task && task[1] < 0) task[2] = performance.now();
  });

/** Starts of input handlers (any key event): a frame's task had ended before the next one. */
const handlerStarts: number[] = [];
for (const type of ['keydown', 'keyup', ...EVENT_TIMING])
  window.addEventListener(type, () => void handlerStarts.push(performance.now()), true);

export function startKeystrokeTimings(): void {
  handlerStarts.length = 0;
  keystrokes.length = 0;
  entries.length = 0;
  current = null;
}

export function keystrokeTimings(): KeystrokeTiming[] {
  const done = keystrokes.filter((k) => k.painted >= 0 && k.tasks.every(([, end]) => end >= 0));
  return done.map((keystroke) => {
    const next = keystrokes[keystrokes.indexOf(keystroke) + 1]?.received ?? Infinity;
    const own = entries.filter((e) => e.startTime >= keystroke.received - 1 && e.startTime < next);
    // A task's end never counts past the next task's start (a message can wait behind it).
    let inputWork = 0;
    let inputToFrameStart = 0;
    keystroke.tasks.forEach(([start, end, scriptEnd], i) => {
      const nextStart = keystroke.tasks[i + 1]?.[0] ?? Infinity;
      const until = Math.min(end, nextStart, keystroke.frameStart);
      inputToFrameStart += until - start;
      inputWork += (scriptEnd >= start ? Math.min(scriptEnd, until) : until) - start;
    });
    const frame = keystroke.painted - keystroke.frameStart;
    const interrupted = handlerStarts.find((at) => at > keystroke.frameStart);
    const frameEnd = Math.min(keystroke.painted, interrupted ?? Infinity);
    return {
      toPaint: keystroke.painted - keystroke.received,
      eventTiming: own.length > 0 ? Math.max(...own.map((e) => e.duration)) : null,
      work: Math.max(0, inputWork) + (frameEnd - keystroke.frameStart),
      workToFrameStart: Math.max(0, inputToFrameStart) + frame,
    };
  });
}
