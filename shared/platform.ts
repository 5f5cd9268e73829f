/**
 * What the Electron preload adds to the page beside `window.api` (declared in
 * renderer/src/platform/api.ts). Absent when the page is served by the loopback host, where
 * dropped files have no path on disk and the import feature uploads their contents instead.
 */
export type DesktopBridge = {
  /** The path on disk of a file the user dropped or picked (Electron's `webUtils.getPathForFile`). */
  pathForFile(file: File): string;
};

declare global {
  interface Window {
    khotin?: DesktopBridge;
  }
}
