/**
 * Multi-select as file managers do it: a plain click selects one, Ctrl/⌘ toggles one, Shift
 * extends from the anchor (the last plain or Ctrl click). Works on row indexes so it needs only
 * the ids of the rows in the range, which the list supplies.
 */
export type Selection = { ids: ReadonlySet<string>; anchor: number | null };

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
    const [from, to] =
      selection.anchor <= index ? [selection.anchor, index] : [index, selection.anchor];
    const range = idsBetween(from, to);
    const ids = mods.ctrl ? new Set([...selection.ids, ...range]) : new Set(range);
    return { ids, anchor: selection.anchor };
  }
  if (mods.ctrl) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: index };
  }
  return { ids: new Set([id]), anchor: index };
}

/** The selection after the list was reloaded: the ids still among the loaded rows, no anchor. */
export function keepListed(
  selection: Selection,
  pages: ReadonlyMap<number, readonly { id: string }[]>,
): Selection {
  if (selection.ids.size === 0) return selection;
  const listed = new Set<string>();
  for (const rows of pages.values()) for (const row of rows) listed.add(row.id);
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  return ids.size === 0 ? EMPTY_SELECTION : { ids, anchor: null };
}
