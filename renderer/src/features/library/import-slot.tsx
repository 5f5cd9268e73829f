/** Where the import button goes once the import feature provides it (features/import/import-entry.tsx). */
export function ImportSlot() {
  return null;
}
