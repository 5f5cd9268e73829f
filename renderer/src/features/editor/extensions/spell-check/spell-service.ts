import type { Misspelling, SpellChecker } from './spell-checker';

/** What the editor asks of a spell-checker, wherever it runs (a Web Worker in the app, in-process in tests). */
export type SpellService = {
  /** The misspellings of each text, in order. */
  check(texts: string[]): Promise<Misspelling[][]>;
  suggest(word: string): Promise<string[]>;
  setPersonalWords(words: readonly string[]): void;
  destroy(): void;
};

export type SpellRequest =
  | { id: number; kind: 'check'; texts: string[] }
  | { id: number; kind: 'suggest'; word: string }
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
      return { id: request.id, kind: 'suggest', suggestions: checker.suggest(request.word) };
    case 'personal':
      checker.setPersonalWords(request.words);
      return { id: request.id, kind: 'personal' };
  }
}

/** The checker in this thread: for unit tests and the benchmark's baseline. */
export function createLocalSpellService(checker: SpellChecker): SpellService {
  return {
    check: async (texts) => texts.map((text) => checker.misspellings(text)),
    suggest: async (word) => checker.suggest(word),
    setPersonalWords: (words) => checker.setPersonalWords(words),
    destroy() {},
  };
}

/**
 * The checker in a Web Worker, so a paragraph being checked never delays a keystroke. The
 * worker is a same-origin module file of the build (the CSP allows 'self' workers), and it
 * carries the dictionary inside it: no fetch, nothing remote. Created on first use.
 */
export function createWorkerSpellService(): SpellService {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, (reply: SpellReply) => void>();
  let personal: string[] = [];

  function send<K extends SpellRequest['kind']>(
    request: Omit<Extract<SpellRequest, { kind: K }>, 'id'>,
  ): Promise<Extract<SpellReply, { kind: K }>> {
    if (!worker) {
      worker = new Worker(new URL('./spell-check.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<SpellReply>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      };
      if (personal.length > 0 && request.kind !== 'personal')
        worker.postMessage({ id: 0, kind: 'personal', words: personal });
    }
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, resolve as (reply: SpellReply) => void);
      worker!.postMessage({ ...request, id });
    });
  }

  return {
    check: async (texts) => (await send<'check'>({ kind: 'check', texts })).results,
    suggest: async (word) => (await send<'suggest'>({ kind: 'suggest', word })).suggestions,
    setPersonalWords(words) {
      personal = [...words];
      if (worker) void send<'personal'>({ kind: 'personal', words: personal });
    },
    destroy() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
