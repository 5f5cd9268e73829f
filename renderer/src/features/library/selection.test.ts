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

  it('a reloaded list keeps the ids still listed and drops the anchor (rows may have moved)', () => {
    let selection = selectAt(EMPTY_SELECTION, 1, plain, between);
    selection = selectAt(selection, 3, ctrl, between);
    const pages = new Map([[0, [{ id: 'a' }, { id: 'd' }, { id: 'e' }]]]);
    expect(keepListed(selection, pages)).toEqual({ ids: new Set(['d']), anchor: null });
    expect(keepListed(selection, new Map([[0, [{ id: 'x' }]]]))).toBe(EMPTY_SELECTION);
  });
});
