/**
 * `npx tsx bench/editor-profile.ts [pages=50] [keys=120]`: where the editor's per-keystroke
 * main-thread time goes. Types into the bench page (spell-check on, caret in the middle) under
 * the trace of bench/editor-trace.ts, then again under V8's sampling profiler, and prints the
 * trace's CPU per key and the functions with the most self time per key. A development aid
 * beside `npm run bench -- editor`; set BENCH_MINIFY=false for readable function names.
 */
import type { Page } from 'playwright-core';
import { openBenchPage } from './editor-page-server';
import { traceTyping, type KeystrokeCpu } from './editor-trace';

const TEXT =
  'Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở ngành triển khai kế hoạch phát triển kinh tế xã hội ';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};

async function profileTyping(page: Page, text: string, top: number): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.keyboard.type(text, { delay: 45 });
  await page.waitForTimeout(600);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  if (process.env.PROFILE_DUMP)
    (await import('node:fs')).writeFileSync(process.env.PROFILE_DUMP, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(name(id), (self.get(name(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(name(at));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const keys = [...text].length;
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [
    `JS+GC self time per key ${(total / keys / 1000).toFixed(2)} ms`,
    ...[...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `${(us / keys / 1000).toFixed(3)} ms  ${key}`),
    'inclusive:',
    ...[...inclusive.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top * 2)
      .map(([key, us]) => `${(us / keys / 1000).toFixed(3)} ms  ${key}`),
  ];
}

type HeapNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
};

/** Bytes allocated per key by each function (V8's sampling heap profiler, garbage included). */
async function heapTyping(page: Page, text: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.keyboard.type(text, { delay: 45 });
  await page.waitForTimeout(600);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: HeapNode };
  };
  await cdp.detach();
  const bytes = new Map<string, number>();
  const walk = (node: HeapNode, path: string[]) => {
    const frame = node.callFrame;
    const here = [...path, `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`];
    if (node.selfSize > 0) {
      const key = here.slice(-4).reverse().join(' < ');
      bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    }
    node.children.forEach((child) => walk(child, here));
  };
  walk(profile.head, []);
  const keys = [...text].length;
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [
    `allocated per key ${(total / keys / 1024).toFixed(1)} KB`,
    ...[...bytes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([key, b]) => `${(b / keys / 1024).toFixed(1)} KB  ${key}`),
  ];
}

const pages = Number(process.argv[2] ?? 50);
const keys = Number(process.argv[3] ?? 120);
const { page, close } = await openBenchPage();
try {
  if (process.env.INJECT_CSS) await page.addStyleTag({ content: process.env.INJECT_CSS });
  if (process.env.PLAIN) {
    await page.evaluate((n) => window.editorBench.mountPlain(n), pages);
  } else {
    await page.evaluate((n) => window.editorBench.mount(n), pages);
    await page.evaluate(() => window.editorBench.checkWholeReport());
    await page.evaluate(() => window.editorBench.placeCursorInMiddle());
  }
  await page.waitForTimeout(500);
  const text = TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys);
  await page.keyboard.type('và ', { delay: 45 });
  await page.waitForTimeout(1000);
  // VARIANTS='{"name": "css", …}': rounds of typing under the trace, each variant's CSS in turn
  // (an A/B within one page, so the machine's load drifts over both alike).
  const variants = Object.entries(
    JSON.parse(process.env.VARIANTS ?? '{"as built": ""}') as Record<string, string>,
  );
  const results = new Map<string, KeystrokeCpu[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    for (const [name, css] of variants) {
      await page.evaluate((content) => {
        document.getElementById('variant')?.remove();
        const style = document.head.appendChild(document.createElement('style'));
        style.id = 'variant';
        style.textContent = content;
      }, css);
      await page.waitForTimeout(300);
      results.get(name)!.push(await traceTyping(page, text));
    }
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  for (const [name, runs] of results)
    console.log(
      `${pages} page(s), ${name}: per key ${runs.map((r) => r.perKey).join(' / ')} (median ${mid(runs.map((r) => r.perKey))}), ` +
        `selection sync ${mid(runs.map((r) => r.selectionSync))}, rendering ${mid(runs.map((r) => r.rendering))}`,
    );
  if (process.env.RERENDER)
    console.log(
      `a re-render of the editor by its owner: ${await page.evaluate(() => window.editorBench.rerenderCost())} ms`,
    );
  if (process.env.HEAP) console.log((await heapTyping(page, text)).join('\n'));
  console.log((await profileTyping(page, text, Number(process.env.TOP ?? 40))).join('\n'));
} finally {
  await close();
}
