import type { TonePlacement } from '../../../../../../shared/text/tone-placement';
import type { Misspelling, SpellChecker } from './spell-checker';

/** What the editor asks of a spell-checker, wherever it runs (a Web Worker in the app, in-process in tests). */
export type SpellService = {
  /** The misspellings of each text, in order. */
  check(texts: string[]): Promise<Misspelling[][]>;
  /** Suggestions written in the tone placement the document uses. */
  suggest(word: string, placement?: TonePlacement): Promise<string[]>;
  setPersonalWords(words: readonly string[]): void;
  destroy(): void;
};

export type SpellRequest =
  | { id: number; kind: 'check'; texts: string[] }
  | { id: number; kind: 'suggest'; word: string; placement?: TonePlacement }
  | { id: number; kind: 'personal'; words: string[] };

export type SpellReply =
  | { id: number; kind: 'check'; results: Misspelling[][] }
  | { id: number; kind: 'suggest'; suggestions: string[] }
  | { id: number; kind: 'personal' };

/** The worker's whole job, kept here so it is the same code in tests and in the worker. */
export function answer(checker: SpellChecker, request: SpellRequest): SpellReply {
  switch (request.kind) {
    case 'check':
      return {
        id: request.id,
        kind: 'check',
        results: request.texts.map((text) => checker.misspellings(text)),
      };
    case 'suggest':
      return {
        id: request.id,
        kind: 'suggest',
        suggestions: checker.suggest(request.word, undefined, request.placement),
      };
    case 'personal':
      checker.setPersonalWords(request.words);
      return { id: request.id, kind: 'personal' };
  }
}

/** The checker in this thread: for unit tests and the benchmark's baseline. */
export function createLocalSpellService(checker: SpellChecker): SpellService {
  return {
    check: async (texts) => texts.map((text) => checker.misspellings(text)),
    suggest: async (word, placement) => checker.suggest(word, undefined, placement),
    setPersonalWords: (words) => checker.setPersonalWords(words),
    destroy() {},
  };
}

/** What a request gets when no checker can answer: nothing misspelled, no suggestion. */
function emptyReply(request: SpellRequest): SpellReply {
  if (request.kind === 'check')
    return { id: request.id, kind: 'check', results: request.texts.map(() => []) };
  if (request.kind === 'suggest') return { id: request.id, kind: 'suggest', suggestions: [] };
  return { id: request.id, kind: 'personal' };
}

/**
 * The checker in a Web Worker, so a paragraph being checked never delays a keystroke. The
 * worker is a same-origin module file of the build (the CSP allows 'self' workers), and it
 * carries the dictionary inside it: no fetch, nothing remote. Created on first use.
 */
export function createWorkerSpellService(): SpellService {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, { request: SpellRequest; resolve(reply: SpellReply): void }>();
  let personal: string[] = [];

  function start(): Worker {
    const created = new Worker(new URL('./spell-check.worker.ts', import.meta.url), {
      type: 'module',
    });
    created.onmessage = (event: MessageEvent<SpellReply>) => {
      waiting.get(event.data.id)?.resolve(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start leaves the text unchecked, never the editor waiting.
    created.onerror = (event) => {
      console.error('spell-check worker failed:', event.message);
      failed = true;
      for (const { request, resolve } of waiting.values()) resolve(emptyReply(request));
      waiting.clear();
    };
    if (personal.length > 0) created.postMessage({ id: 0, kind: 'personal', words: personal });
    return created;
  }

  function send(request: SpellRequest): Promise<SpellReply> {
    if (failed) return Promise.resolve(emptyReply(request));
    worker ??= start();
    const target = worker;
    return new Promise((resolve) => {
      waiting.set(request.id, { request, resolve });
      target.postMessage(request);
    });
  }

  return {
    async check(texts) {
      const reply = await send({ id: nextId++, kind: 'check', texts });
      return reply.kind === 'check' ? reply.results : [];
    },
    async suggest(word, placement) {
      const reply = await send({ id: nextId++, kind: 'suggest', word, placement });
      return reply.kind === 'suggest' ? reply.suggestions : [];
    },
    setPersonalWords(words) {
      personal = [...words];
      if (worker) void send({ id: nextId++, kind: 'personal', words: personal });
    },
    destroy() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
