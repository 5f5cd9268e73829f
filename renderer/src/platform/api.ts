import type { Api } from '../../../shared/ipc';
import { createHttpApi } from './http-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the loopback host. */
    api?: Api;
  }
}

/** The renderer's only way to reach main: Electron's preload bridge, or HTTP to the host. */
export const api: Api = window.api ?? createHttpApi();
