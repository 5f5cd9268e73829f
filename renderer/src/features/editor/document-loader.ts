import { createDocument, type Editor } from '@tiptap/core';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { DocNode } from '../../../../shared/report/document';
import { cancelIdle, requestIdle } from './idle';

/**
 * How much of a report is drawn before the first paint, and then per idle slice, in ProseMirror
 * positions (an A4 page of report text is about 2,400): more than the window shows at 100 %,
 * so a 50-page report opens about as fast as a 1-page one, and the rest follows without a long task.
 */
export const FIRST_SLICE = 3000;
export const NEXT_SLICE = 6000;
/**
 * No slice within this long after a key or a click: ProseMirror learns of a caret the browser
 * moved (Home, arrows, a click) a moment later, and a transaction in between would put the caret
 * back where ProseMirror last saw it. Typing also goes first.
 */
export const QUIET_MS = 150;

/** Transaction meta of an appended slice (input plugins leave the saved text alone). */
export const DOCUMENT_SLICE = 'reportDocumentSlice';

type Loader = {
  /** Top-level blocks not in the document yet, in order. */
  rest: PMNode[];
  /** Where they go: after the last loaded block, mapped through every edit since. */
  boundary: number;
  /**
   * A table too long for one slice (a compiled report's 1,000-row appendix): its first rows are
   * in, these follow at `end`, the inside end of the part already shown.
   */
  table: { node: PMNode; rows: PMNode[]; end: number } | null;
  loaded: Promise<void>;
  stop(): void;
};

const loaders = new WeakMap<Editor, Loader>();
const LOADED = Promise.resolve();

/**
 * Puts a report into an editor that was created empty, before the first paint: its first
 * screenful at once, the remaining blocks appended in idle slices.
 *
 * Why not `content:` at creation: tiptap draws the document three times while it sets itself up
 * (the view, the plugins' node views such as the table's, then the extensions' node views once
 * EditorContent is mounted), and the last redraw reads the DOM selection of the attached page,
 * which makes Chromium lay out the copy it is about to throw away. Here the empty document pays
 * for those redraws.
 *
 * A fresh state, not a transaction: nothing to undo back to and no 'update' (nothing to save).
 * The appended slices are not undoable and emit no 'update' either; whatever reads the whole
 * document (autosave, find, export) calls `finishLoading` first.
 */
export function installDocument(editor: Editor, content: DocNode): void {
  if (editor.isDestroyed) return;
  stopLoading(editor);
  const doc = createDocument(content, editor.schema, editor.options.parseOptions, {
    errorOnInvalidContent: false,
  });
  const first = takeSlice(doc, 0, FIRST_SLICE);
  const blocks: PMNode[] = [];
  doc.forEach((node) => blocks.push(node));
  const shown = first === doc.childCount ? doc : doc.copy(Fragment.from(blocks.slice(0, first)));
  editor.view.updateState(
    EditorState.create({ schema: editor.schema, doc: shown, plugins: editor.state.plugins }),
  );
  // Subscribers (the toolbar's state, the page view) learn of it as of any other transaction.
  editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
  if (first < doc.childCount) startLoading(editor, blocks.slice(first), shown.content.size);
}

/** How many top-level blocks from `start` fit in `budget` positions (always at least one). */
function takeSlice(doc: PMNode, start: number, budget: number): number {
  let end = start;
  let size = 0;
  while (end < doc.childCount && (end === start || size + doc.child(end).nodeSize <= budget)) {
    size += doc.child(end).nodeSize;
    end++;
  }
  return end;
}

