import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createApi, type ChannelName } from '../shared/ipc';
import type { EventName } from '../shared/ipc/events';
import type { DesktopBridge } from '../shared/platform';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './security/ipc-transport';
import { installMainWorldApi } from './security/main-world-api';

/**
 * The page's only way to main. Each call resolves to the `InvokeResult` main returned; the
 * page-side wrapper (installMainWorldApi) turns failures into Errors with `code` there. The
 * page never sees ipcRenderer, nor the IPC event object (whose `sender` is ipcRenderer).
 */
const invoke = (channel: ChannelName, input: unknown) =>
  ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input);

const on = (event: EventName, listener: (payload: unknown) => void) => {
  const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload);
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  };
};

contextBridge.executeInMainWorld({ func: installMainWorldApi, args: [createApi(invoke, on)] });

const desktop: DesktopBridge = { pathForFile: (file) => webUtils.getPathForFile(file) };
contextBridge.exposeInMainWorld('khotin', desktop);
