import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepListed, selectAt } from './selection';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const between = (from: number, to: number) => ids.slice(from, to + 1);
const plain = { ctrl: false, shift: false };
const ctrl = { ctrl: true, shift: false };
const shift = { ctrl: false, shift: true };

describe('selecting articles in the list', () => {
  it('a plain click selects only that article', () => {
    const first = selectAt(EMPTY_SELECTION, 1, plain, between);
    const second = selectAt(first, 3, plain, between);
    expect([...second.ids]).toEqual(['d']);
  });

  it('Ctrl+click adds and removes single articles', () => {
    let selection = selectAt(EMPTY_SELECTION, 0, plain, between);
    selection = selectAt(selection, 2, ctrl, between);
    selection = selectAt(selection, 4, ctrl, between);
    selection = selectAt(selection, 0, ctrl, between);
    expect([...selection.ids].sort()).toEqual(['c', 'e']);
  });

  it('Shift+click selects the range from the anchor, in either direction', () => {
    const anchored = selectAt(EMPTY_SELECTION, 4, plain, between);
    expect([...selectAt(anchored, 1, shift, between).ids].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...selectAt(anchored, 5, shift, between).ids].sort()).toEqual(['e', 'f']);
  });

  it('Ctrl+Shift+click adds a range to what is already selected', () => {
    let selection = selectAt(EMPTY_SELECTION, 0, plain, between);
    selection = selectAt(selection, 3, ctrl, between);
    selection = selectAt(selection, 5, { ctrl: true, shift: true }, between);
    expect([...selection.ids].sort()).toEqual(['a', 'd', 'e', 'f']);
  });

  it('ignores a click on a row that is not loaded', () => {
    const selection = selectAt(EMPTY_SELECTION, 9, plain, between);
    expect(selection).toBe(EMPTY_SELECTION);
  });

  it('a reloaded list keeps the ids still listed, and the anchor where its row is now', () => {
    let selection = selectAt(EMPTY_SELECTION, 1, plain, between);
    selection = selectAt(selection, 3, ctrl, between);
    const pages = new Map([[0, [{ id: 'a' }, { id: 'e' }, { id: 'd' }]]]);
    const kept = keepListed(selection, pages, 3);
    expect(kept).toEqual({ ids: new Set(['d']), anchor: { index: 2, id: 'd' } });
    // Shift extends from the clicked row's new place, not from the index it had before.
    const moved = ['a', 'e', 'd', 'b', 'c'];
    const range = selectAt(kept, 4, shift, (from, to) => moved.slice(from, to + 1));
    expect([...range.ids].sort()).toEqual(['b', 'c', 'd']);
    expect(keepListed(selection, new Map([[0, [{ id: 'x' }]]]), 3)).toBe(EMPTY_SELECTION);
  });

  it('the anchor is found on a later page of the reloaded list', () => {
    const selection = selectAt(EMPTY_SELECTION, 0, plain, between);
    const pages = new Map([
      [0, [{ id: 'x' }, { id: 'y' }]],
      [1, [{ id: 'z' }, { id: 'a' }]],
    ]);
    expect(keepListed(selection, pages, 2).anchor).toEqual({ index: 3, id: 'a' });
  });
});
