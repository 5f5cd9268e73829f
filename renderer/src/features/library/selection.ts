/**
 * Multi-select as file managers do it: a plain click selects one, Ctrl/⌘ toggles one, Shift
 * extends from the anchor (the last plain or Ctrl click). Works on row indexes so it needs only
 * the ids of the rows in the range, which the list supplies.
 */
export type Selection = {
  ids: ReadonlySet<string>;
  /** The row Shift extends from; its id finds it again after the list reloads. */
  anchor: { index: number; id: string } | null;
};

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export type ClickMods = { ctrl: boolean; shift: boolean };

export function selectAt(
  selection: Selection,
  index: number,
  mods: ClickMods,
  idsBetween: (from: number, to: number) => string[],
): Selection {
  const id = idsBetween(index, index)[0];
  if (id === undefined) return selection;
  if (mods.shift && selection.anchor !== null) {
    const from = Math.min(selection.anchor.index, index);
    const to = Math.max(selection.anchor.index, index);
    const range = idsBetween(from, to);
    const ids = mods.ctrl ? new Set([...selection.ids, ...range]) : new Set(range);
    return { ids, anchor: selection.anchor };
  }
  if (mods.ctrl) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: { index, id } };
  }
  return { ids: new Set([id]), anchor: { index, id } };
}

/**
 * The selection after the list was reloaded (an import, a rebuild, a delete ending elsewhere):
 * the ids still among the loaded rows, and the anchor where its row is now — so a Shift+End
 * pressed just after still extends from the row the person clicked.
 */
export function keepListed(
  selection: Selection,
  pages: ReadonlyMap<number, readonly { id: string }[]>,
  pageSize: number,
): Selection {
  if (selection.ids.size === 0 && selection.anchor === null) return selection;
  const listed = new Set<string>();
  let anchor: Selection['anchor'] = null;
  for (const [page, rows] of pages) {
    rows.forEach((row, i) => {
      listed.add(row.id);
      if (row.id === selection.anchor?.id) anchor = { index: page * pageSize + i, id: row.id };
    });
  }
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  return ids.size === 0 && anchor === null ? EMPTY_SELECTION : { ids, anchor };
}