function startLoading(editor: Editor, rest: PMNode[], boundary: number): void {
  let handle = 0;
  let done: () => void = () => undefined;
  const loader: Loader = {
    rest,
    boundary,
    table: null,
    loaded: new Promise<void>((resolve) => (done = resolve)),
    stop() {
      cancelIdle(handle);
      editor.off('transaction', follow);
      editor.view.dom.removeEventListener('keydown', onKey, true);
      editor.view.dom.removeEventListener('pointerdown', onPointer, true);
      loaders.delete(editor);
      done();
    },
  };
  // The boundary moves with every edit; an insertion exactly at it stays before it (assoc 1).
  const follow = ({
    transaction,
    appendedTransactions,
  }: {
    transaction: { mapping: { map(pos: number): number } };
    appendedTransactions: { mapping: { map(pos: number): number } }[];
  }) => {
    for (const tr of [transaction, ...appendedTransactions]) {
      loader.boundary = tr.mapping.map(loader.boundary);
      if (loader.table) loader.table.end = tr.mapping.map(loader.table.end);
    }
  };
  let lastInput = -Infinity;
  // Keys that reach past what is loaded (Ctrl+End, Ctrl+A, Ctrl+F, PageDown…) get everything first.
  const onKey = (event: KeyboardEvent) => {
    lastInput = performance.now();
    if (event.ctrlKey || event.metaKey || event.key === 'End' || event.key === 'PageDown')
      finishLoading(editor);
  };
  const onPointer = () => void (lastInput = performance.now());
  const step = () => {
    handle = 0;
    if (editor.isDestroyed) return loader.stop();
    // Never under an open composition (the IME's text must not be redrawn under it), nor right
    // after a key or a click.
    const quiet = performance.now() - lastInput >= QUIET_MS;
    if (quiet && !editor.view.composing) appendSlice(editor, loader, NEXT_SLICE);
    if (loader.rest.length === 0 && !loader.table) loader.stop();
    else handle = requestIdle(step, 50);
  };
  editor.on('transaction', follow);
  editor.view.dom.addEventListener('keydown', onKey, true);
  editor.view.dom.addEventListener('pointerdown', onPointer, true);
  loaders.set(editor, loader);
  handle = requestIdle(step, 50);
}

/** Appends up to `budget` positions of what waits: rows of a split table first, then blocks. */
function appendSlice(editor: Editor, loader: Loader, budget: number): void {
  let left = budget;
  if (loader.table) left -= appendRows(editor, loader, left);
  const blocks: PMNode[] = [];
  for (let next = loader.rest[0]; next; next = loader.rest[0]) {
    const alone = blocks.length === 0 && left === budget;
    if (next.nodeSize > left && !(alone && !isTable(next))) break;
    blocks.push(loader.rest.shift()!);
    left -= next.nodeSize;
  }
  if (blocks.length > 0) insert(editor, loader.boundary, blocks);
  const next = loader.rest[0];
  if (next && isTable(next) && left > 0 && next.nodeSize > left) {
    loader.rest.shift();
    const rows: PMNode[] = [];
    next.forEach((row) => rows.push(row));
    const head = takeRows(rows, left);
    insert(editor, loader.boundary, [next.copy(Fragment.from(head))]);
    // Right after the insertion the boundary is the new table's end.
    loader.table = { node: next, rows: rows.slice(head.length), end: loader.boundary - 1 };
  }
}

/** The next rows of the split table, inside it (or, should an edit have ended it, as a table after it). */
function appendRows(editor: Editor, loader: Loader, budget: number): number {
  const table = loader.table!;
  const part = takeRows(table.rows, budget);
  table.rows = table.rows.slice(part.length);
  const $end = editor.state.doc.resolve(table.end);
  if ($end.parent.type === table.node.type && $end.parentOffset === $end.parent.content.size) {
    insert(editor, table.end, part);
  } else {
    insert(editor, loader.boundary, [table.node.copy(Fragment.from(part))]);
    table.end = loader.boundary - 1;
  }
  if (table.rows.length === 0) loader.table = null;
  return part.reduce((size, row) => size + row.nodeSize, 0);
}

const isTable = (node: PMNode) => node.type.spec.tableRole === 'table' && node.childCount > 1;

/** The first rows that fit in `budget` positions, at least one. */
function takeRows(rows: PMNode[], budget: number): PMNode[] {
  let size = 0;
  let count = 0;
  while (count < rows.length && (count === 0 || size + rows[count]!.nodeSize <= budget)) {
    size += rows[count]!.nodeSize;
    count++;
  }
  return rows.slice(0, count);
}

function insert(editor: Editor, at: number, nodes: PMNode[]): void {
  editor.view.dispatch(
    editor.state.tr
      .insert(at, nodes)
      .setMeta('addToHistory', false)
      .setMeta('preventUpdate', true)
      .setMeta(DOCUMENT_SLICE, true),
  );
}

/** Appends whatever is still waiting, now: before anything reads or saves the whole document. */
export function finishLoading(editor: Editor): void {
  const loader = loaders.get(editor);
  if (!loader || editor.isDestroyed) return;
  appendSlice(editor, loader, Infinity);
  loader.stop();
}

/** Resolves once the whole report is in the document (at once when nothing is waiting). */
export function whenLoaded(editor: Editor): Promise<void> {
  return loaders.get(editor)?.loaded ?? LOADED;
}

/** Drops what is still waiting: the document is being replaced (a restored version). */
export function stopLoading(editor: Editor): void {
  loaders.get(editor)?.stop();
}
